// Central finite differences of a model's loss with respect to one float feed, against the
// gradient the module computes: the check several layer and op tests make.
import { expect } from "vitest";

interface GradientModel {
  gradients(feeds: Record<string, Float64Array>): { value: number; grads: Record<string, ArrayLike<number>> };
}

/** Perturbs every element of feeds[name] by ±h (restoring it) and compares slopes. */
export function expectFeedGradient(m: GradientModel, feeds: Record<string, Float64Array>,
  name: string, h = 1e-6, tolerance = 1e-6): void {
  const x = feeds[name];
  const analytic = Float64Array.from(m.gradients(feeds).grads[name]);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    x[i] = v + h;
    const up = m.gradients(feeds).value;
    x[i] = v - h;
    const down = m.gradients(feeds).value;
    x[i] = v;
    expect(Math.abs((up - down) / (2 * h) - analytic[i])).toBeLessThan(tolerance);
  }
}
