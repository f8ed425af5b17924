// Safe run time: what a compiled module says when it is called wrongly, and what
// create({ checkFinite: true }) reports when a NaN or an infinity appears.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compile, compileToModel, type LiveModule } from "../../compiler/index.ts";

const SOURCE = `dim B = 2
model M {
  input x: f32[B, 3]
  input y: i32[B]
  fc = Dense(2)
  logits = fc(x)
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train fit: minimize loss with sgd(lr = 0.1)
  train tune: minimize loss over fc.b with adam(lr = 0.01)
}`;

const mod = await compileToModel(SOURCE, { file: "m.kiln" });
const x = new Float32Array([1, 2, 3, 4, 5, 6]);
const y = new Int32Array([0, 1]);

const error = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const m = mod.create();
const feedA = "input 'x' expects f32[2, 3] (a Float32Array of length 6) but got";
const WRONG: [string, () => unknown, string][] = [
    ["a feed of the wrong type", () => m.predict({ x: "abc" }), `${feedA} the string "abc"`],
    ["a feed of the wrong length", () => m.predict({ x: new Float32Array(5) }),
      `${feedA} a Float32Array of length 5`],
    ["a nested array", () => m.predict({ x: [[1, 2, 3], [4, 5, 6]] }), `${feedA} an Array of length 2`],
    ["a fraction for an integer input", () => m.train({ x, y: [0, 1.5] }, "fit"),
      "input 'y' expects i32[2] (an Int32Array of length 2) but got an Array of length 2 whose " +
      "element 1 is 1.5, not a 32-bit integer"],
    ["a missing input", () => m.train({ x }, "fit"), "train 'fit' needs input 'y'"],
    ["a misspelt input", () => m.predict({ X: x }), "predict got unknown input 'X' (did you mean 'x'?)"],
    ["an extra input", () => m.predict({ x, labels: y }),
      "predict got unknown input 'labels' (inputs: 'x', 'y')"],
    ["a typed array for the feeds object", () => m.predict(x),
      "predict expects an object of inputs, like { x: ... }, but got a Float32Array of length 6"],
    ["a Map for the feeds object", () => m.predict(new Map([["x", x]])),
      "predict expects an object of inputs, like { x: ... }, but got a Map"],
    ["no step name with several steps", () => m.train({ x, y }),
      "train needs a step name: this model has steps 'fit', 'tune'"],
    ["a step that does not exist", () => m.train({ x, y }, "fitt"),
      "train: no train step 'fitt'; this model has 'fit', 'tune'"],
    ["a learning rate for a step that does not exist", () => m.setLearningRate("nope", 1),
      "setLearningRate: no train step 'nope'; this model has 'fit', 'tune'"],
    ["a negative learning rate", () => m.setLearningRate("fit", -1),
      "setLearningRate: lr must be a finite number >= 0, not -1"],
    ["gradients of an unknown loss", () => m.gradients({ x, y }, { loss: "nope" }),
      "gradients: no loss named 'nope'; the model's losses are 'loss'"],
    ["gradients with a misspelt option", () => m.gradients({ x, y }, { seeed: 1 }),
      "gradients: unknown option 'seeed'; the options are loss, mode and seed"],
    ["gradients with options that are not an object", () => m.gradients({ x, y }, "loss"),
      "gradients: options must be an object like { loss, mode, seed }, not string"],
    ["load of something else than bytes", () => m.load([1, 2, 3]),
      "load expects the Uint8Array that save() returns"],
    ["create with null options", () => mod.create(null as never),
      "create expects an options object like { seed: 42 }, not null"],
    ["create with a misspelt option", () => mod.create({ sed: 1 } as never),
      "create: unknown option 'sed'; the options are seed and checkFinite"],
    ["create with a checkFinite that is not a boolean", () => mod.create({ checkFinite: 1 } as never),
      "create: checkFinite must be true or false, not number"],
];

