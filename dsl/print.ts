// Syntax tree back to canonical source: one statement per line, two-space indents,
// parentheses exactly where precedence needs them, and lines broken to fit 100 columns where
// an expression allows (pipe chains before `|>`, operator chains after the operator, argument
// lists one per line), so `parse(printProgram(p))` equals `p` up to spans. The comments and
// blank lines attached to the tree (dsl/comments.ts) are printed where they were. Used by
// `kiln fmt`, by tests, by tools that rewrite models, and to show expressions in errors.
import type {
  Arg, Comment, Expr, IndexItem, Program, Stmt, TopLevel, Trivia, TypeExpr,
} from "./ast.ts";
import { type Doc, group, hardline, indent, join, line, render, softline } from "./layout.ts";
import { writeString } from "./tokens.ts";

/** The longest line the printer aims for (STYLE.md's). */
export const WIDTH = 100;

// Binding strength, loosest first; mirrors the rule order in parser.ts.
const COND = 1, PIPE = 2, COMPARE = 3, ADD = 4, MUL = 5, UNARY = 6, POWER = 7, POSTFIX = 8;

const binaryLevel: Record<string, number> = {
  "<": COMPARE, "<=": COMPARE, ">": COMPARE, ">=": COMPARE, "==": COMPARE, "!=": COMPARE,
  "+": ADD, "-": ADD, "*": MUL, "/": MUL, "@": MUL, "**": POWER,
};

function level(e: Expr): number {
  switch (e.kind) {
    case "cond": return COND;
    case "pipe": return PIPE;
    case "binary": return binaryLevel[e.op];
    case "unary": return UNARY;
    default: return POSTFIX;
  }
}

/** `e`, parenthesised if it binds looser than `min`. */
function expr(e: Expr, min: number): Doc {
  const doc = bare(e);
  return level(e) < min ? ["(", doc, ")"] : doc;
}

/** `(a, b)` or `[a, b]`, one item per line if they do not fit on one. */
function bracketed(open: string, items: readonly Doc[], close: string): Doc {
  if (items.length === 0) return open + close;
  return group([open, indent([softline, join([",", line], items)]), softline, close]);
}

/** A left-associative chain `a op b op c`, broken after each operator if it does not fit. */
function chain(e: Expr & { kind: "binary" }): Doc {
  const lv = binaryLevel[e.op];
  const rest: Doc[] = [];
  let first: Expr = e;
  while (first.kind === "binary" && first.op !== "**" && binaryLevel[first.op] === lv) {
    rest.unshift(` ${first.op}`, line, expr(first.right, lv + 1));
    first = first.left;
  }
  return group([expr(first, lv), indent(rest)]);
}

/** `a |> f |> g`, broken before each `|>` if it does not fit. */
function pipeline(e: Expr & { kind: "pipe" }): Doc {
  const rest: Doc[] = [];
  let first: Expr = e;
  while (first.kind === "pipe") {
    rest.unshift(line, "|> ", expr(first.right, COMPARE));
    first = first.left;
  }
  return group([expr(first, PIPE), indent(rest)]);
}

function bare(e: Expr): Doc {
  switch (e.kind) {
    case "num": return e.text;
    case "bool": return String(e.value);
    case "str": return writeString(e.value);
    case "name": return e.name;
    case "unary": return ["-", expr(e.operand, UNARY)];
    case "binary":
      // `**` is right-associative and its right side may be unary (`2 ** -1`).
      if (e.op === "**") return [expr(e.left, POSTFIX), " ** ", expr(e.right, UNARY)];
      return chain(e);
    case "pipe": return pipeline(e);
    case "cond":
      return group([expr(e.cond, PIPE),
        indent([line, "? ", expr(e.then, COND), line, ": ", expr(e.else, COND)])]);
    case "call": return [expr(e.callee, POSTFIX), bracketed("(", e.args.map(arg), ")")];
    case "member": return [expr(e.object, POSTFIX), ".", e.name];
    case "index":
      return [expr(e.object, POSTFIX), "[", join(", ", e.items.map(indexItem)), "]"];
    case "list": return bracketed("[", list(e.items), "]");
    case "tuple": return bracketed("(", list(e.items), ")");
  }
}

const list = (items: Expr[]): Doc[] => items.map((i) => expr(i, COND));
const arg = (a: Arg): Doc => [a.name === undefined ? "" : `${a.name} = `, expr(a.value, COND)];

function indexItem(i: IndexItem): Doc {
  if (i.kind === "at") return expr(i.value, COND);
  // A conditional beside a range's ':' would read ambiguously to a person, if not the parser.
  return [i.start ? expr(i.start, PIPE) : "", ":", i.end ? expr(i.end, PIPE) : ""];
}

/** One line, however long: for messages. */
export function printExpr(e: Expr): string {
  return render(expr(e, COND), Infinity);
}

function type(t: TypeExpr): Doc {
  const dims = list(t.dims);
  if (t.rest !== undefined) dims.splice(t.rest, 0, "...");
  return [t.dtype ?? "", bracketed("[", dims, "]")];
}

