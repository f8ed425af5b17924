// What the tokens before the cursor say, for completion and signature help: the text there is
// usually half-written, so these questions are answered from tokens, not from the tree.
import type { IToken } from "chevrotain";
import * as T from "../../dsl/tokens.ts";

export interface Lexed {
  /** Every token but comments and blanks, newlines included. */
  tokens: IToken[];
  comments: IToken[];
}

export function lex(source: string): Lexed {
  const r = T.lexer.tokenize(source);
  return { tokens: r.tokens, comments: r.groups.comments ?? [] };
}

const end = (t: IToken) => t.startOffset + t.image.length;

/** The tokens that end at or before `offset`. */
export function before(tokens: readonly IToken[], offset: number): IToken[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end(tokens[mid]) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens.slice(0, lo);
}

/** Whether `offset` is inside a comment or a string, where nothing is completed. */
export function inText(lexed: Lexed, offset: number): boolean {
  const inside = (t: IToken) => t.startOffset < offset && offset <= end(t);
  const strings = lexed.tokens.filter((t) => t.tokenType === T.StringLit ||
    t.tokenType === T.UnterminatedString);
  return lexed.comments.some(inside) || strings.some((t) => inside(t) && (offset < end(t) ||
    t.tokenType === T.UnterminatedString));
}

export interface OpenCall {
  /** `fc1`, `adam`, `gen.l1`: the names before the `(`. */
  callee: string[];
  /** The `(`'s offset. */
  at: number;
  /** Which argument the cursor is in, counting from 0 (after `x |> f(`, f's first is x). */
  index: number;
  /** The arguments given by position before the cursor's (the pipe's included). */
  positional: number;
  /** The argument is named: `f(a, axis = |`. */
  named?: string;
  /** Named arguments already given. */
  given: Set<string>;
  /** `x |> f(...)`: the call's first argument comes from the pipe. */
  piped: boolean;
  /** The cursor is in a list inside the call: `concat([a, |`. */
  inList?: boolean;
}

/** The innermost call whose `(` is open at the end of `toks`, through lists open in it. */
export function openCall(toks: readonly IToken[]): OpenCall | undefined {
  let depth = 0;
  let inList = false;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i].tokenType;
    if (t === T.RParen || t === T.RBracket || t === T.RBrace) depth++;
    else if (depth > 0 && (t === T.LParen || t === T.LBracket || t === T.LBrace)) depth--;
    else if (t === T.LBrace) return undefined;
    else if (t === T.LBracket) inList = true;
    else if (t === T.LParen) {
      const call = callAt(toks, i);
      return call && { ...call, inList };
    }
  }
  return undefined;
}

/** The call opened by the `(` at `toks[open]`, read up to the end of `toks`. */
function callAt(toks: readonly IToken[], open: number): OpenCall | undefined {
  const callee = nameChain(toks, open - 1);
  if (!callee.length) return undefined;
  const piped = toks[open - 2 * callee.length]?.tokenType === T.Pipe;
  // The arguments, split at the commas outside nested brackets.
  const args: IToken[][] = [[]];
  let depth = 0;
  for (const t of toks.slice(open + 1)) {
    if (t.tokenType === T.LParen || t.tokenType === T.LBracket) depth++;
    else if (t.tokenType === T.RParen || t.tokenType === T.RBracket) depth--;
    if (depth === 0 && t.tokenType === T.Comma) args.push([]);
    else args.at(-1)!.push(t);
  }
  const nameOf = (a: IToken[]) => (isName(a[0]) && a[1]?.tokenType === T.Equals ? a[0].image
    : undefined);
  const done = args.slice(0, -1);
  const given = new Set(done.map(nameOf).filter((n): n is string => n !== undefined));
  const pipe = piped ? 1 : 0;
  return { callee, at: toks[open].startOffset, index: done.length + pipe,
    positional: done.filter((a) => nameOf(a) === undefined).length + pipe,
    named: nameOf(args.at(-1)!), given, piped };
}

/** `a.b.c` ending at token `last`, as ["a", "b", "c"]; [] if no name ends there. */
export function nameChain(toks: readonly IToken[], last: number): string[] {
  const out: string[] = [];
  let i = last;
  while (i >= 0 && isName(toks[i])) {
    out.unshift(toks[i].image);
    if (toks[i - 1]?.tokenType !== T.Dot) break;
    i -= 2;
  }
  return out;
}

const isName = (t: IToken | undefined) =>
  t !== undefined && (t.tokenType === T.Identifier || t.tokenType === T.Dim);

/** The tokens of the statement the cursor is in (from its start, a newline or `;` or `{`). */
export function statement(toks: readonly IToken[]): IToken[] {
  let depth = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i].tokenType;
    if (t === T.RParen || t === T.RBracket) depth++;
    else if (t === T.LParen || t === T.LBracket) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t === T.Newline || t === T.Semicolon || t === T.LBrace ||
      t === T.RBrace) && !continues(toks, i)) {
      return toks.slice(i + 1);
    }
  }
  return [...toks];
}

/** A newline after an operator, `,` or `(` does not end a statement (dsl/newlines.ts). */
function continues(toks: readonly IToken[], i: number): boolean {
  if (toks[i].tokenType !== T.Newline) return false;
  const prev = toks[i - 1]?.tokenType;
  return prev !== undefined && [...T.binaryOps, T.Equals, T.Comma, T.Question, T.Colon, T.DotDot]
    .includes(prev);
}

/** How deep in `{ }` the end of `toks` is: 0 at the top level. */
export function braceDepth(toks: readonly IToken[]): number {
  let depth = 0;
  for (const t of toks) {
    if (t.tokenType === T.LBrace) depth++;
    else if (t.tokenType === T.RBrace) depth = Math.max(0, depth - 1);
  }
  return depth;
}
