// The export's tables: every built-in function has a method in the Python runtime, every
// prelude layer a to_torch() row, and each of those gives PyTorch's own module computing what
// the exported layer computes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../../compiler/compile.ts";
import { BUILTINS } from "../../../compiler/front/builtins/table.ts";
import { prelude } from "../../../compiler/front/prelude.ts";
import { exportPyTorch } from "../../../compiler/tools/pytorch/export.ts";
import { pythonRuntime } from "../../../compiler/tools/pytorch/runtime.ts";
import { torchLayers } from "../../../compiler/tools/pytorch/torchLayers.ts";
import { decodeSafetensors, encodeSafetensors } from "../../../runtime/safetensors.ts";
import { Rng } from "../../../runtime/rng.ts";
import { differs } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

const preludeLayers = prelude().program.items.flatMap((i) => (i.kind === "layer" ? [i.name] : []));

describe("the export tables", () => {
  it("have a Python method for every built-in function, and none for anything else", () => {
    const rows = pythonRuntime().builtins;
    expect(Object.keys(BUILTINS).filter((b) => !rows.has(b)), "add a method to class Builtins in " +
      "compiler/tools/pytorch/builtins.py").toEqual([]);
    expect([...rows].filter((r) => !Object.hasOwn(BUILTINS, r))).toEqual([]);
  });

  it("have a to_torch row for every prelude layer, and none for anything else", () => {
    expect(preludeLayers.length).toBeGreaterThan(10);
    const rows = torchLayers();
    expect(preludeLayers.filter((l) => !rows.has(l)), "add a section to " +
      "compiler/tools/pytorch/layers.py").toEqual([]);
    expect([...rows.keys()].filter((l) => !preludeLayers.includes(l))).toEqual([]);
  });

  it("make a built-in without a row an error at the model's line", () => {
    const rows = pythonRuntime().builtins as Set<string>;
    rows.delete("softplus");
    try {
      const r = exportPyTorch("model M {\n  input x: f32[3]\n  output y = softplus(x)\n}\n",
        { file: "m.kiln" });
      expect(r.ok).toBe(false);
      expect(formatDiagnostics(r.diagnostics, r.sources)).toContain(
        "m.kiln:3:14: error: cannot export 'softplus' exactly");
    } finally {
      rows.add("softplus");
    }
  });
});

