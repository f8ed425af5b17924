// What a built-in function is: its parameters and how it builds graph from its arguments.
import type { Span } from "../../../dsl/ast.ts";
import type { Residuals } from "../../autodiff/gradients.ts";
import type { GraphBuilder } from "../../ir/builder.ts";
import type { Value } from "../values.ts";
import type { Bound } from "./args.ts";

/** What builtins need from the elaborator. */
export interface BuiltinContext {
  readonly b: GraphBuilder;
  readonly training: boolean;
  /** Random draws get a sequence number so no pass can merge two of them. */
  nextSeq(): number;
  /** What loops' gradients save (CompileOptions.loops). */
  readonly residuals: Residuals;
}

export interface Builtin {
  /** Parameters: `x`, `axis = -1` (optional, with its default as an editor shows it), `k?`
   * (optional), `...tensors` (a variadic tail). */
  params: string[];
  /** What it does, in a line (an editor's hover and completion). */
  doc: string;
  fn: (c: BuiltinContext, a: Bound, span: Span) => Value;
}

/** A tensor as a value. */
export const T = (id: number): Value => ({ kind: "tensor", id });
