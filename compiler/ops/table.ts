// The op table: every primitive's semantics (shape rule, gradient rule, reference evaluator,
// kind, effects, spelling) in one row. Rows live in family files (compiler/ops/*.ts); this is
// where they are joined and where a missing row is a type error.
import type { OpName } from "../ir/types.ts";
import { CONV_OPS } from "./conv.ts";
import { ELEMENTWISE_OPS } from "./elementwise.ts";
import { INDEXING_OPS } from "./indexing.ts";
import { LAYOUT_OPS } from "./layout.ts";
import { LEAF_OPS } from "./leaves.ts";
import { MATMUL_OPS } from "./matmul.ts";
import { REDUCE_OPS } from "./reduce.ts";
import type { OpDef } from "./types.ts";

export type { OpDef, OpName };

export const OPS: Record<OpName, OpDef> = {
  ...LEAF_OPS,
  ...ELEMENTWISE_OPS,
  ...REDUCE_OPS,
  ...MATMUL_OPS,
  ...CONV_OPS,
  ...LAYOUT_OPS,
  ...INDEXING_OPS,
} satisfies Record<OpName, OpDef>;

/** Whether evaluating the op draws from the model's generator (OpDef.effects). */
export const isRandom = (op: OpName): boolean => OPS[op].effects === "random";

/** Every op name, in the table's order: tests derive their op lists from it. */
export const OP_NAMES = Object.keys(OPS) as OpName[];
