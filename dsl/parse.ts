// The front end's entry point: source text to syntax tree plus every syntax error in it.
import type { IRecognitionException, IToken } from "chevrotain";
import type { Program, Span } from "./ast.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { attachComments } from "./comments.ts";
import { dropInsignificantNewlines } from "./newlines.ts";
import { parser } from "./parser.ts";
import { Locator, SyntaxBuilder, tokenEnd } from "./syntax.ts";
import {
  LBrace, lexer, Newline, RBrace, readString, Semicolon, StringLit, UnterminatedString,
} from "./tokens.ts";

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
}

/**
 * Parses one .kiln file. Never throws: on errors, `diagnostics` holds every lexical and
 * syntax error (in source order) and `program` as much of the tree as could be built.
 */
export function parse(source: string, file: string): ParseResult {
  const loc = new Locator(source, file);
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, span: Span): void => {
    diagnostics.push({ severity: "error", message, span });
  };
  try {
    const lexed = lexer.tokenize(source);
    for (const e of lexed.errors) {
      const text = source.slice(e.offset, e.offset + e.length);
      const what = text.length === 1 ? "character" : "characters";
      report(`unexpected ${what} '${visible(text)}'`,
        loc.span(e.offset, e.offset + e.length));
    }
    const tokens = lexed.tokens.map((t) => checkString(t, loc, report));
    const input = dropInsignificantNewlines(tokens);
    parser.input = input;
    const cst = parser.program();
    const last = [...tokens].reverse().find((t) => t.tokenType !== Newline);
    const eof = last ? tokenEnd(last) : 0;
    for (const e of firstErrorPerStatement(parser.errors, input)) {
      report(e.message, errorSpan(e, loc, eof));
    }
    const program = new SyntaxBuilder(loc, diagnostics).program(cst);
    const braces = tokens.filter((t) => t.tokenType === LBrace).map((t) => t.startOffset);
    attachComments(program, lexed.groups.comments ?? [], braces, loc);
    diagnostics.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    return { program, diagnostics };
  } catch (e) {
    // Only a pathological input gets here (nesting deep enough to exhaust the stack).
    const why = e instanceof RangeError ? "the file is nested too deeply to parse"
      : `internal error in the parser: ${e instanceof Error ? e.message : String(e)}`;
    const span = loc.span(0, 0);
    return {
      program: { file, items: [], span: loc.span(0, source.length) },
      diagnostics: [...diagnostics, { severity: "error", message: why, span }],
    };
  }
}

/** Control characters as `\u0001`, so a message never carries an invisible one. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Reports unterminated strings and unknown escapes; returns a token the parser accepts. */
function checkString(t: IToken, loc: Locator, report: (m: string, s: Span) => void): IToken {
  if (t.tokenType !== StringLit && t.tokenType !== UnterminatedString) return t;
  const terminated = t.tokenType === StringLit;
  for (const at of readString(t.image, terminated).badEscapes) {
    const escape = t.image.slice(at, at + 2);
    report(`unknown escape '${escape}' in a string (known: \\" \\\\ \\n \\r \\t)`,
      loc.span(t.startOffset + at, t.startOffset + at + escape.length));
  }
  if (terminated) return t;
  // The image gains its closing quote so syntax.ts reads it as any string; endOffset stays.
  report("unterminated string: expected '\"' before the end of the line",
    loc.span(t.startOffset, tokenEnd(t)));
  const tokenTypeIdx = StringLit.tokenTypeIdx!;
  return { ...t, image: `${t.image}"`, tokenType: StringLit, tokenTypeIdx };
}

/**
 * Recovery may stumble again over the rest of a statement it resynchronised into (`input x
 * [B]` also fails at `]`); only the first error between two statement boundaries explains.
 */
function firstErrorPerStatement(errors: IRecognitionException[], input: IToken[]):
  IRecognitionException[] {
  const index = new Map(input.map((t, i) => [t, i]));
  const boundary = input.map((t) => t.tokenType === Newline || t.tokenType === Semicolon
    || t.tokenType === LBrace || t.tokenType === RBrace);
  const kept: IRecognitionException[] = [];
  let lastAt = -1;
  for (const e of [...errors].sort((a, b) => at(a) - at(b))) {
    const i = at(e);
    // A boundary token at the first error itself counts: `f(a` then a newline fails there.
    if (kept.length > 0 && !boundary.slice(lastAt, i).includes(true)) continue;
    kept.push(e);
    lastAt = i;
  }
  return kept;

  function at(e: IRecognitionException): number {
    return index.get(e.token) ?? input.length;
  }
}

function errorSpan(e: IRecognitionException, loc: Locator, eof: number): Span {
  const t = e.token;
  if (!t || Number.isNaN(t.startOffset) || t.tokenType?.name === "EOF") return loc.span(eof, eof);
  return loc.span(t.startOffset, tokenEnd(t));
}
