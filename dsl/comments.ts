// Comments and blank lines, attached to the statements and items they belong to, so the
// printer (and so `kiln fmt`) keeps every comment where a reader expects it:
//   - a comment on a line of its own goes with the statement below it (`leading`), or, with
//     none below in its block, with the block's end (`closing`);
//   - a comment ending a statement's last line is that statement's (`trailing`); lines below
//     it holding only a comment that starts in the same column continue it;
//   - a comment ending the line of a block's `{` is the block's (`opening`);
//   - a comment inside a statement that spans lines goes above the statement (`leading`),
//     since the printer lays the statement out anew.
// Blank lines are noted where they stand (`blankBefore`); the printer decides which to keep.
import type { IToken } from "chevrotain";
import type { Comment, Program, Stmt, TopLevel, Trivia } from "./ast.ts";
import type { Locator } from "./syntax.ts";

type Node = Stmt | TopLevel;
type Owner = { trivia?: Trivia };

const blockOf = (n: Node): Stmt[] | undefined =>
  n.kind === "model" || n.kind === "layer" || n.kind === "for" ? n.body : undefined;

/** `comments`: the lexer's comment tokens; `braces`: the offsets of every `{`, in order. */
export function attachComments(program: Program, comments: readonly IToken[],
  braces: readonly number[], loc: Locator): void {
  const text = loc.source;
  /** The comment list that an own-line comment on the next line, same column, continues. */
  let continued: { list: Comment[]; line: number; col: number } | undefined;

  const add = (owner: Owner, key: keyof Trivia, c: Comment): Comment[] => {
    const trivia = (owner.trivia ??= {});
    const list = ((trivia[key] as Comment[] | undefined) ??= []);
    list.push(c);
    return list;
  };
  const endsLine = (list: Comment[], c: Comment) => {
    continued = { list, line: c.span.line, col: c.span.col };
  };

  const place = (c: Comment, nodes: readonly Node[], owner: Owner): void => {
    const at = c.span.start;
    const own = startsLine(text, at);
    const inside = nodes.find((n) => n.span.start <= at && at < n.span.end);
    if (inside) {
      const body = blockOf(inside);
      const open = body ? braceAfter(braces, inside.span.start) : undefined;
      if (body && open !== undefined && open < at) {
        const onBraceLine = !own && loc.span(open, open).line === c.span.line;
        // `model M { a = 1 # c`: the comment ends a statement, not the `{` line.
        if (onBraceLine && !body.some((s) => s.span.endLine === c.span.line)) {
          endsLine(add(inside, "opening", c), c);
        } else place(c, body, inside);
        return;
      }
      add(inside, "leading", c);
      return;
    }
    if (!own) {
      const before = [...nodes].reverse()
        .find((n) => n.span.end <= at && n.span.endLine === c.span.line);
      if (before) {
        endsLine(add(before, "trailing", c), c);
        return;
      }
    }
    if (own && continued && continued.line + 1 === c.span.line && continued.col === c.span.col) {
      continued.list.push(c);
      continued.line = c.span.line;
      return;
    }
    if (blankLineAbove(text, at)) c.blankBefore = true;
    const next = nodes.find((n) => n.span.start > at);
    add(next ?? owner, next ? "leading" : "closing", c);
  };

  for (const t of comments) {
    const end = t.startOffset + t.image.length;
    place({ text: t.image.trimEnd(), span: loc.span(t.startOffset, end) }, program.items,
      program);
  }
  markBlankLines(program.items, text);
}

function markBlankLines(nodes: readonly Node[], text: string): void {
  for (const n of nodes) {
    if (startsLine(text, n.span.start) && blankLineAbove(text, n.span.start)) {
      (n.trivia ??= {}).blankBefore = true;
    }
    const body = blockOf(n);
    if (body) markBlankLines(body, text);
  }
}

/** The first `{` at or after `offset`: a block's, for a node starting there. */
function braceAfter(braces: readonly number[], offset: number): number | undefined {
  let lo = 0, hi = braces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (braces[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return braces[lo];
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";
const isBreak = (c: string | undefined) => c === "\n" || c === "\r";

/** Nothing but blanks between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (isBlank(text[i])) i--;
  return i < 0 || isBreak(text[i]);
}

/** The line above the one holding `offset` holds nothing but blanks. */
function blankLineAbove(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && !isBreak(text[i])) i--;
  if (i < 0) return false;
  i -= text[i] === "\n" && text[i - 1] === "\r" ? 2 : 1;
  while (isBlank(text[i])) i--;
  return i < 0 || isBreak(text[i]);
}
