// The tokens of a .kiln file. Every token has a LABEL: the words an error message uses for it
// ("expected ')' but found a name"), so no message ever shows a token type id.
import { createToken, type ILexingResult, Lexer, type TokenType } from "chevrotain";

export const Identifier = createToken({
  name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: "a name",
});

// `longer_alt` keeps keywords from swallowing names that start with them (`inputs`, `format`).
const keyword = (word: string): TokenType =>
  createToken({ name: word, pattern: new RegExp(word), longer_alt: Identifier,
    label: `'${word}'` });

export const Dim = keyword("dim");
export const Layer = keyword("layer");
export const Model = keyword("model");
export const Import = keyword("import");
export const Input = keyword("input");
export const Param = keyword("param");
export const State = keyword("state");
export const Update = keyword("update");
export const Output = keyword("output");
export const For = keyword("for");
export const In = keyword("in");
export const Train = keyword("train");
export const Minimize = keyword("minimize");
export const Over = keyword("over");
export const With = keyword("with");
export const Return = keyword("return");
export const True = keyword("true");
export const False = keyword("false");
export const F32 = keyword("f32");
export const I32 = keyword("i32");

// Digits are required after a '.', so `0..4` lexes as `0` `..` `4`.
export const NumberLit = createToken({
  name: "NumberLit", pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, label: "a number",
});
/** `1.`: digits missing after the '.'; reported, then parsed as the number without its dot.
 * A '.' followed by another (a range, `0..4`) or by a name (a member, `0.x`) is not one. */
export const TrailingDot = createToken({
  name: "TrailingDot", pattern: /\d+\.(?![\w.])/, label: "a number",
});
export const StringLit = createToken({
  name: "StringLit", pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/, label: "a string",
});
/** A string missing its closing quote on the same line; reported, then parsed as a string. */
export const UnterminatedString = createToken({
  name: "UnterminatedString", pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/, label: "a string",
});

/** Statement separators: a newline or ';'. The parser only ever asks for `Sep`. */
export const Sep = createToken({ name: "Sep", pattern: Lexer.NA, label: "end of line" });
export const Newline = createToken({
  name: "Newline", pattern: /\r\n?|\n/, line_breaks: true, categories: [Sep], label: "end of line",
});
export const Semicolon = createToken({
  name: "Semicolon", pattern: /;/, categories: [Sep], label: "';'",
});

const punct = (name: string, text: string): TokenType =>
  createToken({ name, pattern: text, label: `'${text}'` });

// Longer operators come before their prefixes (`**` before `*`, `...` before `..` before `.`).
export const Pipe = punct("Pipe", "|>");
export const StarStar = punct("StarStar", "**");
export const LessEq = punct("LessEq", "<=");
export const GreaterEq = punct("GreaterEq", ">=");
export const EqEq = punct("EqEq", "==");
export const NotEq = punct("NotEq", "!=");
export const Ellipsis = punct("Ellipsis", "...");
export const DotDot = punct("DotDot", "..");
export const Plus = punct("Plus", "+");
export const Minus = punct("Minus", "-");
export const Star = punct("Star", "*");
export const Slash = punct("Slash", "/");
export const At = punct("At", "@");
export const Less = punct("Less", "<");
export const Greater = punct("Greater", ">");
export const Equals = punct("Equals", "=");
export const Question = punct("Question", "?");
export const Colon = punct("Colon", ":");
export const Comma = punct("Comma", ",");
export const Dot = punct("Dot", ".");
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBracket = punct("LBracket", "[");
export const RBracket = punct("RBracket", "]");
export const LBrace = punct("LBrace", "{");
export const RBrace = punct("RBrace", "}");

const Whitespace = createToken({ name: "Whitespace", pattern: /[ \t]+/, group: Lexer.SKIPPED });
/** Kept apart from the parser's tokens (in `groups.comments`) for the printer to keep. */
export const Comment = createToken({ name: "Comment", pattern: /#[^\r\n]*/, group: "comments" });

export const keywords = [Dim, Layer, Model, Import, Input, Param, State, Update, Output, For, In,
  Train, Minimize, Over, With, Return, True, False, F32, I32];

export const allTokens: TokenType[] = [
  Whitespace, Comment, Newline, Semicolon,
  ...keywords, Identifier, TrailingDot, NumberLit, StringLit, UnterminatedString,
  Pipe, StarStar, LessEq, GreaterEq, EqEq, NotEq, Ellipsis, DotDot,
  Plus, Minus, Star, Slash, At, Less, Greater, Equals, Question, Colon, Comma, Dot,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Sep,
];

let built: Lexer | undefined;

/** The lexer, built at its first use (chevrotain analyses every token pattern then, which would
 * cost every process that loads the compiler, `kiln --help` included). */
export const lexer = {
  tokenize: (text: string): ILexingResult => (built ??= new Lexer(allTokens,
    { positionTracking: "full", ensureOptimizations: false })).tokenize(text),
};

export const comparisonOps = [LessEq, GreaterEq, EqEq, NotEq, Less, Greater];
export const additiveOps = [Plus, Minus];
export const multiplicativeOps = [Star, Slash, At];
/** Every binary operator, including `|>`: a newline after one never ends a statement. */
export const binaryOps = [...comparisonOps, ...additiveOps, ...multiplicativeOps, StarStar, Pipe];

const escapes: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", r: "\r", t: "\t" };

/**
 * The value of a string literal as written (quotes included, unless `terminated` is false),
 * and the offsets within `image` of escapes it does not know.
 */
export function readString(image: string, terminated = true):
  { value: string; badEscapes: number[] } {
  const body = terminated ? image.slice(1, -1) : image.slice(1);
  const badEscapes: number[] = [];
  const value = body.replace(/\\([\s\S]?)/g, (all, c: string, at: number) => {
    if (c in escapes) return escapes[c];
    badEscapes.push(at + 1);
    return c;
  });
  return { value, badEscapes };
}

/** The literal for a string value: the inverse of `readString`. */
export function writeString(value: string): string {
  const named: Record<string, string> = { "\n": "n", "\r": "r", "\t": "t" };
  return `"${value.replace(/[\\"\n\r\t]/g, (c) => `\\${named[c] ?? c}`)}"`;
}
