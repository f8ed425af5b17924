// Types shared by the runtime files (types only).

/** Float storage of one compiled model: f32 models use Float32Array, f64 ones Float64Array. */
export type Float = Float32Array | Float64Array;

/** Any tensor storage a feed or a saved file can hold. */
export type TensorData = Float32Array | Float64Array | Int32Array;
