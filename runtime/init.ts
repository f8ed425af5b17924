// Parameter initialisers, as PyTorch's torch.nn.init defines them. They run once, in
// create(), so orthogonal may allocate its scratch matrix. The compiler turns each param's
// initialiser into the draw it makes (initDraw) and writes that call into create(): a module
// carries the generator's fills, and kilnOrthogonal (a runtime piece) only where a param is
// orthogonal.
import type { Rng } from "./rng.ts";
import type { Float } from "./types.ts";

export type InitKind =
  | "zeros"
  | "ones"
  | "constant"
  | "normal"
  | "uniform"
  | "glorot_uniform"
  | "glorot_normal"
  | "he_uniform"
  | "he_normal"
  | "orthogonal";

/** constant: [value]; normal: [std] (mean 0; default 1); uniform: [lo, hi] (default 0, 1);
 * orthogonal: [gain] (default 1); the others take no arguments. */
export type InitSpec = { kind: InitKind; args: number[] };

/** Smallest and largest argument counts per initialiser; defaults follow torch.nn.init. */
const INIT_ARITY: Record<InitKind, readonly [number, number]> = {
  zeros: [0, 0],
  ones: [0, 0],
  constant: [1, 1],
  normal: [0, 1],
  uniform: [0, 2],
  glorot_uniform: [0, 0],
  glorot_normal: [0, 0],
  he_uniform: [0, 0],
  he_normal: [0, 0],
  orthogonal: [0, 1],
};

/** [fan_in, fan_out] of a param. Rank 2 is Kiln's [in, out] layout (Dense W [K, units],
 * RNN Wx [D, G*U]); rank >= 3 is PyTorch's conv layout [out, in, kh, kw, ...]. */
export function fanInOut(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  if (shape.length === 2) return [shape[0], shape[1]];
  let field = 1;
  for (let i = 2; i < shape.length; i++) field *= shape[i];
  return [shape[1] * field, shape[0] * field];
}

/** What an initialiser draws once its arguments and the param's fans are known: the fill
 * the compiler writes into each module's create() (compiler/emit/module.ts), so a module
 * carries the draws it makes and not this table; initTensor runs the same fills. */
export type InitDraw =
  | { fill: "zeros" }
  | { fill: "constant"; value: number }
  | { fill: "uniform"; lo: number; hi: number }
  | { fill: "normal"; std: number }
  | { fill: "orthogonal"; gain: number };

/** The draw `init` makes for a param of `shape`; throws on an unknown initialiser or a wrong
 * number of arguments (the front end rejects both before a module is made). */
export function initDraw(shape: readonly number[], init: InitSpec): InitDraw {
  if (!Object.prototype.hasOwnProperty.call(INIT_ARITY, init.kind)) {
    throw new Error(`unknown initialiser '${init.kind}'`);
  }
  const [minArgs, maxArgs] = INIT_ARITY[init.kind];
  if (init.args.length < minArgs || init.args.length > maxArgs) {
    const expected = minArgs === maxArgs ? `${minArgs}` : `${minArgs} to ${maxArgs}`;
    throw new Error(
      `initialiser ${init.kind} takes ${expected} argument${maxArgs === 1 ? "" : "s"}` +
        ` but got ${init.args.length}`,
    );
  }
  const [fanIn, fanOut] = fanInOut(shape);
  const a = init.args;
  switch (init.kind) {
    case "zeros":
      return { fill: "zeros" };
    case "ones":
    case "constant":
      return { fill: "constant", value: init.kind === "ones" ? 1 : a[0] };
    case "normal":
      return { fill: "normal", std: a.length > 0 ? a[0] : 1 };
    case "uniform":
      return { fill: "uniform", lo: a.length > 0 ? a[0] : 0, hi: a.length > 0 ? a[1] : 1 };
    case "glorot_uniform": {
      const bound = Math.sqrt(6 / (fanIn + fanOut));
      return { fill: "uniform", lo: -bound, hi: bound };
    }
    case "glorot_normal":
      return { fill: "normal", std: Math.sqrt(2 / (fanIn + fanOut)) };
    case "he_uniform": {
      // kaiming_uniform_ with gain sqrt(2) (relu), fan_in mode: bound sqrt(2) * sqrt(3 / fan_in).
      const bound = Math.sqrt(6 / fanIn);
      return { fill: "uniform", lo: -bound, hi: bound };
    }
    case "he_normal":
      return { fill: "normal", std: Math.sqrt(2 / fanIn) };
    case "orthogonal":
      return { fill: "orthogonal", gain: a.length > 0 ? a[0] : 1 };
  }
}

/** Fills arr[off .. off + prod(shape)) as `init` says, drawing from rng: the draws a module's
 * create() makes, run here instead of written out, for code that initialises outside a
 * module (the tests hold modules to it: test/compiler/emit/init.test.ts). */
export function initTensor(
  arr: Float,
  off: number,
  shape: readonly number[],
  init: InitSpec,
  rng: Rng,
): void {
  const d = initDraw(shape, init);
  let n = 1;
  for (const k of shape) n *= k;
  if (n === 0) return;
  switch (d.fill) {
    case "zeros":
      arr.fill(0, off, off + n);
      return;
    case "constant":
      arr.fill(d.value, off, off + n);
      return;
    case "uniform":
      return rng.fillUniform(arr, off, n, d.lo, d.hi);
    case "normal":
      return rng.fillNormal(arr, off, n, 0, d.std);
    case "orthogonal":
      return kilnOrthogonal(arr, off, shape, d.gain, rng);
  }
}

/** torch.nn.init.orthogonal_: a [rows, cols] normal matrix (rows = shape[0]) through QR,
 * signs fixed by diag(R), so the result has orthonormal columns when rows >= cols and
 * orthonormal rows otherwise. QR here is modified Gram–Schmidt, run twice for accuracy;
 * its R has a positive diagonal, which is the sign correction PyTorch applies. The name is a
 * runtime piece's (compiler/emit/runtime.ts): modules with an orthogonal param paste it. */
export function kilnOrthogonal(
  arr: Float,
  off: number,
  shape: readonly number[],
  gain: number,
  rng: Rng,
): void {
  if (shape.length < 2) {
    throw new Error(`orthogonal needs a param of rank >= 2 but got shape [${shape.join(", ")}]`);
  }
  let n = 1;
  for (const k of shape) n *= k;
  const rows = shape[0];
  const cols = n / rows;
  const flat = new Float64Array(n);
  rng.fillNormal(flat, 0, n, 0, 1);
  // Orthonormalise the k = min(rows, cols) vectors of length m along the longer side.
  const tall = rows >= cols;
  const k = tall ? cols : rows;
  const m = tall ? rows : cols;
  const q = new Float64Array(k * m); // q[j*m + i]: element i of vector j
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < m; i++) q[j * m + i] = tall ? flat[i * cols + j] : flat[j * cols + i];
  }
  for (let j = 0; j < k; j++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < j; l++) {
        let dot = 0;
        for (let i = 0; i < m; i++) dot += q[l * m + i] * q[j * m + i];
        for (let i = 0; i < m; i++) q[j * m + i] -= dot * q[l * m + i];
      }
    }
    let norm = 0;
    for (let i = 0; i < m; i++) norm += q[j * m + i] * q[j * m + i];
    norm = Math.sqrt(norm);
    for (let i = 0; i < m; i++) q[j * m + i] /= norm;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      arr[off + r * cols + c] = gain * (tall ? q[c * m + r] : q[r * m + c]);
    }
  }
}
