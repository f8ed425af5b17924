// Special functions the emitted kernels call: the exact (erf-based) gelu needs erf to
// float64 precision, which Math does not provide; and tanh computed alike in every engine.

/**
 * tanh from expm1, for float64 modules: Math.tanh differs by an ulp between V8 versions
 * (Node 20 and Chromium 150 disagree on about 1 input in 760 in [-0.5, 0.5), where expm1
 * agreed on every one), and a model must compute the same bits wherever it runs. Within a
 * few ulp of tanh; exact at ±0, saturating to ±1, NaN for NaN.
 */
export function kilnTanh(x: number): number {
  const e = Math.expm1(-2 * Math.abs(x));
  const t = -e / (e + 2);
  return x > 0 ? t : x < 0 ? -t : x;
}

/** 2 / sqrt(pi). */
const KILN_TWO_OVER_SQRT_PI = 1.1283791670955126;

/** erf to ~1e-15 relative: Taylor series near 0, continued-fraction erfc further out. */
export function kilnErf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // erf x = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    let term = ax;
    let sum = ax;
    const x2 = ax * ax;
    for (let n = 1; n < 80; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * KILN_TWO_OVER_SQRT_PI * sum;
  }
  if (ax > 6) return Math.sign(x);
  // erfc x = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), Lentz's method
  let f = ax;
  let C = ax;
  let D = 0;
  for (let n = 1; n < 200; n++) {
    const an = n / 2;
    D = ax + an * D;
    D = 1 / D;
    C = ax + an / C;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}
