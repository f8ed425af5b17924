// Arguments of built-in functions, layers, initialisers and optimizers: binding positional
// and named arguments to parameters, and converting compile-time values (numbers, lists,
// axes, window sizes) with a clear error at the argument when they do not fit.
import type { Span } from "../../../dsl/ast.ts";
import { didYouMean, error } from "../../../dsl/diagnostics.ts";
import type { GraphBuilder } from "../../ir/builder.ts";
import { range, showShape } from "../../ir/shape.ts";
import { Unrollable } from "../recovery.ts";
import { type Args, describe, type Value } from "../values.ts";
import { varyingTensor } from "../rows.ts";

/** A call's argument: its value and where it was written. */
export type A = { value: Value; span: Span };
/** Arguments by parameter name (absent: not given). */
export type Bound = Record<string, A | undefined>;

/** A parameter as tables write it: `x`, `axis = -1` or `k?` (optional), `...tensors`. */
export function paramSpec(p: string): { name: string; optional: boolean; variadic: boolean;
  default?: string } {
  if (p.startsWith("...")) return { name: p.slice(3), optional: true, variadic: true };
  const eq = p.indexOf(" = ");
  if (eq >= 0) return { name: p.slice(0, eq), optional: true, variadic: false,
    default: p.slice(eq + 3) };
  const optional = p.endsWith("?");
  return { name: optional ? p.slice(0, -1) : p, optional, variadic: false };
}

export function bindArgs(what: string, params: readonly string[], args: Args): Bound {
  const specs = params.map(paramSpec);
  const names = specs.map((p) => p.name);
  const variadic = specs.at(-1)?.variadic ? names.at(-1) : undefined;
  // No prototype: a user's hyperparameter may be called `constructor` or `toString`.
  const out: Bound = Object.create(null);
  const fixed = variadic ? names.length - 1 : names.length;
  args.positional.forEach((a, i) => {
    if (i < fixed) out[names[i]] = given(a);
    else if (variadic) {
      const list = (out[variadic] ??= { value: { kind: "list", items: [] }, span: a.span });
      (list.value as { items: Value[] }).items.push(a.value);
    } else {
      throw error(`${what} takes ${fixed} argument${fixed === 1 ? "" : "s"} ` +
        `(${names.join(", ")}) but got ${args.positional.length}`, a.span);
    }
  });
  for (const [name, a] of args.named) {
    if (!names.includes(name) || name === variadic) {
      throw error(`${what} has no argument '${name}'${didYouMean(name, names)}` +
        ` (it takes ${names.join(", ") || "none"})`, a.span);
    }
    const positional = names.indexOf(name) < Math.min(fixed, args.positional.length);
    if (out[name] || positional) {
      throw error(`argument '${name}' of ${what} is given twice`, a.span);
    }
    out[name] = given(a);
  }
  specs.forEach((p, i) => {
    if (!p.optional && !out[names[i]]) {
      throw error(`${what} needs argument '${names[i]}'`, args.span);
    }
  });
  return out;
}

/** `none` passed for an argument leaves it out (so a layer can pass on what it was not
 * given: `reverse_sequence(x, lengths)`). */
const given = (a: A): A | undefined => (a.value.kind === "none" ? undefined : a);

export function toTensor(b: GraphBuilder, a: A, what: string): number {
  const v = a.value;
  if (v.kind === "tensor") return v.id;
  if (v.kind === "number" && v.varying) {
    const at = b.span;
    b.span = a.span;
    try { return varyingTensor(b, v.varying); } finally { b.span = at; }
  }
  if (v.kind === "number") return b.add("const", [], { value: v.value }, a.span);
  if (v.kind === "bool") return b.add("const", [], { value: v.value ? 1 : 0 }, a.span);
  if (v.kind === "index") return v.trace.tensor(v.scale, v.offset);
  throw error(`${what} needs a tensor but got ${describe(v)}`, a.span);
}

/** A float tensor: checked where a built-in composite takes it, so the message names the
 * built-in the user called rather than a primitive it is made of. */
export function toFloatTensor(b: GraphBuilder, a: A, what: string): number {
  const id = toTensor(b, a, what);
  const n = b.node(id);
  if (n.dtype !== "f") {
    throw error(`${what} needs a float tensor but got ${showShape(n.shape, n.dtype)}; ` +
      `convert integers with float(x)`, a.span);
  }
  return id;
}

export function toNumber(a: A, what: string): number {
  if (a.value.kind === "number") return a.value.value;
  if (a.value.kind === "index") {
    throw new Unrollable(`${a.value.trace.variable} is used as ${what}, which must be known ` +
      "at compile time");
  }
  throw error(`${what} must be a number known at compile time but got ${describe(a.value)}`, a.span);
}

