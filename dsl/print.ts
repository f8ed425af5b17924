// Syntax tree back to canonical source: one statement per line, two-space indents, and
// parentheses exactly where precedence needs them, so `parse(printProgram(p))` equals `p`
// up to spans. Used by tests, by tools that rewrite models, and to show expressions in errors.
import type { Arg, Expr, IndexItem, Program, Stmt, TopLevel, TypeExpr } from "./ast.ts";
import { writeString } from "./tokens.ts";

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

/** `e` as source, parenthesised if it binds looser than `min`. */
function expr(e: Expr, min: number): string {
  const text = bare(e);
  return level(e) < min ? `(${text})` : text;
}

function bare(e: Expr): string {
  switch (e.kind) {
    case "num": return e.text;
    case "bool": return String(e.value);
    case "str": return writeString(e.value);
    case "name": return e.name;
    case "unary": return `-${expr(e.operand, UNARY)}`;
    case "binary": {
      // Left-associative levels take a looser left operand than right; `**` the other way
      // round, and its right side may be unary (`2 ** -1`).
      const lv = binaryLevel[e.op];
      if (e.op === "**") return `${expr(e.left, POSTFIX)} ** ${expr(e.right, UNARY)}`;
      return `${expr(e.left, lv)} ${e.op} ${expr(e.right, lv + 1)}`;
    }
    case "pipe": return `${expr(e.left, PIPE)} |> ${expr(e.right, COMPARE)}`;
    case "cond":
      return `${expr(e.cond, PIPE)} ? ${expr(e.then, COND)} : ${expr(e.else, COND)}`;
    case "call": return `${expr(e.callee, POSTFIX)}(${e.args.map(arg).join(", ")})`;
    case "member": return `${expr(e.object, POSTFIX)}.${e.name}`;
    case "index": return `${expr(e.object, POSTFIX)}[${e.items.map(indexItem).join(", ")}]`;
    case "list": return `[${list(e.items)}]`;
    case "tuple": return `(${list(e.items)})`;
  }
}

const list = (items: Expr[]): string => items.map((i) => expr(i, COND)).join(", ");
const arg = (a: Arg): string => (a.name === undefined ? "" : `${a.name} = `) + expr(a.value, COND);

function indexItem(i: IndexItem): string {
  if (i.kind === "at") return expr(i.value, COND);
  // A conditional beside a range's ':' would read ambiguously to a person, if not the parser.
  const start = i.start ? expr(i.start, PIPE) : "";
  const end = i.end ? expr(i.end, PIPE) : "";
  return `${start}:${end}`;
}

export function printExpr(e: Expr): string {
  return expr(e, COND);
}

function type(t: TypeExpr): string {
  const dims = t.dims.map((d) => expr(d, COND));
  if (t.rest !== undefined) dims.splice(t.rest, 0, "...");
  return `${t.dtype ?? ""}[${dims.join(", ")}]`;
}

function block(body: Stmt[], indent: string): string {
  const inner = body.map((s) => stmt(s, `${indent}  `)).join("");
  return `{\n${inner}${indent}}`;
}

function stmt(s: Stmt, indent: string): string {
  return `${indent}${stmtText(s, indent)}\n`;
}

function stmtText(s: Stmt, indent: string): string {
  switch (s.kind) {
    case "input": return `input ${s.name}: ${type(s.type)}`;
    case "param":
    case "state": return `${s.kind} ${s.name}: [${list(s.dims)}] = ${printExpr(s.init)}`;
    case "update": return `update ${s.name} = ${printExpr(s.value)}`;
    case "assign": {
      const names = s.targets.map((t) => t.name);
      const lhs = names.length === 1 ? names[0] : `(${names.join(", ")})`;
      return `${lhs} = ${printExpr(s.value)}`;
    }
    case "output":
      return s.value ? `output ${s.name} = ${printExpr(s.value)}` : `output ${s.name}`;
    case "for":
      return `for ${s.variable} in ${printExpr(s.from)}..${printExpr(s.to)} ` +
        block(s.body, indent);
    case "train": {
      const over = s.over.length ? ` over ${s.over.map(printExpr).join(", ")}` : "";
      return `train ${s.name}: minimize ${printExpr(s.loss)}${over} with ${printExpr(s.optimizer)}`;
    }
    case "return":
      return s.values.length === 1 ? `return ${printExpr(s.values[0])}`
        : `return (${list(s.values)})`;
  }
}

function topLevel(t: TopLevel): string {
  switch (t.kind) {
    case "dim": return `dim ${t.name} = ${printExpr(t.value)}`;
    case "import": return `import ${writeString(t.path)}`;
    case "model": return `model ${t.name} ${block(t.body, "")}`;
    case "layer": {
      const hyper = t.hyper.map((h) => h.default ? `${h.name} = ${printExpr(h.default)}` : h.name);
      const args = t.args.map((a) => `${a.name}: ${type(a.type)}` +
        (a.default ? ` = ${printExpr(a.default)}` : ""));
      return `layer ${t.name}(${hyper.join(", ")})(${args.join(", ")}) ${block(t.body, "")}`;
    }
  }
}

export function printProgram(p: Program): string {
  return p.items.map(topLevel).join("\n\n") + (p.items.length ? "\n" : "");
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
