// The prelude's normalization, dropout, embedding and convolution layers, in float64,
// against PyTorch's definitions computed here independently. A layer's training-mode output
// is read as the gradient of sum(layer(x) * c) with respect to the input c.
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../../compiler/index.ts";
import { Rng } from "../../../runtime/rng.ts";
import { expectFeedGradient } from "../../support/finite.ts";

const rng = new Rng(11);
const draw = (n: number, scale = 1, shift = 0) =>
  Float64Array.from({ length: n }, () => shift + scale * (2 * rng.uniform() - 1));
const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

/** `layer` applied to x, as output y and as the train-mode gradient of sum(y * c) by c. */
async function probe(shape: number[], layer: string, extraLoss = "", lr = 0) {
  const src = `model M {\n  input x: f32[${shape}]\n  input c: f32[${shape}]\n  l = ${layer}\n` +
    `  h = l(x)\n  output y = h\n  loss = sum(h * c)${extraLoss}\n` +
    `  train step: minimize loss with sgd(lr = ${lr})\n}\n`;
  const mod = await compileToModel(src, { dtype: "f64" });
  return { mod, m: mod.create({ seed: 2 }) };
}

/** Per-channel statistics of x [N, C, ...rest]: mean, biased and unbiased variance. */
function channelStats(x: Float64Array, shape: number[]) {
  const [N, C] = shape, M = count(shape.slice(2));
  const mean = new Float64Array(C), varB = new Float64Array(C), varU = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let s = 0;
    for (let n = 0; n < N; n++) for (let k = 0; k < M; k++) s += x[(n * C + c) * M + k];
    mean[c] = s / (N * M);
    let q = 0;
    for (let n = 0; n < N; n++) {
      for (let k = 0; k < M; k++) q += (x[(n * C + c) * M + k] - mean[c]) ** 2;
    }
    varB[c] = q / (N * M);
    varU[c] = q / (N * M - 1);
  }
  return { mean, varB, varU };
}

/** (x - mean[c]) / sqrt(var[c] + eps) * gamma[c] + beta[c] over x [N, C, ...]. */
function normalize(x: Float64Array, shape: number[], mean: ArrayLike<number>, v: ArrayLike<number>,
  gamma: ArrayLike<number>, beta: ArrayLike<number>, eps = 1e-5): Float64Array {
  const [, C] = shape, M = count(shape.slice(2));
  return x.map((val, i) => {
    const c = Math.floor(i / M) % C;
    return (val - mean[c]) / Math.sqrt(v[c] + eps) * gamma[c] + beta[c];
  });
}

describe("BatchNorm", () => {
  for (const shape of [[6, 3], [4, 3, 2, 5]]) {
    it(`normalizes ${JSON.stringify(shape)} by batch statistics in training steps`, async () => {
      const { m } = await probe(shape, "BatchNorm()");
      const x = draw(count(shape), 2, 0.5), c = draw(count(shape));
      const { mean, varB } = channelStats(x, shape);
      const ones = new Float64Array(shape[1]).fill(1), zeros = new Float64Array(shape[1]);
      const h = m.gradients({ x, c }, { mode: "train" }).grads.c;
      expect(maxDiff(h, normalize(x, shape, mean, varB, ones, zeros))).toBeLessThan(1e-12);
      // Normalized: each channel has mean 0 and (biased) variance var / (var + eps).
      const out = channelStats(Float64Array.from(h), shape);
      expect(maxDiff(out.mean, zeros)).toBeLessThan(1e-12);
      expect(maxDiff(out.varB, varB.map((v) => v / (v + 1e-5)))).toBeLessThan(1e-12);
    });

    it(`updates ${JSON.stringify(shape)} running statistics as PyTorch does, and predicts with them`,
      async () => {
        const { m } = await probe(shape, "BatchNorm(momentum = 0.2)");
        const C = shape[1];
        let runMean = new Float64Array(C), runVar = new Float64Array(C).fill(1);
        for (let step = 0; step < 2; step++) {
          const x = draw(count(shape), 3, step), c = draw(count(shape));
          m.train({ x, c });
          const { mean, varU } = channelStats(x, shape);
          runMean = runMean.map((r, k) => 0.8 * r + 0.2 * mean[k]);
          runVar = runVar.map((r, k) => 0.8 * r + 0.2 * varU[k]);
          expect(maxDiff(m.state["l.mean"], runMean)).toBeLessThan(1e-12);
          expect(maxDiff(m.state["l.var"], runVar)).toBeLessThan(1e-12);
        }
        const gamma = m.params["l.gamma"], beta = m.params["l.beta"];
        gamma.set(draw(C, 1, 1));
        beta.set(draw(C));
        const x = draw(count(shape));
        expect(maxDiff(m.predict({ x }).y, normalize(x, shape, runMean, runVar, gamma, beta)))
          .toBeLessThan(1e-12);
      });
  }

  it("passes gradients through the batch statistics (finite differences)", async () => {
    const shape = [3, 2, 2, 2];
    const { m } = await probe(shape, "BatchNorm()", " + sum(square(h) * h * c)");
    const x = draw(count(shape), 1, 0.3), c = draw(count(shape));
    expectFeedGradient(m, { x, c }, "x");
  });
});

