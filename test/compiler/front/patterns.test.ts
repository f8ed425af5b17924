// Elaboration of layer argument patterns with `...`, `shape(x)` and list indexing.
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../../compiler/index.ts";

/** A model that feeds `x: f32[shape]` through `layer L(...)(x: PATTERN) { BODY }`. */
function withLayer(pattern: string, body: string, shape: number[], dtype = "f32"): string {
  return `layer L()(x: ${pattern}) {\n${body}\n}\n` +
    `model M {\n  input x: ${dtype}[${shape.join(", ")}]\n  l = L()\n  output y = l(x)\n}\n`;
}

function errors(src: string): string[] {
  return compile(src, { file: "m.kiln", declarations: false }).diagnostics
    .filter((d) => d.severity === "error").map((d) => d.message);
}

/** predict's output for an f64 input of ones. */
async function output(src: string, shape: number[]): Promise<{ y: Float64Array }> {
  const mod = await compileToModel(src, { dtype: "f64" });
  const x = new Float64Array(shape.reduce((a, b) => a * b, 1)).fill(1);
  return mod.create().predict({ x });
}

describe("rest patterns", () => {
  it("match zero or more axes, binding the dims around them", async () => {
    // Each case returns a tensor holding an expression of the bound dims, to read them back.
    const cases: [string, number[], string, number][] = [
      ["[N, C, ...]", [2, 3], "N * 10 + C", 23],
      ["[N, C, ...]", [2, 3, 4, 5], "N * 10 + C", 23],
      ["[..., D]", [7], "D", 7],
      ["[..., D]", [2, 3, 7], "D", 7],
      ["[A, ..., B]", [2, 9], "A * 10 + B", 29],
      ["[A, ..., B]", [2, 5, 6, 9], "A * 10 + B", 29],
      ["[...]", [4, 1, 2], "0", 0],
    ];
    for (const [pattern, shape, dims, want] of cases) {
      const { y } = await output(withLayer(pattern, `  return zeros([1]) + float(${dims})`, shape),
        shape);
      expect([pattern, shape, y[0]]).toEqual([pattern, shape, want]);
    }
  });

  it("check dims written after the rest against the trailing axes", () => {
    const [message, ...more] = errors(withLayer("[N, ..., 3]", "  return x", [2, 4, 5]));
    expect(more).toEqual([]);
    expect(message).toMatch(/^L expects \[N, \.\.\., 3\] but got f32\[2, 4, 5\] \(.*axis 2 is 5/);
  });

  it("need at least as many axes as named dims", () => {
    expect(errors(withLayer("[N, C, ...]", "  return x", [5]))).toEqual([
      "L expects [N, C, ...] but got f32[5] (the pattern needs at least 2 axes)",
    ]);
  });

  it("check the dtype, and show it in the message", () => {
    expect(errors(withLayer("i32[...]", "  return x", [2, 2]))).toEqual([
      "L expects i32[...] but got f32[2, 2]",
    ]);
  });

  it("give no advice to flatten, which a sequence [N, T, D] would not want", () => {
    expect(errors(withLayer("[N, K]", "  return x", [2, 3, 4]))).toEqual(["L expects [N, K] but got f32[2, 3, 4]"]);
    expect(errors(withLayer("[N, ..., K]", "  return x", [2, 3, 4]))).toEqual([]);
  });
});

describe("shape(x) and list indexing", () => {
  it("read dims, count from the end, and feed reshape", async () => {
    const body = "  s = shape(x)\n  return reshape(x, [s[0], -1]) * float(s[-1] * 10 + s[1])";
    const src = withLayer("[...]", body, [2, 3, 4]);
    const mod = await compileToModel(src, { dtype: "f64" });
    expect(mod.meta.outputs).toEqual([{ name: "y", shape: [2, 12] }]);
    const { y } = mod.create().predict({ x: new Float64Array(24).fill(1) });
    expect(y[0]).toBe(43);
  });

  it("take ranges as Python's lists do: negative bounds count from the end, and are cut", async () => {
    const body = "  return reshape(x, shape(x)[0:-1] + shape(x)[-9:9][2:] + shape(x)[5:1] + [-1])";
    const mod = await compileToModel(withLayer("[...]", body, [2, 3, 4]), { dtype: "f64" });
    expect(mod.meta.outputs).toEqual([{ name: "y", shape: [2, 3, 4, 1] }]);
  });

  it("report an index out of range or two indices", () => {
    expect(errors(withLayer("[...]", "  return x * float(shape(x)[3])", [2, 3])))
      .toEqual(["index 3 is out of range for a list of 2"]);
    expect(errors(withLayer("[...]", "  return x * float(shape(x)[-3])", [2, 3])))
      .toEqual(["index -3 is out of range for a list of 2"]);
    expect(errors(withLayer("[...]", "  return x * float(shape(x)[0, 1])", [2, 3])))
      .toEqual(["a list takes one index or range, as in dims[0] or dims[0:-1]"]);
  });
});
