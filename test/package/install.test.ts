// The package as a user gets it: built (scripts/build-package.mjs), packed by `npm pack`,
// installed into a new app from the tarball, and used there: the `kiln` command through npx,
// the library imported from .mjs and required from .cjs (the same results), a TypeScript
// consumer type-checked under `tsc --init`'s defaults (strict, NodeNext), and `kiln lsp`.
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter,
} from "vscode-jsonrpc/node.js";
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildPackage } from "../../scripts/build-package.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const TMP = mkdtempSync(join(tmpdir(), "kiln-package-"));
const APP = join(TMP, "app");

const LAYERS = `layer Hidden(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  return relu(x @ W)
}
`;
const MODEL = `import "layers.kiln"
dim B = 4
model Tiny {
  input x: f32[B, 3]
  input y: i32[B]
  h = Hidden(8)
  fc = Dense(2)
  logits = x |> h |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.05)
}
`;
/** The same program as an ES module and as CommonJS: compile, compileToModel, fit. */
const program = (imports: string) => `${imports}
const source = readFileSync("model.kiln", "utf8");
const r = compile(source, { file: "model.kiln" });
const run = async () => {
  const model = (await compileToModel(source, { file: "model.kiln" })).create({ seed: 1 });
  const x = Float32Array.from({ length: 32 * 3 }, (_, i) => Math.sin(i));
  const y = Int32Array.from({ length: 32 }, (_, i) => i % 2);
  const history = await fit(model, { x, y }, { epochs: 3, seed: 2 });
  console.log(JSON.stringify({ ok: r.ok, dts: r.dts.includes("export declare function create"),
    losses: history.epochs.map((e) => e.loss), worker: typeof WorkerModel }));
};
run();
`;
const MJS = program(`import { readFileSync } from "node:fs";
import { compile, compileToModel } from "kiln-ml";
import { fit } from "kiln-ml/fit";
import { WorkerModel } from "kiln-ml/worker";`);
const CJS = program(`const { readFileSync } = require("node:fs");
const { compile, compileToModel } = require("kiln-ml");
const { fit } = require("kiln-ml/fit");
const { WorkerModel } = require("kiln-ml/worker");`);

const CONSUMER = `import { compile, type CompileResult, KilnError, memoryHost } from "kiln-ml";
import { fit, type History } from "kiln-ml/fit";
import { compileToModel } from "kiln-ml/browser";
import { create } from "./build/mnist.js";

const r: CompileResult = compile("model M {}", { dtype: "f64", host: memoryHost({}) });
// @ts-expect-error: a dtype is "f32" or "f64"
compile("", { dtype: "f16" });
const failed: boolean = r.diagnostics.length > 0 && !(new KilnError([]) instanceof Error);
const model = create({ seed: 1 });
const loss: number = model.train({ x: new Float32Array(64 * 784), y: new Int32Array(64) });
const backend: "simd" | "js" = model.backend;
// @ts-expect-error: the model's output is probs
model.predict({ x: model.inputs.x }).logits;
export const used: [boolean, number, string, Promise<History>, typeof compileToModel] =
  [failed, loss, backend, fit(model, { x: [], y: [] }), compileToModel];
`;
const CJS_CONSUMER = `import kiln = require("kiln-ml");
const r: kiln.CompileResult = kiln.compile("model M {}");
export = r;
`;

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: APP, encoding: "utf8" });
let files: string[] = [];

beforeAll(async () => {
  await buildPackage();
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json",
    "--pack-destination", TMP], { cwd: ROOT, encoding: "utf8" }));
  files = packed.files.map((f: { path: string }) => f.path);
  mkdirSync(APP);
  writeFileSync(join(APP, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module" }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts",
    join(TMP, packed.filename)]);
  writeFileSync(join(APP, "layers.kiln"), LAYERS);
  writeFileSync(join(APP, "model.kiln"), MODEL);
}, 300_000);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const bytesUnder = (dir: string): number => readdirSync(dir, { withFileTypes: true })
  .reduce((sum, e) => sum + (e.isDirectory() ? bytesUnder(join(dir, e.name))
    : statSync(join(dir, e.name)).size), 0);

