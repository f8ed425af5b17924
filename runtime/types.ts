// Types shared by the runtime files. Types only: other runtime files may `import type` from
// here, and since this file holds no code it is not embedded (see manifest.ts).

/** Float storage of one compiled model: f32 models use Float32Array, f64 ones Float64Array. */
export type Float = Float32Array | Float64Array;

/** Any tensor storage a feed or a saved file can hold. */
export type TensorData = Float32Array | Float64Array | Int32Array;

/** runtime/simd.ts's Adam kernel over an arena's memory: byte addresses of p, g, m and v,
 * the number of 4-element vectors, then the update's float32 scalars (simdAdamBytes). */
export type SimdAdam = (p: number, g: number, m: number, v: number, count: number, stepSize: number,
  bc2Sqrt: number, oneMinusBeta1: number, beta2: number, oneMinusBeta2: number, eps: number,
  weightDecay: number, keep: number) => void;
