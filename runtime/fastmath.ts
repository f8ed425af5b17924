// exp, expm1, sigmoid, tanh and softplus for float32 modules. Math.exp, Math.expm1, Math.tanh
// and Math.log1p are calls V8 does not inline; these are plain arithmetic that it inlines into
// the kernels' loops, 1.8-2.8x faster (docs/performance.md). In double they are within 1e-8 of the
// exact value (relative), so the float32 a kernel stores is within 0.6 ulp of it, and they keep
// float32's limits: overflow to Infinity, underflow to 0 (through the subnormals), saturation
// to exactly 0 or ±1, NaN propagated. Float64 modules keep Math, which gradient checking needs.
//
// exp(x) = 2^(n/64) e^r with n = round(x * 64/ln 2), so |r| <= ln2/128 and a cubic gives e^r - 1
// within 4e-11. One ln2/64 constant suffices: n * ln2/64 is off by at most 7e-15 in double.
// 2^(n/64) = 2^(j/64) 2^k (n = 64k + j) comes from KILN_EXP2, 2^k as a power of 16 times a
// power of 2, since JS cannot build a double from exponent bits without a typed-array round
// trip. The table's end entries, not branches, give the limits: a branch on the argument's
// range made exp half again as slow.

/** 2^(j/64) for j = 0..63; then 2^(16m - 166) for m = 0..20, with 0 for m = 0 and Infinity
 * for m = 20 (2^k with k <= -151 rounds to float32 0, with k >= 154 far beyond its max); then
 * 2^0..2^15. */
const KILN_EXP2 = [
  2 ** 0, 2 ** 0.015625, 2 ** 0.03125, 2 ** 0.046875, 2 ** 0.0625, 2 ** 0.078125, 2 ** 0.09375,
  2 ** 0.109375, 2 ** 0.125, 2 ** 0.140625, 2 ** 0.15625, 2 ** 0.171875, 2 ** 0.1875,
  2 ** 0.203125, 2 ** 0.21875, 2 ** 0.234375, 2 ** 0.25, 2 ** 0.265625, 2 ** 0.28125,
  2 ** 0.296875, 2 ** 0.3125, 2 ** 0.328125, 2 ** 0.34375, 2 ** 0.359375, 2 ** 0.375,
  2 ** 0.390625, 2 ** 0.40625, 2 ** 0.421875, 2 ** 0.4375, 2 ** 0.453125, 2 ** 0.46875,
  2 ** 0.484375, 2 ** 0.5, 2 ** 0.515625, 2 ** 0.53125, 2 ** 0.546875, 2 ** 0.5625,
  2 ** 0.578125, 2 ** 0.59375, 2 ** 0.609375, 2 ** 0.625, 2 ** 0.640625, 2 ** 0.65625,
  2 ** 0.671875, 2 ** 0.6875, 2 ** 0.703125, 2 ** 0.71875, 2 ** 0.734375, 2 ** 0.75,
  2 ** 0.765625, 2 ** 0.78125, 2 ** 0.796875, 2 ** 0.8125, 2 ** 0.828125, 2 ** 0.84375,
  2 ** 0.859375, 2 ** 0.875, 2 ** 0.890625, 2 ** 0.90625, 2 ** 0.921875, 2 ** 0.9375,
  2 ** 0.953125, 2 ** 0.96875, 2 ** 0.984375,
  // Powers of two, exact in any engine: written as the loops that make them, shorter in every
  // module than their 37 literals.
  ...Array.from({ length: 21 }, (_, m) =>
    (m === 0 ? 0 : m === 20 ? Infinity : 2 ** (16 * m - 166))),
  ...Array.from({ length: 16 }, (_, k) => 2 ** k),
];

/** 64 / ln 2, ln 2 / 64, and 1.5 * 2^52: adding and subtracting it rounds a double below 2^51
 * to the nearest integer (Math.round is slower). */
const KILN_EXP_SCALE = 92.33248261689366;
const KILN_EXP_STEP = 0.010830424696249145;
const KILN_ROUND = 6755399441055744;
/** Adds 64 * 166 to n so that indices are never negative. */
const KILN_EXP_BIAS = 10624;

/** e^x for float32 results. Arguments are clamped to ±110 (float32's range is within ±104),
 * where the table's end entries give exactly 0 and Infinity. */
export function kilnExpF32(x: number): number {
  const c = x < -110 ? -110 : x > 110 ? 110 : x;
  const n = c * KILN_EXP_SCALE + KILN_ROUND - KILN_ROUND;
  const r = c - n * KILN_EXP_STEP;
  const q = r * (1 + r * (0.5 + r * (1 / 6)));
  // NaN makes the index 0 (NaN | 0), and stays NaN through q.
  const i = (n + KILN_EXP_BIAS) | 0;
  const t = KILN_EXP2[i & 63];
  return (t + t * q) * KILN_EXP2[64 + (i >> 10)] * KILN_EXP2[85 + ((i >> 6) & 15)];
}

/** e^x - 1 for float32 results, accurate relative to the result near 0 (where e^x - 1 loses
 * it). Clamped to [-110, 89]: above 88.73 the result exceeds float32's max and stores as
 * Infinity, and a finite 2^k keeps s * q - (1 - s) from being Infinity - Infinity. */
export function kilnExpm1F32(x: number): number {
  const c = x < -110 ? -110 : x > 89 ? 89 : x;
  const n = c * KILN_EXP_SCALE + KILN_ROUND - KILN_ROUND;
  const r = c - n * KILN_EXP_STEP;
  const q = r * (1 + r * (0.5 + r * (1 / 6)));
  const i = (n + KILN_EXP_BIAS) | 0;
  const s = KILN_EXP2[i & 63] * KILN_EXP2[64 + (i >> 10)] * KILN_EXP2[85 + ((i >> 6) & 15)];
  // 1 - s is exact for s near 1, so small results keep q's relative accuracy; and at x = -0,
  // -0 - +0 keeps the sign of zero, which adding s - 1 would lose.
  return s * q - (1 - s);
}

/** 1 / (1 + e^-x): e^-x overflows to Infinity (giving exactly 0) only where the result is
 * below float32's smallest subnormal, and underflows to 0 (giving exactly 1). */
export function kilnSigmoidF32(x: number): number {
  return 1 / (1 + kilnExpF32(-x));
}

/** tanh |x| = -m / (2 + m), m = e^(-2|x|) - 1 in [-1, 0]: no cancellation near 0, exactly 1 for
 * large |x|. |m| rather than -m, which is -0 at m = 0, so that Math.sign alone gives the sign
 * of a zero (and passes NaN). */
export function kilnTanhF32(x: number): number {
  const m = kilnExpm1F32(-2 * Math.abs(x));
  return Math.sign(x) * (Math.abs(m) / (2 + m));
}

/** log(1 + e^x) = max(x, 0) + log1p(e), e = e^-|x| in [0, 1], and log1p(e) = 2 atanh(z) with
 * z = e / (2 + e) in [0, 1/3]: the atanh series to z^15 leaves under 2e-9 (relative). */
export function kilnSoftplusF32(x: number): number {
  const e = kilnExpF32(-Math.abs(x));
  const z = e / (2 + e);
  const w = z * z;
  const p = 1 + w * (1 / 3 + w * (1 / 5 + w * (1 / 7 + w * (1 / 9 + w * (1 / 11 +
    w * (1 / 13 + w * (1 / 15)))))));
  return Math.max(x, 0) + 2 * z * p;
}
