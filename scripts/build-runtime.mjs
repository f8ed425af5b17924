// Bundles the runtime that compiled modules embed, once per kind of module: training or
// --predict-only, float32 or float64. esbuild drops what a kind does not use. The leaf
// functions a module's own code calls (the float32 fast math, erf, tanh, the products SIMD
// kernels fall back to or are picked by, the orthogonal initialiser) are built apart, one
// piece each (PIECES), so that a module pastes only those its code calls. Bundles and pieces are written as strings for the compiler to paste in
// (compiler/emit/runtime.generated.ts, not committed: `npm test`, `npm start` and the `kiln`
// command of a checkout make it; the package is built with it). The text files the compiler
// reads (EMBEDS: the prelude, the PyTorch export's Python) are embedded the same way, so it
// reads no file of its own wherever it runs, bundled or in a browser.
import { build } from "esbuild";
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "compiler/emit/runtime.generated.ts");

/** Each generated file: the text of `files` in `dir`, by file name, as the constant `name`. */
const EMBEDS = [
  { dir: "dsl", files: (f) => f === "prelude.kiln", name: "PRELUDE_FILES",
    to: "compiler/front/prelude.generated.ts" },
  { dir: "compiler/tools/pytorch", files: (f) => f.endsWith(".py"), name: "PYTHON_FILES",
    to: "compiler/tools/pytorch/python.generated.ts" },
].map((e) => ({ ...e, to: join(root, e.to),
  sources: () => readdirSync(join(root, e.dir)).filter(e.files).sort()
    .map((f) => join(root, e.dir, f)) }));

/** Each kind's bundle: the model's core, and how it finishes (training or predict-only), as
 * one statement defining these two names. */
const BUNDLE_NAMES = ["createCore", "finishModel"];

/** The kinds of bundle. */
const KINDS = {
  // simd: the code that inflates and compiles SIMD kernels (a float64 module has none).
  "train-f32": { finish: "finishTraining", simd: true },
  "train-f64": { finish: "finishTraining", simd: false },
  "predict-f32": { finish: "finishPredictOnly", simd: true },
  "predict-f64": { finish: "finishPredictOnly", simd: false },
};

function entry({ finish }) {
  return [
    `export { createCore } from "./runtime/model/core.ts";`,
    `export { ${finish} as finishModel } from "./runtime/model/finish.ts";`,
  ].join("\n");
}

/** The files whose exports are pieces: every export, or those `names` lists. */
const PIECES = [
  { file: "runtime/fastmath.ts" },
  { file: "runtime/special.ts", names: ["kilnErf", "kilnTanh"] },
  { file: "runtime/fallback.ts", names: ["kilnProduct", "kilnRows"] },
  { file: "runtime/init.ts", names: ["kilnOrthogonal"] },
];

const esbuildOptions = (contents, sourcefile, format) => ({
  stdin: { contents, resolveDir: root, sourcefile, loader: "ts" },
  bundle: true, write: false, format, target: "es2022", platform: "neutral",
  legalComments: "none", minify: true, treeShaking: true,
});

/** The names `file` exports. */
async function exportsOf(file) {
  const r = await build({ ...esbuildOptions(`export * from "./${file}";`, "exports.ts", "esm"),
    minify: false, metafile: true });
  return Object.values(r.metafile.outputs)[0].exports;
}

/** The exports `names` of the module `contents`, minified, as one statement that defines them
 * and nothing else at the top level of a module, their private code inside: `const
 * name=(()=>{...;return f})();` for one name, `const{a,b}=(()=>{...;return{a:f,b:g}})();` for
 * several. Made from esbuild's ES module, which must be code then one `export{f as a,g as
 * b};`: any other shape (an import, another export) fails the build rather than making a
 * broken piece. (An IIFE bundle with a global name would add esbuild's export helpers.) */
async function statement(contents, names, sourcefile, options = {}) {
  const r = await build({ ...esbuildOptions(contents, sourcefile, "esm"), ...options });
  const text = r.outputFiles[0].text;
  const m = /^([\s\S]*?);?export\{([\w$, ]+)\};\n?$/.exec(text);
  const locals = new Map(m?.[2].split(",").map((e) => {
    const [local, name = local] = e.trim().split(/ as /);
    return [name, local];
  }));
  if (!m || /\b(?:import|export)\b/.test(m[1]) || locals.size !== names.length ||
    !names.every((n) => /^[\w$]+$/.test(locals.get(n) ?? ""))) {
    throw new Error(`build-runtime: esbuild's module of ${names} is not code then ` +
      `export{f as ${names[0]}, ...}; it begins ${JSON.stringify(text.slice(0, 80))}, ends ` +
      `${JSON.stringify(text.slice(-80))}`);
  }
  const source = names.length === 1
    ? `const ${names[0]}=(()=>{${m[1]};return ${locals.get(names[0])}})();`
    : `const{${names}}=(()=>{${m[1]};return{${names.map((n) => `${n}:${locals.get(n)}`)}}})();`;
  // It runs alone (on the engine's globals only) and defines the names as functions.
  const kinds = new Function(`"use strict";${source}\nreturn [${names}].map((f) => typeof f);`)();
  if (kinds.some((k) => k !== "function")) {
    throw new Error(`build-runtime: the piece of ${names} defines ${kinds}`);
  }
  return source;
}

