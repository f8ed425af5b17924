// Types shared by the runtime files. Types only: other runtime files may `import type` from
// here, and since this file holds no code it is not embedded (see manifest.ts).

/** Float storage of one compiled model: f32 models use Float32Array, f64 ones Float64Array. */
export type Float = Float32Array | Float64Array;

/** Any tensor storage a feed or a saved file can hold. */
export type TensorData = Float32Array | Float64Array | Int32Array;

/** One of runtime/simd.ts's optimizer kernels: byte addresses of the param, its gradient and
 * its state, the number of 4-element vectors, then the update's float32 scalars. */
export type SimdUpdateFn = (...args: number[]) => void;

/** The optimizer kernels over one arena's memory (simdUpdateKernels). */
export interface SimdUpdates {
  sgd: SimdUpdateFn;
  momentum: SimdUpdateFn;
  nesterov: SimdUpdateFn;
  rmsprop: SimdUpdateFn;
  adam: SimdUpdateFn;
}
