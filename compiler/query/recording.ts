// What elaboration told the query API (compiler/front/trace.ts) about one file: the values
// its expressions took, the names it bound and where each use was bound, its calls with their
// arguments bound, and every param and state of every instance. Only the file's own places
// are kept (a use in the prelude is never asked about); a tensor is kept as its type, so the
// graphs elaboration built are not held on to, and values are written out only when asked.
import type { Expr, Span } from "../../dsl/ast.ts";
import type { Bound } from "../front/builtins/args.ts";
import type { Callee, Trace, TraceSite } from "../front/trace.ts";
import { describe, type Instance, type Value, valueShapes } from "../front/values.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import { range, showShape } from "../ir/shape.ts";
import type { DType } from "../ir/types.ts";

/** A value as kept: a tensor as its type, lists and tuples of them item by item. */
export type Kept =
  | { kind: "tensor"; shape: readonly number[]; dtype: DType }
  | { kind: "list" | "tuple"; items: Kept[] }
  /** What a loop that stays a loop binds (its index, a list it grows), as written. */
  | { kind: "text"; text: string }
  | Exclude<Value, { kind: "tensor" | "list" | "tuple" | "index" | "growing" | "stacked" }>;

/** One value as elaboration saw it: in which mode, in which instance's body. */
export interface Seen {
  v: Kept;
  training: boolean;
  /** The instance whose body it was in (`gen.l1`). */
  inst?: string;
}

export interface CallSeen {
  callee: Callee;
  bound: Bound;
}

/** Each mode keeps this many values of one place (loops evaluate a body many times). */
const KEEP = 24;

export class Recording implements Trace {
  readonly values = new Map<Expr, Seen[]>();
  /** By the span writing the name (a target, a declaration's name, a layer's parameter). */
  readonly bindings = new Map<Span, Seen[]>();
  /** A use's span to the spans of the bindings it reached (none for a built-in). */
  readonly uses = new Map<Span, Span[]>();
  readonly calls = new Map<Span, CallSeen>();
  /** Every param and state of every instance, by dotted name: `fc1.W` to `f32[784, 128]`. */
  readonly members = new Map<string, string>();
  /** Every instance, by dotted name. */
  readonly instances = new Map<string, Instance>();

  constructor(readonly file: string) {}

  value(e: Expr, v: Value, site: TraceSite): void {
    if (e.span.file === this.file) keep(this.values, e, v, site);
  }

  bound(span: Span, v: Value, site: TraceSite): void {
    if (v.kind === "instance") this.instances.set(v.inst.prefix, v.inst);
    if (v.kind === "tensor") {
      const n = site.b.node(v.id);
      if (n.op === "param" || n.op === "state") {
        this.members.set(n.attrs.name as string, showShape(n.shape, n.dtype));
      }
    }
    if (span.file === this.file) keep(this.bindings, span, v, site);
  }

  resolved(use: Span, def: Span | undefined): void {
    if (use.file !== this.file) return;
    let defs = this.uses.get(use);
    if (!defs) this.uses.set(use, defs = []);
    if (def && !defs.includes(def)) defs.push(def);
  }

  call(span: Span, callee: Callee, bound: Bound): void {
    if (span.file === this.file && !this.calls.has(span)) this.calls.set(span, { callee, bound });
  }

  /** The type or value a name was first bound to where `span` writes it. */
  boundText(span: Span): string | undefined {
    const s = this.bindings.get(span)?.[0];
    return s && valueText(s.v);
  }
}

function keep<K>(map: Map<K, Seen[]>, key: K, v: Value, site: TraceSite): void {
  let seen = map.get(key);
  if (!seen) map.set(key, seen = []);
  const training = site.training;
  let mine = 0;
  for (const s of seen) if (s.training === training) mine++;
  if (mine >= KEEP) return;
  seen.push({ v: kept(v, site.b), training, inst: site.instance?.prefix });
}

function kept(v: Value, b: GraphBuilder): Kept {
  if (v.kind === "tensor") {
    const n = b.node(v.id);
    return { kind: "tensor", shape: n.shape, dtype: n.dtype };
  }
  if (v.kind === "list" || v.kind === "tuple") {
    return { kind: v.kind, items: v.items.map((x) => kept(x, b)) };
  }
  // A traced loop's values hold its trace, and so the graph: kept as the text shown.
  if (v.kind === "index") {
    const at = (k: number) => v.offset + v.scale * k, n = v.trace.length;
    const shown = n <= 4 ? range(n).map(at) : [at(0), at(1), at(2), "…", at(n - 1)];
    return { kind: "text", text: shown.join(" | ") };
  }
  if (v.kind === "growing") return { kind: "text", text: describe(v) };
  if (v.kind === "stacked") return { kind: "text", text: valueShapes(b, v)[0] };
  return v;
}

/** A value as Kiln writes its type (`f32[64, 128]`, a list of them) or, known at compile
 * time, the value itself (`128`, `relu`). */
export function valueText(v: Kept): string {
  switch (v.kind) {
    case "tensor": return showShape(v.shape, v.dtype);
    case "number": return String(v.value);
    case "bool": return String(v.value);
    case "string": return JSON.stringify(v.value);
    case "list": case "tuple": {
      const items = v.items.map(valueText);
      const [open, close] = v.kind === "list" ? ["[", "]"] : ["(", ")"];
      if (items.length > 4 && items.every((x) => x === items[0])) {
        return `${open}${items[0]} × ${items.length}${close}`;
      }
      return `${open}${items.join(", ")}${close}`;
    }
    case "function": return v.name;
    case "layer": return `layer ${v.def.name}`;
    case "instance": return `${v.inst.prefix} (a ${v.inst.def.name})`;
    case "init": return v.spec.args.length ? `${v.spec.kind}(${v.spec.args.join(", ")})`
      : v.spec.kind;
    case "optimizer": return v.name;
    case "text": return v.text;
    default: return describe(v);
  }
}

/** Whether a value is a tensor or made of them: written `name: type`, else `name = value`. */
export function isTyped(v: Kept): boolean {
  return v.kind === "tensor" || ((v.kind === "list" || v.kind === "tuple") && v.items.length > 0 &&
    v.items.every(isTyped));
}
