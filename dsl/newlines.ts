// Which newlines end a statement. The grammar sees a separator (`Sep`: newline or ';') only
// where one is meaningful; this pass drops the others from the token vector, so the grammar
// itself stays free of newline noise.
//
// A newline is dropped (it does not end a statement):
//   - after a binary operator, `|>`, `=`, `,`, `?`, `:`, `..`, or an opening `(` `[` `{`;
//   - before a line starting with `|>`, `?` or `:` (split pipe chains and conditionals),
//     or with `}`;
//   - inside `( )` or `[ ]`, also before `)`, `]`, `,` or any binary operator.
// Runs of separators collapse to one; separators at the start or end of the file go.
// A newline inside brackets anywhere else is kept: `f(x` followed by a new line is then
// reported as a missing ')' on that line, instead of swallowing the rest of the file.
import type { IToken, TokenType } from "chevrotain";
import * as T from "./tokens.ts";

const continuesAfter = new Set<TokenType>([...T.binaryOps, T.Equals, T.Comma, T.Question,
  T.Colon, T.DotDot, T.LParen, T.LBracket, T.LBrace]);
const continuesBefore = new Set<TokenType>([T.Pipe, T.Question, T.Colon, T.RBrace]);
const continuesBeforeInBrackets = new Set<TokenType>([...T.binaryOps, T.RParen, T.RBracket,
  T.Comma, T.Question, T.Colon]);

const isSep = (t: IToken | undefined): boolean =>
  t !== undefined && (t.tokenType === T.Newline || t.tokenType === T.Semicolon);

const openers = new Map<TokenType, TokenType>([
  [T.RParen, T.LParen], [T.RBracket, T.LBracket], [T.RBrace, T.LBrace],
]);

export function dropInsignificantNewlines(tokens: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  const brackets: TokenType[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const type = tok.tokenType;
    if (!isSep(tok)) {
      track(brackets, type);
      out.push(tok);
      continue;
    }
    // A ';' is always an explicit separator; only newlines are subject to the rules.
    const prev = out[out.length - 1];
    if (prev === undefined || isSep(prev)) continue;
    let j = i + 1;
    while (isSep(tokens[j])) j++;
    const next = tokens[j];
    if (next === undefined) continue;
    if (type === T.Newline) {
      const inBrackets = brackets.length > 0 && brackets[brackets.length - 1] !== T.LBrace;
      if (continuesAfter.has(prev.tokenType) || continuesBefore.has(next.tokenType)) continue;
      if (inBrackets && continuesBeforeInBrackets.has(next.tokenType)) continue;
    } else if (prev.tokenType === T.LBrace || next.tokenType === T.RBrace) {
      continue;
    }
    out.push(tok);
  }
  return out;
}

/** Keeps the stack of open brackets; a closer pops back to its opener if it is open. */
function track(brackets: TokenType[], type: TokenType): void {
  if (type === T.LParen || type === T.LBracket || type === T.LBrace) {
    brackets.push(type);
    return;
  }
  const opener = openers.get(type);
  if (opener === undefined) return;
  const at = brackets.lastIndexOf(opener);
  if (at >= 0) brackets.length = at;
}
