// From chevrotain's concrete syntax tree to the AST of `ast.ts`. After a syntax error the CST
// may lack any child (recovery returns partial nodes), so every lookup here is optional and
// a missing expression becomes a placeholder name "" with an empty span near its place.
import type { CstElement, CstNode, IToken } from "chevrotain";
import type {
  Arg, BinaryOp, Expr, HyperParam, IndexItem, Program, Span, Stmt, Target, TensorParam,
  TopLevel, TypeExpr,
} from "./ast.ts";
import { joinSpans, type Diagnostic } from "./diagnostics.ts";
import { readString } from "./tokens.ts";

/** Offsets to 1-based line/column spans for one source text. */
export class Locator {
  private readonly lineStarts: number[] = [0];
  constructor(readonly source: string, readonly file: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) this.lineStarts.push(i + 1);
    }
  }

  private position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo] + 1 };
  }

  /** The span of offsets [start, end). */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    const { file } = this;
    return { file, line: a.line, col: a.col, endLine: b.line, endCol: b.col, start, end };
  }
}

const isNode = (e: CstElement): e is CstNode => "children" in e;
/** Tokens invented by recovery have no place in the source. */
const isReal = (t: IToken): boolean => !t.isInsertedInRecovery && !Number.isNaN(t.startOffset);
/** The offset just past a token (its image may have been amended, see parse.ts). */
export const tokenEnd = (t: IToken): number =>
  t.endOffset === undefined ? t.startOffset + t.image.length : t.endOffset + 1;

function child(n: CstNode | undefined, key: string, i = 0): CstNode | undefined {
  const e = n?.children[key]?.[i];
  return e && isNode(e) ? e : undefined;
}
function children(n: CstNode | undefined, key: string): CstNode[] {
  return (n?.children[key] ?? []).filter(isNode);
}
function token(n: CstNode | undefined, key: string, i = 0): IToken | undefined {
  const e = n?.children[key]?.[i];
  return e && !isNode(e) && isReal(e) ? e : undefined;
}
function tokens(n: CstNode | undefined, key: string): IToken[] {
  return (n?.children[key] ?? []).filter((e): e is IToken => !isNode(e) && isReal(e));
}
/** The first child node of `n`, whichever alternative of an OR it is. */
function only(n: CstNode | undefined): CstNode | undefined {
  for (const list of Object.values(n?.children ?? {})) {
    const e = list[0];
    if (e && isNode(e)) return e;
  }
  return undefined;
}

/** Converts one CST; `at` is the offset of the last thing placed, for empty nodes. */
export class SyntaxBuilder {
  private at = 0;
  constructor(private readonly loc: Locator, private readonly diagnostics: Diagnostic[]) {}

  program(cst: CstNode): Program {
    const items = children(cst, "topItem").map((n) => this.topItem(only(n)));
    return {
      file: this.loc.file,
      items: items.filter((i): i is TopLevel => i !== undefined),
      span: this.loc.span(0, this.loc.source.length),
    };
  }

  private tokenSpan(t: IToken): Span {
    this.at = tokenEnd(t);
    return this.loc.span(t.startOffset, this.at);
  }

  /** From the first to the last real token under `n`; empty at the last place otherwise. */
  private span(n: CstNode | undefined): Span {
    const where = n?.location;
    if (!where || Number.isNaN(where.startOffset) || where.endOffset === undefined
      || Number.isNaN(where.endOffset)) {
      return this.loc.span(this.at, this.at);
    }
    this.at = where.endOffset + 1;
    return this.loc.span(where.startOffset, this.at);
  }

  private name(t: IToken | undefined): { name: string; nameSpan: Span } {
    if (!t) return { name: "", nameSpan: this.span(undefined) };
    return { name: t.image, nameSpan: this.tokenSpan(t) };
  }

  private topItem(n: CstNode | undefined): TopLevel | undefined {
    if (!n) return undefined;
    const span = this.span(n);
    switch (n.name) {
      case "dimDecl":
        return { kind: "dim", ...this.name(token(n, "Identifier")),
          value: this.expr(child(n, "expression")), bound: !!token(n, "LessEq"), span };
      case "importDecl": {
        const t = token(n, "StringLit");
        return { kind: "import", path: t ? readString(t.image).value : "", span };
      }
      case "layerDecl":
        return {
          kind: "layer", ...this.name(token(n, "Identifier")),
          hyper: children(n, "hyperParam").map((h) => this.hyperParam(h)),
          args: children(n, "tensorParam").map((a) => this.tensorParam(a)),
          body: this.block(child(n, "block")), span,
        };
      case "modelDecl":
        return { kind: "model", ...this.name(token(n, "Identifier")),
          body: this.block(child(n, "block")), span };
    }
    return undefined;
  }

  private hyperParam(n: CstNode): HyperParam {
    const span = this.span(n);
    const { name } = this.name(token(child(n, "paramName"), "Identifier"));
    const value = child(n, "expression");
    return value ? { name, default: this.expr(value), span } : { name, span };
  }

