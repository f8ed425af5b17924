// What an expression elaborates to: a tensor in the graph, or a compile-time value
// (number, boolean, string, list, function, layer, layer instance, initialiser).
import type { Expr, Span, Stmt, TopLevel } from "../../dsl/ast.ts";
import { visible } from "../../dsl/diagnostics.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import { showShape } from "../ir/shape.ts";

export type LayerDef = Extract<TopLevel, { kind: "layer" }>;

/** How a number that varies with a bounded batch is computed from the batch fed
 * (front/rows.ts): `rows` times it, or arithmetic on such numbers. */
export type Varying =
  | { rows: number }
  | { op: "+" | "-" | "*" | "/" | "**"; a: Varying | number; b: Varying | number };

export interface InitSpec {
  kind: string;
  args: number[];
}

/** A layer instance: its params, state and child instances persist across calls. */
export interface Instance {
  /** Full dotted name: "fc1", "gen.hidden". */
  readonly prefix: string;
  readonly def: LayerDef;
  readonly hyper: ReadonlyMap<string, Value>;
  readonly children: Map<string, Instance>;
  /** Local name -> full param/state name, filled by the first call. */
  readonly params: Map<string, string>;
  readonly state: Map<string, string>;
  readonly span: Span;
}

export type Value =
  | { kind: "tensor"; id: number }
  /** `varying`: a dim bounded by `dim B <= 64`, or arithmetic on one (front/rows.ts);
   * `value` is then its value at the bound. */
  | { kind: "number"; value: number; isInt: boolean; varying?: Varying }
  | { kind: "bool"; value: boolean }
  | { kind: "string"; value: string }
  | { kind: "list"; items: Value[] }
  | { kind: "tuple"; items: Value[] }
  | { kind: "function"; name: string }
  /** A layer definition; with `preset`, hyperparameters given ahead of the binding that
   * makes an instance (`Bidirectional(LSTM(64))` passes `LSTM(64)` as a value). */
  | { kind: "layer"; def: LayerDef; preset?: Args }
  | { kind: "instance"; inst: Instance }
  | { kind: "init"; spec: InitSpec }
  | { kind: "optimizer"; name: string; args: Record<string, number | boolean> }
  /** An absent optional argument: passing it is omitting it; `x == none` asks. */
  | { kind: "none" }
  /** What a name is bound to when its statement failed (compiler/recovery.ts). */
  | { kind: "poison" }
  /** `offset + scale * t`, t the step of a loop whose body is traced once
   * (compiler/front/elaborate/loops.ts). */
  | { kind: "index"; trace: StepTrace; scale: number; offset: number }
  /** A list while a traced loop grows it: what it was before the loop, and the tensors one
   * step adds. Only `+ [...]` may use it. */
  | { kind: "growing"; trace: StepTrace; name: string; added: Value[] }
  /** In a list: the `count` tensors a loop stacked along axis 0 of tensor `id`, in order. */
  | { kind: "stacked"; id: number; count: number };

/** A loop being traced: what its index and per-step slices become in the graph. */
export interface StepTrace {
  /** The loop variable's name, for messages. */
  readonly variable: string;
  /** How many steps the loop runs. */
  readonly length: number;
  /** The index `offset + scale * t` as a float scalar tensor. */
  tensor(scale: number, offset: number): number;
  /** Tensor `x`'s slice at `offset + scale * t` along `axis` (dropped), per step. */
  slice(x: number, axis: number, scale: number, offset: number): number;
}

/** The types of the tensors a value holds, as Kiln writes them (`f32[64, 10]`). */
export function valueShapes(b: GraphBuilder, v: Value): string[] {
  if (v.kind === "tensor") return [showShape(b.shape(v.id), b.node(v.id).dtype)];
  if (v.kind === "stacked") {
    return [`${showShape(b.shape(v.id).slice(1), b.node(v.id).dtype)} × ${v.count}`];
  }
  return v.kind === "tuple" || v.kind === "list" ? v.items.flatMap((x) => valueShapes(b, x)) : [];
}

export function describe(v: Value): string {
  switch (v.kind) {
    case "tensor": return "a tensor";
    case "number": return `the number ${v.value}`;
    case "bool": return `the boolean ${v.value}`;
    case "string": return `the string ${visible(JSON.stringify(v.value))}`;
    case "list": return "a list";
    case "tuple": return `a tuple of ${v.items.length}`;
    case "function": return `the function '${v.name}'`;
    case "layer": return `the layer '${v.def.name}'`;
    case "instance": return `the layer instance '${v.inst.prefix}'`;
    case "init": return `the initialiser '${v.spec.kind}'`;
    case "optimizer": return `the optimizer '${v.name}'`;
    case "none": return "none";
    case "poison": return "a value that failed to compile";
    case "index": return `the loop index ${v.trace.variable}`;
    case "growing": return `the list '${v.name}', which the loop grows`;
    case "stacked": return `${v.count} tensors a loop stacked`;
  }
}

/** A call's arguments after evaluation: positional values, then named ones. */
export interface Args {
  positional: { value: Value; span: Span }[];
  named: Map<string, { value: Value; span: Span }>;
  span: Span;
}

export const NONE: Value = { kind: "none" };

export type { Expr, Stmt };
