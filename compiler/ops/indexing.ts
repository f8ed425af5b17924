// Ops that make or move by integer positions: argmax and argmin (the position of each
// extremum along an axis), arange (an evenly spaced vector), reverse_sequence (each sample's
// first `length` steps in reverse order, TensorFlow's op, for the backward direction of a
// bidirectional recurrent layer over padded sequences).
import type { Node } from "../ir/types.ts";
import { ShapeError, showShape, size } from "../ir/shape.ts";
import { tensor } from "../ir/tensor.ts";
import type { OpDef } from "./types.ts";

/** x viewed as [outer, A, inner] around attrs.axis. */
export function axisGeometry(shape: readonly number[], axis: number) {
  return { outer: size(shape.slice(0, axis)), A: shape[axis], inner: size(shape.slice(axis + 1)) };
}

/** Whether v beats the best so far: NaN counts as the extremum, as in NumPy and PyTorch. */
const beats = (max: boolean) => (v: number, best: number) =>
  (max ? v > best : v < best) || (v !== v && best === best);

function argExtremum(op: "argmax" | "argmin"): OpDef {
  const better = beats(op === "argmax");
  return {
    kind: "kernel",
    arity: 1,
    /** x -> i32 positions along attrs.axis, that axis dropped (or kept as 1: keepdims). */
    shape: (ins, attrs) => {
      const x = ins[0];
      const axis = attrs.axis as number;
      if (x.dtype !== "f") {
        throw new ShapeError(`${op} needs a float tensor but got ${showShape(x.shape, x.dtype)}` +
          `; convert integers with float(x)`);
      }
      if (!Number.isInteger(axis) || axis < 0 || axis >= x.shape.length) {
        throw new ShapeError(`${op} over axis ${axis} of a tensor of rank ${x.shape.length}`);
      }
      const shape = attrs.keepdims === true ? x.shape.map((d, i) => (i === axis ? 1 : d))
        : x.shape.filter((_, i) => i !== axis);
      return { shape, dtype: "i" };
    },
    eval: (ins, n) => {
      const x = ins[0];
      const { outer, A, inner } = axisGeometry(x.shape, n.attrs.axis as number);
      const out = tensor(n.shape);
      for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) {
        let best = x.data[o * A * inner + i], at = 0;
        for (let a = 1; a < A; a++) {
          const v = x.data[(o * A + a) * inner + i];
          if (better(v, best)) { best = v; at = a; }
        }
        out.data[o * inner + i] = at;
      }
      return out;
    },
  };
}

/** reverse_sequence's length of sample n, clamped to 0..T (no lengths: T). */
export const clampLength = (v: number, T: number) => Math.max(0, Math.min(T, v));

export const INDEXING_OPS = {
  argmax: argExtremum("argmax"),
  argmin: argExtremum("argmin"),
  /** [start, start + step, ...], n values: attrs { start, step, n, dtype }. Float ones fold
   * to constants; integer ones (ids) are written by a kernel. */
  arange: {
    kind: "kernel",
    arity: 0,
    shape: (_ins, attrs) => {
      const n = attrs.n as number;
      if (!(Number.isInteger(n) && n >= 1)) throw new ShapeError(`arange makes no values (${n})`);
      return { shape: [n], dtype: attrs.dtype === "i" ? "i" : "f" };
    },
    eval: (_ins, n) => {
      const out = tensor(n.shape);
      const start = n.attrs.start as number, step = n.attrs.step as number;
      for (let i = 0; i < out.data.length; i++) out.data[i] = start + i * step;
      return out;
    },
  },
  /** reverse_sequence(x [N, T, ...], lengths? i32 [N]): out[n, t] = x[n, L - 1 - t] for
   * t < L = lengths[n] (clamped to 0..T), x[n, t] after; without lengths, L = T. Its own
   * gradient. */
  reverse_sequence: {
    kind: "kernel",
    arity: "variadic",
    shape: (ins) => {
      const [x, lengths] = ins;
      if (ins.length < 1 || ins.length > 2) throw new ShapeError("reverse_sequence takes x and lengths");
      if (x.shape.length < 2) {
        throw new ShapeError(`reverse_sequence needs x [N, T, ...] but got ${showShape(x.shape, x.dtype)}`);
      }
      if (lengths && (lengths.dtype !== "i" || lengths.shape.length !== 1 ||
        lengths.shape[0] !== x.shape[0])) {
        throw new ShapeError(`reverse_sequence needs lengths i32[${x.shape[0]}] (one per sample of ` +
          `${showShape(x.shape, x.dtype)}) but got ${showShape(lengths.shape, lengths.dtype)}`);
      }
      return { shape: x.shape, dtype: x.dtype };
    },
    grad: (n: Node, g, b) => [b.add("reverse_sequence", [g, ...n.inputs.slice(1)]), null],
    eval: (ins, n) => {
      const [x, lengths] = ins;
      const [N, T] = x.shape;
      const row = size(x.shape.slice(2));
      const out = tensor(n.shape);
      for (let s = 0; s < N; s++) {
        const L = lengths ? clampLength(lengths.data[s], T) : T;
        for (let t = 0; t < T; t++) {
          const from = (s * T + (t < L ? L - 1 - t : t)) * row;
          out.data.set(x.data.subarray(from, from + row), (s * T + t) * row);
        }
      }
      return out;
    },
  },
} satisfies Record<string, OpDef>;
