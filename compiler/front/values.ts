// What an expression elaborates to: a tensor in the graph, or a compile-time value
// (number, boolean, string, list, function, layer, layer instance, initialiser).
import type { Expr, Span, Stmt, TopLevel } from "../../dsl/ast.ts";
import { visible } from "../../dsl/diagnostics.ts";
import type { Varying } from "./rows.ts";

export type LayerDef = Extract<TopLevel, { kind: "layer" }>;

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
  | { kind: "poison" };

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
