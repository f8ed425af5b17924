// The compiler embeds the runtime by transpiling each file, dropping `export` and
// concatenating: this test does the same and checks the result is valid standalone JS
// that behaves like the imported modules.
import { readdirSync, readFileSync } from "node:fs";
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { runtimeFiles, runtimeFileUrl } from "../../runtime/manifest.ts";
import { Rng } from "../../runtime/rng.ts";
import { encodeSafetensors } from "../../runtime/safetensors.ts";

function transpile(source: string): string {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return js.replace(/^export \{\s*\};?\s*$/gm, "").replace(/^export (?=\S)/gm, "");
}

const sources = runtimeFiles().map((name) => ({
  name,
  source: readFileSync(runtimeFileUrl(name), "utf8"),
}));
const code = sources.map((f) => `// ${f.name}\n${transpile(f.source)}`).join("\n");

/** The top-level statements of the embedded code, parsed. */
const statements = ts.createSourceFile("runtime.js", code, ts.ScriptTarget.ES2022, true).statements;

function topLevelNames(): string[] {
  const names: string[] = [];
  for (const s of statements) {
    if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) names.push(s.name!.text);
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) names.push((d.name as ts.Identifier).text);
    }
  }
  return names;
}

const exported = [
  "Rng", "RNG_STATE_WORDS", "initTensor", "fanInOut", "encodeSafetensors",
  "decodeSafetensors", "checkFeed", "checkFeedNames", "findNonFinite", "sgdStep",
  "momentumStep", "rmspropStep", "adamStep", "adamwStep", "gradSquaredNorm", "scaleInPlace",
  "clipNormScale",
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const embedded: Record<string, any> = new Function(
  `"use strict";\n${code}\nreturn { ${exported.join(", ")} };`,
)();

describe("embedded runtime", () => {
  it("lists every runtime file with code", () => {
    const onDisk = readdirSync(new URL("../../runtime/", import.meta.url))
      .filter((f) => f.endsWith(".ts") && f !== "manifest.ts" && f !== "types.ts")
      .sort();
    expect([...runtimeFiles()].sort()).toEqual(onDisk);
  });

  it("has no imports but `import type`, and no Node APIs", () => {
    for (const { name, source } of sources) {
      const imports = source.match(/^import .*$/gm) ?? [];
      expect(imports.filter((l) => !l.startsWith("import type ")), name).toEqual([]);
    }
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\b(Buffer|require|process|globalThis|__dirname)\b/);
  });

  it("declares only functions, classes and side-effect-free consts at top level", () => {
    for (const s of statements) {
      const text = s.getText().slice(0, 60);
      if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) continue;
      expect(ts.isVariableStatement(s), text).toBe(true);
      const list = (s as ts.VariableStatement).declarationList;
      expect(list.flags & ts.NodeFlags.Const, text).toBeTruthy();
      for (const d of list.declarations) {
        // Literals only (numbers, strings, object and array literals of those): no calls.
        const init = d.initializer!.getText();
        expect(init, text).not.toMatch(/\(|\bnew\b/);
      }
    }
  });

  it("uses each top-level name once across all files", () => {
    const names = topLevelNames();
    const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
    expect(duplicates).toEqual([]);
    for (const name of exported) expect(names).toContain(name);
  });

  it("gives the same random stream as the imported Rng", () => {
    const a = new embedded.Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 100; i++) expect(a.nextU32()).toBe(b.nextU32());
    expect(a.normal()).toBe(b.normal());
  });

  it("initialises, steps an optimizer, checks feeds and reads safetensors", () => {
    const F = new Float32Array(12);
    embedded.initTensor(F, 0, [2, 3], { kind: "orthogonal", args: [] }, new embedded.Rng(1));
    expect(F.subarray(0, 6).some((x) => x !== 0)).toBe(true);
    const G = Float64Array.of(1, 1, 0, 0);
    embedded.adamStep(G, 0, 1, 2, 3, 1, 0.1, 0.9, 0.999, 1e-8, 0, 1);
    expect(G[0]).toBeCloseTo(0.9, 6);
    expect(() => embedded.checkFeed("x", [1], "f32", [2])).toThrow(
      "input 'x' expects f32[2] (a Float32Array of length 2) but got an Array of length 1",
    );
    const tensors = [{ name: "w", dtype: "F32", shape: [1], data: F.subarray(0, 1) }] as const;
    const bytes = encodeSafetensors([{ ...tensors[0], shape: [1] }]);
    expect(embedded.decodeSafetensors(bytes).get("w").data[0]).toBe(F[0]);
    expect(Array.from(embedded.encodeSafetensors(tensors))).toEqual(Array.from(bytes));
  });
});
