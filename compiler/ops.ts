// The op table: every primitive's shape rule, gradient rule, reference evaluator and emitter
// in one row. Rows live in family files (compiler/ops/*.ts); this is where they are joined
// and where a missing row is a type error.
import { CONV_OPS } from "./ops/conv.ts";
import { ELEMENTWISE_OPS } from "./ops/elementwise.ts";
import { LAYOUT_OPS } from "./ops/layout.ts";
import { LEAF_OPS } from "./ops/leaves.ts";
import { MATMUL_OPS } from "./ops/matmul.ts";
import { REDUCE_OPS } from "./ops/reduce.ts";
import type { OpDef, OpName } from "./ops/types.ts";

export type { OpDef, OpName } from "./ops/types.ts";

export const OPS: Record<OpName, OpDef> = {
  ...LEAF_OPS,
  ...ELEMENTWISE_OPS,
  ...REDUCE_OPS,
  ...MATMUL_OPS,
  ...CONV_OPS,
  ...LAYOUT_OPS,
} satisfies Record<OpName, OpDef>;
