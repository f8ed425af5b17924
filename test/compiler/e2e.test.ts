// End to end: model sources compiled to modules, run, and compared with values computed
// independently (by hand, or by the reference interpreter on the same graph).
import { runInNewContext } from "node:vm";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { compile, compileToModel, importModule } from "../../compiler/index.ts";
import { evaluate } from "../../compiler/ir/interpret.ts";
import { tensor, type Tensor } from "../../compiler/ir/tensor.ts";
import { Rng } from "../../runtime/rng.ts";

const MLP = `
dim B = 4
model Mlp {
  input x: f32[B, 3]
  input y: i32[B]
  fc1 = Dense(5, act = tanh)
  fc2 = Dense(2)
  logits = x |> fc1 |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y) + 1e-3 * l2(fc1.W, fc2.W)
  train step: minimize loss with sgd(lr = 0.1)
}`;

const feeds = () => ({
  x: new Float64Array(12).map((_, i) => Math.sin(i + 1)),
  y: new Int32Array([0, 1, 1, 0]),
});

describe("compiled modules", () => {
  it("computes the same gradients as the reference interpreter on the same graph", async () => {
    const r = compile(MLP, { dtype: "f64", declarations: false });
    expect(r.ok).toBe(true);
    const mod = await importModule(r.js);
    const model = mod.create({ seed: 3 });
    const f = feeds();
    const { value, grads } = model.gradients(f);
    const params = new Map<string, Tensor>();
    for (const p of mod.meta.params) params.set(p.name, tensor(p.shape, model.params[p.name]));
    const inputs = new Map<string, Tensor>([["x", tensor([4, 3], f.x)], ["y", tensor([4], f.y)]]);
    const g = r.ir!.gradients.find((e) => e.mode === "train")!;
    const ref = evaluate(g.graph, { inputs, params });
    expect(value).toBeCloseTo(ref.get("loss")!.data[0], 12);
    for (const name of ["fc1.W", "fc1.b", "fc2.W", "fc2.b", "x"]) {
      const want = ref.get(name)!.data;
      expect(Array.from(grads[name] as Float64Array).map((v, i) => v - want[i])
        .every((d) => Math.abs(d) < 1e-12)).toBe(true);
    }
  });

  it("predict needs only the inputs its outputs depend on, and returns live views", async () => {
    const mod = await compileToModel(MLP);
    const model = mod.create({ seed: 1 });
    const out = model.predict({ x: new Float32Array(12).fill(0.5) });
    expect(out.probs).toBeInstanceOf(Float32Array);
    expect(out.probs.length).toBe(8);
    for (let i = 0; i < 4; i++) expect(out.probs[2 * i] + out.probs[2 * i + 1]).toBeCloseTo(1, 6);
    const before = out.probs[0];
    model.predict({ x: new Float32Array(12).fill(-3) });
    expect(out.probs[0]).not.toBe(before);
  });

  it("names params of nested instances with dots and honours --dim", async () => {
    const src = `
dim B = 2
layer Two(h)(x: [N, K]) {
  a = Dense(h, act = relu)
  b = Dense(1)
  return b(a(x))
}
model G {
  input z: f32[B, 3]
  gen = Two(4)
  output y = gen(z)
}`;
    const r = compile(src, { dims: { B: 7 }, declarations: false });
    expect(r.ok).toBe(true);
    const mod = await importModule(r.js);
    expect(mod.meta.params.map((p: { name: string }) => p.name))
      .toEqual(["gen.a.W", "gen.a.b", "gen.b.W", "gen.b.b"]);
    expect(mod.meta.inputs[0].shape).toEqual([7, 3]);
    expect(mod.meta.outputs[0].shape).toEqual([7, 1]);
  });

  it("shares weights when an instance is called twice", async () => {
    const src = `
model M {
  input a: f32[2, 3]
  input b: f32[2, 3]
  fc = Dense(2)
  output s = fc(a) + fc(b)
  loss = mean(s * s)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const r = compile(src, { dtype: "f64", declarations: false });
    const mod = await importModule(r.js);
    expect(mod.meta.params.map((p: { name: string }) => p.name)).toEqual(["fc.W", "fc.b"]);
    const m = mod.create();
    const a = new Float64Array([1, 2, 3, 4, 5, 6]), b = new Float64Array([0, 1, 0, 1, 0, 1]);
    const W = Array.from(m.params["fc.W"] as Float64Array), bias = Array.from(m.params["fc.b"] as Float64Array);
    const s = m.predict({ a, b }).s;
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        let want = 2 * bias[j];
        for (let k = 0; k < 3; k++) want += (a[i * 3 + k] + b[i * 3 + k]) * W[k * 2 + j];
        expect(s[i * 2 + j]).toBeCloseTo(want, 12);
      }
    }
  });

  it("builds over Float64Array with --dtype f64", async () => {
    const mod = await compileToModel(MLP, { dtype: "f64" });
    const m = mod.create();
    expect(m.params["fc1.W"]).toBeInstanceOf(Float64Array);
    expect(() => m.predict({ x: new Float32Array(12) })).not.toThrow(); // copied, right length
    expect(() => m.predict({ x: new Float64Array(11) })).toThrow(TypeError);
  });

  it("trains: the loss falls and train returns the loss before the update", async () => {
    const mod = await compileToModel(MLP, { dtype: "f64" });
    const m = mod.create({ seed: 5 });
    const f = feeds();
    const first = m.gradients(f).value;
    expect(m.train(f)).toBeCloseTo(first, 12);
    let last = first;
    for (let i = 0; i < 100; i++) last = m.train(f);
    expect(last).toBeLessThan(first * 0.5);
  });

  it("saves and loads params, state and optimizer state; a bad file changes nothing", async () => {
    const src = MLP.replace("sgd(lr = 0.1)", "adam(lr = 0.01)");
    const mod = await compileToModel(src);
    const a = mod.create({ seed: 1 }), b = mod.create({ seed: 2 });
    const f = feeds();
    for (let i = 0; i < 3; i++) a.train(f);
    b.load(a.save());
    expect(Array.from(b.params["fc1.W"])).toEqual(Array.from(a.params["fc1.W"]));
    // Same optimizer state and step count: the next steps agree exactly.
    expect(b.train(f)).toBe(a.train(f));
    expect(Array.from(b.params["fc2.W"])).toEqual(Array.from(a.params["fc2.W"]));
    const other = await compileToModel(src.replace("Dense(5", "Dense(6"));
    const c = other.create();
    const before = Array.from(c.params["fc2.b"]);
    expect(() => c.load(a.save())).toThrow(/shape/);
    expect(Array.from(c.params["fc2.b"])).toEqual(before);
  });
});

describe("optimizers follow torch.optim", () => {
  // loss = sum(w * x): the gradient is x, so each update can be written out by hand.
  const source = (opt: string) => `
model Lin {
  input x: f32[3]
  param w: [3] = ones
  loss = sum(w * x)
  train step: minimize loss with ${opt}
}`;
  const x = new Float64Array([0.5, -2, 3]);
  const run = async (opt: string, steps: number) => {
    const m = (await compileToModel(source(opt), { dtype: "f64" })).create();
    for (let i = 0; i < steps; i++) m.train({ x });
    return Array.from(m.params.w as Float64Array);
  };
  const close = (got: number[], want: number[]) =>
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));

  it("sgd", async () => close(await run("sgd(lr = 0.1)", 2), [...x].map((g) => 1 - 0.2 * g)));
  it("momentum and nesterov", async () => {
    // buf1 = g, buf2 = 0.9 g + g; p -= lr * buf (nesterov: lr * (g + 0.9 buf)).
    close(await run("momentum(lr = 0.1)", 2), [...x].map((g) => 1 - 0.1 * g - 0.1 * 1.9 * g));
    close(await run("momentum(lr = 0.1, nesterov = true)", 2),
      [...x].map((g) => 1 - 0.1 * (g + 0.9 * g) - 0.1 * (g + 0.9 * 1.9 * g)));
  });
  it("rmsprop", async () => {
    close(await run("rmsprop(lr = 0.01)", 2), [...x].map((g) => {
      let p = 1, sq = 0;
      for (let t = 0; t < 2; t++) { sq = 0.99 * sq + 0.01 * g * g; p -= 0.01 * g / (Math.sqrt(sq) + 1e-8); }
      return p;
    }));
  });
  it("adam with bias correction", async () => {
    close(await run("adam(lr = 0.1)", 3), [...x].map((g) => {
      let p = 1, m = 0, v = 0;
      for (let t = 1; t <= 3; t++) {
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g;
        p -= 0.1 * (m / (1 - 0.9 ** t)) / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8);
      }
      return p;
    }));
  });
  it("adamw decays weights before the adam step", async () => {
    close(await run("adamw(lr = 0.1, weight_decay = 0.5)", 2), [...x].map((g) => {
      let p = 1, m = 0, v = 0;
      for (let t = 1; t <= 2; t++) {
        p *= 1 - 0.1 * 0.5;
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g;
        p -= 0.1 * (m / (1 - 0.9 ** t)) / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8);
      }
      return p;
    }));
  });
  it("clips the global gradient norm", async () => {
    // |g| = sqrt(0.25 + 4 + 9) = 3.64; clipped to 1 (PyTorch's 1e-6 guard included).
    const norm = Math.hypot(...x);
    close(await run("sgd(lr = 1, clip_norm = 1)", 1), [...x].map((g) => 1 - g * (1 / (norm + 1e-6))));
  });
  it("setLearningRate changes the step size at run time", async () => {
    const m = (await compileToModel(source("sgd(lr = 0.1)"), { dtype: "f64" })).create();
    m.setLearningRate("step", 0.5);
    expect(m.getLearningRate("step")).toBe(0.5);
    m.train({ x });
    close(Array.from(m.params.w as Float64Array), [...x].map((g) => 1 - 0.5 * g));
  });
});

describe("declarations", () => {
  it("type-check against a usage file, and reject misuse", () => {
    const r = compile(MLP);
    const project = new Project({ useInMemoryFileSystem: true,
      compilerOptions: { strict: true, target: 9 /* ES2022 */, lib: ["lib.es2022.d.ts"] } });
    project.createSourceFile("/m/model.d.ts", r.dts);
    project.createSourceFile("/m/use.ts", `
import { create, meta } from "./model";
const m = create({ seed: 1 });
const out: Float32Array = m.predict({ x: new Float32Array(12) }).probs;
const loss: number = m.train({ x: new Float32Array(12), y: new Int32Array(4) });
const g: Float32Array = m.gradients({ x: [0], y: [0] }, { loss: "loss", mode: "eval" }).grads["fc1.W"];
m.setLearningRate("step", 0.1);
const w: Float32Array = m.params["fc2.b"];
const labels: Int32Array = m.inputs.y;
m.inputs.x.set([1, 2, 3]);
m.predict({ x: m.inputs.x });
const bytes: Uint8Array = m.save();
m.load(bytes);
export const used = [out, loss, g, w, labels, meta.arenaBytes];
`);
    const diags = project.getPreEmitDiagnostics().map((d) => d.getMessageText());
    expect(diags).toEqual([]);
    project.createSourceFile("/m/bad.ts", `
import { create } from "./model";
const m = create();
m.predict({ x: new Float32Array(12) }).prob;
m.params["fc3.W"];
m.train({ x: new Float32Array(12), y: new Int32Array(4) }, "stepp");
const ids: Float32Array = m.inputs.y;
`);
    const bad = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath() === "/m/bad.ts");
    expect(bad.length).toBe(4);
  });
});

describe("feeds", () => {
  it("are copied into each input's slot in the arena, and its view is taken as it is", async () => {
    const m = (await compileToModel(MLP)).create({ seed: 2 });
    const x = new Float32Array(12).map((_, i) => Math.cos(i));
    const y = new Int32Array([0, 1, 2, 0]);
    expect(Object.isFrozen(m.inputs)).toBe(true);
    expect(m.inputs.x).toBeInstanceOf(Float32Array);
    expect(m.inputs.y).toBeInstanceOf(Int32Array);
    expect([m.inputs.x.length, m.inputs.y.length]).toEqual([12, 4]);
    expect(m.inputs.x.buffer).toBe(m.arena);
    const want = Float32Array.from(m.predict({ x }).probs);
    expect([...m.inputs.x]).toEqual([...x]);
    // The caller's array is not kept: changing it changes nothing until the next call.
    x.fill(7);
    m.inputs.x.set([...m.inputs.x].map((_, i) => Math.cos(i)));
    expect([...m.predict({ x: m.inputs.x }).probs]).toEqual([...want]);
    // A bad feed throws before any feed is copied: the slots keep what they held.
    const held = [...m.inputs.x];
    expect(() => m.train({ x: new Float32Array(12).fill(5), y: [0, 1, 2, 0.5] })).toThrow(TypeError);
    expect(() => m.gradients({ x: new Float32Array(12).fill(5), y: "no" })).toThrow(TypeError);
    expect([...m.inputs.x]).toEqual(held);
    const twin = (await compileToModel(MLP)).create({ seed: 2 });
    m.inputs.y.set(y);
    const lossA = m.train({ x: m.inputs.x, y: m.inputs.y });
    const lossB = twin.train({ x: Float32Array.from({ length: 12 }, (_, i) => Math.cos(i)), y });
    expect(lossA).toBe(lossB);
  });
});

describe("portability", () => {
  it("runs with only ECMAScript, WebAssembly and TextEncoder/TextDecoder, as in a browser", async () => {
    const src = MLP.replace("x: f32[B, 3]", "x: f32[B, 32]").replace("Dense(5, act = tanh)",
      "Dense(16, act = tanh)").replace("dim B = 4", "dim B = 16");
    const r = compile(src, { declarations: false });
    // A fresh V8 context has no process, Buffer, require, atob or Node modules; the module
    // has no imports, so dropping its `export`s makes it a script.
    const script = `${r.js.replace(/^export (?=const |function )/gm, "")}\n({ create, meta });`;
    const bare = runInNewContext(script, { TextEncoder, TextDecoder });
    const here = (await importModule(r.js)).create({ seed: 4 });
    const there = bare.create({ seed: 4 });
    expect(there.backend).toBe("simd");
    expect(there.arena.byteLength % 65536).toBe(0); // its own WebAssembly memory
    const x = new Float32Array(16 * 32).map((_, i) => Math.sin(i));
    const y = new Int32Array(16).map((_, i) => i % 2);
    expect(there.train({ x, y })).toBe(here.train({ x, y }));
    expect([...there.predict({ x }).probs]).toEqual([...here.predict({ x }).probs]);
    here.load(there.save());
    expect([...here.params["fc1.W"]]).toEqual([...there.params["fc1.W"]]);
  });
});

describe("random draws", () => {
  it("dropout draws a fresh mask each step but repeats under gradients({ seed })", async () => {
    const src = `
model D {
  input x: f32[1, 64]
  param w: [64] = ones
  h = dropout(x * w, 0.5)
  loss = sum(h)
  train step: minimize loss with sgd(lr = 0)
}`;
    const m = (await compileToModel(src, { dtype: "f64" })).create({ seed: 9 });
    const x = new Float64Array(64).fill(1);
    const a = m.train({ x }), b = m.train({ x });
    expect(a).not.toBe(b); // different masks
    expect(a % 2).toBe(0); // kept units are scaled by 1 / (1 - 0.5)
    const g1 = m.gradients({ x }, { seed: 4 }).value, g2 = m.gradients({ x }, { seed: 4 }).value;
    expect(g1).toBe(g2);
    expect(m.gradients({ x }, { mode: "eval" }).value).toBe(64);
    void Rng;
  });
});

describe("kernel sharing", () => {
  it("runs an unrolled loop's time steps through shared kernel functions, with equal results", async () => {
    const src = `
model L {
  input x: f32[4, 12, 3]
  input y: i32[4]
  lstm = LSTM(8)
  head = Dense(2)
  loss = cross_entropy(head(lstm(x)), y)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const r = compile(src, { dtype: "f64", declarations: false, loops: "unroll" });
    const fns = r.js.match(/^function k\d+\(/gm)!.length;
    const calls = r.js.match(/^function run_step0\(c\) \{([\s\S]*?)\n\}/m)![1].match(/^k\d+\(/gm)!.length;
    expect(fns * 2).toBeLessThan(calls);
    // Same losses as the unoptimized module, whose kernels are one per node.
    const a = (await importModule(r.js)).create({ seed: 2 });
    const b = (await compileToModel(src, { dtype: "f64", optimize: 0, loops: "unroll" })).create({ seed: 2 });
    const x = new Float64Array(4 * 12 * 3).map((_, i) => Math.sin(i));
    const y = new Int32Array([0, 1, 1, 0]);
    for (let s = 0; s < 3; s++) expect(a.train({ x, y })).toBeCloseTo(b.train({ x, y }), 10);
  });
});

describe("feeds", () => {
  it("take any array-like of the right length: arrays, other typed arrays, { length, 0: ... }", async () => {
    const m = (await compileToModel(MLP, { dtype: "f64" })).create({ seed: 1 });
    const x = feeds().x;
    const want = [...m.predict({ x }).probs];
    const like: Record<string, number> & { length: number } = { length: x.length };
    x.forEach((v, i) => (like[i] = v));
    expect([...m.predict({ x: like }).probs]).toEqual(want);
    expect([...m.predict({ x: [...x] }).probs]).toEqual(want);
    expect([...m.predict({ x: Float32Array.from(x) }).probs]).not.toEqual([]);
    expect(() => m.predict({ x: { length: 3 } })).toThrow(TypeError);
  });
});

describe("resumption", () => {
  it("continues bit for bit from save(), dropout draws included", async () => {
    const src = MLP.replace("logits = x |> fc1 |> fc2", "logits = x |> fc1 |> dropout(0.5) |> fc2")
      .replace("sgd(lr = 0.1)", "adam(lr = 0.01)");
    const mod = await compileToModel(src);
    const f = feeds();
    const x = Float32Array.from(f.x), y = f.y;
    const a = mod.create({ seed: 7 });
    for (let s = 0; s < 2; s++) a.train({ x, y });
    const saved = a.save();
    const rest = [0, 1, 2].map(() => a.train({ x, y }));
    const b = mod.create({ seed: 99 });
    b.load(saved);
    expect([0, 1, 2].map(() => b.train({ x, y }))).toEqual(rest);
    expect([...b.params["fc1.W"]]).toEqual([...a.params["fc1.W"]]);
  });
});