  private tensorParam(n: CstNode): TensorParam {
    const span = this.span(n);
    const { name } = this.name(token(n, "Identifier"));
    const type = child(n, "tensorType");
    const value = child(n, "expression");
    const param: TensorParam = { name, span,
      type: type ? this.tensorType(type, true) : this.shapeType(child(n, "shape"), true) };
    return value ? { ...param, default: this.expr(value) } : param;
  }

  private tensorType(n: CstNode | undefined, pattern = false): TypeExpr {
    const t = token(n, "dtype");
    const type = this.shapeType(child(n, "shape"), pattern);
    type.span = this.span(n);
    if (t?.image === "f32" || t?.image === "i32") type.dtype = t.image;
    return type;
  }

  /** A pattern may hold one `...`, recorded as the count of dims written before it. */
  private shapeType(n: CstNode | undefined, pattern = false): TypeExpr {
    const type: TypeExpr = { dims: this.dims(n, pattern), span: this.span(n) };
    const [first, ...more] = pattern ? tokens(n, "Ellipsis") : [];
    for (const t of more) {
      this.diagnostics.push({ severity: "error", span: this.loc.span(t.startOffset, tokenEnd(t)),
        message: "unexpected second '...': a pattern holds one run of any number of axes" });
    }
    if (first) type.rest = type.dims.filter((d) => d.span.start < first.startOffset).length;
    return type;
  }

  private dims(shape: CstNode | undefined, pattern = false): Expr[] {
    if (!pattern) {
      for (const t of tokens(shape, "Ellipsis")) {
        this.diagnostics.push({ severity: "error", span: this.loc.span(t.startOffset, tokenEnd(t)),
          message: "unexpected '...': only a layer's argument patterns match any number of " +
            "axes; inputs, params and state have fixed shapes" });
      }
    }
    return children(shape, "expression").map((d) => this.expr(d));
  }

  private block(n: CstNode | undefined): Stmt[] {
    const stmts = children(n, "statement").map((s) => this.stmt(only(s)));
    return stmts.filter((s): s is Stmt => s !== undefined);
  }

  private stmt(n: CstNode | undefined): Stmt | undefined {
    if (!n) return undefined;
    const span = this.span(n);
    const value = (): Expr => this.expr(child(n, "expression"));
    switch (n.name) {
      case "inputStmt":
        return { kind: "input", ...this.name(token(n, "Identifier")),
          type: this.tensorType(child(n, "tensorType")), span };
      case "paramStmt": {
        const kind = token(n, "keyword")?.image === "state" ? "state" : "param";
        return { kind, ...this.name(token(n, "Identifier")), dims: this.dims(child(n, "shape")),
          init: value(), span };
      }
      case "updateStmt":
        return { kind: "update", ...this.name(token(n, "Identifier")), value: value(), span };
      case "outputStmt": {
        const out = { kind: "output" as const, ...this.name(token(n, "Identifier")), span };
        return child(n, "expression") ? { ...out, value: value() } : out;
      }
      case "forStmt": {
        const { name, nameSpan } = this.name(token(n, "Identifier"));
        return { kind: "for", variable: name, variableSpan: nameSpan,
          from: this.expr(child(n, "from")), to: this.expr(child(n, "to")),
          body: this.block(child(n, "block")), span };
      }
      case "trainStmt":
        return { kind: "train", ...this.name(token(n, "Identifier")),
          loss: this.expr(child(n, "loss")),
          over: children(n, "selector").map((s) => this.selector(s)),
          optimizer: this.expr(child(n, "optimizer")), span };
      case "returnStmt": {
        const e = value();
        return { kind: "return", values: e.kind === "tuple" ? e.items : [e], span };
      }
      case "assignStmt":
      case "tupleAssignStmt": {
        const targets: Target[] = tokens(n, "Identifier")
          .map((t) => ({ name: t.image, span: this.tokenSpan(t) }));
        return { kind: "assign", targets, value: value(), span };
      }
    }
    return undefined;
  }

  /** `gen` or `gen.fc1`, as a name or a chain of members. */
  private selector(n: CstNode): Expr {
    const [first, ...rest] = tokens(n, "Identifier");
    let e: Expr = first ? { kind: "name", name: first.image, span: this.tokenSpan(first) }
      : this.missing();
    for (const t of rest) {
      const nameSpan = this.tokenSpan(t);
      e = { kind: "member", object: e, name: t.image, nameSpan, span: joinSpans(e.span, nameSpan) };
    }
    return e;
  }

  private missing(n?: CstNode): Expr {
    return { kind: "name", name: "", span: this.span(n) };
  }

  expr(n: CstNode | undefined): Expr {
    if (!n) return this.missing();
    switch (n.name) {
      case "expression": return this.conditional(n);
      case "pipeExpr": return this.pipe(n);
      case "comparison": case "additive": case "multiplicative": return this.binary(n);
      case "unary": return this.unary(n);
      case "power": return this.power(n);
      case "postfix": return this.postfix(n);
      case "primary": return this.primary(n);
    }
    return this.missing(n);
  }

