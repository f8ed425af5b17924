// Float32 modules, whose matrix products and optimizer updates run as WebAssembly SIMD
// kernels over the arena, against the reference interpreter (float64): random layer stacks
// with sizes around the kernels' block edges, batched and broadcast products, products with
// a transposed operand (as their gradients are), convolutions (a product per chunk of samples),
// max and average pooling, with predict, every gradients entry and an SGD step compared. The random programs of
// interpreter.test.ts are float64 and too small to reach these kernels.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs, timeout } from "./arbitrary.ts";
import { compile } from "../../compiler/compile.ts";
import { SHARED_SCRATCH } from "../../compiler/emit/wasm/kernels.ts";
import { compareWithInterpreter } from "./reference.ts";

const SIZES = [1, 3, 4, 5, 8, 9, 17, 33];
const ACTS = ["relu", "tanh", "sigmoid", "identity"];

/** A model of one of a few shapes of product use, with sizes drawn from SIZES. */
const programs = fc.record({
  kind: fc.constantFrom("dense", "batched", "transposed", "conv", "pool", "addend"),
  M: fc.constantFrom(...SIZES), K: fc.constantFrom(...SIZES), N: fc.constantFrom(...SIZES),
  P: fc.constantFrom(...SIZES), T: fc.constantFrom(2, 3), act: fc.constantFrom(...ACTS),
  S: fc.constantFrom(1, 2, 3), St: fc.constantFrom(0, 1, 2),
}).map(({ kind, M, K, N, P, T, act, S, St }) => {
  const body = {
    // Dense layers: A B forward, A^T B and A B^T in the gradients.
    dense: `  input x: f32[${M}, ${K}]
  a = Dense(${N}, act = ${act})
  b = Dense(${P})
  y = b(a(x))`,
    // A batch of products sharing one weight, then one weight per batch element.
    batched: `  input x: f32[${T}, ${M}, ${K}]
  param w: [${K}, ${N}] = normal(0.5)
  param v: [${T}, ${N}, ${P}] = normal(0.5)
  y = ${act}(x @ w) @ v`,
    // A product with a transposed operand, read in place.
    transposed: `  input x: f32[${K}, ${M}]
  param w: [${N}, ${K}] = normal(0.5)
  y = ${act}(transpose(x, [1, 0]) @ transpose(w, [1, 0]))`,
    // Convolutions: one product for the batch (its patches fit one chunk), at an offset.
    conv: `  input x: f32[${T}, 2, ${Math.max(M, 3)}, ${Math.max(N, 3)}]
  param w: [${Math.min(K, 9)}, 2, 3, 3] = normal(0.5)
  param b: [${Math.min(K, 9)}] = normal(1)
  y = ${act}(conv2d(x, w, padding = 1, bias = b))`,
    // A product plus a matrix (the product then starts from it), a view's columns or the
    // whole of an input; then, or not, more of the epilogue.
    addend: `  input x: f32[${M}, ${K}]
  input z: f32[${M}, ${2 * N}]
  param w: [${K}, ${N}] = normal(0.5)
  param u: [${N}, ${N}] = normal(0.5)
  y = ${act}(x @ w + z[:, ${T - 2}:${T - 2 + N}]) @ u + z[:, 0:${N}]`,
    // Max and average pooling after a convolution, windows tiling the image or not.
    pool: `  input x: f32[${T}, 2, ${Math.max(M, 3)}, ${Math.max(N, 3)}]
  c = Conv2D(${Math.min(K, 9)}, 3, padding = 1, act = ${act})
  h = c(x)
  y = max_pool2d(h, ${S}, ${St || S}) * avg_pool2d(h, ${S}, ${St || S})`,
  }[kind];
  const source = `model P {\n${body}\n  output y\n  loss = mean(y * y)\n` +
    `  train step: minimize loss with sgd(lr = 0.05)\n}\n`;
  return Object.assign({ source }, { [fc.toStringMethod]: () => `\n${source}` });
});

/** A random elementwise expression of depth <= `d` over x and w, from the ops the "ew" SIMD
 * kernels have, as Kiln source. */
const expr: fc.Memo<string> = fc.memo((d) => (d <= 1
  ? fc.constantFrom("x", "w", "x", "w", "0.5", "-2", "0")
  : fc.oneof(
    fc.tuple(fc.constantFrom("+", "-", "*", "/"), expr(d - 1), expr(d - 1)).map(([o, a, b]) => `(${a} ${o} ${b})`),
    fc.tuple(fc.constantFrom("<", "<=", ">", ">=", "==", "!="), expr(d - 1), expr(d - 1))
      .map(([o, a, b]) => `float(${a} ${o} ${b})`),
    fc.tuple(fc.constantFrom("maximum", "minimum"), expr(d - 1), expr(d - 1)).map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(fc.constantFrom("relu", "abs", "-"), expr(d - 1)).map(([f, a]) => (f === "-" ? `(-${a})` : `${f}(${a})`)),
    expr(d - 1).map((a) => `sqrt(abs(${a}))`),
    fc.tuple(expr(d - 1), expr(d - 1), expr(d - 1)).map(([a, b, c]) => `where(${a} > 0, ${b}, ${c})`))));

