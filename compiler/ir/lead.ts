// Which tensors vary with a bounded dim (`dim B <= 64`): a node's `lead` is c when its
// leading axis holds c rows per sample of the batch fed, so c * n rows at run time (n the
// batch fed, at most the bound), laid out as at the bound. The bounded dim must stay the
// leading axis of everything it reaches: strides never involve it, only trip counts do, so
// the memory planned at the bound serves every batch. Everything else is static: a tensor
// that does not vary has the bound's rows (a zero initial state, a constant).
import { ShapeError } from "./shape.ts";
import type { Attrs, Node, OpName, Shape } from "./types.ts";

/** The per-call scalar holding the batch fed: a `hyper` leaf the module sets each call. */
export const BATCH = "batch";

const leading = (why: string) => new ShapeError(`the bounded batch must stay the leading axis ` +
  `of every tensor it reaches, but ${why}`);

/** Of elementwise inputs (and the like): the lead of those that vary, which must agree. */
function common(ins: readonly Node[], rank: number, rows: number): number {
  let lead = 0;
  for (const x of ins) {
    if (!x.lead) continue;
    if (x.shape.length !== rank || x.shape[0] !== rows) {
      throw leading(`this broadcasts a tensor with it to another axis`);
    }
    if (lead && lead !== x.lead) throw leading(`this combines batches of different layouts`);
    lead = x.lead;
  }
  return lead;
}

/** The lead of a node of `op` over `ins` giving `shape` (0: it does not vary). */
export function leadOf(op: OpName, ins: readonly Node[], attrs: Attrs, shape: Shape): number {
  if (typeof attrs.lead === "number") return attrs.lead;
  const x = ins[0];
  if (!ins.some((i) => i.lead)) return 0;
  switch (op) {
    case "sum": case "max": case "min": {
      const axes = attrs.axes as number[];
      return axes.includes(0) ? 0 : x.lead!;
    }
    case "argmax": case "argmin":
      return attrs.axis === 0 ? 0 : x.lead!;
    case "matmul": return matmulLead(ins, attrs, shape);
    case "conv2d": case "conv2d_input_grad": case "max_pool2d_indices": case "avg_pool2d":
    case "avg_pool2d_grad": case "reverse_sequence":
      return common([x], x.shape.length, x.shape[0]);
    // Sums over the batch: their trip counts vary, not their results.
    case "conv2d_weight_grad": case "scatter_add": return 0;
    case "one_hot": return x.lead!;
    case "take": return ins[1].lead ?? 0;
    case "reshape": {
      const bound = x.shape[0] / x.lead!;
      if (shape[0] % bound !== 0) throw leading(`this reshape mixes samples into one row`);
      return shape[0] / bound;
    }
    case "transpose":
      if ((attrs.perm as number[])[0] !== 0) throw leading(`this transpose moves it`);
      return x.lead!;
    case "slice": {
      const begin = attrs.begin as number[], end = attrs.end as number[];
      if (begin[0] !== 0 || end[0] !== x.shape[0]) throw leading(`this slices it`);
      return x.lead!;
    }
    case "pad":
      if ((attrs.begin as number[])[0] !== 0 || shape[0] !== x.shape[0]) {
        throw leading(`this pads it`);
      }
      return x.lead!;
    case "concat":
      if (attrs.axis === 0) throw leading(`this concatenates along it`);
      return common(ins, shape.length, shape[0]);
    default:
      return common(ins, shape.length, shape[0]);
  }
}

/** A product varies with its rows (A's leading axis) or its batch axis; a product that sums
 * over the batch (a weight gradient, Aᵀ B) does not. */
function matmulLead(ins: readonly Node[], attrs: Attrs, shape: Shape): number {
  const [a, b] = ins;
  if (shape.length > 2) return common(ins, shape.length, shape[0]);
  if (b.lead && attrs.tb === true) throw leading(`this product puts it on the columns`);
  if (!a.lead) return 0;
  if (a.shape.length === 1) throw leading(`this product sums over it`);
  return attrs.ta === true ? 0 : a.lead;
}

/** Whether a node's leading axis varies with the batch fed. */
export const varies = (n: Node): boolean => (n.lead ?? 0) > 0;