  private conditional(n: CstNode): Expr {
    const cond = this.expr(child(n, "cond"));
    if (!token(n, "Question") && !child(n, "then")) return cond;
    const then = this.expr(child(n, "then"));
    const otherwise = this.expr(child(n, "else"));
    const span = joinSpans(cond.span, otherwise.span);
    return { kind: "cond", cond, then, else: otherwise, span };
  }

  private pipe(n: CstNode): Expr {
    if (!n.children.Pipe) return this.expr(child(n, "operand"));
    const [first, ...rest] = children(n, "operand").map((o) => this.expr(o));
    let e = first ?? this.missing(n);
    for (const right of rest) {
      e = { kind: "pipe", left: e, right, span: joinSpans(e.span, right.span) };
    }
    return e;
  }

  private binary(n: CstNode): Expr {
    // Most levels of most expressions hold a single operand: pass it through cheaply.
    if (!n.children.op) return this.expr(child(n, "operand"));
    const operands = children(n, "operand");
    let e = this.expr(operands[0]);
    tokens(n, "op").forEach((op, i) => {
      const right = this.expr(operands[i + 1]);
      e = { kind: "binary", op: op.image as BinaryOp, left: e, right,
        span: joinSpans(e.span, right.span) };
    });
    return e;
  }

  private unary(n: CstNode): Expr {
    const minus = token(n, "Minus");
    if (!minus) return this.expr(child(n, "power") ?? child(n, "unary"));
    const start = this.tokenSpan(minus);
    const operand = this.expr(child(n, "unary"));
    return { kind: "unary", op: "-", operand, span: joinSpans(start, operand.span) };
  }

  private power(n: CstNode): Expr {
    const base = this.expr(child(n, "postfix"));
    if (!token(n, "StarStar") && !child(n, "unary")) return base;
    const exponent = this.expr(child(n, "unary"));
    return { kind: "binary", op: "**", left: base, right: exponent,
      span: joinSpans(base.span, exponent.span) };
  }

  private postfix(n: CstNode): Expr {
    let e = this.expr(child(n, "primary"));
    for (const s of children(n, "suffix")) {
      const suffix = only(s);
      if (!suffix) continue;
      const span = joinSpans(e.span, this.span(suffix));
      if (suffix.name === "callSuffix") {
        e = { kind: "call", callee: e, args: this.args(children(suffix, "arg")), span };
      } else if (suffix.name === "memberSuffix") {
        const { name, nameSpan } = this.name(token(suffix, "Identifier"));
        e = { kind: "member", object: e, name, nameSpan, span };
      } else {
        const items = children(suffix, "indexItem").map((i) => this.indexItem(i));
        e = { kind: "index", object: e, items, span };
      }
    }
    return e;
  }

  private args(nodes: CstNode[]): Arg[] {
    let named: string | undefined;
    return nodes.map((n) => {
      const span = this.span(n);
      const name = token(child(n, "paramName"), "Identifier")?.image;
      const value = this.expr(child(n, "expression"));
      if (name !== undefined) named ??= name;
      else if (named !== undefined) {
        this.diagnostics.push({ severity: "error", span: value.span,
          message: `expected a named argument (positional arguments come first) but found ` +
            `a positional one after '${named} ='` });
      }
      return name === undefined ? { value, span } : { name, value, span };
    });
  }

  private indexItem(n: CstNode): IndexItem {
    const span = this.span(n);
    const start = child(n, "start");
    const hasColon = tokens(n, "Colon").length > 0 || !start;
    if (!hasColon) return { kind: "at", value: this.expr(start), span };
    const item: IndexItem = { kind: "range", span };
    if (start) item.start = this.expr(start);
    const end = child(n, "end");
    if (end) item.end = this.expr(end);
    return item;
  }

  private primary(n: CstNode): Expr {
    const sub = only(n);
    if (sub?.name === "parenExpr") {
      const items = children(sub, "expression").map((e) => this.expr(e));
      const span = this.span(sub);
      // `(e)` is e, spanning its parentheses, so `(a + b) * c` starts at '('.
      if (items.length === 1) return { ...items[0], span };
      return { kind: "tuple", items, span };
    }
    if (sub?.name === "listExpr") {
      const items = children(sub, "expression").map((e) => this.expr(e));
      return { kind: "list", items, span: this.span(sub) };
    }
    const t = Object.values(n.children).flat().find((e): e is IToken => !isNode(e) && isReal(e));
    if (!t) return this.missing(n);
    const span = this.tokenSpan(t);
    switch (t.tokenType.name) {
      case "NumberLit":
        return { kind: "num", value: Number(t.image), isInt: /^\d+$/.test(t.image),
          text: t.image, span };
      case "StringLit": return { kind: "str", value: readString(t.image).value, span };
      case "true": return { kind: "bool", value: true, span };
      case "false": return { kind: "bool", value: false, span };
    }
    return { kind: "name", name: t.image, span };
  }
}
