// The bundler plugins: an app importing a .kiln file (which imports a layer file) is bundled by
// esbuild and by Vite into code that trains the model; the declarations written beside the
// model file type the import under `moduleResolution: "bundler"`; a mistake in the model fails
// the build with its file and line.
import { build as esbuild } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { build as vite } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kiln as esbuildKiln } from "../../../compiler/bundlers/esbuild.ts";
import { kiln as viteKiln } from "../../../compiler/bundlers/vite.ts";
import { importModule } from "../../../compiler/index.ts";

const HIDDEN = `layer Hidden(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  return relu(x @ W)
}
`;
const MODEL = `import "layers/hidden.kiln"
model Tiny {
  input x: f32[2, 3]
  input y: i32[2]
  h = Hidden(4)
  fc = Dense(2)
  logits = x |> h |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with sgd(lr = 0.1)
}
`;
const APP = `import { create } from "./tiny.kiln";
const model = create({ seed: 1 });
const feeds = { x: new Float32Array([1, 2, 3, 4, 5, 6]), y: new Int32Array([0, 1]) };
export const losses: number[] = [model.train(feeds), model.train(feeds)];
export const probs: Float32Array = model.predict(feeds).probs;
`;

let dir: string;
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kiln-plugins-"));
  mkdirSync(join(dir, "layers"));
  write("layers/hidden.kiln", HIDDEN);
  write("tiny.kiln", MODEL);
  write("app.ts", APP);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the bundled app computes: two losses, going down, and a row of probabilities. */
async function expectTrains(js: string): Promise<void> {
  const app = await importModule(js) as unknown as { losses: number[]; probs: Float32Array };
  expect(app.losses[1]).toBeLessThan(app.losses[0]);
  expect(app.probs[0] + app.probs[1]).toBeCloseTo(1, 6);
}

/** TypeScript's errors in each file, as an app's strict bundler configuration checks them. */
function typeErrors(files: string[]): Record<string, string[]> {
  const program = ts.createProgram(files.map((f) => join(dir, f)), { strict: true, noEmit: true,
    types: [], lib: ["lib.es2022.d.ts"], target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const errors = (f: string) => ts.getPreEmitDiagnostics(program, program.getSourceFile(join(dir, f)))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return Object.fromEntries(files.map((f) => [f, errors(f)]));
}

describe("the esbuild plugin", () => {
  it("bundles an app that imports a model file, and the app trains it", async () => {
    const r = await esbuild({ entryPoints: [join(dir, "app.ts")], bundle: true, write: false,
      format: "esm", logLevel: "silent", plugins: [esbuildKiln()] });
    await expectTrains(r.outputFiles[0].text);
  });

  it("writes declarations beside the model file that type the app's import", () => {
    const dts = readFileSync(join(dir, "tiny.kiln.d.ts"), "utf8");
    expect(dts).toContain("export declare function create(options?: CreateOptions): Model;");
    write("misuse.ts",
      `import { create } from "./tiny.kiln";\ncreate().predict({ x: [1] }).logits;\n`);
    expect(typeErrors(["app.ts", "misuse.ts"])).toEqual({ "app.ts": [],
      "misuse.ts": [expect.stringContaining("Property 'logits' does not exist")] });
  });

  it("fails the build at the line of the mistake, in the imported file", async () => {
    write("layers/hidden.kiln", HIDDEN.replace("x @ W", "W @ x"));
    try {
      const failed = await esbuild({ entryPoints: [join(dir, "app.ts")], bundle: true, write: false,
        logLevel: "silent", plugins: [esbuildKiln()] }).then(() => null, (e) => e);
      const [e] = failed.errors;
      expect(resolve(e.location.file)).toBe(join(dir, "layers/hidden.kiln"));
      expect(e.location).toMatchObject({ line: 3, lineText: "  return relu(W @ x)" });
      expect(e.text).toMatch(/@/);
    } finally {
      write("layers/hidden.kiln", HIDDEN);
    }
  });
});

describe("the Vite plugin", () => {
  const bundle = (plugins = [viteKiln({ declarations: false })]) => vite({ root: dir,
    logLevel: "silent", configFile: false, plugins, build: { write: false, minify: false,
      lib: { entry: join(dir, "app.ts"), formats: ["es"], fileName: "app" } } });

  it("bundles an app that imports a model file, and the app trains it", async () => {
    const out = await bundle() as { output: { type: string; code?: string }[] }[];
    await expectTrains(out[0].output.find((o) => o.type === "chunk")!.code!);
  });

  it("fails the build at the line of the mistake", async () => {
    write("tiny.kiln", MODEL.replace("Dense(2)", "Dense(2, act = relux)"));
    try {
      // Vite (Rolldown) gathers the plugins' errors in `errors`.
      const [e] = (await bundle().then(() => null, (err) => err)).errors;
      expect(e.loc).toMatchObject({ file: join(dir, "tiny.kiln"), line: 6 });
      expect(e.message).toContain("tiny.kiln:6:");
      expect(e.message).toContain("relux");
    } finally {
      write("tiny.kiln", MODEL);
    }
  });

  it("writes no declarations when told not to", () => {
    rmSync(join(dir, "tiny.kiln.d.ts"), { force: true });
    return bundle().then(() => expect(existsSync(join(dir, "tiny.kiln.d.ts"))).toBe(false));
  });
});
