// Convolution and pooling: the reference evaluators and the emitted kernels against naive
// implementations written here (zero-padded copies and plain window loops), on chosen cases
// and random geometries, and gradients through compiled float64 modules against central
// finite differences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, compileToModel, importModule } from "../../../compiler/index.ts";
import { GraphBuilder } from "../../../compiler/ir/builder.ts";
import { evaluate } from "../../../compiler/ir/interpret.ts";
import { OPS } from "../../../compiler/ops/table.ts";
import { tensor } from "../../../compiler/ir/tensor.ts";
import { Rng } from "../../../runtime/rng.ts";
import { expectFeedGradient } from "../../support/finite.ts";

type Img = { data: Float64Array; shape: number[] };

function random(shape: number[], rng: Rng): Img {
  const n = shape.reduce((a, b) => a * b, 1);
  return { data: Float64Array.from({ length: n }, () => 2 * rng.uniform() - 1), shape };
}

/** Zero-pads x [N, C, H, W] by [top, left, bottom, right]. */
function padded(x: Img, [pt, pl, pb, pr]: number[]): Img {
  const [N, C, H, W] = x.shape;
  const Hp = H + pt + pb, Wp = W + pl + pr;
  const out = new Float64Array(N * C * Hp * Wp);
  for (let nc = 0; nc < N * C; nc++) for (let h = 0; h < H; h++) for (let w = 0; w < W; w++) {
    out[(nc * Hp + h + pt) * Wp + w + pl] = x.data[(nc * H + h) * W + w];
  }
  return { data: out, shape: [N, C, Hp, Wp] };
}

/** PyTorch's conv2d (a cross-correlation) over the zero-padded image. */
function naiveConv(x: Img, w: Img, stride: number[], pad: number[], bias?: Float64Array): Img {
  const xp = padded(x, pad);
  const [N, C, Hp, Wp] = xp.shape, [O, , KH, KW] = w.shape;
  const Ho = Math.floor((Hp - KH) / stride[0]) + 1, Wo = Math.floor((Wp - KW) / stride[1]) + 1;
  const out = new Float64Array(N * O * Ho * Wo);
  let k = 0;
  for (let n = 0; n < N; n++) for (let o = 0; o < O; o++) {
    for (let i = 0; i < Ho; i++) for (let j = 0; j < Wo; j++) {
      let s = bias ? bias[o] : 0;
      for (let c = 0; c < C; c++) for (let a = 0; a < KH; a++) for (let b = 0; b < KW; b++) {
        s += xp.data[((n * C + c) * Hp + i * stride[0] + a) * Wp + j * stride[1] + b] *
          w.data[((o * C + c) * KH + a) * KW + b];
      }
      out[k++] = s;
    }
  }
  return { data: out, shape: [N, O, Ho, Wo] };
}

/** Pooling windows of `size` every `stride`, reduced by `reduce`. */
function naivePool(x: Img, size: number[], stride: number[], reduce: (v: number[]) => number): Img {
  const [N, C, H, W] = x.shape;
  const Ho = Math.floor((H - size[0]) / stride[0]) + 1, Wo = Math.floor((W - size[1]) / stride[1]) + 1;
  const out: number[] = [];
  for (let nc = 0; nc < N * C; nc++) for (let i = 0; i < Ho; i++) for (let j = 0; j < Wo; j++) {
    const v: number[] = [];
    for (let a = 0; a < size[0]; a++) for (let b = 0; b < size[1]; b++) {
      v.push(x.data[(nc * H + i * stride[0] + a) * W + j * stride[1] + b]);
    }
    out.push(reduce(v));
  }
  return { data: Float64Array.from(out), shape: [N, C, Ho, Wo] };
}

