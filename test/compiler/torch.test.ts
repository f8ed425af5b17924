// The built-in layers against PyTorch, in float64: each layer's output and the gradients of
// sum(y * w) for every param and float input, with the params loaded into the torch.nn
// module by the mapping docs/language.md gives (test/support/torch_reference.py). Agreement
// of the gradients is what shows that mapping right.
import { beforeAll, expect, it } from "vitest";
import { compileToModel } from "../../compiler/index.ts";
import { Rng } from "../../runtime/rng.ts";
import { mismatch } from "../property/harness.ts";
import { describeWithTorch, runPython } from "../support/torch.ts";

interface LayerCase {
  name: string;
  /** The key of torch_reference.py's LAYERS. */
  layer: string;
  /** The instance `l`, as the model file makes it, and the call giving y. */
  create: string;
  call: string;
  /** Float inputs (x, and kv, h0, c0 where the call takes them) by shape. */
  inputs: Record<string, number[]>;
  /** Sequence lengths, fed as `n`. */
  lengths?: number[];
  options?: Record<string, unknown>;
  out: number[];
}

const rnn = (layer: string, units: number, extra: Record<string, unknown> = {}) =>
  ({ layer, units, ...extra });

const CASES: LayerCase[] = [
  { name: "Dense over [N, T, K]", layer: "Dense", create: "Dense(5, act = tanh)", call: "l(x)",
    inputs: { x: [2, 3, 4] }, options: { units: 5 }, out: [2, 3, 5] },
  { name: "Dense over [N, K]", layer: "Dense", create: "Dense(3, act = tanh)", call: "l(x)",
    inputs: { x: [4, 2] }, options: { units: 3 }, out: [4, 3] },
  { name: "Conv1D, stride 2, padding 1", layer: "Conv1D",
    create: "Conv1D(4, 3, stride = 2, padding = 1)", call: "l(x)", inputs: { x: [2, 3, 9] },
    options: { filters: 4, kernel: 3, stride: 2, padding: 1 }, out: [2, 4, 5] },
  { name: "Conv2DTranspose, stride 2, padding 1, output padding 1", layer: "Conv2DTranspose",
    create: "Conv2DTranspose(3, 4, stride = 2, padding = 1, output_padding = 1)", call: "l(x)",
    inputs: { x: [2, 2, 3, 4] },
    options: { filters: 3, kernel: 4, stride: 2, padding: 1, output_padding: 1 }, out: [2, 3, 7, 9] },
  { name: "Conv2DTranspose, stride 1", layer: "Conv2DTranspose", create: "Conv2DTranspose(2, 3)",
    call: "l(x)", inputs: { x: [1, 3, 2, 2] },
    options: { filters: 2, kernel: 3, stride: 1, padding: 0, output_padding: 0 }, out: [1, 2, 4, 4] },
  { name: "Upsample2D nearest", layer: "Upsample2D", create: "Upsample2D(2)", call: "l(x)",
    inputs: { x: [2, 2, 3, 4] }, options: { scale: 2, mode: "nearest" }, out: [2, 2, 6, 8] },
  { name: "Upsample2D bilinear x2", layer: "Upsample2D", create: "Upsample2D(2, \"bilinear\")",
    call: "l(x)", inputs: { x: [2, 1, 3, 4] }, options: { scale: 2, mode: "bilinear" },
    out: [2, 1, 6, 8] },
  { name: "Upsample2D bilinear [2, 3]", layer: "Upsample2D",
    create: "Upsample2D([2, 3], mode = \"bilinear\")", call: "l(x)", inputs: { x: [1, 2, 4, 3] },
    options: { scale: [2, 3], mode: "bilinear" }, out: [1, 2, 8, 9] },
  { name: "GlobalAvgPool2D", layer: "GlobalAvgPool2D", create: "GlobalAvgPool2D()", call: "l(x)",
    inputs: { x: [2, 3, 4, 5] }, out: [2, 3] },
  { name: "GlobalMaxPool2D", layer: "GlobalMaxPool2D", create: "GlobalMaxPool2D()", call: "l(x)",
    inputs: { x: [2, 3, 4, 5] }, out: [2, 3] },
  { name: "MultiHeadAttention, self", layer: "MultiHeadAttention",
    create: "MultiHeadAttention(2)", call: "l(x, x, x)", inputs: { x: [2, 4, 6] },
    options: { heads: 2 }, out: [2, 4, 6] },
  { name: "MultiHeadAttention, causal", layer: "MultiHeadAttention",
    create: "MultiHeadAttention(3, causal = true)", call: "l(x, x, x)", inputs: { x: [2, 5, 6] },
    options: { heads: 3, causal: true }, out: [2, 5, 6] },
  { name: "MultiHeadAttention, cross", layer: "MultiHeadAttention",
    create: "MultiHeadAttention(2)", call: "l(x, kv, kv)", inputs: { x: [2, 3, 4], kv: [2, 5, 4] },
    options: { heads: 2 }, out: [2, 3, 4] },
  { name: "SimpleRNN, last state", layer: "Recurrent", create: "SimpleRNN(3)", call: "l(x)",
    inputs: { x: [2, 4, 3] }, options: rnn("SimpleRNN", 3), out: [2, 3] },
  { name: "LSTM over lengths, every step", layer: "Recurrent",
    create: "LSTM(3, sequences = true)", call: "l(x, lengths = n)", inputs: { x: [3, 5, 2] },
    lengths: [2, 5, 1], options: rnn("LSTM", 3, { sequences: true }), out: [3, 5, 3] },
  { name: "LSTM from h0 and c0, over lengths", layer: "Recurrent", create: "LSTM(4)",
    call: "l(x, n, h0, c0)", inputs: { x: [3, 4, 2], h0: [3, 4], c0: [3, 4] },
    lengths: [4, 1, 3], options: rnn("LSTM", 4), out: [3, 4] },
  { name: "GRU from h0, over lengths", layer: "Recurrent", create: "GRU(3)",
    call: "l(x, h0 = h0, lengths = n)", inputs: { x: [2, 4, 3], h0: [2, 3] }, lengths: [3, 4],
    options: rnn("GRU", 3), out: [2, 3] },
  { name: "SimpleRNN from h0, every step", layer: "Recurrent",
    create: "SimpleRNN(2, sequences = true)", call: "l(x, h0 = h0)",
    inputs: { x: [2, 3, 2], h0: [2, 2] }, options: rnn("SimpleRNN", 2, { sequences: true }),
    out: [2, 3, 2] },
  { name: "Bidirectional LSTM over lengths, every step", layer: "Recurrent",
    create: "Bidirectional(LSTM(3, sequences = true))", call: "l(x, lengths = n)",
    inputs: { x: [3, 5, 2] }, lengths: [5, 2, 3],
    options: rnn("LSTM", 3, { sequences: true, bidirectional: true }), out: [3, 5, 6] },
  { name: "Bidirectional GRU, last states", layer: "Recurrent", create: "Bidirectional(GRU(2))",
    call: "l(x)", inputs: { x: [2, 4, 3] }, options: rnn("GRU", 2, { bidirectional: true }),
    out: [2, 4] },
  { name: "Bidirectional SimpleRNN over lengths, last states", layer: "Recurrent",
    create: "Bidirectional(SimpleRNN(3))", call: "l(x, lengths = n)", inputs: { x: [3, 4, 2] },
    lengths: [1, 4, 2], options: rnn("SimpleRNN", 3, { bidirectional: true }), out: [3, 6] },
];

