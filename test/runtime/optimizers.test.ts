import { describe, expect, it } from "vitest";
import {
  adamStep,
  adamwStep,
  clipNormScale,
  gradSquaredNorm,
  momentumStep,
  rmspropStep,
  scaleInPlace,
  sgdStep,
} from "../../runtime/optimizers.ts";

/** An arena holding vectors at fixed offsets, with a guard cell (-777) after each, so a
 * test sees both that the right cells change and that no other cell does. */
function arena<K extends string>(vectors: Record<K, number[]>, f32 = false) {
  const at = {} as Record<K, number>;
  let size = 1; // cell 0 is a guard too
  for (const k of Object.keys(vectors) as K[]) {
    at[k] = size;
    size += vectors[k].length + 1;
  }
  const F = f32 ? new Float32Array(size) : new Float64Array(size);
  F.fill(-777);
  for (const k of Object.keys(vectors) as K[]) F.set(vectors[k], at[k]);
  const get = (k: K): number[] => Array.from(F.subarray(at[k], at[k] + vectors[k].length));
  const set = (k: K, xs: number[]): void => F.set(xs, at[k]);
  const guardsIntact = (): boolean => {
    if (F[0] !== -777) return false;
    return (Object.keys(vectors) as K[]).every((k) => F[at[k] + vectors[k].length] === -777);
  };
  return { F, at, get, set, guardsIntact };
}

function expectClose(got: number[], want: number[], digits = 12): void {
  expect(got.length).toBe(want.length);
  got.forEach((x, i) => expect(x).toBeCloseTo(want[i], digits));
}

describe("sgdStep", () => {
  it("steps p -= lr * (g + wd * p) with the decay read before the update", () => {
    const a = arena({ p: [1, -2], g: [0.5, 0.25] });
    sgdStep(a.F, a.at.p, a.at.g, 2, 0.1, 0.01);
    expectClose(a.get("p"), [0.949, -2.023]); // 1 - 0.1 * 0.51, -2 - 0.1 * 0.23
    sgdStep(a.F, a.at.p, a.at.g, 2, 0.1, 0.01);
    expectClose(a.get("p"), [0.898051, -2.045977]); // 0.949 - 0.1 * 0.50949, ...
    expect(a.get("g")).toEqual([0.5, 0.25]); // the gradient is not written
    expect(a.guardsIntact()).toBe(true);
  });
});

describe("momentumStep", () => {
  const grads = [[1], [2], [3]];
  function run(nesterov: boolean, weightDecay = 0, p0 = 1): number[][] {
    const a = arena({ p: [p0], g: [0], buf: [123] }); // garbage in buf: step 1 must ignore it
    return grads.map((g, t) => {
      a.set("g", g);
      momentumStep(a.F, a.at.p, a.at.g, a.at.buf, 1, 0.1, 0.9, nesterov, weightDecay, t === 0);
      expect(a.guardsIntact()).toBe(true);
      return [a.get("p")[0], a.get("buf")[0]];
    });
  }

  it("starts the buffer at the first gradient, then buf = momentum * buf + g", () => {
    // buf: 1, 0.9 * 1 + 2 = 2.9, 0.9 * 2.9 + 3 = 5.61; p: 1 - 0.1, - 0.29, - 0.561.
    const steps = run(false);
    expectClose(steps.map((s) => s[1]), [1, 2.9, 5.61]);
    expectClose(steps.map((s) => s[0]), [0.9, 0.61, 0.049]);
  });

  it("with nesterov steps along g + momentum * buf", () => {
    // d: 1 + 0.9, 2 + 0.9 * 2.9 = 4.61, 3 + 0.9 * 5.61 = 8.049.
    const steps = run(true);
    expectClose(steps.map((s) => s[1]), [1, 2.9, 5.61]);
    expectClose(steps.map((s) => s[0]), [0.81, 0.349, -0.4559]);
  });

  it("adds weight decay to the gradient before the buffer", () => {
    // g' = 1 + 0.1 * 2 = 1.2, p = 2 - 0.12 = 1.88; g' = 2 + 0.188, buf = 1.08 + 2.188.
    const steps = run(false, 0.1, 2);
    expectClose(steps[0], [1.88, 1.2]);
    expectClose(steps[1], [1.88 - 0.1 * 3.268, 3.268]);
  });
});