/** TensorFlow's "same": output ceil(n / s), the odd pixel of padding after. */
function samePadding(H: number, W: number, K: number, s: number): number[] {
  const total = [H, W].map((n) => Math.max((Math.ceil(n / s) - 1) * s + K - n, 0));
  return [Math.floor(total[0] / 2), Math.floor(total[1] / 2),
    total[0] - Math.floor(total[0] / 2), total[1] - Math.floor(total[1] / 2)];
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

interface ConvCase { x: number[]; w: number[]; stride: number; padding: number | "same" }
const CASES: ConvCase[] = [
  { x: [2, 3, 6, 5], w: [4, 3, 3, 2], stride: 1, padding: 0 },
  { x: [2, 2, 7, 6], w: [3, 2, 3, 3], stride: 2, padding: 1 },
  { x: [1, 2, 7, 8], w: [2, 2, 3, 3], stride: 2, padding: "same" },
  { x: [1, 1, 6, 6], w: [2, 1, 4, 4], stride: 1, padding: "same" },
  { x: [2, 4, 3, 3], w: [5, 4, 1, 1], stride: 1, padding: 0 },
  { x: [1, 2, 5, 5], w: [2, 2, 1, 1], stride: 2, padding: 0 },
];

const padOf = (c: ConvCase) => (c.padding === "same"
  ? samePadding(c.x[2], c.x[3], c.w[2], c.stride) : [0, 0, 0, 0].map(() => c.padding as number));

function convModel(c: ConvCase): string {
  const pad = c.padding === "same" ? '"same"' : c.padding;
  return `model M {\n  input x: f32[${c.x}]\n  input t: f32[${c.x[0]}]\n` +
    `  param w: [${c.w}] = normal(1)\n  param b: [${c.w[0]}] = normal(1)\n` +
    `  output y = conv2d(x, w, stride = ${c.stride}, padding = ${pad}, bias = b)\n` +
    `  loss = mean(square(mean(tanh(y), axis = [1, 2, 3]) - t))\n` +
    `  train step: minimize loss with sgd(lr = 0.1)\n}\n`;
}

describe("conv2d", () => {
  it("the reference evaluator matches a naive convolution over a zero-padded image", () => {
    const rng = new Rng(1);
    for (const c of CASES) {
      const x = random(c.x, rng), w = random(c.w, rng), bias = random([c.w[0]], rng);
      const b = new GraphBuilder();
      const ins = [c.x, c.w, [c.w[0]]].map((shape, k) =>
        b.add("input", [], { name: `a${k}`, shape, dtype: "f" }));
      const y = b.add("conv2d", ins, { stride: [c.stride, c.stride], pad: padOf(c) });
      const got = OPS.conv2d.eval([tensor(c.x, x.data), tensor(c.w, w.data),
        tensor([c.w[0]], bias.data)], b.node(y), undefined as never);
      const want = naiveConv(x, w, [c.stride, c.stride], padOf(c), bias.data);
      expect(got.shape).toEqual(want.shape);
      expect(maxDiff(got.data, want.data)).toBeLessThan(1e-12);
    }
  });

  it("'same' keeps ceil(size / stride) and pads like TensorFlow (odd pixel after)", async () => {
    for (const c of CASES.filter((k) => k.padding === "same")) {
      const mod = await compileToModel(convModel(c), { dtype: "f64" });
      const [, , H, W] = c.x;
      expect(mod.meta.outputs[0].shape).toEqual(
        [c.x[0], c.w[0], Math.ceil(H / c.stride), Math.ceil(W / c.stride)]);
    }
    // A 4x4 kernel at stride 1 pads 3 in all: 1 before, 2 after.
    expect(samePadding(6, 6, 4, 1)).toEqual([1, 1, 2, 2]);
  });

  it("the emitted kernel matches the naive convolution, bias included", async () => {
    const rng = new Rng(2);
    for (const c of CASES) {
      const mod = await compileToModel(convModel(c), { dtype: "f64" });
      const m = mod.create({ seed: 3 });
      const x = random(c.x, rng);
      const want = naiveConv(x, { data: Float64Array.from(m.params.w), shape: c.w },
        [c.stride, c.stride], padOf(c), Float64Array.from(m.params.b));
      expect(maxDiff(m.predict({ x: x.data }).y, want.data), JSON.stringify(c)).toBeLessThan(1e-12);
    }
  });

  it("float32 modules (whose products may run in WebAssembly SIMD) agree with float64", async () => {
    const rng = new Rng(9);
    // Big enough for the SIMD product: 2 M K N >= 32768 per sample.
    const cases: ConvCase[] = [...CASES,
      { x: [2, 8, 14, 14], w: [16, 8, 3, 3], stride: 1, padding: 1 },
      { x: [2, 1, 28, 28], w: [8, 1, 3, 3], stride: 1, padding: "same" }];
    for (const c of cases) {
      const [m64, m32] = await Promise.all(["f64", "f32"].map(async (dtype) =>
        (await compileToModel(convModel(c), { dtype: dtype as "f32" | "f64" })).create({ seed: 3 })));
      const feeds = { x: random(c.x, rng).data, t: random([c.x[0]], rng).data };
      const feeds32 = { x: Float32Array.from(feeds.x), t: Float32Array.from(feeds.t) };
      expect(maxDiff(m32.predict(feeds32).y, m64.predict(feeds).y), JSON.stringify(c))
        .toBeLessThan(1e-4);
      const g64 = m64.gradients(feeds).grads, g32 = m32.gradients(feeds32).grads;
      for (const k of ["w", "b", "x"]) {
        const scale = Math.max(...Array.from(g64[k] as Float64Array, Math.abs));
        expect(maxDiff(g32[k], g64[k]) / scale, `${JSON.stringify(c)} d${k}`).toBeLessThan(1e-4);
      }
    }
  });

  it("gradients for input, weights and bias match central finite differences", async () => {
    const rng = new Rng(4);
    for (const c of CASES) {
      const mod = await compileToModel(convModel(c), { dtype: "f64" });
      const m = mod.create({ seed: 5 });
      const feeds = { x: random(c.x, rng).data, t: random([c.x[0]], rng).data };
      const { grads } = m.gradients(feeds);
      const probe = (arr: Float64Array, name: string) => {
        const analytic = Float64Array.from(grads[name] as Float64Array);
        const h = 1e-6;
        for (let i = 0; i < arr.length; i++) {
          const v = arr[i];
          arr[i] = v + h;
          const up = m.gradients(feeds).value;
          arr[i] = v - h;
          const down = m.gradients(feeds).value;
          arr[i] = v;
          const fd = (up - down) / (2 * h);
          expect(Math.abs(fd - analytic[i]), `${JSON.stringify(c)} d${name}[${i}]`)
            .toBeLessThan(1e-7 + 1e-6 * Math.abs(fd));
        }
      };
      probe(m.params.w, "w");
      probe(m.params.b, "b");
      probe(feeds.x, "x");
    }
  });

  it("differentiates twice: a gradient penalty through a strided, padded convolution", async () => {
    const src = "model M {\n  input x: f32[1, 2, 5, 5]\n  param w: [3, 2, 3, 3] = normal(1)\n" +
      "  y = conv2d(x, w, stride = 2, padding = 1)\n" +
      "  loss = sum(square(grad(sum(tanh(y)), x)))\n" +
      "  train step: minimize loss with sgd(lr = 0.1)\n}\n";
    const mod = await compileToModel(src, { dtype: "f64" });
    const m = mod.create({ seed: 6 });
    const x = random([1, 2, 5, 5], new Rng(7)).data;
    const analytic = Float64Array.from(m.gradients({ x }).grads.w as Float64Array);
    const w = m.params.w as Float64Array;
    for (let i = 0; i < w.length; i += 5) {
      const v = w[i], h = 1e-6;
      w[i] = v + h;
      const up = m.gradients({ x }).value;
      w[i] = v - h;
      const down = m.gradients({ x }).value;
      w[i] = v;
      expect(Math.abs((up - down) / (2 * h) - analytic[i])).toBeLessThan(1e-6);
    }
  });

  it("emitted forward and gradient kernels match naive loops and the interpreter on random " +
    "geometries", async () => {
    const geometry = fc.record({
      N: fc.integer({ min: 1, max: 2 }), C: fc.integer({ min: 1, max: 3 }),
      O: fc.integer({ min: 1, max: 3 }), H: fc.integer({ min: 1, max: 7 }),
      W: fc.integer({ min: 1, max: 7 }), KH: fc.integer({ min: 1, max: 4 }),
      KW: fc.integer({ min: 1, max: 4 }), sh: fc.integer({ min: 1, max: 3 }),
      sw: fc.integer({ min: 1, max: 3 }), ph: fc.integer({ min: 0, max: 2 }),
      pw: fc.integer({ min: 0, max: 2 }), same: fc.boolean(), seed: fc.nat(1000),
    }).filter((g) => g.same || (g.H + 2 * g.ph >= g.KH && g.W + 2 * g.pw >= g.KW));
    await fc.assert(fc.asyncProperty(geometry, async (g) => {
      const c: ConvCase = { x: [g.N, g.C, g.H, g.W], w: [g.O, g.C, g.KH, g.KW], stride: 1,
        padding: g.same ? "same" : 0 };
      const padding = g.same ? '"same"' : `[${g.ph}, ${g.pw}]`;
      const src = convModel(c).replace(/stride = 1, padding = [^,]*,/,
        `stride = [${g.sh}, ${g.sw}], padding = ${padding},`);
      const r = compile(src, { dtype: "f64", declarations: false });
      expect(r.diagnostics).toEqual([]);
      const m = (await importModule(r.js)).create({ seed: g.seed });
      const rng = new Rng(g.seed);
      const x = random(c.x, rng), t = random([g.N], rng);
      const pad = g.same ? [0, 1].flatMap((d) => {
        const [n, k, s] = d ? [g.W, g.KW, g.sw] : [g.H, g.KH, g.sh];
        const total = Math.max((Math.ceil(n / s) - 1) * s + k - n, 0);
        return [Math.floor(total / 2), total - Math.floor(total / 2)];
      }) : [g.ph, g.ph, g.pw, g.pw];
      const want = naiveConv(x, { data: Float64Array.from(m.params.w), shape: c.w },
        [g.sh, g.sw], [pad[0], pad[2], pad[1], pad[3]], Float64Array.from(m.params.b));
      expect(maxDiff(m.predict({ x: x.data }).y, want.data)).toBeLessThan(1e-12);
      const env = { inputs: new Map([["x", tensor(c.x, x.data)], ["t", tensor([g.N], t.data)]]),
        params: new Map([["w", tensor(c.w, m.params.w)], ["b", tensor([g.O], m.params.b)]]) };
      const ref = evaluate(r.ir!.gradients[0].graph, env);
      const { grads } = m.gradients({ x: x.data, t: t.data });
      for (const k of ["x", "w", "b"]) {
        expect(maxDiff(grads[k], ref.get(k)!.data)).toBeLessThan(1e-12);
      }
    }), { seed: 42, numRuns: Number(process.env.KILN_DEEP) ? 400 : 25 });
  });

  it("reports channel mismatches and kernels that do not fit, at the call", () => {
    const errors = (body: string) => compile(`model M {\n  input x: f32[1, 3, 4, 4]\n${body}\n}\n`,
      { file: "m.kiln" }).diagnostics.map((d) => `${d.span?.line}: ${d.message}`);
    expect(errors("  param w: [2, 2, 3, 3] = zeros\n  output y = conv2d(x, w)")).toEqual([
      "4: conv2d needs weights [O, C, KH, KW] with C = 3 (the image's channels) but got " +
        "f32[2, 2, 3, 3]",
    ]);
    expect(errors("  param w: [2, 3, 5, 5] = zeros\n  output y = conv2d(x, w)")).toEqual([
      "4: conv2d's 5x5 kernel does not fit the 4x4 image padded by [0, 0, 0, 0]",
    ]);
    expect(errors('  param w: [2, 3, 3, 3] = zeros\n  output y = conv2d(x, w, padding = "full")'))
      .toEqual(['4: conv2d\'s padding must be an integer, a pair, "same" or "valid" but got the ' +
        'string "full"']);
    expect(errors("  output y = max_pool2d(x, 5)")).toEqual([
      "3: max_pool2d's 5x5 window does not fit the 4x4 image of f32[1, 3, 4, 4]",
    ]);
  });
});

function poolModel(op: string, shape: number[], size: string, stride?: string): string {
  return `model M {\n  input x: f32[${shape}]\n  input c: f32[${shape}]\n` +
    `  output y = ${op}(x${size ? `, ${size}` : ""}${stride ? `, stride = ${stride}` : ""})\n` +
    `  loss = sum(square(y)) + sum(x * c)\n  train step: minimize loss with sgd(lr = 0.1)\n}\n`;
}

describe("pooling", () => {
  const cases: [number[], number[], number[]][] = [
    [[2, 3, 6, 6], [2, 2], [2, 2]],
    [[1, 2, 7, 5], [3, 2], [2, 1]],
    [[1, 1, 5, 5], [2, 2], [1, 1]],
  ];
  for (const [op, reduce] of [["max_pool2d", (v: number[]) => Math.max(...v)],
    ["avg_pool2d", (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length]] as const) {
    it(`${op} matches naive windows, and its gradient matches finite differences`, async () => {
      const rng = new Rng(8);
      for (const [shape, size, stride] of cases) {
        const src = poolModel(op, shape, `[${size}]`, `[${stride}]`);
        const m = (await compileToModel(src, { dtype: "f64" })).create();
        const x = random(shape, rng).data, c = new Float64Array(x.length);
        const want = naivePool({ data: x, shape }, size, stride, reduce);
        expect(maxDiff(m.predict({ x }).y, want.data)).toBeLessThan(1e-14);
        expectFeedGradient(m, { x, c }, "x");
      }
    });
  }

  it("max_pool2d gives a tie's whole gradient to its first maximum", async () => {
    const src = poolModel("max_pool2d", [1, 1, 2, 4], "2");
    const m = (await compileToModel(src, { dtype: "f64" })).create();
    // Windows [[1, 3], [3, 3]] and [[2, 2], [0, 2]]: maxima 3 and 2, tied.
    const x = new Float64Array([1, 3, 2, 2, 3, 3, 0, 2]);
    expect([...m.predict({ x }).y]).toEqual([3, 2]);
    // d/dx of sum(y^2) = 2y at the first maximum in row-major order, 0 elsewhere.
    const { grads } = m.gradients({ x, c: new Float64Array(8) });
    expect([...grads.x]).toEqual([0, 6, 4, 0, 0, 0, 0, 0]);
  });

  it("stride defaults to the window size", async () => {
    const mod = await compileToModel(poolModel("avg_pool2d", [1, 2, 6, 4], "[3, 2]"));
    expect(mod.meta.outputs[0].shape).toEqual([1, 2, 2, 2]);
  });
});
