// What the bundler plugins share: a .kiln file an app imports, compiled to its module's JS,
// its declarations written beside it (`mnist.kiln.d.ts`, which TypeScript finds for
// `import ... from "./mnist.kiln"` under `moduleResolution: "bundler"`), and its diagnostics as
// messages located in the model file, for the bundler to show at the model's line.
import { readFileSync, writeFileSync } from "node:fs";
import type { Diagnostic } from "../../dsl/diagnostics.ts";
import { compile, type CompileOptions, formatDiagnostics } from "../compile.ts";
import { PRELUDE_FILE } from "../front/prelude.ts";
import { nodeHost } from "../nodeHost.ts";

/** How every imported model file is compiled (CompileOptions, but for one file at a time). */
export interface KilnPluginOptions
  extends Pick<CompileOptions, "dims" | "dtype" | "optimize" | "predictOnly"> {
  /** Write `X.kiln.d.ts` beside each model file `X.kiln` an app imports (default true). */
  declarations?: boolean;
}

/** A diagnostic as bundlers report one: where it is (1-based line, 0-based column, as esbuild
 * and Rollup count) and the formatted text with the source line and a caret. */
export interface KilnMessage {
  message: string;
  formatted: string;
  file?: string;
  line?: number;
  column?: number;
  length?: number;
  lineText?: string;
}

export interface KilnFile {
  /** The module's JavaScript, or undefined when the model has errors. */
  js?: string;
  errors: KilnMessage[];
  warnings: KilnMessage[];
  /** Every model file read (the file and what it imports): the bundler watches them. */
  files: string[];
}

export function compileKilnFile(path: string, options: KilnPluginOptions = {}): KilnFile {
  const { declarations = true, ...compileOptions } = options;
  const r = compile(readFileSync(path, "utf8"), { ...compileOptions, file: path, host: nodeHost,
    declarations });
  const message = (d: Diagnostic): KilnMessage => {
    const lineText = d.span && r.sources.get(d.span.file)?.split(/\r?\n/)[d.span.line - 1];
    return { message: d.message, formatted: formatDiagnostics([d], r.sources), file: d.span?.file,
      line: d.span?.line, column: d.span && d.span.col - 1, lineText,
      length: d.span && d.span.endLine === d.span.line ? d.span.endCol - d.span.col : undefined };
  };
  const files = [...r.sources.keys()].filter((f) => f !== PRELUDE_FILE);
  const errors = r.diagnostics.filter((d) => d.severity === "error").map(message);
  const warnings = r.diagnostics.filter((d) => d.severity !== "error").map(message);
  if (!r.ok) return { errors, warnings, files };
  if (declarations) writeIfChanged(`${path}.d.ts`, r.dts);
  return { js: r.js, errors, warnings, files };
}

/** Rewriting an unchanged file would wake the bundler's watcher again. */
function writeIfChanged(file: string, text: string): void {
  let before: string | undefined;
  try { before = readFileSync(file, "utf8"); } catch { before = undefined; }
  if (before !== text) writeFileSync(file, text);
}
