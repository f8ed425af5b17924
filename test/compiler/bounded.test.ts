// A bounded dim (`dim B <= 8`): one module runs any batch from 1 to the bound. Each batch must
// compute what a module compiled for exactly that batch computes: predictions, gradients, and
// params after optimizer steps, in float64 (1e-12) and float32 (1e-5).
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { compile, compileToModel, importModule } from "../../compiler/index.ts";

const BOUND = 6;

const MLP = `
dim B <= ${BOUND}
model Mlp {
  input x: f32[B, 5]
  input y: i32[B]
  fc1 = Dense(7, act = tanh)
  fc2 = Dense(3)
  logits = x |> fc1 |> dropout(0.25) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y) + 1e-3 * l2(fc1.W, fc2.W)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

/** Products large enough for the SIMD kernels: a fixed module applies their bias and
 * activation as they store (compiler/emit/wasm/epilogue.ts), a bounded one over the rows fed. */
const WIDE = `
dim B <= ${BOUND}
model Wide {
  input x: f32[B, 40]
  input y: i32[B]
  fc1 = Dense(24, act = relu)
  fc2 = Dense(16, act = sigmoid)
  fc3 = Dense(3)
  logits = x |> fc1 |> fc2 |> fc3
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

const CNN = `
dim B <= ${BOUND}
model Cnn {
  input x: f32[B, 1, 6, 6]
  input y: i32[B]
  conv = Conv2D(3, 3, padding = "same")
  bn = BatchNorm()
  pool = MaxPool2D(2)
  flat = Flatten()
  fc = Dense(4)
  h = x |> conv |> relu |> bn |> pool |> flat
  logits = fc(h)
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

/** The second convolution's patches, 4 * 9 * 16 * 16 floats a sample, come 3 samples to a
 * chunk (compiler/emit/js/conv.ts): a batch of 4 is a chunk of 3, then one of 1. */
const CHUNKED = `
dim B <= ${BOUND}
model Chunked {
  input x: f32[B, 1, 16, 16]
  input y: i32[B]
  c1 = Conv2D(4, 3, padding = 1)
  c2 = Conv2D(4, 3, padding = 1)
  pool = MaxPool2D(4)
  flat = Flatten()
  fc = Dense(3)
  logits = x |> c1 |> relu |> c2 |> relu |> pool |> flat |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

const RNN = `
dim B <= ${BOUND}
model Rnn {
  input x: f32[B, 4, 3]
  input y: f32[B, 2]
  rnn = GRU(5)
  fc = Dense(2)
  pred = x |> rnn |> fc
  output out = pred
  loss = mse(pred, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

const BILSTM = `
dim B <= ${BOUND}
model Tagger {
  input ids: i32[B, 4]
  input n: i32[B]
  input y: i32[B]
  embed = Embedding(5, 3)
  rnn = Bidirectional(LSTM(3))
  head = Dense(2)
  logits = embed(ids) |> rnn(lengths = n) |> head
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

const ATTENTION = `
dim B <= ${BOUND}
model Attend {
  input x: f32[B, 3, 4]
  input y: f32[B, 3, 4]
  ln = LayerNorm()
  attn = MultiHeadAttention(2, causal = true)
  h = ln(x)
  out = x + attn(h, h, h)
  output z = out
  loss = mse(out, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

/** Tensors computed into their slices of a concat along axis 1, rows of the batch fed
 * apart by the concat's row (compiler/emit/slices.ts). */
const JOINED = `
dim B <= ${BOUND}
model Joined {
  input x: f32[B, 3]
  input y: f32[B, 2]
  param w: [3] = normal(0.5)
  fc = Dense(2)
  pred = fc(concat([x * w, x - w, x * x], axis = 1))
  output out = pred
  loss = mse(pred, y)
  train sgd_step: minimize loss with sgd(lr = 0.1)
  train adam_step: minimize loss with adam(lr = 0.01)
}`;

type Model = Awaited<ReturnType<typeof compileToModel>>;
type Instance = ReturnType<Model["create"]>;

/** Deterministic feeds for a batch of n: floats from a sine, integers from 1 to `classes`
 * (labels, ids, lengths) but for labels `y`, from 0. */
function feedsFor(meta: Model["meta"], n: number, classes: number, dtype: "f32" | "f64") {
  const out: Record<string, Float32Array | Float64Array | Int32Array> = {};
  for (const input of meta.inputs as { name: string; dtype: string; shape: number[] }[]) {
    const len = (input.shape.reduce((a, b) => a * b, 1) / BOUND) * n;
    const values = Array.from({ length: len }, (_, i) => Math.sin(1.3 * i + 0.5));
    out[input.name] = input.dtype === "i32"
      ? Int32Array.from({ length: len }, (_, i) => (i * 7 + 1) % classes + +(input.name !== "y"))
      : dtype === "f32" ? Float32Array.from(values) : Float64Array.from(values);
  }
  return out;
}

function close(got: ArrayLike<number>, want: ArrayLike<number>, tol: number, what: string) {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(got[i] - want[i]);
    if (!(d <= tol * Math.max(1, Math.abs(want[i])))) {
      expect.fail(`${what}[${i}]: ${got[i]} vs ${want[i]}`);
    }
  }
}

/** Runs the same calls on both models and compares every result. */
function sameRuns(a: Instance, b: Instance, feeds: Record<string, ArrayLike<number>>,
  tol: number, label: string) {
  const pa = a.predict(feeds), pb = b.predict(feeds);
  for (const k of Object.keys(pb)) close(pa[k], pb[k], tol, `${label} predict ${k}`);
  const ga = a.gradients(feeds, { seed: 5 }), gb = b.gradients(feeds, { seed: 5 });
  close([ga.value], [gb.value], tol, `${label} loss`);
  for (const k of Object.keys(gb.grads)) close(ga.grads[k], gb.grads[k], tol, `${label} grad ${k}`);
  for (const step of ["sgd_step", "adam_step"]) {
    for (let s = 0; s < 3; s++) {
      close([a.train(feeds, step)], [b.train(feeds, step)], tol, `${label} ${step} loss ${s}`);
    }
    for (const k of Object.keys(b.params)) close(a.params[k], b.params[k], tol, `${label} ${k}`);
    for (const k of Object.keys(b.state)) close(a.state[k], b.state[k], tol, `${label} ${k}`);
  }
}

const cases = [["MLP", MLP, 3], ["MLP of SIMD products", WIDE, 3], ["CNN with BatchNorm", CNN, 4],
  ["CNN whose convolutions run in chunks of samples", CHUNKED, 3], ["GRU", RNN, 2],
  ["embedding and a masked bidirectional LSTM", BILSTM, 2], ["attention", ATTENTION, 2],
  ["a concat along axis 1", JOINED, 2]] as const;
/** The keys' bias gets no gradient from softmax attention (adding one number to every score
 * of a row changes nothing): in float32 it is rounding noise of 1e-8, which Adam scales up
 * to whole steps, differently for two ways of summing it. Float64 keeps the noise at 1e-17. */
const DTYPES = (name: string) => (name === "attention" ? ["f64"] as const : ["f64", "f32"] as const);

describe("a bounded dim", () => {
  for (const [name, source, classes] of cases) {
    for (const dtype of DTYPES(name)) {
      it(`${name} (${dtype}): each batch from 1 to the bound computes what a module ` +
        `compiled for it does`, async () => {
        const bounded = await compileToModel(source, { dtype });
        const tol = dtype === "f64" ? 1e-12 : 1e-5;
        for (const n of [1, 4, BOUND]) {
          const fixed = await compileToModel(source.replace(`dim B <= ${BOUND}`, `dim B = ${n}`),
            { dtype });
          const a = bounded.create({ seed: 9 }), b = fixed.create({ seed: 9 });
          sameRuns(a, b, feedsFor(bounded.meta, n, classes, dtype), tol, `n = ${n}`);
        }
      });
    }
  }

  it("runs a product over the rows fed as SIMD tiles and last rows, as its JS loops do", async () => {
    // Every batch from 1 to the bound but the bound's own: whole tiles (4 rows, 2 for A B^T),
    // then the last one to three rows, each by the kernel made for that many
    // (runtime/fallback.ts, kilnRows), or all rows by the generic product without SIMD.
    const js = compile(WIDE, { declarations: false }).js!;
    expect(js).toMatch(/kilnRows\(F, T\d+, .*, false\);/);
    expect(js).toMatch(/kilnRows\(F, T\d+, .*, true\);/);
    const simd = await importModule(js);
    const loops = await importModule(js.replace(/^const WASM = .*;$/m, "const WASM = null;"));
    for (let n = 1; n < BOUND; n++) {
      const a = simd.create({ seed: 9 }), b = loops.create({ seed: 9 });
      expect([a.backend, b.backend]).toEqual(["simd", "js"]);
      sameRuns(a, b, feedsFor(simd.meta as Model["meta"], n, 3, "f32"), 1e-5, `n = ${n}`);
    }
  });

  it("keeps the recurrent layer's loop a loop, whose body runs over the batch fed", () => {
    const r = compile(RNN, { declarations: false });
    expect(r.ir!.decls.loops.length).toBeGreaterThan(0);
    expect(r.ir!.decls.loops.every((l) => l.rolled)).toBe(true);
  });

  it("reads a bounded dim used as a number as the batch fed", async () => {
    const mod = await compileToModel(`
dim B <= ${BOUND}
model M {
  input x: f32[B, 2]
  output y = sum(x, axis = 0) / B + 0 * x[:, 0:2]
}`, { dtype: "f64" });
    const model = mod.create();
    const { y } = model.predict({ x: new Float64Array([1, 2, 3, 4, 5, 6]) });
    expect(Array.from(y)).toEqual([3, 4, 3, 4, 3, 4]);
  });

  it("takes the short last batch of an epoch after full ones", async () => {
    const mod = await compileToModel(MLP, { dtype: "f64" });
    const model = mod.create({ seed: 1 });
    const full = feedsFor(mod.meta, BOUND, 3, "f64"), last = feedsFor(mod.meta, 2, 3, "f64");
    model.train(full, "sgd_step");
    const loss = model.train(last, "sgd_step");
    expect(Number.isFinite(loss)).toBe(true);
    expect(model.predict(last).probs.length).toBe(2 * 3);
    expect(model.predict(full).probs.length).toBe(BOUND * 3);
  });

  it("rejects a batch of 0, past the bound, or not whole, changing nothing", async () => {
    const mod = await compileToModel(MLP, { dtype: "f64" });
    const model = mod.create({ seed: 1 });
    const ok = feedsFor(mod.meta, 3, 3, "f64");
    const before = model.predict(ok).probs.slice();
    const params = Object.fromEntries(Object.entries(model.params)
      .map(([k, v]) => [k, Array.from(v as Float64Array)]));
    const bad = [
      { x: new Float64Array(0), y: new Int32Array(0) },
      { x: new Float64Array(5 * (BOUND + 1)), y: new Int32Array(BOUND + 1) },
      { x: new Float64Array(7), y: new Int32Array(1) },
      { x: new Float64Array(10), y: new Int32Array(3) },
    ];
    for (const feeds of bad) expect(() => model.train(feeds, "sgd_step")).toThrow(TypeError);
    for (const feeds of bad.slice(0, 3)) expect(() => model.predict(feeds)).toThrow(TypeError);
    expect(() => model.predict({ x: new Float64Array(5 * (BOUND + 1)) }))
      .toThrow(`input 'x' expects f64[n, 5] with a batch n from 1 to ${BOUND}`);
    expect(() => model.train({ x: new Float64Array(10), y: new Int32Array(3) }, "sgd_step"))
      .toThrow("input 'y' holds a batch of 3 but input 'x' one of 2");
    for (const [k, v] of Object.entries(params)) expect(Array.from(model.params[k])).toEqual(v);
    expect(Array.from(model.predict(ok).probs)).toEqual(Array.from(before));
  });
});

describe("a bounded dim's declarations", () => {
  it("say which batches each tensor takes, and type-check", () => {
    const r = compile(MLP);
    expect(r.dts).toContain(`f32[n, 5] for a batch of n from 1 to ${BOUND}: 5 * n elements`);
    expect(r.dts).toContain(`f32[n, 3] for a batch of n from 1 to ${BOUND}`);
    expect(r.dts).toContain("f32[5, 7], 35 elements");
    expect(r.dts).toContain(`batch: { bound: number }`);
    const project = new Project({ useInMemoryFileSystem: true,
      compilerOptions: { strict: true, target: 9 /* ES2022 */, lib: ["lib.es2022.d.ts"] } });
    project.createSourceFile("/m/model.d.ts", r.dts);
    project.createSourceFile("/m/use.ts", `
import { create, meta } from "./model";
const m = create({ seed: 1 });
const out: Float32Array = m.predict({ x: new Float32Array(10) }).probs;
const loss: number = m.train({ x: new Float32Array(5), y: new Int32Array(1) }, "adam_step");
const g: Float32Array = m.gradients({ x: [0], y: [0] }).grads.x;
export const used = [out, loss, g, meta.batch?.bound];
`);
    expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText())).toEqual([]);
  });
});

describe("a bounded module's finite-value checks", () => {
  it("check a short batch's results after a full one, and still find a NaN", async () => {
    const mod = await compileToModel(MLP, { dtype: "f64" });
    const model = mod.create({ seed: 1, checkFinite: true });
    // Rows past a short batch hold what a longer one left: not this call's results.
    model.predict(feedsFor(mod.meta, BOUND, 3, "f64"));
    const x = new Float64Array(5 * 2).fill(0.5);
    expect(model.predict({ x }).probs.length).toBe(2 * 3);
    (model.params["fc1.W"] as Float64Array)[0] = Infinity;
    expect(() => model.predict({ x })).toThrow(RangeError);
  });
});
