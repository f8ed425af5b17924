// The graph's text forms, read and written. `parseGraph` reads both the full form that
// printGraph writes (`%3 = add(%1, %2) : f32[4]`) and a compact one made for one-line pass
// goldens, where leaves are declared as in a model file, numbers are scalar constants,
// single-use values nest, and `;` separates statements:
//   input x: f32[4]; param W: f32[4, 3]; output y = relu(matmul(x, W))
// `printCompact` writes the compact form canonically, so two graphs print alike exactly
// when they compute the same thing in the same way.
import { isRandom, OPS } from "../ops/table.ts";
import { GraphBuilder } from "./builder.ts";
import { sameShape, showShape } from "./shape.ts";
import type { Attrs, AttrValue, DType, Graph, GraphOutput, Node, OpName, OutputRole } from "./types.ts";

const ROLES: readonly OutputRole[] = ["output", "loss", "grad", "param", "state", "value"];
const LEAVES = ["input", "param", "state"] as const;

interface Token {
  kind: "name" | "number" | "string" | "punct" | "sep" | "end";
  text: string;
  at: number;
}

const TOKEN = new RegExp([
  String.raw`(?<space>[ \t\r]+|#[^\n]*)`,
  String.raw`(?<sep>[\n;])`,
  String.raw`(?<number>-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)|NaN)`,
  String.raw`(?<name>[%A-Za-z_][\w./]*)`,
  String.raw`(?<string>"(?:[^"\\]|\\.)*")`,
  String.raw`(?<punct>[=(){}\[\],:])`,
].join("|"), "y");

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new SyntaxError(`graph text: unexpected '${text[at]}' at ${where(text, at)}`);
    const kind = Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)!;
    if (kind !== "space") out.push({ kind: kind as Token["kind"], text: m[0], at });
  }
  out.push({ kind: "end", text: "end of text", at: text.length });
  return out;
}

function where(text: string, at: number): string {
  const before = text.slice(0, at).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Reads a graph in either text form; every node's shape comes from its op's rule. */
export function parseGraph(text: string): Graph {
  return new GraphParser(text).parse();
}

class GraphParser {
  private readonly toks: Token[];
  private i = 0;
  private readonly b = new GraphBuilder();
  private readonly names = new Map<string, number>();
  private readonly outputs: GraphOutput[] = [];

  constructor(private readonly text: string) {
    this.toks = tokenize(text);
  }

  parse(): Graph {
    for (;;) {
      while (this.peek().kind === "sep") this.i++;
      if (this.peek().kind === "end") break;
      this.statement();
      if (this.peek().kind !== "end") this.expect("sep", "';' or a new line");
    }
    return { nodes: this.b.nodes, outputs: this.outputs };
  }

  private statement(): void {
    const first = this.expect("name", "a statement");
    const second = this.peek();
    if ((LEAVES as readonly string[]).includes(first.text) && second.kind === "name" &&
      this.toks[this.i + 1].text === ":") {
      this.i++;
      this.expect("punct", "':'", ":");
      const { shape, dtype } = this.type();
      const attrs: Record<string, AttrValue> = { name: second.text, shape };
      if (first.text === "input") attrs.dtype = dtype;
      else if (dtype !== "f") this.report(second, `a ${first.text} must be f32`);
      this.names.set(second.text, this.b.add(first.text as OpName, [], attrs));
      return;
    }
    if ((ROLES as readonly string[]).includes(first.text) && second.kind === "name") {
      this.i++;
      this.expect("punct", "'='", "=");
      this.outputs.push({ role: first.text as OutputRole, name: second.text, node: this.expr() });
      return;
    }
    this.expect("punct", "'='", "=");
    const id = this.expr();
    if (this.peek().text === ":") {
      const at = this.toks[this.i++];
      const { shape, dtype } = this.type();
      const n = this.b.node(id);
      if (!sameShape(n.shape, shape) || n.dtype !== dtype) {
        this.report(at, `${first.text} is ${showShape(n.shape, n.dtype)} by its op's rule, ` +
          `not ${showShape(shape, dtype)}`);
      }
    }
    this.names.set(first.text, id);
  }

  private expr(): number {
    const t = this.toks[this.i++];
    if (t.kind === "number") return this.b.add("const", [], { value: Number(t.text) });
    if (t.kind !== "name") this.fail(t, "a value: a name, a number or an op call");
    if (this.peek().text !== "(") {
      const id = this.names.get(t.text);
      if (id === undefined) this.report(t, `'${t.text}' is not defined`);
      return id;
    }
    if (!Object.hasOwn(OPS, t.text)) this.report(t, `no op named '${t.text}'`);
    this.i++;
    const args: number[] = [];
    while (this.peek().text !== ")") {
      args.push(this.expr());
      if (this.peek().text !== ")") this.expect("punct", "',' or ')'", ",");
    }
    this.i++;
    const attrs: Record<string, AttrValue> = {};
    if (this.peek().text === "{") {
      this.i++;
      while (this.peek().text !== "}") {
        const key = this.expect("name", "an attribute name").text;
        this.expect("punct", "'='", "=");
        attrs[key] = this.attrValue();
        if (this.peek().text !== "}") this.expect("punct", "',' or '}'", ",");
      }
      this.i++;
    }
    try {
      return this.b.add(t.text as OpName, args, attrs);
    } catch (e) {
      return this.report(t, `${t.text}: ${(e as Error).message}`);
    }
  }

  private attrValue(): AttrValue {
    const t = this.toks[this.i++];
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "string") return JSON.parse(t.text) as string;
    if (t.text === "true" || t.text === "false") return t.text === "true";
    if (t.text !== "[") this.fail(t, "an attribute value");
    const list: number[] = [];
    while (this.peek().text !== "]") {
      list.push(Number(this.expect("number", "a number").text));
      if (this.peek().text !== "]") this.expect("punct", "',' or ']'", ",");
    }
    this.i++;
    return list;
  }

  private type(): { shape: number[]; dtype: DType } {
    const t = this.expect("name", "a type (f32[...] or i32[...])");
    if (t.text !== "f32" && t.text !== "i32") this.fail(t, "a type (f32[...] or i32[...])");
    const v = this.attrValue();
    if (!Array.isArray(v)) this.fail(t, "a shape in brackets");
    return { shape: v as number[], dtype: t.text === "f32" ? "f" : "i" };
  }

  private peek(): Token {
    return this.toks[this.i];
  }

  private expect(kind: Token["kind"], what: string, text?: string): Token {
    const t = this.toks[this.i];
    if (t.kind !== kind || (text !== undefined && t.text !== text)) this.fail(t, what);
    this.i++;
    return t;
  }

  private fail(t: Token, what: string): never {
    const found = t.kind === "end" ? "" : ` (found '${t.text.replace("\n", "\\n")}')`;
    return this.report(t, `expected ${what}${found}`);
  }

  private report(t: Token, message: string): never {
    throw new SyntaxError(`graph text, ${where(this.text, t.at)}: ${message}`);
  }
}