describe("the packed and installed package", () => {
  it("holds compiled JavaScript, declarations, the bin and the examples, and no sources", () => {
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/browser.js", "dist/browser.min.js",
      "dist/types/compiler/index.d.ts", "dist/types-cjs/compiler/index.d.ts", "bin/kiln.mjs",
      "dsl/prelude.kiln", "examples/mnist_mlp.kiln", "dist/THIRD-PARTY-LICENSES.txt"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(test|bench|scripts|\.ci|compiler|runtime)\//.test(f) ||
      (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)))).toEqual([]);
  });

  it("installs in under 10 MB, with no TypeScript runner, dataset or ts-morph", () => {
    const modules = join(APP, "node_modules");
    expect(bytesUnder(modules)).toBeLessThan(10 * 2 ** 20);
    for (const dev of ["tsx", "ts-morph", "typescript", "mnist", "chevrotain"]) {
      expect(existsSync(join(modules, dev)), dev).toBe(false);
    }
  });

  it("runs `npx kiln compile`, `kiln export --pytorch` and `kiln --help`", () => {
    const out = run("npx", ["--no-install", "kiln", "compile",
      "node_modules/kiln-ml/examples/mnist_mlp.kiln", "-o", "build/mnist.js"]);
    expect(out).toMatch(/^wrote build\/mnist\.js \(\d+ bytes\) and build\/mnist\.d\.ts/);
    // The export's Python runtime is embedded in the compiled code, as the prelude is.
    run(join(APP, "node_modules/.bin/kiln"),
      ["export", "model.kiln", "--pytorch", "-o", "model.py"]);
    expect(readFileSync(join(APP, "model.py"), "utf8")).toMatch(/^import torch$/m);
    const help = execFileSync(join(APP, "node_modules/.bin/kiln"), ["--help"], { encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"] });
    expect(help).toContain("kiln compile FILE");
  });

  it("is imported from .mjs and required from .cjs, with the same results", () => {
    writeFileSync(join(APP, "use.mjs"), MJS);
    writeFileSync(join(APP, "use.cjs"), CJS);
    const esm = JSON.parse(run("node", ["use.mjs"]));
    expect(esm).toMatchObject({ ok: true, dts: true, worker: "function" });
    expect(esm.losses).toHaveLength(3);
    expect(esm.losses[2]).toBeLessThan(esm.losses[0]);
    expect(JSON.parse(run("node", ["use.cjs"]))).toEqual(esm);
  });

  it("type-checks a TypeScript consumer under tsc --init's defaults (strict, NodeNext)", () => {
    run("node", [TSC, "--init"]);
    writeFileSync(join(APP, "consumer.ts"), CONSUMER);
    writeFileSync(join(APP, "consumer-cjs.cts"), CJS_CONSUMER);
    // With the package's own declarations checked too, which tsc --init's skipLibCheck skips
    // (a superset of the default check).
    const errors = (() => {
      try {
        return run("node", [TSC, "-p", ".", "--noEmit", "--skipLibCheck", "false"]);
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    })();
    expect(errors).toBe("");
  });

  it("serves `kiln lsp`, which finds the prelude's layers in the package", async () => {
    const child = spawn(join(APP, "node_modules/.bin/kiln"), ["lsp"], { cwd: APP });
    const client = createMessageConnection(new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin));
    client.listen();
    try {
      await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
      const uri = pathToFileURL(join(APP, "model.kiln")).href;
      client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "kiln",
        version: 1, text: MODEL } });
      const line = MODEL.split("\n").findIndex((l) => l.includes("Dense("));
      const at = await client.sendRequest("textDocument/definition", { textDocument: { uri },
        position: { line, character: MODEL.split("\n")[line].indexOf("Dense") + 1 } });
      const target = fileURLToPath((at as { uri: string }).uri);
      expect(target).toBe(join(APP, "node_modules/kiln-ml/dsl/prelude.kiln"));
      expect(existsSync(target)).toBe(true);
      await client.sendRequest("shutdown");
      const exited = new Promise((done) => child.once("exit", done));
      await client.sendNotification("exit");
      expect(await exited).toBe(0);
    } finally {
      client.dispose();
      child.kill();
    }
  });
});
