// The front end's entry point: source text to syntax tree plus every syntax error in it.
import type { IRecognitionException, IToken } from "chevrotain";
import type { Program, Span } from "./ast.ts";
import { type Diagnostic, visible } from "./diagnostics.ts";
import { attachComments } from "./comments.ts";
import { dropInsignificantNewlines } from "./newlines.ts";
import { kilnParser, TOO_MANY_ERRORS } from "./parser.ts";
import { Locator, SyntaxBuilder, tokenEnd } from "./syntax.ts";
import {
  LBrace, lexer, Newline, NumberLit, RBrace, readString, Semicolon, StringLit, TrailingDot,
  UnterminatedString,
} from "./tokens.ts";

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
  /** Parsing stopped after `maxErrors` errors: there may be more, and `program` is empty. */
  stopped?: boolean;
}

/**
 * Parses one .kiln file. Never throws: on errors, `diagnostics` holds every lexical and
 * syntax error (in source order) and `program` as much of the tree as could be built; after
 * `maxErrors` errors of either kind it stops.
 */
export function parse(text: string, file: string, maxErrors = Infinity): ParseResult {
  // A byte-order mark at the start is read as a space, which keeps every offset.
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  const loc = new Locator(source, file);
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, span: Span): void => {
    diagnostics.push({ severity: "error", message, span });
  };
  // The parser makes an exception object per error it recovers from; without their stack
  // traces, which nothing reads, a file of thousands of errors parses in a fraction of the time.
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const lexed = lexer.tokenize(source);
    for (const e of lexed.errors.slice(0, maxErrors)) {
      const text = source.slice(e.offset, e.offset + e.length);
      const what = text.length === 1 ? "character" : "characters";
      report(`unexpected ${what} '${visible(text)}'`,
        loc.span(e.offset, e.offset + e.length));
    }
    const empty = { file, items: [], span: loc.span(0, source.length) };
    if (lexed.errors.length > maxErrors) return { program: empty, diagnostics, stopped: true };
    const tokens = lexed.tokens.map((t) => checkNumber(checkString(t, loc, report), loc, report));
    const input = dropInsignificantNewlines(tokens);
    const parser = kilnParser();
    parser.input = input;
    parser.maxErrors = maxErrors - diagnostics.length;
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
    if (e === TOO_MANY_ERRORS) return parserStopped(file, loc, source.length, diagnostics);
    // Only a pathological input gets here (nesting deep enough to exhaust the stack).
    const why = e instanceof RangeError ? "the file is nested too deeply to parse"
      : `internal error in the parser: ${e instanceof Error ? e.message : String(e)}`;
    const span = loc.span(0, 0);
    return {
      program: { file, items: [], span: loc.span(0, source.length) },
      diagnostics: [...diagnostics, { severity: "error", message: why, span }],
    };
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** The errors found before the parser stopped at too many: the lexer's and the parser's,
 * each of these once per statement. */
function parserStopped(file: string, loc: Locator, length: number, found: Diagnostic[]): ParseResult {
  const diagnostics = [...found];
  const parser = kilnParser();
  const input = parser.input;
  const eof = input.length ? tokenEnd(input[input.length - 1]) : 0;
  for (const e of firstErrorPerStatement(parser.errors, input)) {
    diagnostics.push({ severity: "error", message: e.message, span: errorSpan(e, loc, eof) });
  }
  diagnostics.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { program: { file, items: [], span: loc.span(0, length) }, diagnostics, stopped: true };
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

/** Reports a number ending in '.'; returns it as the number without the dot. */
function checkNumber(t: IToken, loc: Locator, report: (m: string, s: Span) => void): IToken {
  if (t.tokenType !== TrailingDot) return t;
  const image = t.image.slice(0, -1);
  report(`a number needs digits after its '.': write ${image}.0 or ${image}`,
    loc.span(t.startOffset, tokenEnd(t)));
  return { ...t, image, tokenType: NumberLit, tokenTypeIdx: NumberLit.tokenTypeIdx! };
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
