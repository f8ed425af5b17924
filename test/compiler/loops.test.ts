// Loops that stay loops, against the unroller (`loops: "unroll"`), the oracle: every
// recurrent model of the examples, the tests and the benchmarks, and hand-written loops
// (nested, dropout in the body, reading backwards, both directions, the index as a tensor,
// second derivatives through a loop) give the same predictions, gradients in both modes,
// and params after 3 SGD and 3 Adam steps: within 1e-12 in float64, 1e-5 in float32. Then
// the structure: a loop's graph, kernels and module do not grow with its length; and what
// cannot stay a loop is unrolled, with the reason kiln stats gives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";
import type { LoopMode } from "../../compiler/model.ts";
import type { LoopBody } from "../../compiler/ir/types.ts";
import { LSTM_SOURCE } from "../../bench/lstm.ts";

const DEEP = process.env.KILN_DEEP === "1";
const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

/** Two train steps on the model's `loss`, one per optimizer, so one module tries both. */
const steps = `
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)`;
const withSteps = (source: string) => source.replace(/\n\s*train \w+: minimize loss with [^\n]*/, steps);

const RECURRENT = `
dim N = 2
dim T = 5
model Recurrent {
  input x: f32[N, T, 3]
  input y: f32[N, 4]
  simple = SimpleRNN(4, sequences = true)
  simple2 = SimpleRNN(4)
  lstm = LSTM(4)
  gru = GRU(4, sequences = true)
  gru2 = GRU(4)
  lstm2 = LSTM(4, sequences = true)
  a = simple(x)
  b = lstm(x)
  c = gru(x)
  d = lstm2(a)
  e = simple2(c) * gru2(x)
  output last = b
  output all = c
  loss = mse(b + a[:, T - 1, :] + sum(c, axis = 1) + mean(d, axis = 1) + e, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

const NESTED = `
model Nested {
  input x: f32[2, 3, 4, 5]
  input y: f32[2, 5]
  param W: [5, 5] = normal(0.4)
  param U: [5, 5] = normal(0.4)
  h = zeros([2, 5])
  for t in 0..3 {
    s = h
    for u in 0..4 {
      s = tanh(s @ W + x[:, t, u, :])
    }
    h = sigmoid(h @ U) * s
  }
  output out = h
  loss = mse(h, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

const DROPOUT = `
model Dropout {
  input x: f32[3, 6, 4]
  input y: f32[3, 4]
  param Wh: [4, 4] = normal(0.5)
  h = zeros([3, 4])
  for t in 0..6 {
    h = tanh(dropout(h, 0.3) @ Wh + x[:, t, :] + 0.1 * normal([3, 4]))
  }
  output out = h
  loss = mse(h, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

/** Both directions, joined per step: the backward loop reads x from its end, and the last
 * loop reads the backward states by a reversed index into the list they were gathered in. */
const BIDIRECTIONAL = `
dim T = 5
model Bidirectional {
  input x: f32[2, T, 3]
  input y: f32[2, T, 8]
  param Wf: [3, 4] = normal(0.5)
  param Uf: [4, 4] = normal(0.5)
  param Wb: [3, 4] = normal(0.5)
  param Ub: [4, 4] = normal(0.5)
  hf = zeros([2, 4])
  hb = zeros([2, 4])
  fs = []
  bs = []
  for t in 0..T {
    hf = tanh(x[:, t, :] @ Wf + hf @ Uf)
    fs = fs + [hf]
  }
  for t in 0..T {
    hb = tanh(x[:, T - 1 - t, :] @ Wb + hb @ Ub)
    bs = bs + [hb]
  }
  ys = []
  for t in 0..T {
    ys = ys + [concat([fs[t], bs[T - 1 - t]], axis = 1)]
  }
  output out = stack(ys, 1)
  loss = mse(out, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

/** The index as a tensor (a length mask, a schedule), carries of several kinds, and the
 * gradient of a loop inside the loss (second derivatives). */
const INDEXED = `
model Indexed {
  input x: f32[3, 6, 4]
  input lengths: i32[3]
  input y: f32[3, 4]
  param Wh: [4, 4] = normal(0.5)
  h = zeros([3, 4])
  c = ones([3, 4])
  for t in 1..6 {
    keep = reshape(t < lengths, [3, 1])
    n = tanh(h @ Wh + x[:, t, :] * (0.5 + 0.1 * t)) * c
    h = where(keep, n, h)
    c = c * 0.9
  }
  output out = h
  loss = mse(h, y) + 0.05 * sum(square(grad(sum(square(h)), Wh)))
  train step: minimize loss with sgd(lr = 0.1)
}`;

/** The recurrent layers' options: lengths, initial states, final states, Bidirectional. */
const LAYER_OPTIONS = `
dim N = 3
dim T = 5
model Options {
  input x: f32[N, T, 3]
  input n: i32[N]
  input y: f32[N, 8]
  bi = Bidirectional(LSTM(2, sequences = true))
  gru = GRU(4)
  enc = LSTM(4, return_state = true)
  dec = SimpleRNN(4)
  (_, h, c) = enc(x, lengths = n)
  g = gru(bi(x, lengths = n), lengths = n, h0 = h)
  d = dec(x, h0 = c)
  out = concat([g, d], axis = 1)
  output o = out
  loss = mse(out, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

const MODELS: [string, string, Record<string, number>?][] = [
  ["examples/names_lstm.kiln", example("names_lstm.kiln"), { B: 4, T: 5 }],
  ["the recurrent layers", RECURRENT],
  ["the recurrent layers over lengths, from initial states, both ways", LAYER_OPTIONS],
  ["bench/lstm.ts", LSTM_SOURCE, { B: 3, T: 6 }],
  ["nested loops", NESTED],
  ["dropout in the body", DROPOUT],
  ["both directions", BIDIRECTIONAL],
  ["the index as a tensor, second derivatives", INDEXED],
];

type Live = any;

/** Feeds for a module, from a fixed sequence; integer inputs in [1, 5). */
function feedsFor(meta: Live, dtype: "f32" | "f64"): Record<string, ArrayLike<number>> {
  const feeds: Record<string, ArrayLike<number>> = {};
  let k = 1;
  for (const i of meta.inputs) {
    const n = i.shape.reduce((a: number, b: number) => a * b, 1);
    const values = Array.from({ length: n }, () => (i.dtype === "i32" ? 1 + (k++ * 7) % 4
      : Math.sin(k++ * 1.3)));
    feeds[i.name] = i.dtype === "i32" ? Int32Array.from(values)
      : dtype === "f64" ? Float64Array.from(values) : Float32Array.from(values);
  }
  return feeds;
}

/** Everything a run gives: predictions, gradients in both modes, params after each step. */
async function runAll(source: string, loops: LoopMode, dtype: "f32" | "f64", dims?: Record<string, number>) {
  const r = compile(withSteps(source), { dtype, dims, loops, declarations: false });
  expect(r.ok, r.diagnostics.map((d) => d.message).join("\n")).toBe(true);
  const mod = await importModule(r.js);
  const feeds = feedsFor(mod.meta, dtype);
  const out: [string, ArrayLike<number>][] = [];
  const copy = (v: ArrayLike<number>) => Array.from(v);
  const model = mod.create({ seed: 4 });
  for (const [k, v] of Object.entries(model.predict(feeds))) out.push([`predict ${k}`, copy(v as ArrayLike<number>)]);
  for (const mode of ["train", "eval"]) {
    const g = model.gradients(feeds, { mode, seed: 6 });
    out.push([`${mode} loss`, [g.value]]);
    for (const [k, v] of Object.entries(g.grads)) out.push([`${mode} d${k}`, copy(v as ArrayLike<number>)]);
  }
  for (const step of ["sgd_step", "adam_step"]) {
    const m = mod.create({ seed: 4 });
    for (let s = 0; s < 3; s++) out.push([`${step} loss ${s}`, [m.train(feeds, step)]]);
    for (const [k, v] of Object.entries(m.params)) out.push([`${step} ${k}`, copy(v as ArrayLike<number>)]);
  }
  return { out, stats: r.stats!, loops: r.ir!.decls.loops };
}

async function expectSame(source: string, dtype: "f32" | "f64", dims?: Record<string, number>,
  loops: LoopMode = "roll", unrolled: string[] = []) {
  const rolled = await runAll(source, loops, dtype, dims);
  const oracle = await runAll(source, "unroll", dtype, dims);
  expect(rolled.loops.length).toBeGreaterThan(0);
  expect(rolled.loops.filter((l) => !l.rolled).map((l) => l.reason), "every loop rolls")
    .toEqual(unrolled);
  expect(rolled.stats.entries.every((e) => e.loops > 0)).toBe(true);
  const tol = dtype === "f64" ? 1e-12 : 1e-5;
  expect(rolled.out.map(([k]) => k)).toEqual(oracle.out.map(([k]) => k));
  rolled.out.forEach(([what, got], i) => {
    const want = oracle.out[i][1];
    for (let j = 0; j < want.length; j++) {
      const ok = Math.abs(got[j] - want[j]) <= tol * (1 + Math.abs(want[j]));
      if (!ok) expect.fail(`${what}[${j}]: rolled ${got[j]}, unrolled ${want[j]}`);
    }
  });
}

describe("loops that stay loops", () => {
  for (const [name, source, dims] of MODELS) {
    it(`compute what the unrolled loops do in float64: ${name}`, async () => {
      await expectSame(source, "f64", dims);
    }, 60_000);
  }
  for (const [name, source, dims] of DEEP ? MODELS : MODELS.slice(1, 3)) {
    it(`compute what the unrolled loops do in float32: ${name}`, async () => {
      await expectSame(source, "f32", dims);
    }, 60_000);
  }
  for (const [name, source, dims] of DEEP ? MODELS : [MODELS[2], MODELS[5]]) {
    it(`compute the same when their gradients recompute rather than save: ${name}`, async () => {
      await expectSame(source, "f64", dims, "recompute");
    }, 60_000);
  }
  it("keep a loop whose inner loop draws random numbers unrolled, the inner one a loop", async () => {
    const source = NESTED.replace("s = tanh(s @ W", "s = tanh(dropout(s, 0.2) @ W");
    await expectSame(source, "f64", undefined, "roll", ["a loop inside it draws random numbers"]);
  });
});

/** The benchmark's LSTM at sequence length T. */
const LENGTH = `
dim T = 10
model M {
  input x: f32[16, T, 8]
  input y: i32[16]
  lstm = LSTM(32)
  head = Dense(2)
  logits = head(lstm(x))
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-2)
}`;

describe("a loop's structure", () => {
  it("does not grow with its length: nodes, kernels and the module (but for its numbers)", () => {
    const at = (T: number) => compile(LENGTH, { dims: { T }, declarations: false });
    const [short, long] = [at(10), at(5000)];
    const shape = (r: ReturnType<typeof at>) => r.stats!.entries.map((e) =>
      ({ nodes: e.nodes, kernels: e.kernels, loops: e.loops, fused: e.fusedGroups }));
    expect(shape(long)).toEqual(shape(short));
    // Offsets and the trip count have more digits; nothing else changes.
    const code = (js: string) => js.replace(/const WASM = "[^"]*"/, "").replace(/\d+/g, "0");
    expect(code(long.js)).toBe(code(short.js));
    expect(Math.abs(long.js.length - short.js.length) / short.js.length).toBeLessThan(0.03);
  });

  it("compiles a sequence of 10,000 steps", () => {
    const r = compile(LENGTH, { dims: { T: 10_000 }, declarations: false });
    expect(r.ok).toBe(true);
    expect(r.stats!.entries[1].nodes).toBeLessThan(300);
  });

  it("leaves work that does not change from step to step outside the body", () => {
    const r = compile(`model M {
      input x: f32[2, 4, 3]
      param W: [3, 3] = normal(0.5)
      param V: [3, 3] = normal(0.5)
      h = zeros([2, 3])
      for t in 0..4 {
        h = tanh(h @ transpose(W, [1, 0]) + x[:, t, :] @ (V * 2))
      }
      output y = h
    }`, { declarations: false, optimize: 0 });
    const loop = r.ir!.predict.nodes.find((n) => n.op === "loop")!;
    const body = (loop.attrs.body as LoopBody).graph.nodes.map((n) => n.op);
    expect(body.filter((op) => op === "matmul")).toHaveLength(2);
    expect(body).not.toContain("transpose");
    expect(body).not.toContain("mul");
    expect(r.ir!.predict.nodes.map((n) => n.op)).toEqual(expect.arrayContaining(["transpose", "mul"]));
  });
});

describe("loops that cannot stay loops", () => {
  const cases: [string, string, RegExp][] = [
    ["a range bound", "h = tanh(h + sum(x[:, 0:t + 1, :], axis = 1))", /a range's bound depends on t/],
    ["a list read while it grows", "h = tanh(hs[t] + x[:, t, :])\n hs = hs + [h]",
      /the list 'hs' is read in the loop that grows it/],
    ["a carry changing shape", "h = concat([h, x[:, t, :]], axis = 0)",
      /the carried 'h' is f32\[2, 3\] before a step and f32\[4, 3\] after it/],
    ["a compile-time test of the index", "h = t == 0 ? tanh(x[:, 0, :]) : tanh(h)",
      /t is used in '==' at compile time/],
    ["a number that changes", "k = k + 1\n h = tanh(h * k)", /'k' is the number 0 before the loop/],
    ["the index as a dim", "h = h + zeros([2, t + 1])[:, 0:1]", /t is used as .*, which must be known at compile time/],
  ];
  for (const [what, body, reason] of cases) {
    it(`unroll ${what}, saying why`, async () => {
      const source = `model M {
        input x: f32[2, 4, 3]
        h = x[:, 0, :]
        hs = [h]
        k = 0
        for t in 0..4 {
          ${body}
        }
        output y = h
      }`;
      const r = compile(source, { declarations: false, dtype: "f64" });
      expect(r.ok, r.diagnostics.map((d) => d.message).join("\n")).toBe(true);
      const [loop] = r.ir!.decls.loops;
      expect(loop.rolled).toBe(false);
      expect(loop.reason).toMatch(reason);
      expect(r.stats!.entries[0].loops).toBe(0);
      // The same module as asked for directly.
      const u = compile(source, { declarations: false, dtype: "f64", loops: "unroll" });
      expect(r.js).toBe(u.js);
    });
  }
});

describe("a loop's finite-value checks", () => {
  it("name the op, its line, the step and the loop's line; nested, the outer steps too", async () => {
    const source = `model M {
  input x: f32[2, 5, 3]
  h = ones([2, 3])
  for t in 0..5 {
    for u in 0..2 {
      h = h * x[:, t, :] + u
    }
  }
  output y = h
}`;
    const x = new Float32Array(30);
    for (const optimize of [0, 2] as const) {
      x.fill(0.5);
      for (let i = 0; i < 3; i++) x[6 + i] = x[9 + i] = 1e30;
      const r = compile(source, { file: "m.kiln", optimize, declarations: false });
      const model = (await importModule(r.js)).create({ checkFinite: true });
      expect(() => model.predict({ x })).toThrow(new RegExp(`^predict: (mul|add) at m.kiln:6:11 ` +
        `produced Infinity \\(element 0 of its f32\\[2, 3\\] result\\) at step 1 of the loop at ` +
        `m.kiln:5:5 \\(steps 2, 1 of the loops around it, outermost first\\)`));
      x.fill(0.5);
      expect(() => model.predict({ x })).not.toThrow();
    }
  });
});