/** `names`, exports of `file`, as one statement (a piece). */
function piece(file, names) {
  return statement(`export { ${names.join(", ")} } from "./${file}";`, names, `${names.join("-")}.ts`);
}

/** Every piece's source, by name, in name order; and for each file of several pieces, one piece
 * of them all (`names`, `source`), which a module calling several of them pastes when it is
 * the smaller: pieces of one file share its private code (fast math's table), each a copy. */
async function buildPieces() {
  const pieces = {}, groups = [];
  for (const { file, names = await exportsOf(file) } of PIECES) {
    for (const name of names) {
      if (name in pieces) throw new Error(`build-runtime: two pieces are named ${name}`);
      pieces[name] = await piece(file, [name]);
    }
    const sorted = [...names].sort();
    if (names.length > 1) groups.push({ names: sorted, source: await piece(file, sorted) });
  }
  const byName = Object.fromEntries(Object.entries(pieces).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { pieces: byName, groups };
}

const mtime = (file) => { try { return statSync(file).mtimeMs; } catch { return -Infinity; } };

/** Whether a generated file is older than its sources (or missing). */
export function stale() {
  if (EMBEDS.some((e) => e.sources().some((f) => mtime(f) > mtime(e.to)))) return true;
  const built = mtime(out);
  if (built === -Infinity) return true;
  const newest = (dir) => Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) =>
    e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs));
  return Math.max(newest(join(root, "runtime")), statSync(fileURLToPath(import.meta.url)).mtimeMs) > built;
}

/** Writes `file`, or only touches it when it already holds `text`: a source touched without
 * change (a checkout, a merge) then stops making it look stale. */
function update(file, text) {
  const before = (() => { try { return readFileSync(file, "utf8"); } catch { return ""; } })();
  if (before !== text) writeFileSync(file, text);
  else utimesSync(file, new Date(), new Date());
}

export async function buildRuntime() {
  for (const e of EMBEDS) {
    const text = (f) => [basename(f), readFileSync(f, "utf8")];
    const files = Object.fromEntries(e.sources().map(text));
    update(e.to, `// Generated by scripts/build-runtime.mjs from ${e.dir}/. Do not edit.\n` +
      `export const ${e.name}: Readonly<Record<string, string>> = ` +
      `${JSON.stringify(files, null, 2)};\n`);
  }
  const bundles = {};
  for (const [kind, spec] of Object.entries(KINDS)) {
    bundles[kind] = await statement(entry(spec), BUNDLE_NAMES, `runtime-${kind}.ts`,
      { define: { KILN_SIMD: String(spec.simd) } });
  }
  const { pieces, groups } = await buildPieces();
  for (const name of Object.keys(pieces)) {
    if (BUNDLE_NAMES.includes(name)) {
      throw new Error(`build-runtime: ${name} is both a piece and in a bundle`);
    }
  }
  const hash = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 0);
  const text = "// Generated by scripts/build-runtime.mjs from runtime/. Do not edit.\n" +
    `export const RUNTIME: Record<string, string> = ${JSON.stringify(bundles, null, 2)};\n` +
    "/** The leaf functions a module's code calls, each a statement defining its one name. */\n" +
    `export const RUNTIME_PIECES: Record<string, string> = ${JSON.stringify(pieces, null, 2)};\n` +
    "/** For each file of several pieces, one piece defining all its names. */\n" +
    "export const RUNTIME_PIECE_GROUPS: { names: string[]; source: string }[] = " +
    `${JSON.stringify(groups, null, 2)};\n` +
    `export const RUNTIME_HASH = ${hash(JSON.stringify([bundles, pieces, groups]))};\n`;
  update(out, text);
  return { bundles, pieces, groups };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bundles, pieces, groups } = await buildRuntime();
  for (const [kind, text] of Object.entries(bundles)) console.log(`${kind}: ${text.length} bytes`);
  for (const [name, text] of Object.entries(pieces)) console.log(`${name}: ${text.length} bytes`);
  for (const g of groups) console.log(`${g.names.join(", ")}: ${g.source.length} bytes`);
}