/** Elementwise models over [8, 16] (SIMD) and [3, 7] (JS: not whole vectors). */
const elementwise = fc.tuple(expr(4), fc.constantFrom("8, 16", "3, 7")).map(([e, dims]) => {
  const source = `model E {\n  input x: f32[${dims}]\n  param w: [${dims}] = normal(1)\n` +
    `  output y = ${e} + 0 * x\n  loss = mean(y * y) + mean(w * w)\n` +
    `  train step: minimize loss with sgd(lr = 0.05)\n}\n`;
  return Object.assign({ source }, { [fc.toStringMethod]: () => `\n${source}` });
});

/** A random expression of depth <= `d` over x [..dims], b [last dim] (a row broadcast) and
 * c [first dim, 1, ...] (a column broadcast), with the transcendental forms and reductions
 * over random axes (kept, so the result broadcasts back), as Kiln source. */
const wide: fc.Memo<string> = fc.memo((d) => (d <= 1
  ? fc.constantFrom("x", "b", "c", "x", "0.5")
  : fc.oneof(
    fc.tuple(fc.constantFrom("+", "-", "*"), wide(d - 1), wide(d - 1)).map(([o, a, b]) => `(${a} ${o} ${b})`),
    fc.tuple(fc.constantFrom("exp(tanh", "sigmoid", "tanh", "softplus", "elu", "leaky_relu",
      "sign", "relu"), wide(d - 1))
      .map(([f, a]) => (f === "exp(tanh" ? `exp(tanh(${a}))` : `${f}(${a})`)),
    fc.tuple(wide(d - 1), fc.constantFrom("0.3", "0.05")).map(([a, al]) => `elu(${a}, alpha = ${al})`),
    fc.tuple(fc.constantFrom("sum", "max", "min", "mean", "logsumexp"), wide(d - 1),
      fc.constantFrom("0", "-1", "[0, 1]", "1"))
      .map(([f, a, ax]) => `${f}(${a} * x, axis = ${ax}, keepdims = true)`),
    fc.tuple(wide(d - 1), fc.constantFrom("0", "-1")).map(([a, ax]) => `softmax(${a} + x, axis = ${ax})`))));

/** Models over shapes whose rows are whole vectors, end in a tail, or are shorter than one. */
const broadcasts = fc.tuple(wide(4), fc.constantFrom([6, 5, 7], [2, 3, 8], [4, 9], [3, 2], [9, 1, 12]))
  .map(([e, dims]) => {
    const c = [dims[0], ...dims.slice(1).map(() => 1)];
    const source = `model W {\n  input x: f32[${dims.join(", ")}]\n  param b: [${dims.at(-1)}] = normal(1)\n` +
      `  param c: [${c.join(", ")}] = normal(1)\n  output y = ${e} + 0 * x\n` +
      `  loss = mean(y * y) + mean(b * b)\n  train step: minimize loss with sgd(lr = 0.05)\n}\n`;
    return Object.assign({ source }, { [fc.toStringMethod]: () => `\n${source}` });
  });

