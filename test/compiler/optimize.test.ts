// The optimizer changes how a model computes, never what: -O2 modules agree with -O0 ones
// (float64, so only rounding differs) on predict, gradients and training steps, for the
// examples, for hand-written models of every layer, and for random programs. Every pass's
// result is verified on the way.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, importModule, load } from "../../compiler/index.ts";
import { buildModel } from "../../compiler/model.ts";
import { verifyGraph } from "../../compiler/passes/verify.ts";
import { randomLoopProgram, randomProgram } from "./programs.ts";

const DEEP = process.env.KILN_DEEP === "1";

type Live = any;

async function build(source: string, optimize: 0 | 1 | 2, dims?: Record<string, number>): Promise<Live> {
  const r = compile(source, { optimize, dtype: "f64", dims, declarations: false });
  expect(r.ok, r.diagnostics.map((d) => d.message).join("\n")).toBe(true);
  return (await importModule(r.js)).create({ seed: 11 });
}

/** Feeds drawn from a fixed sequence: floats in (-1, 1), ids in range. */
function feedsFor(meta: Live, classes = 2): Record<string, Float64Array | Int32Array> {
  const feeds: Record<string, Float64Array | Int32Array> = {};
  let k = 1;
  for (const i of meta.inputs) {
    const n = i.shape.reduce((a: number, b: number) => a * b, 1);
    feeds[i.name] = i.dtype === "i32" ? Int32Array.from({ length: n }, () => (k++ * 7) % classes)
      : Float64Array.from({ length: n }, () => Math.sin(k++ * 1.7));
  }
  return feeds;
}

/** Where `got` leaves `want` by more than rounding, or "" (non-finite values must match). */
function differs(what: string, want: ArrayLike<number>, got: ArrayLike<number>, tol: number): string {
  for (let i = 0; i < want.length; i++) {
    const a = want[i], b = got[i];
    const same = Number.isFinite(a) ? Math.abs(a - b) <= tol * (1 + Math.abs(a)) : Object.is(a, b);
    if (!same) return `${what}[${i}]: -O0 ${a}, -O2 ${b}`;
  }
  return "";
}

/** Runs -O0 and `level` side by side: predict, gradients in both modes, then training steps. */
async function compareLevels(source: string, options: { dims?: Record<string, number>;
  classes?: number; steps?: number; tol?: number; level?: 1 | 2 } = {}): Promise<string> {
  const level = options.level ?? 2;
  const [m0, m2] = [await build(source, 0, options.dims), await build(source, level, options.dims)];
  const feeds = feedsFor(m0.meta, options.classes);
  const tol = options.tol ?? 1e-9;
  const problems: string[] = [];
  const check = (what: string, a: ArrayLike<number>, b: ArrayLike<number>) => {
    const d = differs(what, a, b, tol).replace("-O2", `-O${level}`);
    if (d) problems.push(d);
  };
  if (m0.meta.outputs.length) {
    const [p0, p2] = [m0.predict(feeds), m2.predict(feeds)];
    for (const name of Object.keys(p0)) check(`predict ${name}`, p0[name], p2[name]);
  }
  const steps: { name: string; loss: string }[] = m0.meta.steps;
  for (const loss of new Set(steps.map((s) => s.loss))) {
    for (const mode of ["train", "eval"]) {
      const opts = { loss, mode, seed: 5 };
      const [g0, g2] = [m0.gradients(feeds, opts), m2.gradients(feeds, opts)];
      check(`${loss} ${mode}`, [g0.value], [g2.value]);
      for (const name of Object.keys(g0.grads)) {
        check(`d${loss}/d${name} ${mode}`, g0.grads[name], g2.grads[name]);
      }
    }
  }
  for (let k = 0; k < (options.steps ?? 3); k++) {
    for (const s of steps) {
      check(`step ${s.name} #${k} loss`, [m0.train(feeds, s.name)], [m2.train(feeds, s.name)]);
    }
  }
  for (const name of Object.keys(m0.params)) check(`param ${name}`, m0.params[name], m2.params[name]);
  for (const name of Object.keys(m0.state)) check(`state ${name}`, m0.state[name], m2.state[name]);
  // Every pass's output is a well-formed graph.
  buildModel(load(source, {}, new Map()), { dims: options.dims, optimize: level, checkPass: verifyGraph });
  return problems.slice(0, 5).join("\n");
}

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

