// The query API (STYLE.md 16): one analysis of a source text answers what an editor asks,
// for the language server (compiler/tools/lsp.ts) and, later, the playground:
//   diagnostics        every one `kiln compile` gives, at its place
//   typeAt(offset)     `h: f32[64, 128]`, or a signature and its doc
//   definitionAt       where the name there is defined (the prelude's layers included)
//   calleeAt           the call the cursor is in: its signature and active parameter
//   symbols()          models, layers, dims, params, instances, outputs, steps
//   completionsAt      what may be written there
// Offsets are 0-based UTF-16 indices into the source, as spans' `start` and `end`.
//
// The check is compile()'s without emission (compile.ts, `emit: false`), told what
// elaboration finds as it runs (front/trace.ts, kept by recording.ts): the value of every
// expression, the binding each use reached, each call's bound arguments, every instance's
// params. A file with syntax errors is elaborated as far as it parses, so the rest of it still
// answers. Names are also resolved on the syntax tree (names.ts), for what elaboration did not
// reach (a statement that failed, a line being typed) and for completion.
import type { Program, Span } from "../../dsl/ast.ts";
import type { Diagnostic } from "../../dsl/diagnostics.ts";
import { parse, type ParseResult } from "../../dsl/parse.ts";
import { compile, type CompileOptions, type CompileResult } from "../compile.ts";
import { prelude } from "../front/prelude.ts";
import { type FileHost, memoryHost } from "../host.ts";
import { InternalError, isStackOverflow } from "../internal.ts";
import { type Completion, completionsAt } from "./complete.ts";
import { lex, type Lexed } from "./context.ts";
import { type Hover, hover } from "./hover.ts";
import { Names } from "./names.ts";
import { Recording } from "./recording.ts";
import { calleeAt, type CallInfo, recordedCall } from "./signature.ts";
import { type DocSymbol, symbols } from "./symbols.ts";
import { targetAt } from "./target.ts";

export type QueryOptions = Pick<CompileOptions, "file" | "model" | "dims" | "host" | "limits">;

export interface Query {
  readonly file: string;
  readonly source: string;
  /** The file's syntax tree (as much as could be parsed). */
  readonly program: Program;
  /** Every diagnostic, in this file and the files it imports. */
  readonly diagnostics: readonly Diagnostic[];
  typeAt(offset: number): Hover | undefined;
  /** The span of the name's definition; `start` 0 of a file for an import. */
  definitionAt(offset: number): Span | undefined;
  calleeAt(offset: number): CallInfo | undefined;
  symbols(): DocSymbol[];
  completionsAt(offset: number): Completion[];
}

export function analyze(source: string, options: QueryOptions = {}): Query {
  return new Analysis(source, { ...options, file: options.file ?? "model.kiln" });
}

class Analysis implements Query {
  readonly file: string;
  readonly program: Program;
  readonly diagnostics: readonly Diagnostic[];
  private readonly names: Names;
  private readonly recording: Recording;
  private lexedSource?: Lexed;
  private readonly host: FileHost;

  constructor(readonly source: string, options: QueryOptions & { file: string }) {
    this.file = options.file;
    this.host = options.host ?? memoryHost();
    this.recording = new Recording(this.file);
    const checked = check(source, { ...options, emit: false, trace: this.recording,
      parse: parseKept });
    this.diagnostics = checked.diagnostics;
    // An import that cannot be read leaves no tree: the file's own is read again.
    const programs = checked.programs ?? [prelude().program, parse(source, this.file).program];
    this.program = programs.at(-1)!;
    this.names = new Names(programs, this.program);
  }

  private get lexed(): Lexed {
    return (this.lexedSource ??= lex(this.source));
  }

  typeAt(offset: number): Hover | undefined {
    return hover(targetAt(this.names, offset), offset, this.names, this.recording);
  }

  definitionAt(offset: number): Span | undefined {
    const t = targetAt(this.names, offset);
    if (t?.kind === "import") {
      const file = this.host.resolve(t.path, this.file);
      return { file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
    }
    if (t?.kind !== "def") return undefined;
    // Where elaboration found the binding (the first, in a loop that rebinds it).
    const found = t.use && this.recording.uses.get(t.use.span)?.[0];
    return found ? nameOnly(found, t.def.name) : t.def.span;
  }

  calleeAt(offset: number): CallInfo | undefined {
    const typed = calleeAt(this.names, this.lexed, offset);
    const recorded = recordedCall(this.names, this.recording, offset);
    if (!recorded) return typed;
    return recorded.active >= 0 || !typed ? recorded : { ...recorded, active: typed.active };
  }

  symbols(): DocSymbol[] {
    return symbols(this.names);
  }

  completionsAt(offset: number): Completion[] {
    return completionsAt(this.names, this.lexed, this.recording, this.source, offset);
  }
}

/** The trees of the files parsed last (imports, mostly, which do not change as the file
 * importing them is typed), by name and text. */
const kept = new Map<string, ParseResult>();
const KEPT = 16;

function parseKept(text: string, file: string): ParseResult {
  const key = `${file}\0${text}`;
  const hit = kept.get(key);
  if (hit) {
    // Most recently used last, so the oldest goes first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const r = parse(text, file);
  kept.set(key, r);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return r;
}

/** compile() without emission; a file with no model is one to import, not a mistake here,
 * and a bug in Kiln is one more diagnostic, since an editor keeps running. */
function check(source: string, options: CompileOptions): CompileResult {
  try {
    const r = compile(source, options);
    const main = r.programs?.at(-1);
    if (main && options.model === undefined && !main.items.some((i) => i.kind === "model")) {
      r.diagnostics = r.diagnostics.filter((d) => d.span !== undefined);
    }
    return r;
  } catch (e) {
    const internal = e instanceof InternalError ? e : new InternalError(e);
    const message = isStackOverflow(e)
      ? "the model is nested too deeply to compile (the compiler ran out of stack)"
      : internal.message;
    return { ok: false, js: "", dts: "", sources: new Map(), diagnostics: [{ ...internal.diagnostic,
      message }] };
  }
}

/** A binding's span cut to the name it starts with (a layer's `units = 128` to `units`). */
function nameOnly(span: Span, name: string): Span {
  if (span.end - span.start === name.length) return span;
  return { ...span, end: span.start + name.length, endLine: span.line,
    endCol: span.col + name.length };
}

export type { CallInfo, Completion, DocSymbol, Hover };
