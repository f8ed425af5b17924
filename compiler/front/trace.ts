// What elaboration can tell an editor as it runs (compiler/query/ listens): every
// expression's value, every name bound and where each use of a name was bound, and every
// call with its arguments bound to parameters. Passed as `ModelOptions.trace`; without one,
// elaboration makes none of these calls. Each event comes once per evaluation: per mode
// (training, then eval), per call of a layer (`site.instance` says which), per loop
// iteration, so a listener keeps what it needs and drops the rest.
import type { Expr, Span } from "../../dsl/ast.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import type { Bound } from "./builtins/args.ts";
import type { Instance, LayerDef, Value } from "./values.ts";

/** Where an event happened: the graph its tensors are nodes of, the mode, and the layer
 * instance whose body is running (innermost), if any. */
export interface TraceSite {
  readonly b: GraphBuilder;
  readonly training: boolean;
  readonly instance: Instance | undefined;
}

export type Callee =
  | { kind: "function"; name: string }
  /** Making an instance: the layer's hyperparameters. */
  | { kind: "layer"; def: LayerDef }
  /** Calling an instance: its tensor arguments. */
  | { kind: "instance"; inst: Instance };

export interface Trace {
  /** An expression evaluated to `v`. */
  value(e: Expr, v: Value, site: TraceSite): void;
  /** A name bound where `span` writes it: an assignment's target, a declaration, a loop
   * variable, a layer's hyperparameter, tensor argument or pattern dim, a dim, a layer. */
  bound(span: Span, v: Value, site: TraceSite): void;
  /** A name used at `use` reached the binding written at `def` (undefined: a built-in). */
  resolved(use: Span, def: Span | undefined): void;
  /** A call at `span`, its arguments bound to the callee's parameters. */
  call(span: Span, callee: Callee, bound: Bound, site: TraceSite): void;
}
