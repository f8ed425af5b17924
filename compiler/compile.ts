// Compiling: a model file to a module's JS and declarations, or straight to a live module.
// Mistakes in the model come back as diagnostics, never as exceptions. The core of every
// entry: it reads files only through the host it is given (host.ts), so it runs anywhere.
import type { Program } from "../dsl/ast.ts";
import {
  type Diagnostic, error, formatDiagnostics, KilnError, visible,
} from "../dsl/diagnostics.ts";
import { parse, type ParseResult } from "../dsl/parse.ts";
import { emitDeclarations } from "./emit/declarations.ts";
import { emitModule, type EntryStats } from "./emit/module.ts";
import { type FileHost, memoryHost } from "./host.ts";
import { MAX_MODEL_BYTES, size } from "./ir/shape.ts";
import { InternalError, isStackOverflow } from "./internal.ts";
import { arenaEstimate, persistentBytes } from "./emit/arena.ts";
import type { ModelDecls } from "./front/decls.ts";
import type { Trace } from "./front/trace.ts";
import { buildModel, checkModel, type LoopMode, type ModelIR,
  type ModelOptions } from "./model.ts";
import { prelude, PRELUDE_FILE } from "./front/prelude.ts";
import { capErrors } from "./front/recovery.ts";
import { fileTooLarge, type Limits, limitsOf } from "./limits.ts";

export interface CompileOptions {
  /** The file name used in diagnostics and to resolve imports (default "model.kiln"). */
  file?: string;
  /** Which model of the file (default: the last one). */
  model?: string;
  /** Overrides of `dim` values. */
  dims?: Record<string, number>;
  dtype?: "f32" | "f64";
  /** 0, 1 or 2 (default 2). */
  optimize?: 0 | 1 | 2;
  /** Reads the files the model imports. Default: the disk in Node (`kiln-ml`), none in the
   * browser entry (`kiln-ml/browser`: pass `memoryHost(files)`). */
  host?: FileHost;
  /** Limits on the compile's work (compiler/limits.ts); each defaults to DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** Skip the .d.ts (faster, for tests and scripts). */
  declarations?: boolean;
  /** A module for shipping a trained model: predict, params, state, save and load only, with
   * no training code, gradients or optimizer memory (`--predict-only`). */
  predictOnly?: boolean;
  /** How `for` loops compile (`--loops`): "roll" (the default: loop nodes, their gradients
   * saving what they need), "recompute" (saving only what they carry) or "unroll". */
  loops?: LoopMode;
  /** false: only check, as an editor does at every pause in typing. The diagnostics are
   * compile()'s, but nothing is optimized or emitted (no `js`, `dts`, `stats` or `ir`); the
   * memory the module would need is bounded from the model's tensors, and only a model near
   * the limit is emitted to size it exactly. */
  emit?: boolean;
  /** Parses one file (default: dsl/parse.ts); an editor passes one that keeps the trees of
   * the files that have not changed since it last checked. */
  parse?: (text: string, file: string, maxErrors?: number) => ParseResult;
  /** Told what elaboration finds (compiler/front/trace.ts), for the query API. With a trace,
   * files with syntax errors are elaborated as far as they parse, for the trace alone: the
   * diagnostics stay the syntax errors. */
  trace?: Trace;
}

export interface CompileStats {
  arenaBytes: number;
  /** Of the arena: the inputs' slots, where each call copies its feeds. */
  feedBytes: number;
  params: number;
  entries: EntryStats[];
}

export interface CompileResult {
  ok: boolean;
  js: string;
  dts: string;
  diagnostics: Diagnostic[];
  /** Every source text read, by file name, for formatting diagnostics. */
  sources: Map<string, string>;
  stats?: CompileStats;
  ir?: ModelIR;
  /** The prelude, the imports and the file, as parsed (as far as they parse). */
  programs?: Program[];
}

/** The length of a text in UTF-8 bytes, as the limit on a model file counts it. */
function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n += 2;  // a surrogate pair: two code units, four bytes
      i++;
    } else if (c >= 0x800) n += 2;
    else if (c >= 0x80) n++;
  }
  return n;
}