describe("LayerNorm", () => {
  it("normalizes over the last axis with gamma and beta, and differentiates", async () => {
    const shape = [2, 3, 4];
    const { m } = await probe(shape, "LayerNorm()", " + sum(square(h) * h * c)");
    m.params["l.gamma"].set(draw(4, 1, 1));
    m.params["l.beta"].set(draw(4));
    const x = draw(count(shape), 2), c = draw(count(shape));
    const want = new Float64Array(x.length);
    for (let r = 0; r < 6; r++) {
      const row = x.subarray(r * 4, r * 4 + 4);
      const mu = row.reduce((a, b) => a + b, 0) / 4;
      const v = row.reduce((a, b) => a + (b - mu) ** 2, 0) / 4;
      row.forEach((val, k) => (want[r * 4 + k] =
        (val - mu) / Math.sqrt(v + 1e-5) * m.params["l.gamma"][k] + m.params["l.beta"][k]));
    }
    expect(maxDiff(m.predict({ x }).y, want)).toBeLessThan(1e-12);
    expectFeedGradient(m, { x, c }, "x");
  });
});

describe("Dropout", () => {
  const shape = [40, 50];

  it("zeroes about `rate` of the values and scales the rest by 1 / (1 - rate)", async () => {
    const { m } = await probe(shape, "Dropout(0.25)");
    const x = draw(count(shape), 1, 2), c = new Float64Array(count(shape));
    const h = m.gradients({ x, c }, { mode: "train" }).grads.c;
    let zeros = 0;
    h.forEach((v: number, i: number) => {
      if (v === 0) zeros++;
      else expect(v).toBeCloseTo(x[i] / 0.75, 12);
    });
    // 2000 draws: the standard deviation of the fraction is about 0.01.
    expect(Math.abs(zeros / h.length - 0.25)).toBeLessThan(0.04);
  });

  it("draws a fresh mask at every step, repeats one under a fixed seed, and is the identity " +
    "in predict", async () => {
    const { m } = await probe(shape, "Dropout(0.5)");
    const x = draw(count(shape), 1, 2), c = draw(count(shape));
    const mask = () => Array.from(m.gradients({ x, c }, { mode: "train" }).grads.c as Float64Array,
      (v) => (v === 0 ? 0 : 1)).join("");
    expect(mask()).not.toBe(mask());
    const seeded = () => Float64Array.from(m.gradients({ x, c }, { seed: 9 }).grads.c as Float64Array);
    expect(seeded()).toEqual(seeded());
    // Two train steps (lr 0: nothing learns) see different masks, so different losses.
    expect(m.train({ x, c })).not.toBe(m.train({ x, c }));
    expect(Array.from(m.predict({ x }).y)).toEqual(Array.from(x));
  });
});

