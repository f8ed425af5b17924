// Compile-time specifications: dims, input types, initialisers and optimizers, evaluated
// from their expressions and checked before any graph is built.
import type { Expr, TypeExpr } from "../../dsl/ast.ts";
import { didYouMean, error } from "../../dsl/diagnostics.ts";
import { CONFLICTS, DOMAINS, domainText, inDomain, type OptimizerName, OPTIMIZERS } from "../optim/table.ts";
import { bindArgs, checkBounds, checkStd, paramSpec, toNumber } from "./builtins/args.ts";
import type { OptimizerSpec } from "./decls.ts";
import { leadOfDims } from "./rows.ts";
import type { Scope } from "./scope.ts";
import { type Args, describe, type InitSpec, type Value } from "./values.ts";

/** What specs need from elaboration: an expression's value, a call's arguments. */
export interface Evaluator {
  eval(e: Expr, scope: Scope): Value;
  args(e: Extract<Expr, { kind: "call" }>, scope: Scope): Args;
}

/** The initialisers: parameters as the builtins' rows write them (defaults are numbers), and
 * what each does in a line (an editor's hover). runtime/ draws them. */
export const INITIALISERS: Record<string, { params: string[]; doc: string }> = {
  zeros: { params: [], doc: "All zeros." },
  ones: { params: [], doc: "All ones." },
  constant: { params: ["value"], doc: "Every element `value`." },
  normal: { params: ["std = 1"], doc: "Drawn from N(0, std²)." },
  uniform: { params: ["lo = -0.05", "hi = 0.05"], doc: "Drawn from U(lo, hi)." },
  glorot_uniform: { params: [], doc: "Glorot (Xavier) uniform, as torch.nn.init." },
  glorot_normal: { params: [], doc: "Glorot (Xavier) normal, as torch.nn.init." },
  he_uniform: { params: [], doc: "He (Kaiming) uniform, as torch.nn.init." },
  he_normal: { params: [], doc: "He (Kaiming) normal, as torch.nn.init." },
  orthogonal: { params: [], doc: "A (semi-)orthogonal matrix, as torch.nn.init." },
};

/** "; did you mean 'x'?" if one is close, else the whole list of what would be known. */
export function suggest(name: string | undefined, known: string[]): string {
  return (name && didYouMean(name, known)) || `; expected one of ${known.join(", ")}`;
}

export function patternText(e: Expr): string {
  switch (e.kind) {
    case "num": return e.text;
    case "name": return e.name;
    case "binary": return `${patternText(e.left)} ${e.op} ${patternText(e.right)}`;
    case "unary": return `-${patternText(e.operand)}`;
    case "member": return `${patternText(e.object)}.${e.name}`;
    case "call": return `${patternText(e.callee)}(...)`;
    default: return "(...)";
  }
}

const F32_MAX = 3.4028234663852886e38;

/** The largest dim: shapes stay exact in int32 index arithmetic. */
export const MAX_DIM = 2 ** 31 - 1;

export function dimProblem(v: number): string {
  if (typeof v !== "number" || !Number.isInteger(v)) return "is not an integer";
  if (v < 1) return "must be positive";
  return v > MAX_DIM ? `is too large (the limit is ${MAX_DIM})` : "";
}


/** A dim expression: integers, dim names, hyperparameters, arithmetic that divides exactly. */
export function evalDim(ev: Evaluator, e: Expr, scope: Scope, name = patternText(e)): number {
  return dimValue(ev, e, scope, name).value;
}

/** A dim as a value: with a bounded dim, it may vary with the batch fed (front/rows.ts). */
export function dimValue(ev: Evaluator, e: Expr, scope: Scope, name = patternText(e)):
  Extract<Value, { kind: "number" }> {
  const v = ev.eval(e, scope);
  if (v.kind !== "number") throw error(`a dim must be an integer known at compile time but got ${describe(v)}`, e.span);
  const why = dimProblem(v.value);
  if (why) throw error(`dim ${name} = ${v.value} ${why}`, e.span);
  return v;
}

/** An input's type; `lead`, the rows per sample of its leading axis if it is the bounded
 * batch (compiler/ir/lead.ts). */