const dims = (s: number[]) => `[${s.join(", ")}]`;

function source(c: LayerCase): string {
  const feeds = Object.entries(c.inputs).map(([k, s]) => `  input ${k}: f32${dims(s)}`);
  if (c.lengths) feeds.push(`  input n: i32[${c.lengths.length}]`);
  return ["model M {", ...feeds, `  input w: f32${dims(c.out)}`, `  l = ${c.create}`,
    `  y = ${c.call}`, "  output y", "  loss = sum(y * w)",
    "  train step: minimize loss with sgd(lr = 0.1)", "}"].join("\n");
}

const fill = (n: number, rng: Rng) =>
  Float64Array.from({ length: n }, () => rng.uniform() * 1.6 - 0.8);
const size = (s: number[]) => s.reduce((a, b) => a * b, 1);
const tensor = (shape: readonly number[], data: ArrayLike<number>) =>
  ({ shape: [...shape], data: Array.from(data) });

interface KilnResult { y: Float64Array; grads: Record<string, Float64Array>; json: unknown }

async function runKiln(c: LayerCase, seed: number): Promise<KilnResult> {
  const mod = await compileToModel(source(c), { dtype: "f64" });
  const model = mod.create({ seed });
  const rng = new Rng(seed);
  const params: Record<string, unknown> = {};
  for (const p of mod.meta.params) {
    const values = fill(size(p.shape), rng);
    model.params[p.name].set(values);
    params[p.name.replace(/^l\./, "")] = tensor(p.shape, values);
  }
  const feeds: Record<string, Float64Array | Int32Array> = {};
  const inputs: Record<string, unknown> = {};
  for (const [name, shape] of [...Object.entries(c.inputs), ["w", c.out] as const]) {
    feeds[name] = fill(size(shape), rng);
    inputs[name] = tensor(shape, feeds[name]);
  }
  if (c.lengths) feeds.n = Int32Array.from(c.lengths);
  const y = Float64Array.from(model.predict(feeds).y);
  const { grads } = model.gradients(feeds, { mode: "eval" });
  const named: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(grads)) named[k.replace(/^l\./, "")] = Float64Array.from(v as ArrayLike<number>);
  return { y, grads: named, json: { layer: c.layer, options: c.options ?? {}, params, inputs,
    ...(c.lengths ? { lengths: c.lengths } : {}) } };
}

describeWithTorch("built-in layers against PyTorch (float64)", () => {
  const kiln: KilnResult[] = [];
  let torch: { y: number[]; shape: number[]; grads: Record<string, number[]> }[] = [];

  beforeAll(async () => {
    for (const [i, c] of CASES.entries()) kiln.push(await runKiln(c, i + 1));
    torch = runPython("torch_reference.py", kiln.map((k) => k.json));
  }, 120_000);

  CASES.forEach((c, i) => {
    it(c.name, () => {
      const [k, t] = [kiln[i], torch[i]];
      expect(t.shape).toEqual(c.out);
      expect(mismatch(k.y, t.y, 1e-10, 1e-9), "output").toBeUndefined();
      const names = Object.keys(t.grads).sort();
      expect(Object.keys(k.grads).filter((n) => n !== "w").sort()).toEqual(names);
      for (const n of names) {
        expect(mismatch(k.grads[n], t.grads[n], 1e-10, 1e-9), `gradient of ${n}`).toBeUndefined();
      }
    });
  });
});
