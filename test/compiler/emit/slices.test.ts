// Concatenation in place (compiler/emit/slices.ts): a concat input computed for the concat
// alone is written into its slice of the concat's output, so the concat copies only what is
// left. And a loop's carry kept in the stack of its values (compiler/emit/loop.ts). Each model is compared with the reference interpreter (float64 and float32: the
// SIMD elementwise kernels then write the slices with the output's row stride), then the
// code: which concats still copy.
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";
import { LSTM_SOURCE } from "../../../bench/lstm.ts";
import { compareWithInterpreter } from "../../property/reference.ts";

const model = (body: string) => `model M {\n${body}\n  train step: minimize loss with sgd(lr = 0.1)\n}\n`;

/** Computed tensors joined along axis 0 (contiguous slices) and axis 1 (strided ones); their
 * gradients read none of them. One is read in its slice later, where it dies (its reader
 * must not write over it: the concat is read after). */
const AXES = model(`  input x: f32[4, 8]
  param w: [4, 8] = normal(0.5)
  rows = concat([x * w, x + w], axis = 0)
  cols = concat([x - w, w * 0.5, x * x - w], axis = 1)
  late = (x - w) * 2
  output y = cols
  loss = mean(rows * rows) + mean(late) + max(late) + mean(cols * cols)`);

/** Inputs the concat may not take: one read twice by it, one read elsewhere too, one an
 * output, a feed; and products, which write contiguous rows only. One read by two concats
 * and an elementwise op is computed in the first concat and read there by the others. */
const SHARED = model(`  input x: f32[4, 8]
  param w: [4, 8] = normal(0.5)
  param v: [8, 8] = normal(0.5)
  a = x * w
  b = x + w
  twice = concat([a, a, w * 2], axis = 1)
  other = concat([b, x - w], axis = 1) * b[:, 0:1]
  output o = w * 3
  output shown = concat([w * 3, x], axis = 1)
  rows = concat([x @ v, w @ v], axis = 0)
  cols = concat([(x + 1) @ v, (w + 1) @ v], axis = 1)
  g = x * 3 - w
  first = concat([g, w - 1], axis = 1)
  second = concat([g, x * 0.5], axis = 1)
  loss = mean(twice * twice) + mean(other) + mean(shown * shown) + mean(rows * rows) +
    mean(cols * cols) + mean(first * first) + mean(second * second) + mean(g * w)`);

/** Recurrent layers, whose gradients gather their gates' gradients with a concat in the
 * reverse loop's body; every step's state read too (the loop's output is a stack). */
const RECURRENT = model(`  input x: f32[3, 5, 4]
  input t: f32[3, 6]
  lstm = LSTM(6, sequences = true)
  gru = GRU(6)
  h = lstm(x)
  loss = mse(gru(h) + sum(h, axis = 1), t)`);

const CASES = { AXES, SHARED, RECURRENT };

describe("concat in place", () => {
  for (const [name, source] of Object.entries(CASES)) {
    for (const dtype of ["f64", "f32"] as const) {
      it(`${name} (${dtype}) computes what the interpreter does`, async () => {
        const { problems } = await compareWithInterpreter(source, 11, 2, dtype);
        expect(problems).toEqual([]);
      });
    }
  }

  /** The concat kernels an entry calls, by their shapes; with `copies`, how many inputs
   * each copies. */
  const concats = (source: string, copies = false, entry = "run_step") => {
    const r = compile(source, { declarations: false });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
    const from = r.js.indexOf(`function ${entry}`);
    const step = r.js.slice(from, r.js.indexOf("function run_", from + 1));
    return r.js.split("\nfunction ").flatMap((fn) => {
      const [, k, shape] = /^(k\d+)\(.*\/\/ concat \[([\d, ]+)\]/.exec(fn) ?? [];
      const calls = k ? step.split(`\n${k}(`).length - 1 : 0;
      return Array<string>(calls).fill(copies ? `${shape}: ${fn.split("\nif (W").length - 1}` : shape);
    }).sort();
  };

  it("leaves no copy where every input is computed for the concat alone", () => {
    expect(concats(AXES)).toEqual([]);
  });

  it("copies what may not be written in place, and only that", () => {
    // `twice` copies a twice (its w * 2 is in place), `other` its b (read again), `shown`
    // its feed, `cols` both products, `second` g from `first`; `rows` and `first` none.
    expect(concats(SHARED, true))
      .toEqual(["4, 16: 1", "4, 16: 1", "4, 16: 1", "4, 16: 2", "4, 24: 2"]);
    // In predict, `shown`'s w * 3 is an output (`o`) too.
    expect(concats(SHARED, true, "run_predict")).toEqual(["4, 16: 2"]);
  });

  it("runs the LSTM's reverse step with no copy: gates into dz's slices, dz stacked once", () => {
    const r = compile(LSTM_SOURCE, { declarations: false });
    if (!r.ok) throw new Error("the LSTM did not compile");
    expect(concats(LSTM_SOURCE)).toEqual([]);
    const step = r.js.slice(r.js.indexOf("function run_step0"));
    const reverse = step.slice(step.indexOf("t0 >= 0"));
    expect(reverse.slice(0, reverse.indexOf("\n}\n"))).not.toContain("copyWithin");
  });

  it("runs the LSTM's forward step as its product and its cell: h and c live in the stacks " +
    "the gradient reads", () => {
    const r = compile(LSTM_SOURCE, { declarations: false });
    if (!r.ok) throw new Error("the LSTM did not compile");
    const step = r.js.slice(r.js.indexOf("function run_step0"));
    const forward = step.slice(step.indexOf("t0 < 16"));
    const calls = forward.slice(0, forward.indexOf("\n}\n")).match(/^k\d+\(/gm);
    expect(calls).toHaveLength(2);
    expect(r.js).not.toContain("// arg [");
  });
});

// A kernel writing its slice of a concat's result with strides is checked too (over the span
// from its first element to its last): the concat itself runs nothing that could be checked.
describe("checkFinite over slices written in place", () => {
  const source = "model M {\n  input x: f32[4, 8]\n  param w: [4, 8] = normal(0.5)\n" +
    "  output y = concat([x - w, sqrt(x - 1), x * w], axis = 1)\n}\n";
  for (const dtype of ["f32", "f64"] as const) {
    it(`names the op that made the non-finite value, and its element (${dtype})`, async () => {
      const r = compile(source, { file: "m.kiln", declarations: false, dtype });
      expect(r.ok).toBe(true);
      const model = (await importModule(r.js)).create({ checkFinite: true });
      const x = new (dtype === "f32" ? Float32Array : Float64Array)(32).fill(2);
      expect(() => model.predict({ x })).not.toThrow();
      x[1 * 8 + 2] = 0.5;
      expect(() => model.predict({ x })).toThrow(new RegExp("^predict: sqrt at m\\.kiln:4:29 " +
        `produced NaN \\(element 10 of its ${dtype}\\[4, 8\\] result\\)`));
    });
  }
});