describe("rmspropStep", () => {
  it("keeps sq = alpha * sq + (1 - alpha) * g² and divides by sqrt(sq) + eps", () => {
    const a = arena({ p: [1], g: [2], sq: [0] });
    rmspropStep(a.F, a.at.p, a.at.g, a.at.sq, 1, 0.01, 0.99, 1e-8, 0);
    expectClose(a.get("sq"), [0.04]);
    const p1 = 1 - (0.01 * 2) / (0.2 + 1e-8);
    expectClose(a.get("p"), [p1]);
    a.set("g", [-1]);
    rmspropStep(a.F, a.at.p, a.at.g, a.at.sq, 1, 0.01, 0.99, 1e-8, 0);
    expectClose(a.get("sq"), [0.0496]); // 0.99 * 0.04 + 0.01 * 1
    expectClose(a.get("p"), [p1 + 0.01 / (Math.sqrt(0.0496) + 1e-8)]);
    expect(a.guardsIntact()).toBe(true);
  });

  it("adds weight decay to the gradient", () => {
    const a = arena({ p: [2], g: [1], sq: [0] });
    rmspropStep(a.F, a.at.p, a.at.g, a.at.sq, 1, 0.01, 0.9, 1e-8, 0.5);
    // g' = 1 + 0.5 * 2 = 2, sq = 0.1 * 4 = 0.4.
    expectClose(a.get("sq"), [0.4]);
    expectClose(a.get("p"), [2 - (0.01 * 2) / (Math.sqrt(0.4) + 1e-8)]);
  });
});

/** Adam in the textbook form of Kingma & Ba (m̂ / (sqrt(v̂) + eps)), written independently. */
function referenceAdam(
  p0: number[],
  grads: number[][],
  o: { lr: number; b1: number; b2: number; eps: number; l2: number; decoupled: number },
): number[][] {
  const p = p0.slice();
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  return grads.map((g, k) => {
    const t = k + 1;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i] + o.l2 * p[i];
      p[i] *= 1 - o.lr * o.decoupled;
      m[i] = o.b1 * m[i] + (1 - o.b1) * gi;
      v[i] = o.b2 * v[i] + (1 - o.b2) * gi * gi;
      const mHat = m[i] / (1 - o.b1 ** t);
      const vHat = v[i] / (1 - o.b2 ** t);
      p[i] -= (o.lr * mHat) / (Math.sqrt(vHat) + o.eps);
    }
    return p.slice();
  });
}

describe("adamStep", () => {
  const grads = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.1]];

  it("at t = 1 bias correction makes the step lr * g / (|g| + eps)", () => {
    const a = arena({ p: [0.5, -1], g: [0.1, -0.2], m: [0, 0], v: [0, 0] });
    adamStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 2, 0.001, 0.9, 0.999, 1e-8, 0, 1);
    expectClose(a.get("m"), [0.01, -0.02]);
    expectClose(a.get("v"), [1e-5, 4e-5], 15);
    expectClose(a.get("p"), [
      0.5 - 0.001 * (0.1 / (0.1 + 1e-8)),
      -1 + 0.001 * (0.2 / (0.2 + 1e-8)),
    ]);
    expect(a.guardsIntact()).toBe(true);
  });

  it("at t = 2 corrects by 1 - beta^2 (hand-computed)", () => {
    const a = arena({ p: [0], g: [1], m: [0], v: [0] });
    adamStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 1, 0.1, 0.9, 0.999, 1e-8, 0, 1);
    a.set("g", [3]);
    adamStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 1, 0.1, 0.9, 0.999, 1e-8, 0, 2);
    // m = 0.9 * 0.1 + 0.1 * 3 = 0.39; v = 0.999 * 0.001 + 0.001 * 9 = 0.009999.
    // m̂ = 0.39 / 0.19; v̂ = 0.009999 / 0.001999.
    expectClose(a.get("m"), [0.39]);
    expectClose(a.get("v"), [0.009999]);
    const step1 = 0.1 * (1 / (1 + 1e-8));
    const step2 = (0.1 * (0.39 / 0.19)) / (Math.sqrt(0.009999 / 0.001999) + 1e-8);
    expectClose(a.get("p"), [-step1 - step2]);
  });

  it("matches the textbook form over three steps, with L2 weight decay in the gradient", () => {
    const o = { lr: 0.01, b1: 0.8, b2: 0.95, eps: 1e-6, l2: 0.1, decoupled: 0 };
    const want = referenceAdam([0.5, -1], grads, o);
    const a = arena({ p: [0.5, -1], g: [0, 0], m: [0, 0], v: [0, 0] });
    grads.forEach((g, k) => {
      a.set("g", g);
      adamStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 2, o.lr, o.b1, o.b2, o.eps, o.l2, k + 1);
      expectClose(a.get("p"), want[k]);
    });
    expect(a.get("g")).toEqual(grads[2]);
  });
});

