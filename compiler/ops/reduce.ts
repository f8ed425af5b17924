// Reductions over a set of axes: attrs { axes: sorted distinct axes, keepdims }.
import type { Attrs, Node } from "../ir/types.ts";
import { ShapeError, showShape, size } from "../ir/shape.ts";
import { forEachIndex, strides, tensor, type Tensor } from "../ir/tensor.ts";
import type { GraphOps, OpDef, ShapeRule } from "./types.ts";

export function keptShape(shape: readonly number[], axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}

const reduceShape = (op: string): ShapeRule => (ins, attrs) => {
  const x = ins[0];
  if (x.dtype !== "f") {
    throw new ShapeError(`${op} needs a float tensor but got ${showShape(x.shape, x.dtype)}` +
      `; convert integers with float(x)`);
  }
  const axes = attrs.axes as number[];
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= x.shape.length) {
      throw new ShapeError(`${op} over axis ${a} of a tensor of rank ${x.shape.length}`);
    }
  }
  const keep = attrs.keepdims === true;
  const shape = keep ? keptShape(x.shape, axes) : x.shape.filter((_, i) => !axes.includes(i));
  return { shape, dtype: "f" };
};

function evalReduce(init: number, combine: (acc: number, v: number) => number) {
  return (ins: readonly Tensor[], node: Node): Tensor => {
    const x = ins[0];
    const axes = node.attrs.axes as number[];
    const out = tensor(node.shape);
    out.data.fill(init);
    // Walk the input; each element lands on the output element with its reduced axes at 0.
    const os = strides(keptShape(x.shape, axes));
    const map = x.shape.map((_, d) => (axes.includes(d) ? 0 : os[d]));
    forEachIndex(x.shape, [map], (i, offs) => {
      out.data[offs[0]] = combine(out.data[offs[0]], x.data[i]);
    });
    return out;
  };
}

/** Reshapes a reduced gradient back to keepdims form and broadcasts it over the input. */
function spread(b: GraphOps, n: Node, g: number): number {
  const x = b.node(n.inputs[0]);
  const keep = keptShape(x.shape, n.attrs.axes as number[]);
  return b.broadcastTo(b.reshape(g, keep), x.shape);
}

/** One multiply-add or compare per input element, whatever the output's size. */
const reduceFlops = (n: Node, ins: readonly Node[]) => size(ins[0].shape) / Math.max(1, size(n.shape));

function extremum(op: "max" | "min"): OpDef {
  return {
    kind: "reduce",
    arity: 1,
    shape: reduceShape(op),
    flops: reduceFlops,
    // Ties share the gradient equally, as PyTorch's amax/amin do.
    grad: (n, g, b) => {
      const x = n.inputs[0];
      const keep = keptShape(b.shape(x), n.attrs.axes as number[]);
      const hit = b.add("eq", [x, b.reshape(n.id, keep)]);
      const count = b.sum(hit, n.attrs.axes as number[], true);
      return [b.add("mul", [hit, b.add("div", [b.reshape(g, keep), count])])];
    },
    eval: evalReduce(op === "max" ? -Infinity : Infinity,
      op === "max" ? (a, v) => (v > a ? v : a) : (a, v) => (v < a ? v : a)),
  };
}

export const REDUCE_OPS = {
  sum: {
    kind: "reduce",
    arity: 1,
    shape: reduceShape("sum"),
    flops: reduceFlops,
    grad: (n, g, b) => [spread(b, n, g)],
    eval: evalReduce(0, (a, v) => a + v),
  },
  max: extremum("max"),
  min: extremum("min"),
} satisfies Record<string, OpDef>;

export type ReduceAttrs = Attrs & { axes: number[]; keepdims: boolean };
