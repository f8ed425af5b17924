// torch.optim update rules, element by element, in place on one arena. `p`, `g` and the
// state offsets (`buf`, `sq`, `m`, `v`) are element offsets into F; each call updates one
// param of n elements and allocates nothing. Weight decay always reads the param before its
// update, and never writes into the gradient (PyTorch adds it to a temporary). Given `simd`
// (a float32 arena in WebAssembly memory: runtime/simd.ts), whole vectors of 4 elements
// update there, in float32 as PyTorch computes for float32 params, and the last n % 4 here.
import type { Float, SimdUpdates } from "./types.ts";

/** torch.optim.SGD without momentum: p -= lr * (g + wd * p). */
export function sgdStep(
  F: Float,
  p: number,
  g: number,
  n: number,
  lr: number,
  weightDecay: number,
  simd: SimdUpdates | null = null,
): void {
  const i0 = simdBody(n, simd);
  if (i0) simd!.sgd(4 * p, 4 * g, i0 / 4, lr, weightDecay);
  for (let i = i0; i < n; i++) {
    F[p + i] -= lr * (F[g + i] + weightDecay * F[p + i]);
  }
}

/** torch.optim.SGD with momentum (dampening 0): the buffer starts as the first gradient,
 * then buf = momentum * buf + g; the step is buf, or g + momentum * buf with nesterov. */
export function momentumStep(
  F: Float,
  p: number,
  g: number,
  buf: number,
  n: number,
  lr: number,
  momentum: number,
  nesterov: boolean,
  weightDecay: number,
  first: boolean,
  simd: SimdUpdates | null = null,
): void {
  const i0 = simdBody(n, simd);
  const now = first ? 0 : momentum;
  if (i0 && nesterov) simd!.nesterov(4 * p, 4 * g, 4 * buf, i0 / 4, lr, weightDecay, now, momentum);
  else if (i0) simd!.momentum(4 * p, 4 * g, 4 * buf, i0 / 4, lr, weightDecay, now);
  for (let i = i0; i < n; i++) {
    const grad = F[g + i] + weightDecay * F[p + i];
    const b = first ? grad : momentum * F[buf + i] + grad;
    F[buf + i] = b;
    // Read the buffer back so an f32 model steps with the stored (rounded) value, as PyTorch.
    F[p + i] -= lr * (nesterov ? grad + momentum * F[buf + i] : F[buf + i]);
  }
}

/** torch.optim.RMSprop (not centered, no momentum): sq = alpha * sq + (1 - alpha) * g²;
 * p -= lr * g / (sqrt(sq) + eps). */
export function rmspropStep(
  F: Float,
  p: number,
  g: number,
  sq: number,
  n: number,
  lr: number,
  alpha: number,
  eps: number,
  weightDecay: number,
  simd: SimdUpdates | null = null,
): void {
  const i0 = simdBody(n, simd);
  if (i0) simd!.rmsprop(4 * p, 4 * g, 4 * sq, i0 / 4, lr, weightDecay, alpha, 1 - alpha, eps);
  for (let i = i0; i < n; i++) {
    const grad = F[g + i] + weightDecay * F[p + i];
    F[sq + i] = alpha * F[sq + i] + (1 - alpha) * grad * grad;
    F[p + i] -= (lr * grad) / (Math.sqrt(F[sq + i]) + eps);
  }
}

/** torch.optim.Adam; t is the 1-based step count, weightDecay is L2 added to the gradient. */
export function adamStep(
  F: Float,
  p: number,
  g: number,
  m: number,
  v: number,
  n: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weightDecay: number,
  t: number,
  simd: SimdUpdates | null = null,
): void {
  adamUpdate(F, p, g, m, v, n, lr, beta1, beta2, eps, weightDecay, 1, t, simd);
}

/** torch.optim.AdamW: decoupled decay p *= 1 - lr * weightDecay, then Adam without L2. */
export function adamwStep(
  F: Float,
  p: number,
  g: number,
  m: number,
  v: number,
  n: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weightDecay: number,
  t: number,
  simd: SimdUpdates | null = null,
): void {
  adamUpdate(F, p, g, m, v, n, lr, beta1, beta2, eps, 0, 1 - lr * weightDecay, t, simd);
}

/** Adam with L2 `weightDecay` and the param first scaled by `keep` (AdamW's decay). */
function adamUpdate(
  F: Float,
  p: number,
  g: number,
  m: number,
  v: number,
  n: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weightDecay: number,
  keep: number,
  t: number,
  simd: SimdUpdates | null,
): void {
  // PyTorch's arrangement: bias corrections folded into the step size and the denominator,
  // which differs from m̂ / (sqrt(v̂) + eps) only in rounding.
  const stepSize = lr / (1 - Math.pow(beta1, t));
  const bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
  const i0 = simdBody(n, simd);
  if (i0) {
    simd!.adam(4 * p, 4 * g, 4 * m, 4 * v, i0 / 4, stepSize, bc2Sqrt, 1 - beta1, beta2, 1 - beta2,
      eps, weightDecay, keep);
  }
  for (let i = i0; i < n; i++) {
    if (keep !== 1) F[p + i] *= keep;
    const grad = F[g + i] + weightDecay * F[p + i];
    F[m + i] += (1 - beta1) * (grad - F[m + i]); // exp_avg.lerp_(grad, 1 - beta1)
    F[v + i] = beta2 * F[v + i] + (1 - beta2) * grad * grad;
    F[p + i] -= (stepSize * F[m + i]) / (Math.sqrt(F[v + i]) / bc2Sqrt + eps);
  }
}

/** How many leading elements the SIMD kernel updates: whole vectors of 4, if there is one. */
function simdBody(n: number, simd: SimdUpdates | null): number {
  return simd === null ? 0 : n - (n % 4);
}

/** Sum of squares of F[g .. g+n), accumulated in double: one term of a global norm. */
export function gradSquaredNorm(F: Float, g: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += F[g + i] * F[g + i];
  return s;
}

/** F[off .. off+n) *= s. */
export function scaleInPlace(F: Float, off: number, n: number, s: number): void {
  for (let i = 0; i < n; i++) F[off + i] *= s;
}

/** clip_grad_norm_'s factor from the summed squares of all gradients: min(1, maxNorm /
 * (total + 1e-6)). Scale every gradient by it when it is below 1. */
export function clipNormScale(sumOfSquares: number, maxNorm: number): number {
  return Math.min(1, maxNorm / (Math.sqrt(sumOfSquares) + 1e-6));
}