export function showAttrValue(v: AttrValue): string {
  if (Array.isArray(v)) return `[${v.join(", ")}]`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** The graph's text form, one node a line: `%3 = add(%1, %2) : f32[64, 128]`. */
export function printGraph(g: Graph): string {
  const lines = g.nodes.map((n) => {
    const keys = Object.keys(n.attrs);
    const attrs = keys.length ? ` {${keys.map((k) => `${k}=${showAttrValue(n.attrs[k])}`).join(", ")}}` : "";
    const args = n.inputs.map((i) => `%${i}`).join(", ");
    return `%${n.id} = ${n.op}(${args})${attrs} : ${showShape(n.shape, n.dtype)}`;
  });
  for (const o of g.outputs) lines.push(`${o.role} ${o.name} = %${o.node}`);
  return lines.join("\n");
}

/** `{a=1, b=[2, 3]}` with keys sorted, or "" for no attrs. */
function showAttrs(attrs: Attrs): string {
  const keys = Object.keys(attrs).sort();
  return keys.length ? ` {${keys.map((k) => `${k}=${showAttrValue(attrs[k])}`).join(", ")}}` : "";
}

const isLiteral = (n: Node) => n.op === "const" && n.dtype === "f" &&
  Object.keys(n.attrs).length === 1;

/** A leaf written as a declaration: its attrs say nothing its type does not. */
function isDeclared(n: Node): boolean {
  if (!(LEAVES as readonly string[]).includes(n.op)) return false;
  const want = n.op === "input" ? ["dtype", "name", "shape"] : ["name", "shape"];
  const keys = Object.keys(n.attrs).sort();
  return keys.length === want.length && keys.every((k, i) => k === want[i]);
}

/**
 * The compact form, statements joined by `sep`. Values used once are nested into their
 * user; random draws keep their own statements so their order stays visible.
 */
export function printCompact(g: Graph, sep = "; "): string {
  const uses = new Array<number>(g.nodes.length).fill(0);
  for (const n of g.nodes) for (const i of n.inputs) uses[i]++;
  for (const o of g.outputs) uses[o.node]++;
  const declaredNames = new Set<string>();
  const label: string[] = [];
  const lines: string[] = [];
  let temps = 0;
  const ref = (id: number): string => label[id];
  const call = (n: Node) => `${n.op}(${n.inputs.map(ref).join(", ")})${showAttrs(n.attrs)}`;
  for (const n of g.nodes) {
    if (isLiteral(n)) { label[n.id] = showAttrValue(n.attrs.value); continue; }
    const name = n.attrs.name as string;
    if (isDeclared(n) && !declaredNames.has(name)) {
      declaredNames.add(name);
      lines.push(`${n.op} ${name}: ${showShape(n.shape, n.dtype)}`);
      label[n.id] = name;
      continue;
    }
    const random = isRandom(n.op);
    if (uses[n.id] === 1 && !random) {
      label[n.id] = call(n);
      continue;
    }
    label[n.id] = `%${temps++}`;
    lines.push(`${label[n.id]} = ${call(n)}`);
  }
  for (const o of g.outputs) lines.push(`${o.role} ${o.name} = ${ref(o.node)}`);
  return lines.join(sep);
}
