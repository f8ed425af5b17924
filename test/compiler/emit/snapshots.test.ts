// Every example compiled, kept as a file, so that a change to emission reads as a diff in
// review (esbuild's and TypeScript's baselines). Refresh with UPDATE_SNAPSHOTS=1 npm test.
// The runtime bundle each module starts with is left out (test/runtime/bundle.test.ts holds
// it to runtime/) but for the names of the pieces it pastes, and the SIMD kernels' bytes are
// shown by length: their code is tested against definitions in wasm.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/compile.ts";

const EXAMPLES = new URL("../../../examples/", import.meta.url);
const DIR = new URL("./snapshots/", import.meta.url);
const update = process.env.UPDATE_SNAPSHOTS === "1";

/** Each example file's models (a file may hold several). */
const cases = readdirSync(EXAMPLES).filter((f) => f.endsWith(".kiln")).flatMap((file) => {
  const source = readFileSync(new URL(file, EXAMPLES), "utf8");
  const models = [...source.matchAll(/^model (\w+)/gm)].map((m) => m[1]);
  return models.map((model) => ({ file, model, source }));
});

/** The runtime pieces the module pastes, then the module after its runtime, its one-line tables
 * spread over lines (one tensor, input or check a line) so that diffs show what moved. */
function snapshot(js: string): string {
  const pieces = [...js.matchAll(/^const(?: (kiln\w+)|(\{[\w,]+\}))=/gm)]
    .map((m) => m[1] ?? m[2]);
  const model = js.slice(js.indexOf("// ---- model"));
  return `// runtime pieces: ${pieces.join(", ") || "none"}\n` +
    model.replace(/^const WASM = "([^"]*)";$/m, (_, b64: string) =>
    `const WASM = "..."; // ${Math.floor(b64.length * 3 / 4)} bytes`)
    .replace(/^(export const meta|const TABLES) = (.*);$/gm, (_, head: string, json: string) => {
      const v = JSON.parse(json);
      return `${head} = ${spread(v, "", v.strings ? infoNotes(v.strings) : undefined)};`;
    });
}

/** The finite-value checks' rows spelled out beside them (the module holds their texts as
 * indices into `strings`): what the row names, where, its type, and what is fused into it. */
function infoNotes(strings: string[]) {
  return (key: string, row: unknown) => {
    if (key !== "info" || !Array.isArray(row)) return "";
    const [op, where, type, fused] = row as [number, number, number, number[]];
    const ops = [];
    for (let k = 0; k < fused.length; k += 2) ops.push(strings[fused[k]]);
    return ` // ${strings[op]} ${strings[where]} ${strings[type]}` +
      (ops.length ? ` (${ops.join(", ")})` : "");
  };
}

function spread(v: unknown, indent = "", note?: (key: string, item: unknown) => string,
  key = ""): string {
  if (Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null)) {
    const items = v.map((x, i) => `${indent}  ${JSON.stringify(x)}${i < v.length - 1 ? "," : ""}` +
      (note?.(key, x) ?? ""));
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return JSON.stringify(v);
  const entries = Object.entries(v).map(([k, x]) =>
    `${indent}  ${JSON.stringify(k)}: ${spread(x, `${indent}  `, note, k)}`);
  return `{\n${entries.join(",\n")}\n${indent}}`;
}

describe("emitted code", () => {
  it("finds the examples", () => expect(cases.length).toBeGreaterThanOrEqual(5));

  for (const { file, model, source } of cases) {
    it(`of ${file}, model ${model}, is as kept in snapshots/`, () => {
      const r = compile(source, { file, model, declarations: false });
      expect(r.ok).toBe(true);
      const got = snapshot(r.js);
      const path = new URL(`${file.replace(/\.kiln$/, "")}.${model}.js`, DIR);
      if (update || !existsSync(path)) writeFileSync(path, got);
      expect(got, `${path.pathname} differs: run UPDATE_SNAPSHOTS=1 and review the diff`)
        .toBe(readFileSync(path, "utf8"));
    });
  }
});