describe("float32 modules (SIMD products and updates)", () => {
  it("agree with the reference interpreter to float32 rounding", async () => {
    await fc.assert(fc.asyncProperty(programs, fc.nat(1000), async ({ source }, seed) => {
      const c = await compareWithInterpreter(source, seed, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }), { seed: 11, numRuns: runs(40, 600) });
  }, timeout(120_000));

  it("pack B for large products (two blocks of K and of N) as the interpreter computes them", async () => {
    for (const [M, K, N, ta] of [[9, 300, 264, false], [300, 9, 264, true]] as const) {
      const x = ta ? `transpose(x, [1, 0])` : "x";
      const source = `model L {\n  input x: f32[${ta ? K : M}, ${ta ? M : K}]\n` +
        `  param w: [${K}, ${N}] = normal(0.05)\n  output y = ${x} @ w\n  loss = mean(y * y)\n` +
        "  train step: minimize loss with sgd(lr = 0.05)\n}\n";
      expect(compile(source, { dtype: "f32" }).js).toContain(`${SHARED_SCRATCH} * 4`);
      const c = await compareWithInterpreter(source, 3, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }
  }, timeout(60_000));

  it("start products from the matrix their epilogue adds (views, several column blocks)", async () => {
    for (const [M, K, N] of [[9, 17, 33], [5, 8, 12], [13, 4, 20]]) {
      const source = `model A {\n  input x: f32[${M}, ${K}]\n  input z: f32[${M}, ${2 * N}]\n` +
        `  param w: [${K}, ${N}] = normal(0.5)\n  param u: [${N}, ${N}] = normal(0.5)\n` +
        `  output y = tanh(x @ w + z[:, 1:${N + 1}]) @ u + z[:, 0:${N}]\n` +
        "  loss = mean(y * y)\n  train step: minimize loss with sgd(lr = 0.05)\n}\n";
      const js = compile(source, { dtype: "f32" }).js!;
      expect(js, "a product taking D").toMatch(/W\.k\d+\(o\d \* 4, o\d \* 4, o\d \* 4, o\d \* 4\);\n/);
      const c = await compareWithInterpreter(source, 5, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }
  }, timeout(60_000));

  it("apply products' epilogues as their kernels store C (bias, activation, matrix, update)", async () => {
    for (const [M, K, N, act] of [[9, 300, 264, "relu"], [5, 9, 12, "tanh"], [13, 4, 20, "sigmoid"],
      [64, 200, 16, "relu"]] as const) {
      const source = `model E {\n  input x: f32[${M}, ${K}]\n  input z: f32[${M}, ${N}]\n` +
        `  param w: [${K}, ${N}] = normal(0.05)\n  param b: [${N}] = normal(1)\n` +
        `  output y = ${act}(x @ w + b) * z\n  loss = mean(y * y)\n` +
        "  train step: minimize loss with sgd(lr = 0.05)\n}\n";
      const js = compile(source, { dtype: "f32" }).js!;
      // predict's product, bias, activation and z in one kernel; the step's forward (storing
      // the activation for its gradient too) in another; the SGD update in a third.
      const fused = js.match(/W\.k\d+\((\w+ \* 4, ){4,}\w+ \* 4\);\n\} else \{\nkilnProduct/g);
      expect(fused?.length, "kernels applying their epilogue").toBe(3);
      const c = await compareWithInterpreter(source, 7, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }
  }, timeout(60_000));

  it("run convolutions in chunks of samples (a short last chunk) as the interpreter computes them", async () => {
    // The second convolution's patches are 1 to 4 samples to a chunk (compiler/emit/js/conv.ts:
    // 32K floats), the batch of 7 then ending in a short chunk: 3x3 (2, 2, 2, 1), 2x3 with
    // stride [2, 1] and padding [1, 0] (4, 3), 5x5 "same" (one sample a chunk), 1x1 (no
    // patches: the whole batch), stride 2 (JS loops: the SIMD patches need a column stride 1).
    const second = [["3, 3", "padding = 1", 2], ["2, 3", "stride = [2, 1], padding = [1, 0]", 4],
      ["5, 5", 'padding = "same"', 1], ["1, 1", "padding = 0", 0], ["3, 3", "stride = 2", 0]] as const;
    for (const [k, attrs, chunk] of second) {
      const source = `model C {\n  input x: f32[7, 2, 20, 21]\n  param w1: [4, 2, 3, 3] = normal(0.5)\n` +
        `  param b1: [4] = normal(1)\n  param w2: [3, 4, ${k}] = normal(0.2)\n` +
        `  h = tanh(conv2d(x, w1, padding = 1, bias = b1))\n` +
        `  output y = conv2d(h, w2, ${attrs})\n  loss = mean(y * y)\n` +
        "  train step: minimize loss with sgd(lr = 0.05)\n}\n";
      if (chunk) expect(compile(source, { dtype: "f32" }).js).toContain(`Math.min(${chunk}, 7 - `);
      const c = await compareWithInterpreter(source, 7, 2, "f32");
      expect(c.problems, `${k} ${attrs}:\n${c.problems.slice(0, 8).join("\n")}`).toEqual([]);
    }
  }, timeout(60_000));

  it("compute elementwise loops as the interpreter does, in SIMD or not", async () => {
    await fc.assert(fc.asyncProperty(elementwise, fc.nat(1000), async ({ source }, seed) => {
      const c = await compareWithInterpreter(source, seed, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }), { seed: 12, numRuns: runs(40, 600) });
  }, timeout(120_000));

  it("compute transcendentals, broadcasts and reductions as the interpreter does", async () => {
    await fc.assert(fc.asyncProperty(broadcasts, fc.nat(1000), async ({ source }, seed) => {
      const c = await compareWithInterpreter(source, seed, 2, "f32");
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
    }), { seed: 13, numRuns: runs(40, 600) });
  }, timeout(120_000));
});
