// What a built-in function is: its parameters and how it builds graph from its arguments.
import type { Span } from "../../../dsl/ast.ts";
import type { GraphBuilder } from "../../ir/builder.ts";
import type { Value } from "../values.ts";
import type { Bound } from "./args.ts";

/** What builtins need from the elaborator. */
export interface BuiltinContext {
  readonly b: GraphBuilder;
  readonly training: boolean;
  /** Random draws get a sequence number so no pass can merge two of them. */
  nextSeq(): number;
}

export interface Builtin {
  /** Parameter names; a `?` suffix marks optional ones, `...` a variadic tail. */
  params: string[];
  fn: (c: BuiltinContext, a: Bound, span: Span) => Value;
}

/** A tensor as a value. */
export const T = (id: number): Value => ({ kind: "tensor", id });
