// Builds the package into dist/: the embedded runtime and prelude (build-runtime.mjs), every
// entry bundled by esbuild as ESM (sharing chunks) and, for Node's `require`, as CommonJS, the
// compiler for browsers as one minified file, and declarations by tsc. What the compiler needs
// (chevrotain, ESM only: a CommonJS entry could not require it on every Node 20) is bundled in,
// its license in dist/THIRD-PARTY-LICENSES.txt; the package's `dependencies` (the language
// server's protocol library, loaded by `kiln lsp` only) stay packages of their own.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildRuntime, stale } from "./build-runtime.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const { dependencies = {} } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The package's entries: subpath export -> source. The browser entry is ESM only. */
export const ENTRIES = {
  index: "compiler/index.ts", browser: "compiler/browser.ts", fit: "runtime/app/fit.ts",
  worker: "runtime/app/worker.ts", vite: "compiler/bundlers/vite.ts",
  esbuild: "compiler/bundlers/esbuild.ts", cli: "compiler/tools/cli.ts",
};
/** Entries with a CommonJS build for `require` (the bundler plugins are ESM only, as Vite
 * configs are). */
const REQUIRE = ["index", "fit", "worker"];

const common = {
  absWorkingDir: root, bundle: true, platform: "neutral", target: "es2022",
  external: ["node:*", ...Object.keys(dependencies)],
  mainFields: ["module", "main"], legalComments: "none", logLevel: "warning", metafile: true,
};

/** The licenses of the packages bundled in, from the files esbuild read. */
function licenses(metafiles) {
  const names = new Set(metafiles.flatMap((m) => Object.keys(m.inputs))
    .map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter(Boolean));
  return [...names].sort().map((name) => {
    const folder = join(root, "node_modules", name);
    const file = readdirSync(folder).find((f) => /^licen[sc]e/i.test(f));
    if (!file) throw new Error(`bundled package ${name} has no license file`);
    const { version } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    return `${name}@${version}\n\n${readFileSync(join(folder, file), "utf8").trim()}\n`;
  }).join(`\n${"-".repeat(78)}\n\n`);
}

/** The compiler for browsers as one file: the browser entry and all it imports, none of which
 * may be a Node module (nothing is external, so esbuild fails on one). */
export const BROWSER_BUNDLE = { ...common, entryPoints: { "browser.min": ENTRIES.browser },
  format: "esm", platform: "browser", external: [], minify: true };

const RELATIVE = /((?:from|import)\s*\(?\s*")(\.{1,2}\/[^"]*)\.ts"/g;

/** Declarations by tsc (types only, not checked again: `npm run typecheck` does that), their
 * `.ts` import paths made `.js`, only those the entries' types reach (tsc writes one per source
 * file, the parser's among them, whose chevrotain types are bundled away), and a copy that
 * CommonJS consumers resolve as CommonJS. */
function declarations() {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"],
    { cwd: root, stdio: "inherit" });
  const reached = new Map();
  const visit = (file) => {
    if (reached.has(file)) return;
    const text = readFileSync(file, "utf8");
    reached.set(file, text.replace(RELATIVE, '$1$2.js"'));
    for (const m of text.matchAll(RELATIVE)) visit(join(dirname(file), `${m[2]}.d.ts`));
  };
  for (const name of Object.keys(ENTRIES)) {
    if (name !== "cli") visit(join(dist, "types", ENTRIES[name].replace(/\.ts$/, ".d.ts")));
  }
  rmSync(join(dist, "types"), { recursive: true });
  for (const [file, text] of reached) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  cpSync(join(dist, "types"), join(dist, "types-cjs"), { recursive: true });
  writeFileSync(join(dist, "types-cjs/package.json"), '{ "type": "commonjs" }\n');
}

export async function buildPackage({ types = true } = {}) {
  if (stale()) await buildRuntime();
  rmSync(dist, { recursive: true, force: true });
  const esm = await build({ ...common, entryPoints: ENTRIES, outdir: dist, format: "esm",
    splitting: true, chunkNames: "chunks/[name]-[hash]" });
  const cjs = await Promise.all(REQUIRE.map((name) => build({ ...common,
    entryPoints: { [name]: ENTRIES[name] }, outdir: dist, format: "cjs",
    outExtension: { ".js": ".cjs" } })));
  const browser = await build({ ...BROWSER_BUNDLE, outdir: dist });
  writeFileSync(join(dist, "THIRD-PARTY-LICENSES.txt"),
    licenses([esm.metafile, ...cjs.map((r) => r.metafile), browser.metafile]));
  if (types) declarations();
  const min = readFileSync(join(dist, "browser.min.js"));
  return { browserBytes: min.length, browserGzipBytes: gzipSync(min, { level: 9 }).length,
    browserInputs: Object.keys(browser.metafile.inputs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const r = await buildPackage();
  console.log(`built dist/ in ${((performance.now() - t0) / 1000).toFixed(1)} s; the compiler ` +
    `for browsers (dist/browser.min.js): ${r.browserBytes} bytes minified, ` +
    `${r.browserGzipBytes} gzipped`);
}
