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
// Today shapes come from the built model (inputs, params, state, outputs, losses, every
// instance's params); names are resolved on the syntax tree. What elaboration alone knows
// (the shape of any expression, the binding a use reaches through loops and layer calls,
// answers in models that fail) needs the hook described in docs/editor.md ("Next").
import type { Program, Span } from "../../dsl/ast.ts";
import type { Diagnostic } from "../../dsl/diagnostics.ts";
import { parse } from "../../dsl/parse.ts";
import { prelude } from "../front/prelude.ts";
import { type FileHost, memoryHost } from "../host.ts";
import { check, type CheckOptions } from "./check.ts";
import { type Completion, completionsAt } from "./complete.ts";
import { lex, type Lexed } from "./context.ts";
import { type Hover, hover, Shapes } from "./hover.ts";
import { Names } from "./names.ts";
import { calleeAt, type CallInfo } from "./signature.ts";
import { type DocSymbol, symbols } from "./symbols.ts";
import { targetAt } from "./target.ts";

export type QueryOptions = CheckOptions;

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
  private readonly shapes: Shapes;
  private lexedSource?: Lexed;
  private readonly host: FileHost;

  constructor(readonly source: string, options: QueryOptions & { file: string }) {
    this.file = options.file;
    this.host = options.host ?? memoryHost();
    const checked = check(source, options);
    this.diagnostics = checked.diagnostics;
    // A file that does not parse is read again with recovery, for the rest of it.
    const programs = checked.programs ?? [prelude().program, parse(source, this.file).program];
    this.program = programs.at(-1)!;
    this.names = new Names(programs, this.program);
    this.shapes = new Shapes(checked.ir, this.names);
  }

  private get lexed(): Lexed {
    return (this.lexedSource ??= lex(this.source));
  }

  typeAt(offset: number): Hover | undefined {
    const t = targetAt(this.names, offset);
    return t && hover(t, this.names, this.shapes);
  }

  definitionAt(offset: number): Span | undefined {
    const t = targetAt(this.names, offset);
    if (t?.kind === "import") {
      const file = this.host.resolve(t.path, this.file);
      return { file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
    }
    return t?.kind === "def" ? t.def.span : undefined;
  }

  calleeAt(offset: number): CallInfo | undefined {
    return calleeAt(this.names, this.lexed, offset);
  }

  symbols(): DocSymbol[] {
    return symbols(this.names);
  }

  completionsAt(offset: number): Completion[] {
    return completionsAt(this.names, this.lexed, this.shapes, this.source, offset);
  }
}

export type { CallInfo, Completion, DocSymbol, Hover };
