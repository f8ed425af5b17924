// Accuracy of float32 approximations against Math in double (test/runtime/fastmath.test.ts
// for the JS fast math, test/compiler/emit/simdmath.test.ts for the SIMD forms): errors in
// ulps of the exact value of what a kernel stores, over sweeps of every float32 magnitude,
// runs of consecutive floats at the edges where results overflow, underflow or saturate.

export type Fn = (x: number) => number;

const bits = new Uint32Array(1);
const float = new Float32Array(bits.buffer);
export const fromBits = (b: number) => ((bits[0] = b), float[0]);
export const toBits = (x: number) => ((float[0] = x), bits[0]);

/** Float32's spacing at `y`: 2^-149 for subnormals. */
export const ulp = (y: number) => 2 ** (Math.max(Math.floor(Math.log2(Math.abs(y))), -126) - 23);

/** The error of stored result `got` (a float32) in ulps of the exact value `want`; a result
 * whose exact value rounds to an infinity must be that infinity, one that rounds to 0 must be
 * 0 of the same sign (else the error is Infinity). */
export function ulpError(got: number, want: number): number {
  const want32 = Math.fround(want);
  if (!Number.isFinite(want32) || want32 === 0) return Object.is(got, want32) ? 0 : Infinity;
  return Math.abs(got - want) / ulp(want);
}

/** The largest error over `inputs`, and where. */
export function maxUlpError(fast: Fn, exact: Fn, inputs: Iterable<number>) {
  let worst = 0, at = NaN;
  for (const x of inputs) {
    const e = ulpError(Math.fround(fast(x)), exact(x));
    if (!(e <= worst)) { worst = e; at = x; }
  }
  return { worst, at };
}

/** Every float32 whose bit pattern is a multiple of `stride` (both signs, every exponent),
 * NaNs left out. */
export function* strided(stride: number) {
  for (let b = 0; b < 2 ** 32; b += stride) {
    const x = fromBits(b);
    if (!Number.isNaN(x)) yield x;
  }
}

/** `n` consecutive float32s on each side of `x` and of `-x`. */
export function* around(points: readonly number[], n: number) {
  for (const p of points) {
    for (const x of [p, -p]) {
      const b = toBits(Math.fround(x));
      for (let k = Math.max(0, b - n); k <= b + n; k++) yield fromBits(k);
    }
  }
}

/** Where results overflow (ln of float32's max), turn subnormal (ln 2^-126), reach 0
 * (ln 2^-150), saturate to 1 (tanh near 9, sigmoid near 17), and where fastmath.ts's range
 * reduction changes table entry (ln2/128, and half of it for tanh's 2|x|). */
export const EDGES = [0, Math.LN2 / 256, Math.LN2 / 128, 1, 9.01, 16.64, 87.3365, 88.7228, 103.972];

/** Arguments where both implementations must give Math's float32 result exactly. */
export const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 3.4028234663852886e38,
  -3.4028234663852886e38, 2 ** -149, -(2 ** -149), 2 ** -126, -(2 ** -126), 1e-30, -1e-30, 89,
  -89, 104, -104, 110, -110, 1e10, -1e10];

/** The exact functions, in double. */
export const EXACT: Record<string, Fn> = {
  exp: Math.exp,
  expm1: Math.expm1,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  softplus: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
};