describe("adamwStep", () => {
  it("decays the param by 1 - lr * wd before an Adam step without L2 (hand-computed)", () => {
    const a = arena({ p: [1], g: [0.5], m: [0], v: [0] });
    adamwStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 1, 0.1, 0.9, 0.999, 1e-8, 0.01, 1);
    const p1 = 1 * (1 - 0.1 * 0.01) - 0.1 * (0.5 / (0.5 + 1e-8));
    expectClose(a.get("p"), [p1]);
    adamwStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 1, 0.1, 0.9, 0.999, 1e-8, 0.01, 2);
    // Constant g: m̂ = 0.5 and v̂ = 0.25 exactly, so the Adam part is again lr * 0.5 / 0.5.
    expectClose(a.get("p"), [p1 * 0.999 - 0.1 * (0.5 / (0.5 + 1e-8))]);
    expect(a.guardsIntact()).toBe(true);
  });

  it("matches the textbook AdamW over three steps and differs from Adam with L2", () => {
    const grads = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.1]];
    const o = { lr: 0.01, b1: 0.9, b2: 0.999, eps: 1e-8, l2: 0, decoupled: 0.5 };
    const want = referenceAdam([0.5, -1], grads, o);
    const w = arena({ p: [0.5, -1], g: [0, 0], m: [0, 0], v: [0, 0] });
    const l2 = arena({ p: [0.5, -1], g: [0, 0], m: [0, 0], v: [0, 0] });
    grads.forEach((g, k) => {
      w.set("g", g);
      l2.set("g", g);
      adamwStep(w.F, w.at.p, w.at.g, w.at.m, w.at.v, 2, o.lr, o.b1, o.b2, o.eps, 0.5, k + 1);
      adamStep(l2.F, l2.at.p, l2.at.g, l2.at.m, l2.at.v, 2, o.lr, o.b1, o.b2, o.eps, 0.5, k + 1);
      expectClose(w.get("p"), want[k]);
    });
    expect(Math.abs(w.get("p")[0] - l2.get("p")[0])).toBeGreaterThan(1e-4);
  });
});

describe("global-norm clipping", () => {
  it("sums squares per param and scales by max_norm / (total + 1e-6) above the limit", () => {
    const a = arena({ g1: [3], g2: [0, 4] });
    const sum = gradSquaredNorm(a.F, a.at.g1, 1) + gradSquaredNorm(a.F, a.at.g2, 2);
    expect(sum).toBe(25);
    const s = clipNormScale(sum, 1);
    expect(s).toBe(1 / (5 + 1e-6));
    scaleInPlace(a.F, a.at.g1, 1, s);
    scaleInPlace(a.F, a.at.g2, 2, s);
    expectClose([...a.get("g1"), ...a.get("g2")], [0.6, 0, 0.8], 5);
    expect(a.guardsIntact()).toBe(true);
  });

  it("leaves gradients below the limit alone", () => {
    expect(clipNormScale(25, 10)).toBe(1);
    expect(clipNormScale(0, 1)).toBe(1);
    expect(gradSquaredNorm(new Float32Array(0), 0, 0)).toBe(0);
  });
});

describe("float32 arenas and repetition", () => {
  it("gives float64 results to float32 precision", () => {
    const grads = [[0.1, -0.2], [0.3, 0.4]];
    const o = { lr: 0.01, b1: 0.9, b2: 0.999, eps: 1e-8, l2: 0, decoupled: 0 };
    const want = referenceAdam([0.5, -1], grads, o);
    const a = arena({ p: [0.5, -1], g: [0, 0], m: [0, 0], v: [0, 0] }, true);
    grads.forEach((g, k) => {
      a.set("g", g);
      adamStep(a.F, a.at.p, a.at.g, a.at.m, a.at.v, 2, o.lr, o.b1, o.b2, o.eps, 0, k + 1);
    });
    expectClose(a.get("p"), want[1], 6);
  });

  it("runs each rule 1000 times on a shared arena without error or non-finite values", () => {
    const a = arena({ p: [0.3, -0.7, 1.1], g: [0.2, -0.1, 0.05], s1: [0, 0, 0], s2: [0, 0, 0] });
    const { F, at } = a;
    for (let t = 1; t <= 1000; t++) {
      sgdStep(F, at.p, at.g, 3, 1e-3, 1e-4);
      momentumStep(F, at.p, at.g, at.s1, 3, 1e-3, 0.9, t % 2 === 0, 1e-4, t === 1);
      rmspropStep(F, at.p, at.g, at.s2, 3, 1e-3, 0.99, 1e-8, 0);
      adamStep(F, at.p, at.g, at.s1, at.s2, 3, 1e-3, 0.9, 0.999, 1e-8, 0, t);
      adamwStep(F, at.p, at.g, at.s1, at.s2, 3, 1e-3, 0.9, 0.999, 1e-8, 0.01, t);
      scaleInPlace(F, at.g, 3, clipNormScale(gradSquaredNorm(F, at.g, 3), 10));
    }
    expect([...a.get("p"), ...a.get("s1"), ...a.get("s2")].every(Number.isFinite)).toBe(true);
    expect(a.guardsIntact()).toBe(true);
  });
});
