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
 * 2^0..2^15. The first 64 are written out as the doubles modules have always carried (what
 * esbuild made of `2 ** (j / 64)` when it bundled the runtime): V8 computes 14 of them one
 * ulp apart, so written as expressions they made this file compute other numbers than the
 * modules built from it (test/runtime/fastmath.test.ts holds the two equal). */
const KILN_EXP2 = [
  1, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284,
  1.0442737824274138, 1.0556451783605572, 1.0671404006768237, 1.0787607977571199,
  1.0905077326652577, 1.102382583307841, 1.1143867425958927, 1.1265216186082418,
  1.1387886347566916, 1.1511892299529827, 1.1637248587775775, 1.1763969916502812,
  1.189207115002721, 1.202156731452703, 1.215247359980469, 1.22848053610687,
  1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783,
  1.2968395546510096, 1.3109612115247644, 1.325236643159741, 1.339667524053303,
  1.3542555469368929, 1.3690024229745907, 1.383909881963832, 1.3989796725383112,
  1.4142135623730951, 1.4296133383919698, 1.4451808069770467, 1.460917794180647,
  1.4768261459394993, 1.4929077282912648, 1.5091644275934226, 1.5255981507445384,
  1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267,
  1.6104903319492543, 1.6280274218573478, 1.6457554781539647, 1.6636765803267364,
  1.681792830507429, 1.7001063537185235, 1.718619298122478, 1.7373338352737062,
  1.7562521603732995, 1.7753764925265212, 1.7947090750031072, 1.8142521755003989,
  1.8340080864093424, 1.8539791250833855, 1.8741676341103, 1.8945759815869656,
  1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
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
