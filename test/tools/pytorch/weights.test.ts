// Weights both ways: what a Kiln module saves loads into the exported PyTorch module, and
// what that module saves loads into a Kiln module, optimizer state included, so training can
// move between the two mid-run. (The short version of the scale-out round trip in
// examples/pytorch/, which trains in PyTorch and measures the accuracy back in Kiln.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile, formatDiagnostics, importModule } from "../../../compiler/compile.ts";
import { drawFeeds } from "../../../compiler/tools/gradcheck.ts";
import { exportPyTorch } from "../../../compiler/tools/pytorch/export.ts";
import { decodeSafetensors, encodeSafetensors } from "../../../runtime/safetensors.ts";
import { differs, runInTorch } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

const SOURCE = `model W {
  input x: f32[4, 3]
  input y: f32[4, 2]
  bn = BatchNorm()
  fc = Dense(5, act = tanh)
  out = Dense(2)
  pred = x |> bn |> fc |> out
  output p = pred
  loss = mse(pred, y)
  aux = mean(square(pred))
  train a: minimize loss with adam(lr = 0.01)
  train b: minimize aux over out with momentum(lr = 0.1, nesterov = true)
}
`;

async function kilnModel(dtype: "f32" | "f64", seed: number) {
  const r = compile(SOURCE, { file: "w.kiln", dtype, declarations: false });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  return { ir: r.ir!, model: (await importModule(r.js)).create({ seed }) };
}

/** save()'s tensors, by name, as `train.NAME` entries of a PyTorch run give them back. */
function asBytes(entries: Map<string, { dtype: "F32" | "F64" | "I32"; shape: number[];
  data: ArrayLike<number> }>): Uint8Array {
  return encodeSafetensors([...entries].filter(([k]) => k.startsWith("train.")).map(([k, t]) =>
    ({ name: k.slice("train.".length), dtype: t.dtype, shape: t.shape,
      data: t.data as Float64Array })));
}

/** The same tensors but Kiln's generator state, which PyTorch's files leave out. */
function expectSame(got: Uint8Array, want: Uint8Array, tolerance = 1): void {
  const [a, b] = [got, want].map((bytes) => {
    const m = decodeSafetensors(bytes);
    m.delete("rng/state");
    return m;
  });
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, t] of b) {
    const scale = tolerance * Math.max(1, ...Array.from(t.data, Math.abs));
    expect(differs(a.get(name)!.data, t.data, scale), name).toBeUndefined();
  }
}

describe.skipIf(!PYTHON)("weights between Kiln and PyTorch", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());
  const exported = exportPyTorch(SOURCE, { file: "w.kiln" });

  it("carry training over mid-run, both ways, optimizer state included", async () => {
    const { ir, model } = await kilnModel("f64", 1);
    const feeds = drawFeeds(ir, 1, "f64");
    const torch = (weights: Uint8Array, steps: string[]) =>
      runInTorch(driver!, { exported, inputs: ir.decls.inputs, weights, feeds }, { steps });
    for (const s of ["a", "a", "b"]) model.train(feeds, s);
    // Kiln to PyTorch: PyTorch continues from Kiln's Adam moments, momentum buffers and step
    // counts as Kiln itself continues.
    const fromKiln = asBytes(await torch(model.save(), ["a", "b"]));
    for (const s of ["a", "b"]) model.train(feeds, s);
    expectSame(fromKiln, model.save());
    // PyTorch to Kiln: a fresh Kiln module loads PyTorch's file and continues as PyTorch does.
    const { model: other } = await kilnModel("f64", 7);
    other.load(fromKiln);
    const fromTorch = asBytes(await torch(fromKiln, ["b", "a"]));
    for (const s of ["b", "a"]) other.train(feeds, s);
    expectSame(other.save(), fromTorch);
    expect(decodeSafetensors(fromTorch).get("optim/a/t")!.data[0]).toBe(4);
  });

  it("in float32: PyTorch's file loads into a float32 Kiln module, which predicts the same", async () => {
    const { ir, model } = await kilnModel("f32", 2);
    const feeds = drawFeeds(ir, 2, "f32");
    const run = await runInTorch(driver!, { exported, inputs: ir.decls.inputs,
      weights: model.save(), feeds }, { steps: ["a", "a", "b"], dtype: "f32" });
    const bytes = asBytes(run);
    expect(decodeSafetensors(bytes).get("fc.W")!.dtype).toBe("F32");
    model.load(bytes);
    const after = await runInTorch(driver!, { exported, inputs: ir.decls.inputs, weights: bytes,
      feeds }, { predict: true, dtype: "f32" });
    const p = model.predict(feeds).p as Float32Array;
    expect(differs(after.get("predict.p")!.data, p, 1e-5 / 1e-10)).toBeUndefined();
  });

  it("that do not fit are refused, changing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiln-weights-"));
    try {
      writeFileSync(join(dir, "w.py"), exported.python);
      const bad = join(dir, "bad.safetensors");
      writeFileSync(bad, encodeSafetensors([
        { name: "fc.W", dtype: "F64", shape: [5, 3], data: new Float64Array(15) },
        { name: "extra", dtype: "F64", shape: [1], data: new Float64Array(1) }]));
      const out = await driver!.run({ kind: "exec", module: join(dir, "w.py"), code: `
m = exported.W(seed=0)
before = m.fc.W.detach().clone()
try:
    m.load_safetensors(${JSON.stringify(bad)})
except ValueError as e:
    print(e)
print("unchanged" if torch.equal(before, m.fc.W) else "changed")
` });
      expect(out).toContain("nothing was changed");
      expect(out).toContain("'fc.W' has shape [5, 3] but the model needs [3, 5]");
      expect(out).toContain("unknown tensor 'extra'");
      expect(out).toContain("missing 'fc.b'");
      expect(out.trim().split("\n").at(-1)).toBe("unchanged");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
