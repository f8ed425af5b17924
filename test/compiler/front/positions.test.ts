// Built-in functions of positions and images, on small tensors whose answers are written out
// (NumPy's and PyTorch's): argmax, argmin, arange, tril, triu, reverse_sequence, conv1d's
// "same" padding, nearest upsampling.
import { describe, expect, it } from "vitest";
import { compileToModel } from "../../../compiler/index.ts";

/** predict's outputs of `output y = EXPR` lines over input x of the given shape and values. */
async function run(shape: number[], x: number[], outputs: string[], dtype: "f32" | "f64" = "f64") {
  const src = `model M {\n  input x: f32[${shape.join(", ")}]\n` +
    outputs.map((o, i) => `  output y${i} = ${o}\n`).join("") + "}\n";
  const model = (await compileToModel(src, { dtype })).create();
  const out = model.predict({ x: Float64Array.from(x) });
  return outputs.map((_, i) => Array.from(out[`y${i}`] as ArrayLike<number>));
}

describe("argmax and argmin", () => {
  it("give i32 positions, the first on ties, NaN counting as the extremum", async () => {
    const x = [1, 3, 3, 0, /**/ 2, NaN, 5, NaN, /**/ -1, -1, -1, -2];
    const [mx, mn, flat, keep, col] = await run([3, 4], x, ["argmax(x, axis = 1)",
      "argmin(x, axis = -1)", "argmax(x)", "argmax(x, axis = 1, keepdims = true)",
      "argmin(x, axis = 0)"]);
    expect(mx).toEqual([1, 1, 0]);
    expect(mn).toEqual([3, 1, 3]);
    expect(flat).toEqual([5]);
    expect(keep).toEqual([1, 1, 0]);
    expect(col).toEqual([2, 1, 2, 1]);
  });

  it("are integers a model can look up with", async () => {
    const [ids] = await run([2, 3], [0.1, 0.9, 0.2, 0.7, 0.1, 0.3],
      ["one_hot(argmax(x, axis = 1), 3) * 10"], "f32");
    expect(ids).toEqual([0, 10, 0, 10, 0, 0]);
  });
});

describe("arange", () => {
  it("counts as Python's range: i32 for integers, f32 otherwise", async () => {
    const [a, b, c, d] = await run([1], [0], ["float(arange(4)) + x", "float(arange(2, 8, 3)) + x",
      "arange(1, 0, -0.25) + x", "one_hot(arange(3), 3)"]);
    expect(a).toEqual([0, 1, 2, 3]);
    expect(b).toEqual([2, 5]);
    expect(c).toEqual([1, 0.75, 0.5, 0.25]);
    expect(d).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
});

describe("tril and triu", () => {
  it("keep the lower or upper triangle of the last two axes, above or below diagonal k", async () => {
    const x = Array.from({ length: 12 }, (_, i) => i + 1);
    const [lo, up, lo1, upNeg] = await run([2, 2, 3], x,
      ["tril(x)", "triu(x)", "tril(x, 1)", "triu(x, -1)"]);
    expect(lo).toEqual([1, 0, 0, 4, 5, 0, 7, 0, 0, 10, 11, 0]);
    expect(up).toEqual([1, 2, 3, 0, 5, 6, 7, 8, 9, 0, 11, 12]);
    expect(lo1).toEqual([1, 2, 0, 4, 5, 6, 7, 8, 0, 10, 11, 12]);
    expect(upNeg).toEqual(x);
  });

  it("zero infinities too (an additive mask), rather than making NaN", async () => {
    const [m] = await run([2, 2], [1, 2, 3, 4], ["triu(x * 0 - 1 / 0, 1)"]);
    expect(m).toEqual([0, -Infinity, 0, 0]);
  });
});

describe("reverse_sequence", () => {
  it("reverses each sample's first lengths steps, clamped to 0..T, and all without lengths", async () => {
    const src = `model M {\n  input x: f32[3, 4]\n  input n: i32[3]\n` +
      `  output a = reverse_sequence(x, n)\n  output b = reverse_sequence(x)\n}\n`;
    const model = (await compileToModel(src, { dtype: "f64" })).create();
    const x = Float64Array.from({ length: 12 }, (_, i) => i);
    const { a, b } = model.predict({ x, n: Int32Array.from([2, 9, -1]) });
    expect(Array.from(a)).toEqual([1, 0, 2, 3, 7, 6, 5, 4, 8, 9, 10, 11]);
    expect(Array.from(b)).toEqual([3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8]);
  });
});

describe("conv1d and upsample2d", () => {
  it("conv1d with \"same\" padding keeps the length, the odd pad after", async () => {
    // Kernel [1, 1] at stride 1: y[t] = x[t] + x[t + 1], the last reading the pad.
    const [y] = await run([1, 1, 4], [1, 2, 3, 4], ["conv1d(x, ones([1, 1, 2]), padding = \"same\")"]);
    expect(y).toEqual([3, 5, 7, 4]);
  });

  it("nearest upsampling repeats each pixel", async () => {
    const [y] = await run([1, 1, 1, 2], [5, 6], ["upsample2d(x, [2, 3])"]);
    expect(y).toEqual([5, 5, 5, 6, 6, 6, 5, 5, 5, 6, 6, 6]);
  });
});