describe("-O2 computes what -O0 does", () => {
  it("on the MNIST MLP example", async () => {
    expect(await compareLevels(example("mnist_mlp.kiln"), { dims: { B: 8 }, classes: 10 })).toBe("");
  });

  it("on the MNIST CNN example", async () => {
    expect(await compareLevels(example("mnist_cnn.kiln"), { dims: { B: 2 }, classes: 10, steps: 2 }))
      .toBe("");
  });

  it.each([
    ["recurrent layers and an embedding", `
model R {
  input ids: i32[3, 4]
  input y: i32[3]
  embed = Embedding(6, 5)
  lstm = LSTM(4, sequences = true)
  gru = GRU(3)
  head = Dense(2)
  logits = ids |> embed |> lstm |> gru |> head
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.01, clip_norm = 1)
}`],
    ["batch and layer normalization, dropout", `
model N {
  input x: f32[4, 3]
  input y: i32[4]
  fc = Dense(5)
  bn = BatchNorm()
  ln = LayerNorm()
  out = Dense(2)
  logits = x |> fc |> bn |> relu |> dropout(0.3) |> ln |> out
  output probs = softmax(logits)
  loss = cross_entropy(logits, y) + 1e-3 * l2(fc.W, out.W)
  train step: minimize loss with momentum(lr = 0.05)
}`],
    ["two steps over parts of the model, and stable forms written out by hand", `
model Gan {
  input z: f32[4, 2]
  input real: f32[4, 3]
  gen = Dense(3, act = tanh)
  disc = Dense(1)
  fake = gen(z)
  d_real = disc(real)
  d_fake = disc(stop_gradient(fake))
  d_loss = -mean(log(sigmoid(d_real))) - mean(log(1 - sigmoid(d_fake)))
  g_loss = -mean(log(sigmoid(disc(fake))))
  output sample = fake
  train d: minimize d_loss over disc with sgd(lr = 0.1)
  train g: minimize g_loss over gen with rmsprop(lr = 0.01)
}`],
    ["log of a softmax, a gradient penalty and noise", `
model S {
  input x: f32[3, 4]
  input y: i32[3]
  fc = Dense(4, act = softplus)
  h = fc(x + 0.1 * normal([3, 4]))
  lp = log(softmax(h))
  nll = -mean(sum(one_hot(y, 4) * lp, axis = 1))
  loss = nll + 0.01 * sum(square(grad(nll, x)))
  output p = exp(lp)
  train step: minimize loss with adamw(lr = 0.01)
}`],
    ["random draws that fusion must keep in order", `
model D {
  input x: f32[4, 3]
  fc = Dense(3)
  a = dropout(x, 0.5) * 2
  b = dropout(fc(x), 0.5)
  c = exp(a) + uniform([4, 3])
  output y = b + c * normal([4, 3])
  loss = mean(square(y))
  train step: minimize loss with sgd(lr = 0.1)
}`],
  ])("on %s", async (_name, source) => {
    expect(await compareLevels(source, { classes: 2 })).toBe("");
  });
});

describe("-O1 and -O2 compute what -O0 does on random programs", () => {
  it("predict, gradients and training steps agree, and every pass keeps the graph valid", async () => {
    const levels = fc.constantFrom(1 as const, 2 as const);
    await fc.assert(fc.asyncProperty(randomProgram, levels, async (source, level) => {
      const problems = await compareLevels(source, { steps: 2, level });
      if (problems) throw new Error(`${problems}\nin\n${source}`);
    }), { numRuns: DEEP ? 400 : 25, seed: 4242 });
  });
});

describe("-O1 and -O2 compute what -O0 does in random loops", () => {
  it("predict, gradients and training steps agree, and every pass keeps the graph valid", async () => {
    const levels = fc.constantFrom(1 as const, 2 as const);
    await fc.assert(fc.asyncProperty(randomLoopProgram, levels, async (source, level) => {
      const problems = await compareLevels(source, { steps: 2, level });
      if (problems) throw new Error(`${problems}\nin\n${source}`);
    }), { numRuns: DEEP ? 200 : 10, seed: 4243 });
  });
});
