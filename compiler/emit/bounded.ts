// Kernels over a batch that varies (`dim B <= 64`, compiler/ir/lead.ts): tensors keep the
// bound's layout, and only trip counts along the leading axis follow the batch fed (`nb`).
// Loops, reductions, products and convolutions take that trip count themselves (js/loops.ts,
// fused.ts, js/matmul.ts, js/conv.ts). Other kernels that work sample by sample run once per
// sample fed, written for one sample; an embedding's gradient, which sums over the batch,
// runs at the bound over inputs whose rows past the batch fed are zeroed first, which adds
// nothing.
import { size } from "../ir/shape.ts";
import type { Node, OpName } from "../ir/types.ts";
import { ROWS, type Ref, zeroTail } from "./js/loops.ts";
import type { EmitContext } from "./js/types.ts";

/** Kernels whose samples are independent: each sample's rows depend on its rows alone. */
const BY_SAMPLE = new Set<OpName>(["max_pool2d",
  "max_pool2d_grad", "max_pool2d_indices", "avg_pool2d", "avg_pool2d_grad", "transpose", "slice", "pad", "concat", "one_hot", "take",
  "argmax", "argmin", "reverse_sequence"]);

/** Kernels that sum over the batch: an embedding's gradient. */
const OVER_BATCH = new Set<OpName>(["scatter_add"]);

/** Kernels that take the batch fed themselves. */
const TAKE_BATCH = new Set<OpName>(["matmul", "sum", "max", "min", "conv2d", "conv2d_input_grad",
  "conv2d_weight_grad", "patches", "conv2d_patches", "conv2d_weight_grad_patches"]);

export function boundedKernel(c: EmitContext, kernel: (c: EmitContext) => string,
  bound: number): string {
  const { node, ins } = c;
  if (!node.lead && !ins.some((x) => x.lead || x.slab)) return kernel(c);
  // Back to the batch's axis from a loop's stacked values: at the bound, rows past the batch
  // fed copied along unread.
  if (node.op === "transpose" && ins[0].slab) return kernel(c);
  if (BY_SAMPLE.has(node.op) && node.lead) return bySample(c, kernel, bound);
  if (OVER_BATCH.has(node.op)) {
    return ins.map((x, k) => zeroTail(x, c.args[k], bound)).join("") + kernel(c);
  }
  if (ins.some((x) => x.slab) && !node.lead && !["matmul"].includes(node.op)) {
    throw new Error(`internal: no kernel for ${node.op} over a loop's stacked batch`);
  }
  if (TAKE_BATCH.has(node.op)) return kernel(c);
  throw new Error(`internal: no kernel for ${node.op} over a batch that varies`);
}

/** One sample's kernel, run for each sample fed, its tensors' offsets moved along. */
function bySample(c: EmitContext, kernel: (c: EmitContext) => string, bound: number): string {
  const s = c.nm.fresh("s");
  const op = c.node.op;
  // Concatenated with it, a static tensor of the bound's rows moves along too; a table that
  // `take` reads by offsets (an embedding's, or max pooling's image) stays where it is.
  const aligned = (x: Node, k: number) => !(op === "take" && k === 0) &&
    (x.lead || (op === "concat" && x.shape[0] === c.node.shape[0]));
  const rows = (x: Node) => (x.lead || c.node.lead!);
  const one = (x: Node, k: number): Node => (aligned(x, k)
    ? { ...x, shape: [x.shape[0] / bound, ...x.shape.slice(1)] } : x);
  const step = (r: Ref, x: Node) =>
    rows(x) * (r.strides ? r.strides[0] : size(x.shape) / x.shape[0]);
  const move = (r: Ref, x: Node, k: number): Ref => (!aligned(x, k) || r.lit !== undefined ? r
    : { ...r, off: `(${r.off} + ${s} * ${step(r, x)})` });
  let body = kernel({ ...c, node: one(c.node, -1), ins: c.ins.map(one),
    out: move(c.out, c.node, -1), args: c.args.map((a, k) => move(a, c.ins[k], k)) });
  if (op === "max_pool2d_indices") {
    // Its offsets count from the sample's start; `take` and its gradient read them from
    // the image's.
    const i = c.nm.fresh("i"), per = size(c.node.shape) / bound;
    body += `for (let ${i} = 0; ${i} < ${per}; ${i}++) ${c.out.arr}[${c.out.off} + ${s} * ` +
      `${per} + ${i}] += ${s} * ${step(c.args[0], c.ins[0])};\n`;
  }
  return `for (let ${s} = 0; ${s} < ${ROWS}; ${s}++) {\n${body}}\n`;
}