/** Parses the file and everything it imports; the prelude comes first. */
export function load(source: string, options: CompileOptions, sources: Map<string, string>): Program[] {
  const { programs, errors } = loadAll(source, options, sources);
  if (errors) throw errors;
  return programs;
}

/** What `load` reads, and its syntax errors: a file with some keeps the tree recovered from
 * it (dsl/parse.ts). A missing import or an import cycle still throws. */
function loadAll(source: string, options: CompileOptions, sources: Map<string, string>):
  { programs: Program[]; errors?: KilnError } {
  const file = options.file ?? "model.kiln";
  const limits = limitsOf(options.limits);
  const host = options.host ?? memoryHost();
  const p = prelude();
  sources.set(PRELUDE_FILE, p.source);
  const programs: Program[] = [];
  const errors: Diagnostic[] = [];
  let stopped = false;
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (file: string, name: string) => {
    // A byte-order mark (as some Windows editors save UTF-8) is no part of the model.
    const text = file.startsWith("\uFEFF") ? file.slice(1) : file;
    sources.set(name, text);
    // Past five times the errors shown, parsing stops, as checking does (front/recovery.ts).
    const r = (options.parse ?? parse)(text, name, 5 * limits.errors);
    errors.push(...r.diagnostics);
    if (r.stopped) stopped = true;
    // By resolved path, so the main file importing itself is seen as a cycle at once.
    const self = host.resolve(name);
    visiting.add(self);
    for (const item of r.program.items) {
      if (item.kind !== "import") continue;
      const target = host.resolve(item.path, name);
      const path = visible(item.path);
      if (visiting.has(target)) {
        throw error(`import cycle: '${path}' imports this file again`, item.span);
      }
      if (done.has(target)) continue;
      let text2: string;
      try {
        text2 = host.readFile(target, limits.fileBytes);
        if (utf8Bytes(text2) > limits.fileBytes) throw fileTooLarge(undefined, limits.fileBytes);
      } catch (e) {
        const why = e instanceof Error && e.message.startsWith("it is larger")
          ? `: ${e.message}` : "";
        throw error(`cannot read imported file '${path}' (looked for ${visible(target)})${why}`,
          item.span);
      }
      visit(text2, target);
    }
    visiting.delete(self);
    done.add(self);
    programs.push(r.program);
  };
  if (utf8Bytes(source) > limits.fileBytes) {
    throw error(`cannot compile '${visible(file)}': ` +
      fileTooLarge(undefined, limits.fileBytes).message);
  }
  visit(source, file);
  const found = errors.length ? capErrors(errors, limits.errors, stopped ? 5 * limits.errors
    : undefined) : undefined;
  return { programs: [p.program, ...programs], errors: found };
}

export function compile(source: string, given: CompileOptions = {}): CompileResult {
  // Checked first: a bad limit is the caller's TypeError, not a mistake in the model.
  const options = { ...given, limits: limitsOf(given.limits) };
  const sources = new Map<string, string>();
  const result: CompileResult = { ok: false, js: "", dts: "", diagnostics: [], sources };
  try {
    const programs = loadAndTrace(source, options, result);
    const dtype = options.dtype ?? "f32";
    if (options.emit === false) {
      const c = checkModel(programs, modelOptions(options, 0));
      checkMemory(persistentBytes(c.decls, c.trained, dtype, options.predictOnly), programs,
        c.decls, "for its params, state, optimizer slots and inputs alone ");
      result.diagnostics = c.warnings;
      // Near the limit, only emission can size the arena: it is emitted, and thrown away.
      result.ok = arenaEstimate(c, dtype, options.predictOnly) <= MAX_MODEL_BYTES;
      if (result.ok) return result;
    }
    const level = options.optimize ?? 2;
    // (A check near the memory limit comes here having told its trace already.)
    const ir = buildModel(programs, { ...modelOptions(options, level),
      trace: options.emit === false ? undefined : options.trace });
    const trained = new Map(ir.steps.map((s) => [s.decl.name, s.params]));
    checkMemory(persistentBytes(ir.decls, trained, dtype, options.predictOnly), programs,
      ir.decls, "for its params, state, optimizer slots and inputs alone ");
    const emitted = emitModule(ir, { dtype, source: options.file, inPlace: level >= 2,
      views: level >= 2, predictOnly: options.predictOnly });
    checkMemory(emitted.arenaBytes, programs, ir.decls, "");
    result.diagnostics = ir.warnings;
    result.ok = true;
    if (options.emit === false) return result;
    result.ir = ir;
    result.js = emitted.js;
    result.dts = options.declarations === false ? ""
      : emitDeclarations(ir, dtype, options.predictOnly === true);
    result.stats = { arenaBytes: emitted.arenaBytes, feedBytes: emitted.feedBytes, params: [...ir.decls.params.values()]
      .reduce((s, p) => s + p.shape.reduce((a, b) => a * b, 1), 0), entries: emitted.entries };
  } catch (e) {
    if (e instanceof KilnError) result.diagnostics = e.diagnostics;
    else if (isStackOverflow(e)) {
      result.diagnostics = [{ ...new InternalError(e).diagnostic,
        message: "the model is nested too deeply to compile (the compiler ran out of stack)" }];
    } else throw new InternalError(e, sources);
  }
  return result;
}