/** A normal distribution's std (torch.normal refuses a negative one). */
export function checkStd(std: number, at: Span, what: string): void {
  if (!(std >= 0)) throw error(`${what}'s std must be >= 0 but got ${std}`, at);
}

/** A uniform distribution's bounds (torch's uniform_ refuses lo > hi). */
export function checkBounds(lo: number, hi: number, at: Span, what: string): void {
  if (lo > hi) {
    throw error(`${what}'s lo must not be above its hi but got lo = ${lo}, hi = ${hi}`, at);
  }
}

export function toInt(a: A, what: string): number {
  const n = toNumber(a, what);
  if (!Number.isInteger(n)) throw error(`${what} must be an integer but got ${n}`, a.span);
  return n;
}

export function toBool(a: A, what: string): boolean {
  if (a.value.kind === "bool") return a.value.value;
  throw error(`${what} must be true or false but got ${describe(a.value)}`, a.span);
}

export function toIntList(a: A, what: string): number[] {
  const v = a.value;
  if (v.kind === "number") return [toInt(a, what)];
  if (v.kind !== "list" && v.kind !== "tuple") {
    throw error(`${what} must be a list of integers but got ${describe(v)}`, a.span);
  }
  return v.items.map((item) => toInt({ value: item, span: a.span }, what));
}

export function toDims(a: A, what: string): number[] {
  const dims = toIntList(a, what);
  for (const d of dims) if (d < 1) throw error(`${what} must hold positive dims but got [${dims.join(", ")}]`, a.span);
  return dims;
}

export function tensorList(b: GraphBuilder, a: A, what: string): number[] {
  const v = a.value;
  if (v.kind !== "list" && v.kind !== "tuple") throw error(`${what} needs a list of tensors`, a.span);
  if (v.items.length === 0) throw error(`${what} needs at least one tensor`, a.span);
  return listItems(b, v.items).map((item) => toTensor(b, { value: item, span: a.span }, what));
}

/** A list's tensors, where a loop's stacked tensors (Value `stacked`) stay one part: `count`
 * tensors along axis 0 of `id` (count 0: a plain tensor). */
export function tensorParts(b: GraphBuilder, a: A, what: string):
  { id: number; count: number }[] {
  const v = a.value;
  if (v.kind !== "list" && v.kind !== "tuple") {
    throw error(`${what} needs a list of tensors`, a.span);
  }
  if (v.items.length === 0) throw error(`${what} needs at least one tensor`, a.span);
  return v.items.map((item) => (item.kind === "stacked" ? { id: item.id, count: item.count }
    : { id: toTensor(b, { value: item, span: a.span }, what), count: 0 }));
}

/** A list's items, a loop's stacked tensors (Value `stacked`) one by one. */
export function listItems(b: GraphBuilder, items: readonly Value[]): Value[] {
  return items.flatMap((item) => item.kind !== "stacked" ? [item]
    : range(item.count).map((t): Value => ({ kind: "tensor", id: stackedItem(b, item.id, t) })));
}

/** How many items a list has, counting each tensor a loop stacked. */
export function listLength(items: readonly Value[]): number {
  return items.reduce((n, item) => n + (item.kind === "stacked" ? item.count : 1), 0);
}

/** Item t of the tensors stacked along axis 0 of `id`. */
export function stackedItem(b: GraphBuilder, id: number, t: number): number {
  const shape = b.shape(id);
  const sliced = b.add("slice", [id], { begin: shape.map((_, d) => (d === 0 ? t : 0)),
    end: shape.map((n, d) => (d === 0 ? t + 1 : n)) });
  return b.reshape(sliced, shape.slice(1));
}

/** Normalises an axis (negative counts from the end) against a rank. */
export function normAxis(axis: number, rank: number, span: Span, what: string): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) {
    throw error(`${what}: axis ${axis} is out of range for a tensor of rank ${rank}`, span);
  }
  return a;
}

export function axesArg(b: GraphBuilder, x: number, a: A | undefined, what: string): number[] {
  const rank = b.shape(x).length;
  if (!a || a.value.kind === "string" && a.value.value === "all") return range(rank);
  const axes = toIntList(a, `${what}'s axis`).map((ax) => normAxis(ax, rank, a.span, what));
  const set = [...new Set(axes)].sort((p, q) => p - q);
  if (set.length !== axes.length) throw error(`${what}: an axis is repeated`, a.span);
  return set;
}

/** A window size, stride or padding: an integer for both image axes, or [height, width]. */
export function pairArg(a: A | undefined, fallback: [number, number], what: string, min: number):
  [number, number] {
  if (!a) return fallback;
  const v = toIntList(a, what);
  if (v.length === 1) v.push(v[0]);
  if (v.length !== 2 || v.some((d) => d < min)) {
    throw error(`${what} must be an integer >= ${min} or a [height, width] pair of them ` +
      `but got [${v.join(", ")}]`, a.span);
  }
  return [v[0], v[1]];
}
