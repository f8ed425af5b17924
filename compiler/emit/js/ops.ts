// The JS backend's table: how each op of the op table (compiler/ops/table.ts) is computed in
// JavaScript. Leaves and aliases have no code (the emitter binds them to memory); a missing
// row is a type error.
import type { OpName } from "../../ir/types.ts";
import { CONV_JS } from "./conv.ts";
import { ELEMENTWISE_JS } from "./elementwise.ts";
import { INDEXING_JS } from "./indexing.ts";
import { LAYOUT_JS } from "./layout.ts";
import { MATMUL_JS } from "./matmul.ts";
import { REDUCE_JS } from "./reduce.ts";
import type { JsOp } from "./types.ts";

/** No code: memory is bound to the node (feeds, params, state, constants, aliases). */
const NONE: JsOp = {};

export const JS_OPS: Record<OpName, JsOp> = {
  input: NONE, param: NONE, state: NONE, hyper: NONE, const: NONE, tensor_const: NONE,
  reshape: NONE, stop_gradient: NONE,
  // A loop runs its body's kernels (compiler/emit/loop.ts); its body's leaves are memory.
  arg: NONE, loop_index: NONE, loop: NONE, loop_output: NONE,
  ...ELEMENTWISE_JS,
  ...REDUCE_JS,
  ...MATMUL_JS,
  ...CONV_JS,
  ...LAYOUT_JS,
  ...INDEXING_JS,
} satisfies Record<OpName, JsOp>;
