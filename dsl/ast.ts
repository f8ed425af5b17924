// The syntax tree of a .kiln file. Every node carries the span of source it came from, so
// any later stage (elaboration, shape inference, a pass) can point back at the model file.

export interface Span {
  file: string;
  /** 1-based line and column of the first character. */
  line: number;
  col: number;
  /** 1-based line and column just past the last character. */
  endLine: number;
  endCol: number;
  /** 0-based character offsets [start, end). */
  start: number;
  end: number;
}

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "**" | "@"
  | "<" | "<=" | ">" | ">=" | "==" | "!=";

export type Expr =
  | { kind: "num"; value: number; isInt: boolean; text: string; span: Span }
  | { kind: "bool"; value: boolean; span: Span }
  | { kind: "str"; value: string; span: Span }
  | { kind: "name"; name: string; span: Span }
  | { kind: "unary"; op: "-"; operand: Expr; span: Span }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; span: Span }
  /** `a |> f(args)`: kept as written so the printer round-trips; means `f(a, args)`. */
  | { kind: "pipe"; left: Expr; right: Expr; span: Span }
  | { kind: "call"; callee: Expr; args: Arg[]; span: Span }
  | { kind: "member"; object: Expr; name: string; nameSpan: Span; span: Span }
  | { kind: "index"; object: Expr; items: IndexItem[]; span: Span }
  | { kind: "cond"; cond: Expr; then: Expr; else: Expr; span: Span }
  | { kind: "list"; items: Expr[]; span: Span }
  /** `(a, b)`: a parenthesised list of two or more; a single `(a)` is just `a`. */
  | { kind: "tuple"; items: Expr[]; span: Span };

export interface Arg {
  /** Set for `name = value` arguments. */
  name?: string;
  value: Expr;
  span: Span;
}

/** One item of `x[...]`: an integer (drops the axis), a range `a:b` (keeps it), or `:`. */
export type IndexItem =
  | { kind: "at"; value: Expr; span: Span }
  | { kind: "range"; start?: Expr; end?: Expr; span: Span };

/** `f32[B, 784]`, `i32[B]`, `f32[]`; in layer patterns the dtype may be left out: `[N, K]`. */
export interface TypeExpr {
  dtype?: "f32" | "i32";
  dims: Expr[];
  /**
   * Layer patterns only: where `...` (zero or more axes) stands among the dims, as the
   * number of dims before it: `[N, C, ...]` has rest 2, `[..., D]` rest 0.
   */
  rest?: number;
  span: Span;
}

/** A `#` comment, its text as written (from `#`, trailing blanks dropped). */
export interface Comment {
  text: string;
  /** A blank line comes before it (kept by the formatter, at most one). */
  blankBefore?: boolean;
  span: Span;
}

/**
 * The comments and blank lines around a statement or top-level item, attached by
 * `dsl/comments.ts` so that the printer keeps them. Set only where there is something.
 */
export interface Trivia {
  /** Comments on lines of their own before it, and any inside it (where the printer joins
   * its lines into one, they move above it). */
  leading?: Comment[];
  /** The comment ending its last line, then comments on the lines below that start in the
   * same column (one comment continued). */
  trailing?: Comment[];
  /** A blank line comes between it (not its leading comments) and what is above. */
  blankBefore?: boolean;
  /** Blocks: the comment ending the line of the opening `{` (continued as `trailing`). */
  opening?: Comment[];
  /** Blocks: comments after the last statement, before the closing `}`; for a program,
   * after its last item. */
  closing?: Comment[];
}

export type Stmt = (
  | { kind: "input"; name: string; nameSpan: Span; type: TypeExpr; span: Span }
  | { kind: "param"; name: string; nameSpan: Span; dims: Expr[]; init: Expr; span: Span }
  | { kind: "state"; name: string; nameSpan: Span; dims: Expr[]; init: Expr; span: Span }
  | { kind: "update"; name: string; nameSpan: Span; value: Expr; span: Span }
  /** `a = e` (one target) or `(a, b) = e` (several). */
  | { kind: "assign"; targets: Target[]; value: Expr; span: Span }
  /** `output NAME = EXPR`, or `output NAME` (value omitted). */
  | { kind: "output"; name: string; nameSpan: Span; value?: Expr; span: Span }
  | { kind: "for"; variable: string; variableSpan: Span; from: Expr; to: Expr; body: Stmt[]; span: Span }
  | {
      kind: "train";
      name: string;
      nameSpan: Span;
      loss: Expr;
      over: Expr[];
      optimizer: Expr;
      span: Span;
    }
  | { kind: "return"; values: Expr[]; span: Span }
) & { trivia?: Trivia };

export interface Target {
  name: string;
  span: Span;
}

export interface HyperParam {
  name: string;
  default?: Expr;
  span: Span;
}

export interface TensorParam {
  name: string;
  type: TypeExpr;
  /** `lengths: i32[N] = none`: what the argument is when a call leaves it out. */
  default?: Expr;
  span: Span;
}

export type TopLevel = (
  /** `dim B = 64`, or with `bound`, `dim B <= 64`: any size from 1 to 64 at run time. */
  | { kind: "dim"; name: string; nameSpan: Span; value: Expr; bound: boolean; span: Span }
  | { kind: "import"; path: string; span: Span }
  | {
      kind: "layer";
      name: string;
      nameSpan: Span;
      hyper: HyperParam[];
      args: TensorParam[];
      body: Stmt[];
      span: Span;
    }
  | { kind: "model"; name: string; nameSpan: Span; body: Stmt[]; span: Span }
) & { trivia?: Trivia };

export interface Program {
  file: string;
  items: TopLevel[];
  span: Span;
  /** Comments after the last item (`closing`). */
  trivia?: Trivia;
}