describe("calls that are wrong", () => {
  it.each(WRONG)("%s", (_what, call, message) => {
    const e = error(call);
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe(message);
  });

  it("are all shown in docs/errors.md", () => {
    const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
    for (const [, , message] of WRONG) expect(doc).toMatch(new RegExp(`\n *${escape(message)}\n`));
  });

  it("a model with no step says so", async () => {
    const only = (await compileToModel("model M {\n  input x: f32[2]\n  output y = x\n}")).create();
    expect(error(() => only.train({ x: [1, 2] })).message).toBe("train: this model has no train step");
  });
});

describe("create() when memory cannot be had", () => {
  afterEach(() => vi.unstubAllGlobals());
  const failing = (what: string) => class {
    constructor() {
      throw new RangeError(`${what} allocation failed`);
    }
  };

  it("throws a RangeError saying how much it asked for", () => {
    vi.stubGlobal("ArrayBuffer", failing("Array buffer"));
    vi.stubGlobal("WebAssembly", { ...WebAssembly, Memory: failing("WebAssembly memory") });
    const e = error(() => mod.create());
    vi.unstubAllGlobals();
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe(`create: cannot allocate the model's memory, ${mod.meta.arenaBytes} ` +
      "bytes (Array buffer allocation failed)");
  });

  it("falls back to a plain buffer and the JS products when no WebAssembly memory is had", async () => {
    const source = "model W {\n  input x: f32[4, 64]\n  fc = Dense(16)\n  output y = fc(x)\n}";
    const r = compile(source, { file: "w.kiln", declarations: false });
    expect(r.ok && r.js).toMatch(/if \(W !== null\) \{?\n?W\.k\d+\(/);
    const wide = await compileToModel(source, { file: "w.kiln" });
    const feed = { x: new Float32Array(256).map((_, i) => Math.sin(i)) };
    const want = Float32Array.from(wide.create({ seed: 3 }).predict(feed).y);
    vi.stubGlobal("WebAssembly", { ...WebAssembly, Memory: failing("WebAssembly memory") });
    const plain = wide.create({ seed: 3 });
    vi.unstubAllGlobals();
    // A WebAssembly memory is whole 64 KiB pages; the plain buffer is just the arena.
    expect(wide.create().arena.byteLength % 65536).toBe(0);
    expect(plain.arena.byteLength).toBe(wide.meta.arenaBytes);
    const got = plain.predict(feed).y;
    // The JS loops accumulate in doubles, the SIMD kernel in floats: equal to rounding.
    got.forEach((v: number, i: number) => expect(v).toBeCloseTo(want[i], 5));
  });

  it("runs the JS products where WebAssembly may not be compiled (a page's CSP), though it validates", async () => {
    const source = "model W {\n  input x: f32[4, 64]\n  fc = Dense(16)\n  output y = fc(x)\n}";
    const feed = { x: new Float32Array(256).map((_, i) => Math.sin(i)) };
    // A fresh import: each module keeps its own record of whether SIMD is available.
    const wide = await compileToModel(source, { file: "csp.kiln" });
    vi.stubGlobal("WebAssembly", { ...WebAssembly, Module: failing("WebAssembly.Module") });
    const m = wide.create({ seed: 3 });
    const got = Float32Array.from(m.predict(feed).y);
    vi.unstubAllGlobals();
    expect(m.arena.byteLength).toBe(wide.meta.arenaBytes);
    const want = (await compileToModel(source, { file: "csp2.kiln" })).create({ seed: 3 }).predict(feed).y;
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
  });
});

describe("create({ checkFinite: true })", () => {
  const bad = (v: number) => Float32Array.from(x, (e, i) => (i === 4 ? v : e));
  it.each([NaN, Infinity, -Infinity])("names the input and element holding %s, in every entry", (v) => {
    const m = mod.create({ checkFinite: true });
    const calls: [string, () => unknown][] = [["predict", () => m.predict({ x: bad(v) })],
      ["train 'fit'", () => m.train({ x: bad(v), y }, "fit")],
      ["gradients", () => m.gradients({ x: bad(v), y })]];
    for (const [entry, call] of calls) {
      const e = error(call);
      expect(e).toBeInstanceOf(RangeError);
      expect(e.message).toBe(`${entry}: input 'x' holds ${v} at element 4`);
    }
  });

  it("checks the results of SIMD products like any kernel's, and runs them the same", async () => {
    const src = "model W {\n  input x: f32[8, 32]\n  param w: [32, 16] = normal(0.1)\n" +
      "  output y = x @ w\n}";
    const r = compile(src, { file: "w.kiln", optimize: 0, declarations: false });
    expect(r.ok && r.js).toMatch(/if \(W !== null\) \{?\n?W\.k\d+\(/);
    const live: LiveModule = await compileToModel(src, { file: "w.kiln", optimize: 0 });
    const feeds = { x: new Float32Array(256).map((_, i) => Math.cos(i)) };
    const [checked, plain] = [live.create({ checkFinite: true, seed: 2 }), live.create({ seed: 2 })];
    expect([...checked.predict(feeds).y]).toEqual([...plain.predict(feeds).y]);
    // A finite but huge weight makes the product overflow inside the SIMD kernel.
    checked.params.w[5] = 3e38;
    feeds.x.fill(2);
    expect(error(() => checked.predict(feeds)).message)
      .toMatch(/^predict: matmul at w\.kiln:4:14 produced -?Infinity \(element \d+ of its f32\[8, 16\] result\)/);
  });

  it("names the first op that made a non-finite value, and where the model file wrote it", async () => {
    const src = "model M {\n  input x: f32[3]\n  h = sqrt(x) + 1\n  output y = log(h - 1) * 2\n}";
    // Unfused, each op is checked alone: sqrt(-1) is the first NaN, before log(0) = -Infinity.
    const live: LiveModule = await compileToModel(src, { file: "net.kiln", optimize: 0 });
    const feeds = { x: new Float32Array([4, 0, -1]) };
    const e = error(() => live.create({ checkFinite: true }).predict(feeds));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe("predict: sqrt at net.kiln:3:7 produced NaN (element 2 of its f32[3] " +
      "result), the first non-finite value of this call");
    // Fused, the kernel's ops are listed, sqrt among them.
    const fused = await compileToModel(src, { file: "net.kiln" });
    expect(error(() => fused.create({ checkFinite: true }).predict(feeds)).message)
      .toMatch(/; it was fused with .*sqrt at net\.kiln:3:7.* \(compile with -O0 to check each op alone\)$/);
    const ok = live.create({ checkFinite: true }).predict({ x: new Float32Array([4, 9, 1]) });
    expect(Array.from(ok.y as Float32Array)).toEqual(Array.from(live.create().predict({ x: [4, 9, 1] }).y));
    // Without the option nothing is checked: the NaN comes out.
    expect(Number.isNaN((live.create().predict(feeds).y as Float32Array)[2])).toBe(true);
  });

  it("computes what an unchecked model computes, kernels with integer results included", async () => {
    const live = await compileToModel("model M {\n  input x: f32[1, 1, 4, 4]\n" +
      "  output y = max_pool2d(x * 2, 2) + 1\n}");
    const x = Float32Array.from({ length: 16 }, (_, i) => Math.sin(i));
    const plain = Array.from(live.create().predict({ x }).y as Float32Array);
    expect(Array.from(live.create({ checkFinite: true }).predict({ x }).y as Float32Array)).toEqual(plain);
  });

  it("names a param a user or the optimizer made non-finite", async () => {
    const live = await compileToModel(`model M {
  input x: f32[2]
  param w: [2] = ones
  loss = sum(w * x)
  train fit: minimize loss with sgd(lr = 1e38)
}`);
    const m = live.create({ checkFinite: true });
    expect(error(() => m.train({ x: [10, 0] })).message).toBe("train 'fit': the sgd update of " +
      "param 'w' at model.kiln:5:3 produced -Infinity (element 0 of its f32[2] result), the first " +
      "non-finite value of this call");
    // The failed step changed nothing.
    expect([...m.params.w]).toEqual([1, 1]);
    m.params.w.set([NaN, 0]);
    expect(error(() => m.gradients({ x: [1, 1] })).message).toBe("gradients: param 'w' holds NaN at element 0");
  });
});
