// `--predict-only`: a module for shipping a trained model. It predicts exactly as the training
// module does, takes the weights that module saves (skipping its optimizer state), and has no
// training calls, code or memory.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../compiler/tools/cli.ts";
import { compile, compileToModel, importModule } from "../../compiler/index.ts";

const MLP = `
model Mlp {
  input x: f32[4, 6]
  input y: i32[4]
  fc1 = Dense(8, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> dropout(0.2) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.01)
}`;

const x = new Float32Array(24).map((_, i) => Math.sin(i));
const y = new Int32Array([0, 1, 2, 1]);

async function both() {
  const full = compile(MLP, { file: "m.kiln" }), lean = compile(MLP, { file: "m.kiln", predictOnly: true });
  expect(full.ok && lean.ok).toBe(true);
  return { full, lean, fullMod: await importModule(full.js), leanMod: await importModule(lean.js) };
}

describe("--predict-only", () => {
  it("predicts as the training module does, in less memory and code", async () => {
    const { full, lean, fullMod, leanMod } = await both();
    const [a, b] = [fullMod.create({ seed: 5 }), leanMod.create({ seed: 5 })];
    expect([...b.predict({ x }).probs]).toEqual([...a.predict({ x }).probs]);
    expect(lean.stats!.arenaBytes).toBeLessThan(full.stats!.arenaBytes);
    expect(lean.js.length).toBeLessThan(full.js.length);
    // Adam's update is part of the training module's step; the lean one has no step.
    expect(full.js).toMatch(/^function run_step0\(/m);
    expect(lean.js).not.toMatch(/^function run_step0\(/m);
    expect(lean.js).not.toContain("gradients: mode must be");
    expect(leanMod.meta.predictOnly).toBe(true);
    expect(fullMod.meta.predictOnly).toBe(false);
    expect(leanMod.meta.steps).toEqual([]);
  });

  it("says why it cannot train", async () => {
    const m = (await both()).leanMod.create();
    for (const call of [() => m.train({ x, y }), () => m.gradients({ x, y }),
      () => m.setLearningRate("step", 0.1), () => m.getLearningRate("step")]) {
      expect(call).toThrow(/compiled with --predict-only, so it cannot train/);
    }
  });

  it("loads what a training module saves, optimizer state skipped, and the other way round", async () => {
    const { fullMod, leanMod } = await both();
    const trainer = fullMod.create({ seed: 1 });
    for (let i = 0; i < 5; i++) trainer.train({ x, y });
    const shipped = leanMod.create({ seed: 2 });
    shipped.load(trainer.save());
    expect([...shipped.predict({ x }).probs]).toEqual([...trainer.predict({ x }).probs]);
    // Its own file has no optimizer state, which a training module does not require.
    const again = fullMod.create({ seed: 3 });
    again.load(shipped.save());
    expect([...again.predict({ x }).probs]).toEqual([...trainer.predict({ x }).probs]);
  });

  it("still refuses weights that do not fit, changing nothing", async () => {
    const other = (await compileToModel(MLP.replace("Dense(8", "Dense(9"))).create();
    const m = (await both()).leanMod.create({ seed: 4 });
    const before = [...m.params["fc1.W"]];
    expect(() => m.load(other.save())).toThrow(/'fc1.W' has shape \[6, 9\] but the model needs \[6, 8\]/);
    expect([...m.params["fc1.W"]]).toEqual(before);
  });

  it("has declarations without training calls", () => {
    const lean = compile(MLP, { predictOnly: true });
    const project = new Project({ useInMemoryFileSystem: true,
      compilerOptions: { strict: true, target: 9 /* ES2022 */, lib: ["lib.es2022.d.ts"] } });
    project.createSourceFile("/m/model.d.ts", lean.dts);
    project.createSourceFile("/m/use.ts", `
import { create, meta } from "./model";
const m = create();
m.load(m.save());
const p: Float32Array = m.predict({ x: m.inputs.x }).probs;
const only: true = meta.predictOnly;
export const used = [p, only];
`);
    expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText())).toEqual([]);
    project.createSourceFile("/m/bad.ts", `
import { create } from "./model";
const m = create();
m.train({ x: new Float32Array(24), y: new Int32Array(4) });
m.gradients({ x: new Float32Array(24), y: new Int32Array(4) });
`);
    const bad = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath() === "/m/bad.ts");
    expect(bad.length).toBe(2);
  });

  it("is a flag of kiln compile and kiln stats, and a usage error elsewhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiln-predict-"));
    const file = join(dir, "m.kiln");
    (await import("node:fs")).writeFileSync(file, MLP);
    let out = "", err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += s; return true; });
    const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += s; return true; });
    try {
      expect(await main(["compile", file, "--predict-only", "-o", join(dir, "lean.js")])).toBe(0);
      expect(await main(["stats", file, "--predict-only", "--json"])).toBe(0);
      expect(JSON.parse(out.slice(out.indexOf("{"))).entries.map((x: { entry: string }) => x.entry))
        .toEqual(["predict"]);
      expect(await main(["check", file, "--predict-only"])).toBe(2);
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
    expect(err).toMatch(/unknown option '--predict-only'/);
    const m = (await import(join(dir, "lean.js"))).create({ seed: 5 });
    expect(m.meta.predictOnly).toBe(true);
  });
});
