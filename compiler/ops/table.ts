// The op table: every primitive's semantics (shape rule, gradient rule, reference evaluator,
// kind, effects, spelling) in one row. Rows live in family files (compiler/ops/*.ts); this is
// where they are joined and where a missing row is a type error.
import type { LoopBody, Node, OpName } from "../ir/types.ts";
import { CONV_OPS } from "./conv.ts";
import { ELEMENTWISE_OPS } from "./elementwise.ts";
import { INDEXING_OPS } from "./indexing.ts";
import { LAYOUT_OPS } from "./layout.ts";
import { LEAF_OPS } from "./leaves.ts";
import { LOOP_OPS } from "./loop.ts";
import { MATMUL_OPS } from "./matmul.ts";
import { PATCH_OPS } from "./patches.ts";
import { REDUCE_OPS } from "./reduce.ts";
import type { OpDef } from "./types.ts";

export type { OpDef, OpName };

export const OPS: Record<OpName, OpDef> = {
  ...LEAF_OPS,
  ...ELEMENTWISE_OPS,
  ...REDUCE_OPS,
  ...MATMUL_OPS,
  ...CONV_OPS,
  ...PATCH_OPS,
  ...LAYOUT_OPS,
  ...INDEXING_OPS,
  ...LOOP_OPS,
} satisfies Record<OpName, OpDef>;

/** Whether evaluating the node draws from the model's generator (OpDef.effects): a random
 * op, or a loop whose body draws. */
export function isRandom(n: Node): boolean {
  if (OPS[n.op].effects === "random") return true;
  if (n.op !== "loop") return false;
  const body = n.attrs.body as LoopBody;
  let draws = drawing.get(body);
  if (draws === undefined) drawing.set(body, draws = body.graph.nodes.some(isRandom));
  return draws;
}

/** Bodies are immutable, and passes ask of every node. */
const drawing = new WeakMap<LoopBody, boolean>();

/** Every op name, in the table's order: tests derive their op lists from it. */
export const OP_NAMES = Object.keys(OPS) as OpName[];