export function typeOf(ev: Evaluator, t: TypeExpr, scope: Scope):
  { shape: number[]; dtype: "f" | "i"; lead: number } {
  if (!t.dtype) throw error("an input needs a dtype: f32[...] or i32[...]", t.span);
  const dims = t.dims.map((d) => dimValue(ev, d, scope));
  const lead = dims.length ? leadOfDims({ kind: "list", items: dims }, t.span, "an input").lead : 0;
  return { shape: dims.map((d) => d.value), dtype: t.dtype === "i32" ? "i" : "f",
    lead: (lead as number | undefined) ?? 0 };
}

export function initSpec(ev: Evaluator, e: Expr, scope: Scope): InitSpec {
  const name = e.kind === "name" ? e.name : e.kind === "call" && e.callee.kind === "name" ? e.callee.name : undefined;
  if (!name || !Object.hasOwn(INITIALISERS, name)) {
    throw error(`unknown initialiser${name ? ` '${name}'` : ""}` +
      suggest(name, Object.keys(INITIALISERS)), e.kind === "call" ? e.callee.span : e.span);
  }
  const { params } = INITIALISERS[name];
  const specs = params.map(paramSpec);
  if (e.kind === "name") {
    if (specs.some((p) => !p.optional)) {
      throw error(`initialiser '${name}' needs arguments: ${name}(${params.join(", ")})`, e.span);
    }
    return { kind: name, args: specs.map((p) => Number(p.default)) };
  }
  const bound = bindArgs(name, params, ev.args(e as Extract<Expr, { kind: "call" }>, scope));
  const args = specs.map(({ name: p, default: fallback }) => {
    const a = bound[p];
    if (!a) return Number(fallback);
    const v = toNumber(a, `${name}'s ${p}`);
    // Beyond float32, initial values round to infinity (and uniform's redraw never ends).
    if (!(Math.abs(v) <= F32_MAX)) {
      throw error(`${name}'s ${p} must be a number within float32's range (±3.4e38) but ` +
        `got ${v}`, a.span);
    }
    return v;
  });
  if (name === "normal") checkStd(args[0], bound.std?.span ?? e.span, name);
  if (name === "uniform") checkBounds(args[0], args[1], e.span, name);
  return { kind: name, args };
}

export function optimizerSpec(ev: Evaluator, e: Expr, scope: Scope): OptimizerSpec {
  const name = e.kind === "call" && e.callee.kind === "name" ? e.callee.name : e.kind === "name" ? e.name : undefined;
  if (!name || !Object.hasOwn(OPTIMIZERS, name)) {
    throw error(`unknown optimizer${name ? ` '${name}'` : ""}` +
      suggest(name, Object.keys(OPTIMIZERS)), e.kind === "call" ? e.callee.span : e.span);
  }
  const defaults: Readonly<Record<string, number | boolean>> = OPTIMIZERS[name as OptimizerName].defaults;
  const names = [...Object.keys(defaults), ...(("weight_decay" in defaults) ? [] : ["weight_decay"]), "clip_norm"];
  const args: Record<string, number | boolean> = { weight_decay: 0, ...defaults };
  if (e.kind !== "call") return { name: name as OptimizerName, args };
  const bound = bindArgs(name, names.map((n) => `${n}?`), ev.args(e, scope));
  for (const [k, a] of Object.entries(bound)) {
    if (!a) continue;
    if (typeof defaults[k] === "boolean") {
      if (a.value.kind !== "bool") {
        throw error(`${k} must be true or false but got ${describe(a.value)}`, a.span);
      }
      args[k] = a.value.value;
    } else {
      const v = toNumber(a, k);
      if (!inDomain(v, DOMAINS[k])) {
        throw error(`${name}'s ${k} must be ${domainText(DOMAINS[k])} but got ${v}`, a.span);
      }
      args[k] = v;
    }
  }
  for (const c of CONFLICTS) {
    if (c.when(args)) throw error(c.why, bound[c.arg]?.span ?? e.span);
  }
  return { name: name as OptimizerName, args };
}