/** One line: for messages and editors. */
export function printType(t: TypeExpr): string {
  return render(type(t), Infinity);
}

/** Lines of a block or file, each after a line break, with a blank line where asked for
 * (never before the first). */
function lines(entries: readonly { doc: Doc; blank?: boolean }[]): Doc[] {
  return entries.map(({ doc, blank }, i) => (blank && i > 0 ? [hardline, hardline, doc]
    : [hardline, doc]));
}

type Entry = { doc: Doc; blank?: boolean };

/** A statement or item with its comments: leading ones above, the trailing one after it. */
function withComments(doc: Doc, trivia: Trivia | undefined, blankFirst?: boolean): Entry[] {
  const entries: Entry[] = (trivia?.leading ?? []).map((c) => ({ doc: c.text,
    blank: c.blankBefore }));
  entries.push({ doc: [doc, endComment(trivia?.trailing)], blank: trivia?.blankBefore });
  if (blankFirst !== undefined) entries[0].blank = blankFirst;
  return entries;
}

function endComment(comments: readonly Comment[] | undefined): Doc {
  if (!comments?.length) return "";
  return { kind: "comment", lines: comments.map((c) => c.text),
    column: comments[0].span.col - 1 };
}

function closing(trivia: Trivia | undefined): Entry[] {
  return (trivia?.closing ?? []).map((c) => ({ doc: c.text, blank: c.blankBefore }));
}

function block(body: readonly Stmt[], trivia: Trivia | undefined): Doc {
  const entries = [...body.flatMap((s) => withComments(stmt(s), s.trivia)), ...closing(trivia)];
  return ["{", endComment(trivia?.opening), indent(lines(entries)), hardline, "}"];
}

function stmt(s: Stmt): Doc {
  switch (s.kind) {
    case "input": return [`input ${s.name}: `, type(s.type)];
    case "param":
    case "state":
      return [`${s.kind} ${s.name}: `, bracketed("[", list(s.dims), "]"), " = ",
        expr(s.init, COND)];
    case "update": return [`update ${s.name} = `, expr(s.value, COND)];
    case "assign": {
      const names = s.targets.map((t) => t.name);
      const lhs = names.length === 1 ? names[0] : `(${names.join(", ")})`;
      return [`${lhs} = `, expr(s.value, COND)];
    }
    case "output":
      return s.value ? [`output ${s.name} = `, expr(s.value, COND)] : `output ${s.name}`;
    case "for":
      return [`for ${s.variable} in `, expr(s.from, COND), "..", expr(s.to, COND), " ",
        block(s.body, s.trivia)];
    case "train": {
      const over = s.over.length ? [" over ", join(", ", list(s.over))] : "";
      return [`train ${s.name}: minimize `, expr(s.loss, COND), over, " with ",
        expr(s.optimizer, COND)];
    }
    case "return":
      return s.values.length === 1 ? ["return ", expr(s.values[0], COND)]
        : ["return ", bracketed("(", list(s.values), ")")];
  }
}

function topLevel(t: TopLevel): Doc {
  switch (t.kind) {
    case "dim": return [`dim ${t.name} ${t.bound ? "<=" : "="} `, expr(t.value, COND)];
    case "import": return `import ${writeString(t.path)}`;
    case "model": return [`model ${t.name} `, block(t.body, t.trivia)];
    case "layer": {
      const hyper = t.hyper.map((h) => (h.default ? [`${h.name} = `, expr(h.default, COND)]
        : h.name));
      const args = t.args.map((a) => (a.default ? [`${a.name}: `, type(a.type), " = ",
        expr(a.default, COND)] : [`${a.name}: `, type(a.type)]));
      return [`layer ${t.name}`, bracketed("(", hyper, ")"), bracketed("(", args, ")"), " ",
        block(t.body, t.trivia)];
    }
  }
}

const isBlock = (t: TopLevel): boolean => t.kind === "layer" || t.kind === "model";

export interface PrintOptions {
  /** The line width to fit (default WIDTH). */
  width?: number;
}

/** The program as source. Layers and models have a blank line above and below them; other
 * items, as statements, where the source had one. */
export function printProgram(p: Program, options: PrintOptions = {}): string {
  const entries = p.items.flatMap((t, i) => {
    const separated = i > 0 && (isBlock(t) || isBlock(p.items[i - 1]));
    return withComments(topLevel(t), t.trivia, separated || undefined);
  });
  entries.push(...closing(p.trivia));
  if (!entries.length) return "";
  // Each entry starts with a line break: drop the first.
  return `${render(lines(entries), options.width ?? WIDTH).slice(1)}\n`;
}

const spanKeys = new Set(["span", "nameSpan", "variableSpan"]);

/** A deep copy without span keys, for comparing trees by structure. */
export function stripSpans<T>(x: T): T {
  if (Array.isArray(x)) return x.map(stripSpans) as T;
  if (x === null || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (!spanKeys.has(k)) out[k] = stripSpans(v);
  return out as T;
}
