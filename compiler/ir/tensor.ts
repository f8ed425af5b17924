// Dense float64 tensors for the reference interpreter and constant folding. Integer tensors
// are held as float64 too (their values are exact up to 2^53).
import type { Shape } from "./types.ts";
import { size } from "./shape.ts";

export interface Tensor {
  readonly shape: Shape;
  readonly data: Float64Array;
  /** A loop's value: one tensor per output (its own data then empty). */
  readonly parts?: readonly Tensor[];
}

export function tensor(shape: Shape, data?: ArrayLike<number>): Tensor {
  const n = size(shape);
  const out = new Float64Array(n);
  if (data) {
    if (data.length !== n) throw new Error(`tensor of shape [${shape}] needs ${n} values`);
    out.set(data);
  }
  return { shape: [...shape], data: out };
}

export function strides(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/** Strides for reading `from` as if broadcast to `to` (NumPy rules; 0 on broadcast axes). */
export function broadcastStrides(from: Shape, to: Shape): number[] {
  const s = strides(from);
  const out = new Array<number>(to.length).fill(0);
  const lead = to.length - from.length;
  for (let i = 0; i < from.length; i++) out[lead + i] = from[i] === 1 ? 0 : s[i];
  return out;
}

/** NumPy broadcasting of several shapes, or undefined if they do not broadcast. */
export function broadcastShapes(shapes: readonly Shape[]): number[] | undefined {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    const lead = rank - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i];
      const o = out[lead + i];
      if (d === o || d === 1) continue;
      if (o === 1) out[lead + i] = d;
      else return undefined;
    }
  }
  return out;
}

/** Calls fn(flatOut, offsets...) for every element of `shape`, walking each input's strides. */
export function forEachIndex(shape: Shape, inStrides: readonly number[][],
  fn: (o: number, offs: Int32Array) => void): void {
  const rank = shape.length;
  const n = size(shape);
  const idx = new Int32Array(rank);
  const offs = new Int32Array(inStrides.length);
  for (let o = 0; o < n; o++) {
    fn(o, offs);
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      for (let k = 0; k < offs.length; k++) offs[k] += inStrides[k][d];
      if (idx[d] < shape[d]) break;
      for (let k = 0; k < offs.length; k++) offs[k] -= inStrides[k][d] * shape[d];
      idx[d] = 0;
    }
  }
}

/** Multi-index of a flat row-major offset. */
export function unravel(flat: number, shape: Shape): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = flat % shape[d];
    flat = Math.floor(flat / shape[d]);
  }
  return idx;
}
