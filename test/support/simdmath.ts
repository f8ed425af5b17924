// The SIMD forms of exp and its family (compiler/emit/wasm/math.ts) as functions over arrays:
// each runs as an elementwise kernel over a WebAssembly memory, a batch at a time. Shared by
// their accuracy test and the exhaustive sweep (scripts of docs/performance.md).
import { elementwiseFn } from "../../compiler/emit/wasm/elementwise.ts";
import { moduleBytes } from "../../compiler/emit/wasm/encoder.ts";
import type { ElementwiseOp } from "../../compiler/emit/wasm/ops.ts";

/** Elements per call. */
export const BATCH = 1 << 16;

/** `op` (with `alpha` for elu) applied to a batch of up to BATCH float32s, in place. */
export function simdFunction(op: ElementwiseOp, alpha?: number) {
  const fn = elementwiseFn({ strides: [[1], [1]], inputs: 1, literals: [], outputs: [0],
    members: [{ op, args: [{ input: 0 }], ...(alpha === undefined ? {} : { attrs: { alpha } }) }] });
  const memory = new WebAssembly.Memory({ initial: Math.ceil((BATCH * 4 + 16) / 65536) + 1 });
  const k = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes([fn])), { e: { m: memory } })
    .exports.k0 as (x: number, y: number, n: number) => void;
  const F = new Float32Array(memory.buffer, 0, BATCH);
  return (xs: Float32Array): Float32Array => {
    F.set(xs);
    k(0, 0, xs.length);
    return F.subarray(0, xs.length);
  };
}

/** Calls `each(x, y)` for every x of `inputs` and its SIMD result y. */
export function forEachResult(f: (xs: Float32Array) => Float32Array, inputs: Iterable<number>,
  each: (x: number, y: number) => void): void {
  const xs = new Float32Array(BATCH);
  let n = 0;
  const flush = () => {
    const ys = f(xs.subarray(0, n));
    for (let i = 0; i < n; i++) each(xs[i], ys[i]);
    n = 0;
  };
  for (const x of inputs) {
    xs[n++] = x;
    if (n === BATCH) flush();
  }
  flush();
}