/** `load`, into `result.programs`; with a trace, a file with syntax errors is elaborated as
 * far as it parses first (its mistakes and warnings dropped: those of a tree recovery
 * guessed at). */
function loadAndTrace(source: string, options: CompileOptions, result: CompileResult):
  Program[] {
  const { programs, errors } = loadAll(source, options, result.sources);
  result.programs = programs;
  if (!errors) return programs;
  if (options.trace) {
    try {
      checkModel(programs, modelOptions(options, 0));
    } catch {
      // What recovery guessed may fail in any way; the trace keeps what it saw before.
    }
  }
  throw errors;
}

function modelOptions(options: CompileOptions, level: 0 | 1 | 2): ModelOptions {
  return { model: options.model, dims: options.dims, optimize: level,
    predictOnly: options.predictOnly, loops: options.loops, limits: limitsOf(options.limits),
    trace: options.trace };
}

/** A model whose one buffer is too large to allocate is a compile error, not a crash at
 * create(): found from its persistent tensors before emission, else from the arena emitted. */
function checkMemory(bytes: number, programs: readonly Program[], decls: ModelDecls,
  what: string): void {
  if (bytes <= MAX_MODEL_BYTES) return;
  const model = programs.flatMap((p) => p.items)
    .find((i) => i.kind === "model" && i.name === decls.name);
  const params = [...decls.params.values()];
  const big = params.reduce((a, p) => (a && size(a.shape) >= size(p.shape) ? a : p), params[0]);
  const largest = big ? `; its largest param is '${big.name}' [${big.shape.join(", ")}]` : "";
  throw error(`model '${decls.name}' needs ${gib(bytes)} of memory ${what}(${bytes} bytes), ` +
    `more than the ${gib(MAX_MODEL_BYTES)} one model may allocate${largest}`,
  model?.kind === "model" ? model.nameSpan : undefined);
}

const gib = (bytes: number) => `${+(bytes / 2 ** 30).toPrecision(3)} GiB`;

/** The live module: `create` and `meta`, as `import("./model.js")` would give. */
export interface LiveModule {
  create(options?: { seed?: number; checkFinite?: boolean }): any;
  meta: any;
}

/** The module's JS, for an entry's compileToModel to import; throws a KilnError whose message
 * is the formatted diagnostics when the model has mistakes. */
export function compileOrThrow(source: string, options: CompileOptions): string {
  const r = compile(source, { ...options, declarations: false });
  if (!r.ok) {
    const err = new KilnError(r.diagnostics);
    err.message = formatDiagnostics(r.diagnostics, r.sources);
    throw err;
  }
  return r.js;
}

/** Imports a compiled module's text as a data: URL, which Node's loader and browsers both take
 * (the browser entry imports a Blob's URL instead: no length limit). */
export async function importModule(js: string): Promise<LiveModule> {
  return (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(js)}`)) as
    LiveModule;
}

export { formatDiagnostics, InternalError, KilnError };
