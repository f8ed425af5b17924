// exp, expm1, sigmoid, tanh, softplus and elu as 4-lane WebAssembly SIMD code, computed in
// float64 lanes (two f64x2 halves per f32x4) and rounded to float32 once, as the float32 fast
// math of runtime/fastmath.ts is (docs/performance.md: within 0.6 ulp of Math, measured over
// every float32). WebAssembly SIMD has no gather, so fastmath.ts's 64-entry table of 2^(j/64)
// cannot be read per lane: these reduce x = n ln2 + r with |r| <= ln2/2 instead, take e^r - 1
// = r P(r) with P a degree-6 polynomial (Chebyshev-fitted: within 2.7e-10 of (e^r - 1)/r,
// relative), and build 2^n from n's bits. float32's limits come out as in fastmath.ts: the
// argument is clamped to +-110 (float32's range is within +-104), where 2^n is still a normal
// double and the final rounding gives 0 or Infinity; NaN passes through every step.
import { type Fn, lanes, SIMD } from "./encoder.ts";

/** (e^r - 1) / r on |r| <= ln2/2 (1.0001 times it: n rounds x/ln2 in double). */
const P = [0.9999999999999999, 0.5000000047146068, 0.1666666671902957, 0.041666352771085505,
  0.008333298469640368, 0.0013941118897326853, 0.00019899285674157446];
/** 1.5 * 2^52: x + MAGIC rounds x (|x| < 2^51) to an integer held in the low bits. */
const MAGIC = 6755399441055744;
const CLAMP = 110;

/** Code pushing an f64x2 (a value of the computation) from the locals it was given. */
type Half = (x: number) => void;

/** Runs `half` on each float64 half of the f32x4 in local `x`, leaving the four results
 * rounded to float32. */
export function inHalves(f: Fn, x: number, half: Half): void {
  const h = f.local();
  f.get(x); f.simd(SIMD.promote); f.set(h);
  half(h);
  f.simd(SIMD.demote);
  f.get(x); f.get(x); f.simd(SIMD.shuffle, ...lanes(2, 3, 2, 3)); f.simd(SIMD.promote); f.set(h);
  half(h);
  f.simd(SIMD.demote);
  f.simd(SIMD.shuffle, ...lanes(0, 1, 4, 5));
}

/** The f32x4 in local x clamped to [lo, hi] (pmin/pmax keep NaN: the comparison is false). */
export function clamp(f: Fn, x: number, lo: number, hi: number): number {
  const out = f.local();
  f.get(x); f.get(f.f32x4(hi)); f.simd(SIMD.pmin);
  f.get(f.f32x4(lo)); f.simd(SIMD.pmax);
  f.set(out);
  return out;
}

/** Leaves s = 2^n and q = e^r - 1 (x = n ln2 + r) in new locals, for the f64x2 in local v
 * (already clamped). */
function reduce(f: Fn, v: number): { s: number; q: number } {
  const t = f.local(), r = f.local(), s = f.local(), q = f.local();
  // t = x / ln2 + MAGIC: n = t - MAGIC is x / ln2 rounded, and t's low bits hold n.
  f.get(v); f.get(f.f64x2(Math.LOG2E)); f.simd(SIMD.f64Mul);
  f.get(f.f64x2(MAGIC)); f.simd(SIMD.f64Add); f.set(t);
  // r = x - n ln2: one constant is enough, |n| <= 159 puts the error near 1e-14.
  f.get(v);
  f.get(t); f.get(f.f64x2(MAGIC)); f.simd(SIMD.f64Sub);
  f.get(f.f64x2(Math.LN2)); f.simd(SIMD.f64Mul); f.simd(SIMD.f64Sub); f.set(r);
  // 2^n: n + 1023 in the exponent field (t's bits above the low 12 are shifted out).
  f.get(t); f.get(f.i64x2(1023)); f.simd(SIMD.i64Add); f.i32(52); f.simd(SIMD.i64Shl); f.set(s);
  // q = r P(r), by Horner.
  f.get(f.f64x2(P[P.length - 1]));
  for (let k = P.length - 2; k >= 0; k--) {
    f.get(r); f.simd(SIMD.f64Mul); f.get(f.f64x2(P[k])); f.simd(SIMD.f64Add);
  }
  f.get(r); f.simd(SIMD.f64Mul); f.set(q);
  return { s, q };
}

/** Pushes e^v for the f64x2 in local v (clamped). */
function expHalf(f: Fn, v: number): void {
  const { s, q } = reduce(f, v);
  f.get(s); f.get(s); f.get(q); f.simd(SIMD.f64Mul); f.simd(SIMD.f64Add);
}

/** Pushes e^v - 1 for the f64x2 in local v (clamped): s q - (1 - s), where 1 - s is exact
 * and small results keep q's relative accuracy; at v = -0, -0 - +0 keeps the sign of zero. */
function expm1Half(f: Fn, v: number): void {
  const { s, q } = reduce(f, v);
  f.get(s); f.get(q); f.simd(SIMD.f64Mul);
  f.get(f.f64x2(1)); f.get(s); f.simd(SIMD.f64Sub); f.simd(SIMD.f64Sub);
}

