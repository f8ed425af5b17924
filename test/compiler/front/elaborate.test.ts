// Elaboration: the language's constructs turned into graphs, checked through the modules
// they compile to (values computed here by hand).
import { describe, expect, it } from "vitest";
import { compile, compileToModel, memoryHost } from "../../../compiler/index.ts";

const run = async (src: string, feeds: Record<string, Float64Array>, out: string) => {
  const m = (await compileToModel(src, { dtype: "f64" })).create({ seed: 1 });
  return Array.from(m.predict(feeds)[out] as Float64Array);
};

describe("elaboration", () => {
  it("unrolls loops, carrying rebound names across iterations and out of the loop", async () => {
    const src = `
dim T = 4
model R {
  input x: f32[2, T]
  h = zeros([2])
  for t in 0..T {
    h = 0.5 * h + x[:, t]
  }
  output y = h
}`;
    const x = new Float64Array([1, 2, 3, 4, 10, 20, 30, 40]);
    const want = [0, 1].map((r) => [0, 1, 2, 3].reduce((h, t) => 0.5 * h + x[r * 4 + t], 0));
    expect(await run(src, { x }, "y")).toEqual(want);
  });

  it("slices with integers (dropping axes), ranges and negative indices", async () => {
    const src = `
model S {
  input x: f32[2, 3, 4]
  output a = x[1, :, -1]
  output b = x[:, 1:3, 0:2]
}`;
    const x = new Float64Array(24).map((_, i) => i);
    const m = (await compileToModel(src, { dtype: "f64" })).create();
    const out = m.predict({ x });
    expect(Array.from(out.a)).toEqual([15, 19, 23]);
    expect(Array.from(out.b)).toEqual([4, 5, 8, 9, 16, 17, 20, 21]);
  });

  it("unpacks tuples returned by layers and evaluates dim arithmetic", async () => {
    const src = `
dim H = 3
layer Split()(x: [N, K]) {
  return (x[:, 0:K / 2], x[:, K / 2:K])
}
model U {
  input x: f32[1, 2 * H]
  sp = Split()
  (a, b) = sp(x)
  output d = b - a
}`;
    expect(await run(src, { x: new Float64Array([1, 2, 3, 10, 20, 30]) }, "d")).toEqual([9, 18, 27]);
  });

  it("picks `training ? a : b` per mode", async () => {
    const src = `
model C {
  input x: f32[3]
  param w: [3] = ones
  y = training ? x * 2 : x * 3
  output o = y
  loss = sum(y * w)
  train step: minimize loss with sgd(lr = 0)
}`;
    const m = (await compileToModel(src, { dtype: "f64" })).create();
    const x = new Float64Array([1, 2, 3]);
    expect(Array.from(m.predict({ x }).o)).toEqual([3, 6, 9]);
    expect(m.train({ x })).toBe(12);
    expect(m.gradients({ x }, { mode: "eval" }).value).toBe(18);
  });

  it("resolves imports relative to the importing file", async () => {
    const files: Record<string, string> = {
      "/p/lib/layers.kiln": "layer Twice()(x: [N]) {\n  return 2 * x\n}\n",
      "/p/main.kiln": "",
    };
    const src = `import "lib/layers.kiln"
model I {
  input x: f32[2]
  t = Twice()
  output y = t(x)
}`;
    const r = compile(src, { file: "/p/main.kiln", host: memoryHost(files) });
    expect(r.ok).toBe(true);
    const bad = compile(src.replace("lib/", "nope/"), { file: "/p/main.kiln", host: memoryHost(files) });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0].message).toContain("cannot read imported file 'nope/layers.kiln'");
    expect(bad.diagnostics[0].span?.line).toBe(1);
  });

  it("computes grad() of a scalar as a tensor that is itself differentiable", async () => {
    // y = sum(w^3) -> grad = 3 w^2; penalty = sum(grad^2) = 9 sum(w^4); d/dw = 36 w^3.
    const src = `
model G {
  input x: f32[2]
  param w: [2] = ones
  y = sum(w * w * w * x)
  g = grad(y, w)
  loss = sum(g * g)
  train step: minimize loss with sgd(lr = 0)
}`;
    const m = (await compileToModel(src, { dtype: "f64" })).create();
    m.params.w.set([0.5, -2]);
    const x = new Float64Array([1, 1]);
    const { value, grads } = m.gradients({ x });
    expect(value).toBeCloseTo(9 * (0.5 ** 4 + 16), 10);
    expect(grads.w[0]).toBeCloseTo(36 * 0.125, 10);
    expect(grads.w[1]).toBeCloseTo(36 * -8, 10);
  });

  it("reports the place of a shape error inside a layer and its call site", () => {
    const r = compile(`
model M {
  input x: f32[64, 784]
  conv = Conv2D(8, 3)
  output y = conv(x)
}`, { file: "m.kiln" });
    expect(r.ok).toBe(false);
    const d = r.diagnostics[0];
    expect(d.message).toBe("Conv2D expects [N, C, H, W] but got f32[64, 784]");
    expect([d.span?.line, d.span?.col]).toEqual([5, 19]);
  });
});
