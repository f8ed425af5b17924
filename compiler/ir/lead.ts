// Which tensors vary with a bounded dim (`dim B <= 64`): a node's `lead` is c when its
// leading axis holds c rows per sample of the batch fed, so c * n rows at run time (n the
// batch fed, at most the bound), laid out as at the bound. The bounded dim must stay the
// leading axis of everything it reaches: strides never involve it, only trip counts do, so
// the memory planned at the bound serves every batch. Everything else is static: a tensor
// that does not vary has the bound's rows (a zero initial state, a constant).
import { ShapeError } from "./shape.ts";
import type { Attrs, LoopBody, Node, OpName, Shape, Slab } from "./types.ts";

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
  if (op === "loop_output") return loopOutput(x, attrs).lead;
  if (ins.some((i) => i.slab)) return fromSlabs(op, ins, attrs, shape);
  if (!ins.some((i) => i.lead)) return 0;
  switch (op) {
    case "loop": return 0;
    case "sum": case "max": case "min": {
      const axes = attrs.axes as number[];
      return axes.includes(0) ? 0 : x.lead!;
    }
    case "argmax": case "argmin":
      return attrs.axis === 0 ? 0 : x.lead!;
    case "matmul": return matmulLead(ins, attrs, shape);
    case "conv2d": case "conv2d_input_grad": case "patches": case "conv2d_patches":
    case "max_pool2d_indices": case "avg_pool2d":
    case "avg_pool2d_grad": case "reverse_sequence":
      return common([x], x.shape.length, x.shape[0]);
    // Sums over the batch: their trip counts vary, not their results.
    case "conv2d_weight_grad": case "conv2d_weight_grad_patches": case "scatter_add": return 0;
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

/** The values a loop gives out: a carry's or last step's lead is its value's; stacked along a
 * new first axis, a step's values make slabs. */
function loopOutput(loop: Node, attrs: Attrs): { lead: number; slab?: Slab } {
  const body = loop.attrs.body as LoopBody;
  const out = body.outputs[attrs.index as number];
  const node = (k: number) => body.graph.nodes[body.graph.outputs[k].node];
  const input = out.kind === "carry" ? body.inputs[out.input] : undefined;
  const value = out.kind === "carry" ? node((input as { update: number }).update)
    : node(out.value);
  if (value.slab) throw leading(`a loop stacks values stacked already`);
  if (out.kind !== "stack" || !value.lead) return { lead: value.lead ?? 0 };
  return out.axis === 0 ? { lead: 0, slab: { count: out.extent, rows: value.lead } }
    : { lead: value.lead };
}

/** Ops over slabs: a transpose that brings the batch back to the front, or products that sum
 * over it (a weight's gradient from a whole sequence). */
function fromSlabs(op: OpName, ins: readonly Node[], attrs: Attrs, shape: Shape): number {
  const x = ins[0];
  if (op === "transpose" && x.slab && (attrs.perm as number[])[0] === 1 &&
    x.shape[0] === x.slab.count) return x.slab.rows;
  if (op === "matmul" || op === "reshape" || op === "stop_gradient" || op === "loop") return 0;
  if (ins.every((i) => !i.lead)) return 0;
  throw leading(`this ${op} reads it from values a loop stacked step by step`);
}

/** The slabs of a node over a loop's stacked values (Node.slab), if it is one. */
export function slabOf(op: OpName, ins: readonly Node[], attrs: Attrs, shape: Shape):
  Slab | undefined {
  if (op === "loop_output") return loopOutput(ins[0], attrs).slab;
  const slabbed = ins.filter((i) => i.slab);
  if (!slabbed.length || op === "transpose" || op === "loop") return undefined;
  // Only the same memory (reshape) or a value per element of it are slabs in turn; what
  // other ops make of slabs the emitter refuses (emit/bounded.ts).
  const same = op === "reshape" || op === "stop_gradient" ||
    slabbed.every((i) => i.shape.length === shape.length && i.shape.every((d, k) => d === shape[k]));
  if (!same) return undefined;
  // A product sums over them: its operands' rows past the batch fed are zeroed first.
  if (op === "matmul") {
    const [a, b] = ins;
    if ((a.slab && attrs.ta !== true) || (b.slab && attrs.tb === true)) {
      throw leading(`this product keeps values a loop stacked step by step`);
    }
    return undefined;
  }
  const count = slabbed[0].slab!.count;
  if (slabbed.some((i) => i.slab!.count !== count)) throw leading(`these stacks differ`);
  return slabbed[0].slab;
}

/** The lead of what a loop's body reads at each step of a sequence stepped along `axis`. */
export function stepLead(x: Node, axis: number): Attrs {
  if (axis === 0 && x.lead) throw leading(`a loop steps along it`);
  const lead = axis === 0 ? x.slab?.rows : x.lead;
  return lead ? { lead } : {};
}

/** Attributes giving a leaf (a loop body's `arg`) the lead of the value it stands for. */
export const leadAttr = (n: { lead?: number }): Attrs => (n.lead ? { lead: n.lead } : {});