/** The f32x4 in local x as a new local. */
function keep(f: Fn): number {
  const l = f.local();
  f.set(l);
  return l;
}

/** Leaves e^x for the f32x4 in local x. */
export function exp(f: Fn, x: number): void {
  inHalves(f, clamp(f, x, -CLAMP, CLAMP), (v) => expHalf(f, v));
}

/** Leaves 1 / (1 + e^-x). */
export function sigmoid(f: Fn, x: number): void {
  f.get(x); f.simd(SIMD.neg);
  const nx = keep(f);
  inHalves(f, clamp(f, nx, -CLAMP, CLAMP), (v) => {
    f.get(f.f64x2(1));
    f.get(f.f64x2(1)); expHalf(f, v); f.simd(SIMD.f64Add);
    f.simd(SIMD.f64Div);
  });
}

/** Leaves tanh x = sign(x) (-m / (2 + m)), m = e^(-2|x|) - 1: no cancellation near 0, exactly
 * 1 for large |x|. The sign is x's own sign bit, so -0 and NaN pass as they are. */
export function tanh(f: Fn, x: number): void {
  f.get(x); f.simd(SIMD.abs); f.get(f.f32x4(-2)); f.simd(SIMD.mul);
  const a = keep(f);
  inHalves(f, clamp(f, a, -CLAMP, 0), (v) => {
    expm1Half(f, v);
    const m = keep(f);
    f.get(m); f.simd(SIMD.f64Neg);
    f.get(f.f64x2(2)); f.get(m); f.simd(SIMD.f64Add);
    f.simd(SIMD.f64Div);
  });
  const t = keep(f);
  f.get(x); f.get(t); f.get(f.i32x4(-0x80000000)); f.simd(SIMD.bitselect);
}

/** Leaves log(1 + e^x) = max(x, 0) + log1p(e), e = e^-|x|, where log1p(e) = 2 atanh(z) with
 * z = e / (2 + e) in [0, 1/3]: the atanh series to z^15 (within 1.5e-9, relative). */
export function softplus(f: Fn, x: number): void {
  f.get(x); f.simd(SIMD.abs); f.simd(SIMD.neg);
  const a = keep(f);
  const pos = f.local();
  f.get(x); f.get(f.f32x4(0)); f.simd(SIMD.pmax); f.set(pos);
  const z = f.local(), w = f.local();
  let second = false;
  inHalves(f, clamp(f, a, -CLAMP, 0), (v) => {
    expHalf(f, v);
    const e = keep(f);
    f.get(e); f.get(f.f64x2(2)); f.get(e); f.simd(SIMD.f64Add); f.simd(SIMD.f64Div); f.set(z);
    f.get(z); f.get(z); f.simd(SIMD.f64Mul); f.set(w);
    f.get(f.f64x2(1 / 15));
    for (let k = 6; k >= 0; k--) {
      f.get(w); f.simd(SIMD.f64Mul); f.get(f.f64x2(1 / (2 * k + 1))); f.simd(SIMD.f64Add);
    }
    f.get(z); f.simd(SIMD.f64Mul); f.get(f.f64x2(2)); f.simd(SIMD.f64Mul);
    // max(x, 0) of this half, in double.
    f.get(pos);
    if (second) f.get(pos), f.simd(SIMD.shuffle, ...lanes(2, 3, 2, 3));
    f.simd(SIMD.promote); f.simd(SIMD.f64Add);
    second = true;
  });
}

/** Leaves x > 0 ? x : alpha (e^x - 1), with alpha times e^x - 1 in double as the JS
 * expression computes it. */
export function elu(f: Fn, x: number, alpha: number): void {
  f.get(x);
  inHalves(f, clamp(f, x, -CLAMP, 89), (v) => {
    expm1Half(f, v); f.get(f.f64x2(alpha)); f.simd(SIMD.f64Mul);
  });
  f.get(x); f.get(f.f32x4(0)); f.simd(SIMD.gt); f.simd(SIMD.bitselect);
}

/** Leaves x > 0 ? x : alpha x; the product rounded once to float32, as the JS expression's
 * double product is (in float32 lanes where alpha is a float32: the exact product then fits
 * a double). */
export function leakyRelu(f: Fn, x: number, alpha: number): void {
  f.get(x);
  if (Math.fround(alpha) === alpha) {
    f.get(x); f.get(f.f32x4(alpha)); f.simd(SIMD.mul);
  } else {
    inHalves(f, x, (v) => { f.get(v); f.get(f.f64x2(alpha)); f.simd(SIMD.f64Mul); });
  }
  f.get(x); f.get(f.f32x4(0)); f.simd(SIMD.gt); f.simd(SIMD.bitselect);
}

/** Leaves Math.sign(x): +-1 with x's sign, x itself where it is +-0 or NaN. */
export function sign(f: Fn, x: number): void {
  f.get(x); f.get(f.f32x4(1)); f.get(f.i32x4(-0x80000000)); f.simd(SIMD.bitselect);
  f.get(x);
  f.get(x); f.get(f.f32x4(0)); f.simd(SIMD.ne);
  f.get(x); f.get(x); f.simd(SIMD.eq); f.simd(SIMD.and);
  f.simd(SIMD.bitselect);
}