/** A model calling every prelude layer, and which input each takes. */
const LAYERS = `model Layers {
  input v: f32[3, 5]
  input img: f32[2, 3, 6, 6]
  input seq: f32[2, 4, 3]
  input ids: i32[2, 4]
  input line: f32[2, 3, 8]
  input words: f32[2, 5, 6]
  input memory: f32[2, 3, 6]
  dense = Dense(4, act = tanh)
  plain = Dense(2)
  conv = Conv2D(4, 3, padding = "same", act = relu)
  strided = Conv2D(2, 3, stride = 2, padding = 1)
  maxpool = MaxPool2D(2)
  avgpool = AvgPool2D(3, stride = 1)
  flat = Flatten()
  drop = Dropout(0.5)
  bn1 = BatchNorm(momentum = 0.2)
  bn2 = BatchNorm(eps = 1e-3)
  ln = LayerNorm()
  embed = Embedding(6, 3)
  rnn = SimpleRNN(3)
  lstm = LSTM(4, sequences = true)
  gru = GRU(2)
  conv1 = Conv1D(4, 3, stride = 2, padding = 1, act = tanh)
  deconv = Conv2DTranspose(2, 3, stride = 2, padding = 1, output_padding = 1)
  up = Upsample2D(2, mode = "bilinear")
  gap = GlobalAvgPool2D()
  gmp = GlobalMaxPool2D()
  attn = MultiHeadAttention(2)
  masked = MultiHeadAttention(3, causal = true)
  bi = Bidirectional(LSTM(3))
  bigru = Bidirectional(GRU(2, sequences = true))
  birnn = Bidirectional(SimpleRNN(4))
  output y = sum(dense(v)) + sum(plain(v)) + sum(conv(img)) + sum(strided(img)) +
    sum(maxpool(img)) + sum(avgpool(img)) + sum(flat(img)) + sum(drop(img)) + sum(bn1(v)) +
    sum(bn2(img)) + sum(ln(v)) + sum(embed(ids)) + sum(rnn(seq)) + sum(lstm(seq)) + sum(gru(seq)) +
    sum(conv1(line)) + sum(deconv(img)) + sum(up(img)) + sum(gap(img)) + sum(gmp(img)) +
    sum(attn(words, memory, memory)) + sum(masked(words, words, words)) + sum(bi(words)) +
    sum(bigru(seq)) + sum(birnn(line))
}
`;
const PAIRS: [string, string, string | string[], object][] = [
  ["Dense", "dense", "v", {}], ["Dense", "plain", "v", {}], ["Conv2D", "conv", "img", {}],
  ["Conv2D", "strided", "img", {}], ["MaxPool2D", "maxpool", "img", {}],
  ["AvgPool2D", "avgpool", "img", {}], ["Flatten", "flat", "img", {}], ["Dropout", "drop", "img", {}],
  ["BatchNorm", "bn1", "v", { dims: 1 }], ["BatchNorm", "bn2", "img", {}],
  ["LayerNorm", "ln", "v", {}], ["Embedding", "embed", "ids", {}], ["SimpleRNN", "rnn", "seq", {}],
  ["LSTM", "lstm", "seq", {}], ["GRU", "gru", "seq", {}], ["Conv1D", "conv1", "line", {}],
  ["Conv2DTranspose", "deconv", "img", {}], ["Upsample2D", "up", "img", {}],
  ["GlobalAvgPool2D", "gap", "img", {}], ["GlobalMaxPool2D", "gmp", "img", {}],
  ["MultiHeadAttention", "attn", ["words", "memory", "memory"], {}],
  ["MultiHeadAttention", "masked", ["words"], {}], ["Bidirectional", "bi", "words", {}],
  ["Bidirectional", "bigru", "seq", {}], ["Bidirectional", "birnn", "line", {}],
];
/** Prelude layers whose to_torch() raises, and why. */
const NOT_YET: string[] = [];

describe.skipIf(!PYTHON)("each prelude layer's to_torch()", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());

  it("is PyTorch's own module computing what the exported layer computes", async () => {
    expect(preludeLayers.filter((l) => !PAIRS.some((p) => p[0] === l) && !NOT_YET.includes(l)),
      "add the layer to LAYERS").toEqual([]);
    const r = exportPyTorch(LAYERS, { file: "layers.kiln" });
    expect(r.ok, formatDiagnostics(r.diagnostics, r.sources)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "kiln-layers-"));
    try {
      const rng = new Rng(4);
      const feed = (name: string, shape: number[], ids = false) => {
        const n = shape.reduce((a, b) => a * b, 1);
        const data = ids ? Int32Array.from({ length: n }, () => Math.floor(rng.uniform() * 6))
          : Float64Array.from({ length: n }, () => rng.normal());
        return { name, shape, dtype: ids ? "I32" as const : "F64" as const, data };
      };
      writeFileSync(join(dir, "feeds.safetensors"), encodeSafetensors([feed("v", [3, 5]),
        feed("img", [2, 3, 6, 6]), feed("seq", [2, 4, 3]), feed("ids", [2, 4], true),
        feed("line", [2, 3, 8]), feed("words", [2, 5, 6]), feed("memory", [2, 3, 6])]));
      writeFileSync(join(dir, "layers.py"), r.python);
      await driver!.run({ kind: "to_torch", module: join(dir, "layers.py"), cls: r.className,
        feeds: join(dir, "feeds.safetensors"), out: join(dir, "out.safetensors"),
        pairs: PAIRS.map(([, child, input, options]) => [child, input, options]) });
      const out = decodeSafetensors(readFileSync(join(dir, "out.safetensors")));
      const compared = [...out.keys()].filter((k) => k.startsWith("kiln."));
      expect(compared.length).toBe(PAIRS.length + 2 * 3);
      for (const k of compared) {
        const kiln = out.get(k)!.data, torch = out.get(k.replace(/^kiln\./, "torch."))!.data;
        const scale = Math.max(...Array.from(kiln, Math.abs));
        expect(differs(torch, kiln, scale), k).toBeUndefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
