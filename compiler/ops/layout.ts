// Ops that move data without arithmetic: reshape (an alias), broadcast, transpose, slice,
// pad, concat, and the integer-indexed one_hot / take / scatter_add.
import type { Node, Shape } from "../ir/types.ts";
import { ShapeError, showShape, size } from "../ir/shape.ts";
import { broadcastShapes, broadcastStrides, forEachIndex, strides, tensor, type Tensor } from "../ir/tensor.ts";
import type { OpDef } from "./types.ts";

const nums = (v: unknown) => v as number[];

function evalStrided(x: Tensor, shape: Shape, inStrides: number[], base: number): Tensor {
  const out = tensor(shape);
  forEachIndex(shape, [inStrides], (o, offs) => (out.data[o] = x.data[base + offs[0]]));
  return out;
}

/** Where a slice starts in its input, and the input's strides. */
export function sliceGeometry(n: Node, inShape: Shape) {
  const begin = nums(n.attrs.begin);
  const s = strides(inShape);
  return { base: begin.reduce((acc, b, d) => acc + b * s[d], 0), inStrides: s };
}


export const LAYOUT_OPS = {
  /** Same data, new shape: attrs { shape }. Emitted as an alias, never a copy. */
  reshape: {
    kind: "alias",
    arity: 1,
    shape: (ins, attrs) => {
      const shape = nums(attrs.shape);
      if (size(shape) !== size(ins[0].shape)) {
        throw new ShapeError(`cannot reshape ${showShape(ins[0].shape, ins[0].dtype)} ` +
          `(${size(ins[0].shape)} elements) to [${shape.join(", ")}] (${size(shape)} ` +
          `element${size(shape) === 1 ? "" : "s"})`);
      }
      return { shape, dtype: ins[0].dtype };
    },
    grad: (n, g, b) => [b.reshape(g, b.shape(n.inputs[0]))],
    eval: (ins, n) => tensor(n.shape, ins[0].data),
  },
  /** Identity with no gradient. Emitted as an alias. */
  stop_gradient: {
    kind: "alias",
    arity: 1,
    shape: (ins) => ({ shape: ins[0].shape, dtype: ins[0].dtype }),
    eval: (ins) => ins[0],
  },
  /** NumPy broadcast to attrs { shape }; its gradient is summed back by the driver. */
  broadcast: {
    kind: "elementwise",
    arity: 1,
    shape: (ins, attrs) => {
      const shape = nums(attrs.shape);
      const b = broadcastShapes([ins[0].shape, shape]);
      if (!b || b.length !== shape.length || b.some((d, i) => d !== shape[i])) {
        throw new ShapeError(`cannot broadcast ${showShape(ins[0].shape, ins[0].dtype)} to [${shape.join(", ")}]`);
      }
      return { shape, dtype: ins[0].dtype };
    },
    grad: (_n, g) => [g],
    eval: (ins, n) => evalStrided(ins[0], n.shape, broadcastStrides(ins[0].shape, n.shape), 0),
  },
  /** attrs { perm }: output axis d is input axis perm[d]. */
  transpose: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      const perm = nums(attrs.perm);
      const r = ins[0].shape.length;
      if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
        throw new ShapeError(`transpose of a rank-${r} tensor needs a permutation of 0..${r - 1}` +
          ` but got [${perm.join(", ")}]`);
      }
      return { shape: perm.map((p) => ins[0].shape[p]), dtype: ins[0].dtype };
    },
    grad: (n, g, b) => {
      const perm = nums(n.attrs.perm);
      const inv = perm.map((_, i) => perm.indexOf(i));
      return [b.add("transpose", [g], { perm: inv })];
    },
    eval: (ins, n) => {
      const s = strides(ins[0].shape);
      return evalStrided(ins[0], n.shape, nums(n.attrs.perm).map((p) => s[p]), 0);
    },
  },
  /** attrs { begin, end }: the box [begin, end) of the input, rank kept. */
  slice: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      const begin = nums(attrs.begin), end = nums(attrs.end);
      const shape = ins[0].shape;
      shape.forEach((d, i) => {
        if (!(0 <= begin[i] && begin[i] <= end[i] && end[i] <= d)) {
          throw new ShapeError(`slice ${begin[i]}:${end[i]} is out of range for axis ${i} of ` +
            `${showShape(shape, ins[0].dtype)}`);
        }
      });
      return { shape: shape.map((_, i) => end[i] - begin[i]), dtype: ins[0].dtype };
    },
    grad: (n, g, b) => {
      return [b.add("pad", [g], { begin: nums(n.attrs.begin), shape: b.shape(n.inputs[0]) })];
    },
    eval: (ins, n) => {
      const { base, inStrides } = sliceGeometry(n, ins[0].shape);
      return evalStrided(ins[0], n.shape, inStrides, base);
    },
  },
  /** attrs { begin, shape }: zeros of `shape` with the input placed at `begin`. */
  pad: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      const begin = nums(attrs.begin), shape = nums(attrs.shape);
      if (shape.length !== ins[0].shape.length ||
        ins[0].shape.some((d, i) => begin[i] < 0 || begin[i] + d > shape[i])) {
        throw new ShapeError(`cannot pad ${showShape(ins[0].shape)} into [${shape.join(", ")}]`);
      }
      return { shape, dtype: ins[0].dtype };
    },
    grad: (n, g, b) => {
      const begin = nums(n.attrs.begin);
      const end = b.shape(n.inputs[0]).map((d, i) => begin[i] + d);
      return [b.add("slice", [g], { begin, end })];
    },
    eval: (ins, n) => {
      const out = tensor(n.shape);
      const s = strides(n.shape);
      const base = nums(n.attrs.begin).reduce((a, v, d) => a + v * s[d], 0);
      forEachIndex(ins[0].shape, [s], (i, offs) => (out.data[base + offs[0]] = ins[0].data[i]));
      return out;
    },
  },
  /** attrs { axis }: inputs joined along an existing axis. */
  concat: {
    kind: "kernel",
    arity: "variadic",
    shape: (ins, attrs) => {
      const axis = attrs.axis as number;
      const first = ins[0];
      if (!first) throw new ShapeError("concat needs at least one tensor");
      const shape = [...first.shape];
      for (const x of ins.slice(1)) {
        const ok = x.shape.length === shape.length && x.dtype === first.dtype &&
          x.shape.every((d, i) => i === axis || d === first.shape[i]);
        if (!ok) {
          throw new ShapeError(`concat along axis ${axis} needs matching shapes but got ` +
            ins.map((n) => showShape(n.shape, n.dtype)).join(" and "));
        }
        shape[axis] += x.shape[axis];
      }
      if (axis < 0 || axis >= shape.length) throw new ShapeError(`concat axis ${axis} is out of range`);
      return { shape, dtype: first.dtype };
    },
    grad: (n, g, b) => {
      const axis = n.attrs.axis as number;
      let at = 0;
      return n.inputs.map((x) => {
        const shape = b.shape(x);
        const begin = shape.map((_, d) => (d === axis ? at : 0));
        const end = shape.map((v, d) => (d === axis ? at + v : v));
        at += shape[axis];
        return b.add("slice", [g], { begin, end });
      });
    },
    eval: (ins, n) => {
      const out = tensor(n.shape);
      const s = strides(n.shape);
      const axis = n.attrs.axis as number;
      let at = 0;
      for (const x of ins) {
        forEachIndex(x.shape, [s], (i, offs) => (out.data[at * s[axis] + offs[0]] = x.data[i]));
        at += x.shape[axis];
      }
      return out;
    },
  },
  /** attrs { n }: integer ids to float one-hot rows; ids out of range give a zero row. */
  one_hot: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      if (ins[0].dtype !== "i") {
        throw new ShapeError(`one_hot needs integer ids but got ${showShape(ins[0].shape, ins[0].dtype)}`);
      }
      const n = attrs.n as number;
      if (!(Number.isInteger(n) && n >= 1)) {
        throw new ShapeError(`one_hot needs n >= 1 classes but got ${n}`);
      }
      return { shape: [...ins[0].shape, n], dtype: "f" };
    },
    eval: (ins, n) => {
      const k = n.attrs.n as number;
      const out = tensor(n.shape);
      ins[0].data.forEach((id, i) => { if (id >= 0 && id < k) out.data[i * k + id] = 1; });
      return out;
    },
  },
  /** take(table [V, ...rest], ids [...]) -> [...ids, ...rest]; out-of-range ids give zeros. */
  take: {
    kind: "kernel",
    arity: 2,
    shape: (ins) => {
      const [t, ids] = ins;
      if (ids.dtype !== "i") throw new ShapeError(`embedding ids must be integers but got ${showShape(ids.shape, ids.dtype)}`);
      if (t.shape.length < 1) {
        throw new ShapeError(`embedding needs a table of rank 1 or more but got ${showShape(t.shape, t.dtype)}`);
      }
      return { shape: [...ids.shape, ...t.shape.slice(1)], dtype: t.dtype };
    },
    grad: (n, g, b) => [b.add("scatter_add", [g, n.inputs[1]], { n: b.shape(n.inputs[0])[0] }), null],
    eval: (ins, n) => {
      const [t, ids] = ins;
      const row = size(t.shape.slice(1)), V = t.shape[0];
      const out = tensor(n.shape);
      ids.data.forEach((id, i) => {
        if (id >= 0 && id < V) out.data.set(t.data.subarray(id * row, id * row + row), i * row);
      });
      return out;
    },
  },
  /** scatter_add(g [...ids, ...rest], ids [...]) -> [n, ...rest]: rows summed by id. */
  scatter_add: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [g, ids] = ins;
      const rest = g.shape.slice(ids.shape.length);
      return { shape: [attrs.n as number, ...rest], dtype: "f" };
    },
    grad: (n, g, b) => [b.add("take", [g, n.inputs[1]]), null],
    eval: (ins, n) => {
      const [g, ids] = ins;
      const row = size(n.shape.slice(1)), V = n.shape[0];
      const out = tensor(n.shape);
      ids.data.forEach((id, i) => {
        if (id < 0 || id >= V) return;
        for (let j = 0; j < row; j++) out.data[id * row + j] += g.data[i * row + j];
      });
      return out;
    },
  },
} satisfies Record<string, OpDef>;