describe("Embedding", () => {
  it("looks up rows for ids of any shape, and accumulates gradients into the rows used", async () => {
    const src = "model M {\n  input ids: i32[2, 3]\n  input c: f32[2, 3, 4]\n" +
      "  emb = Embedding(5, dim = 4)\n  y = emb(ids)\n  output y\n  loss = sum(y * c)\n" +
      "  train step: minimize loss with sgd(lr = 0.1)\n}\n";
    const mod = await compileToModel(src, { dtype: "f64" });
    expect(mod.meta.params).toEqual([
      { name: "emb.table", shape: [5, 4], init: { kind: "normal", args: [1] } }]);
    const m = mod.create({ seed: 3 });
    const ids = new Int32Array([4, 0, 4, 1, 1, 4]), c = draw(24);
    const table = Float64Array.from(m.params["emb.table"] as Float64Array);
    const y = m.predict({ ids }).y;
    ids.forEach((id, k) => expect(Array.from(y.subarray(k * 4, k * 4 + 4)))
      .toEqual(Array.from(table.subarray(id * 4, id * 4 + 4))));
    const want = new Float64Array(20);
    ids.forEach((id, k) => { for (let j = 0; j < 4; j++) want[id * 4 + j] += c[k * 4 + j]; });
    const g = m.gradients({ ids, c }).grads["emb.table"];
    expect(maxDiff(g, want)).toBeLessThan(1e-15);
    // Rows 2 and 3 are never used: no gradient, and a step leaves them alone.
    m.train({ ids, c });
    expect(Array.from(m.params["emb.table"].subarray(8, 16)))
      .toEqual(Array.from(table.subarray(8, 16)));
  });

  it("draws its table from N(0, 1), as PyTorch does", async () => {
    const src = "model M {\n  input ids: i32[3]\n  emb = Embedding(1000, 8)\n" +
      "  output y = emb(ids)\n}\n";
    const t = (await compileToModel(src, { dtype: "f64" })).create({ seed: 4 }).params["emb.table"];
    const mean = t.reduce((a: number, b: number) => a + b, 0) / t.length;
    const std = Math.sqrt(t.reduce((a: number, b: number) => a + (b - mean) ** 2, 0) / t.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(std - 1)).toBeLessThan(0.05);
  });
});

describe("Conv2D, MaxPool2D and Flatten", () => {
  it("lay out params as PyTorch's Conv2d, with Keras's Glorot-uniform weights", async () => {
    const src = "model M {\n  input x: f32[2, 3, 8, 8]\n  conv = Conv2D(4, 3, stride = 2, " +
      'padding = "same", act = relu)\n  pool = MaxPool2D(2)\n  flat = Flatten()\n' +
      "  output y = x |> conv |> pool |> flat\n}\n";
    const mod = await compileToModel(src, { dtype: "f64" });
    expect(mod.meta.params.map((p: { name: string; shape: number[] }) => [p.name, p.shape]))
      .toEqual([["conv.W", [4, 3, 3, 3]], ["conv.b", [4]]]);
    // [2, 3, 8, 8] -> conv, stride 2, same: [2, 4, 4, 4] -> pool 2: [2, 4, 2, 2] -> [2, 16].
    expect(mod.meta.outputs[0].shape).toEqual([2, 16]);
    const W = mod.create({ seed: 5 }).params["conv.W"] as Float64Array;
    const bound = Math.sqrt(6 / (3 * 9 + 4 * 9));
    expect(Math.max(...W.map(Math.abs))).toBeLessThanOrEqual(bound);
    expect(Math.max(...W.map(Math.abs))).toBeGreaterThan(0.8 * bound);
  });

  it("report a flat input at the call, with the image pattern", () => {
    const src = "model M {\n  input x: f32[4, 784]\n  conv = Conv2D(8, 3)\n  output y = conv(x)\n}\n";
    const r = compile(src, { file: "m.kiln" });
    expect(r.diagnostics.map((d) => [d.span?.line, d.span?.col, d.message])).toEqual([
      [4, 19, "Conv2D expects [N, C, H, W] but got f32[4, 784]"]]);
  });
});
