// The graph's text forms, read and written. `parseGraph` reads both the full form that
// printGraph writes (`%3 = add(%1, %2) : f32[4]`) and a compact one made for one-line pass
// goldens, where leaves are declared as in a model file, numbers are scalar constants,
// single-use values nest, and `;` separates statements:
//   input x: f32[4]; param W: f32[4, 3]; output y = relu(matmul(x, W))
// `printCompact` writes the compact form canonically, so two graphs print alike exactly
// when they compute the same thing in the same way. A loop's body is a block of its own,
// with names of its own, after the loop's attrs; it ends with what its inputs and outputs
// are (inputs neither carried nor sliced are invariants):
//   %4 = loop(%1, %2, %3) {length=10, reverse=false} body {
//     ...the body's statements, then `value h = %7` for each of its outputs...
//     carry 1 = 0                            # input 1 is carried; body output 0 updates it
//     sequence 2 {axis=1, start=0, step=1}   # input 2 is sliced: position 0 + 1 * t
//     final 1; last 0; stack 0 {axis=0, start=0, step=1, extent=10}   # outputs 0, 1, 2
//   }
import { isRandom, OPS } from "../ops/table.ts";
import { GraphBuilder } from "./builder.ts";
import { sameShape, showShape } from "./shape.ts";
import type { Attrs, AttrValue, DType, Graph, GraphOutput, LoopBody, LoopInput, LoopOutput, Node,
  OpName, OutputRole } from "./types.ts";

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
  return new GraphParser({ text, toks: tokenize(text), i: 0 }).parse("end").graph;
}

/** Where the parsers of a graph and of its loops' bodies read: one token stream. */
interface Cursor {
  readonly text: string;
  readonly toks: Token[];
  i: number;
}

/** A body's last lines: what its loop's inputs and outputs are. */
const SPECS = ["carry", "sequence", "final", "last", "stack"];

interface Spec {
  key: string;
  at: Token;
  k: number;
  attrs: Record<string, AttrValue>;
}

class GraphParser {
  private readonly b = new GraphBuilder();
  private readonly names = new Map<string, number>();
  private readonly outputs: GraphOutput[] = [];
  private readonly specs: Spec[] = [];

  constructor(private readonly c: Cursor) {}

  /** Statements up to `end`: the end of the text, or a body's closing brace. */
  parse(end: "end" | "}"): { graph: Graph; specs: Spec[] } {
    for (;;) {
      while (this.peek().kind === "sep") this.c.i++;
      if (end === "end" ? this.peek().kind === "end" : this.peek().text === "}") break;
      this.statement(end === "}");
      if (this.peek().kind !== "end" && this.peek().text !== "}") {
        this.expect("sep", "';' or a new line");
      }
    }
    return { graph: { nodes: this.b.nodes, outputs: this.outputs }, specs: this.specs };
  }

  private statement(inBody: boolean): void {
    const first = this.expect("name", "a statement");
    const second = this.peek();
    if (inBody && SPECS.includes(first.text) && second.kind === "number") {
      this.spec(first);
      return;
    }
    if ((LEAVES as readonly string[]).includes(first.text) && second.kind === "name" &&
      this.c.toks[this.c.i + 1].text === ":") {
      this.c.i++;
      this.expect("punct", "':'", ":");
      const { shape, dtype } = this.type();
      const attrs: Record<string, AttrValue> = { name: second.text, shape };
      if (first.text === "input") attrs.dtype = dtype;
      else if (dtype !== "f") this.report(second, `a ${first.text} must be f32`);
      this.names.set(second.text, this.b.add(first.text as OpName, [], attrs));
      return;
    }
    if ((ROLES as readonly string[]).includes(first.text) && second.kind === "name") {
      this.c.i++;
      this.expect("punct", "'='", "=");
      this.outputs.push({ role: first.text as OutputRole, name: second.text, node: this.expr() });
      return;
    }
    this.expect("punct", "'='", "=");
    const id = this.expr();
    if (this.peek().text === ":") {
      const at = this.c.toks[this.c.i++];
      const { shape, dtype } = this.type();
      const n = this.b.node(id);
      if (!sameShape(n.shape, shape) || n.dtype !== dtype) {
        this.report(at, `${first.text} is ${showShape(n.shape, n.dtype)} by its op's rule, ` +
          `not ${showShape(shape, dtype)}`);
      }
    }
    this.names.set(first.text, id);
  }

  /** `carry K = J`, `sequence K {...}`, `final K`, `last J`, `stack J {...}`. */
  private spec(key: Token): void {
    const k = Number(this.expect("number", "a number").text);
    const attrs: Record<string, AttrValue> = {};
    if (key.text === "carry") {
      this.expect("punct", "'='", "=");
      attrs.update = Number(this.expect("number", "the number of a body output").text);
    }
    if (key.text === "sequence" || key.text === "stack") Object.assign(attrs, this.attrs());
    this.specs.push({ key: key.text, at: key, k, attrs });
  }

  private expr(): number {
    const t = this.c.toks[this.c.i++];
    if (t.kind === "number") return this.b.add("const", [], { value: Number(t.text) });
    if (t.kind !== "name") this.fail(t, "a value: a name, a number or an op call");
    if (this.peek().text !== "(") {
      const id = this.names.get(t.text);
      if (id === undefined) this.report(t, `'${t.text}' is not defined`);
      return id;
    }
    if (!Object.hasOwn(OPS, t.text)) this.report(t, `no op named '${t.text}'`);
    this.c.i++;
    const args: number[] = [];
    while (this.peek().text !== ")") {
      args.push(this.expr());
      if (this.peek().text !== ")") this.expect("punct", "',' or ')'", ",");
    }
    this.c.i++;
    const attrs = this.peek().text === "{" ? this.attrs() : {};
    if (t.text === "loop") attrs.body = this.body(args.length);
    try {
      return this.b.add(t.text as OpName, args, attrs);
    } catch (e) {
      return this.report(t, `${t.text}: ${(e as Error).message}`);
    }
  }

  private attrs(): Record<string, AttrValue> {
    const attrs: Record<string, AttrValue> = {};
    this.expect("punct", "'{'", "{");
    while (this.peek().text !== "}") {
      const key = this.expect("name", "an attribute name").text;
      this.expect("punct", "'='", "=");
      attrs[key] = this.attrValue();
      if (this.peek().text !== "}") this.expect("punct", "',' or '}'", ",");
    }
    this.c.i++;
    return attrs;
  }

  /** `body { ... }`: a loop's body, with names of its own, and its specs. */
  private body(inputs: number): LoopBody {
    const word = this.expect("name", "'body' and the loop's body");
    if (word.text !== "body") this.fail(word, "'body' and the loop's body");
    this.expect("punct", "'{'", "{");
    const { graph, specs } = new GraphParser(this.c).parse("}");
    this.expect("punct", "'}' to end the loop's body", "}");
    const ins: LoopInput[] = Array.from({ length: inputs }, () => ({ kind: "invariant" }));
    const outs: LoopOutput[] = [];
    for (const s of specs) {
      const a = s.attrs as Record<string, number>;
      const track = { axis: a.axis, start: a.start, step: a.step as 1 | -1 };
      if ((s.key === "carry" || s.key === "sequence") && !(s.k >= 0 && s.k < inputs)) {
        this.report(s.at, `the loop has no input ${s.k}`);
      }
      if ((s.key === "sequence" || s.key === "stack") && a.step !== 1 && a.step !== -1) {
        this.report(s.at, `a ${s.key}'s step must be 1 or -1`);
      }
      if (s.key === "carry") ins[s.k] = { kind: "carry", update: a.update };
      else if (s.key === "sequence") ins[s.k] = { kind: "sequence", ...track };
      else if (s.key === "final") outs.push({ kind: "carry", input: s.k });
      else if (s.key === "last") outs.push({ kind: "last", value: s.k });
      else outs.push({ kind: "stack", value: s.k, ...track, extent: a.extent });
    }
    return { graph, inputs: ins, outputs: outs };
  }

  private attrValue(): AttrValue {
    const t = this.c.toks[this.c.i++];
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "string") return JSON.parse(t.text) as string;
    if (t.text === "true" || t.text === "false") return t.text === "true";
    if (t.text !== "[") this.fail(t, "an attribute value");
    const list: number[] = [];
    while (this.peek().text !== "]") {
      list.push(Number(this.expect("number", "a number").text));
      if (this.peek().text !== "]") this.expect("punct", "',' or ']'", ",");
    }
    this.c.i++;
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
    return this.c.toks[this.c.i];
  }

  private expect(kind: Token["kind"], what: string, text?: string): Token {
    const t = this.c.toks[this.c.i];
    if (t.kind !== kind || (text !== undefined && t.text !== text)) this.fail(t, what);
    this.c.i++;
    return t;
  }

  private fail(t: Token, what: string): never {
    const found = t.kind === "end" ? "" : ` (found '${t.text.replace("\n", "\\n")}')`;
    return this.report(t, `expected ${what}${found}`);
  }

  private report(t: Token, message: string): never {
    throw new SyntaxError(`graph text, ${where(this.c.text, t.at)}: ${message}`);
  }
}

export function showAttrValue(v: AttrValue): string {
  if (Array.isArray(v)) return `[${v.join(", ")}]`;
  if (typeof v === "object") return `(a body of ${(v as LoopBody).graph.nodes.length} nodes)`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** Attrs as `{a=1, b=[2, 3]}` (keys sorted if asked), or "" for none; a loop's body is
 * written after them as a block of its own. */
function showAttrs(attrs: Attrs, sorted: boolean): string {
  const keys = Object.keys(attrs).filter((k) => k !== "body");
  if (sorted) keys.sort();
  return keys.length ? ` {${keys.map((k) => `${k}=${showAttrValue(attrs[k])}`).join(", ")}}` : "";
}

/** A body's spec lines: its loop's carried and sliced inputs, then its outputs in order. */
function specLines(body: LoopBody): string[] {
  const track = (s: { axis: number; start: number; step: number }) =>
    `axis=${s.axis}, start=${s.start}, step=${s.step}`;
  const lines: string[] = [];
  body.inputs.forEach((s, k) => {
    if (s.kind === "carry") lines.push(`carry ${k} = ${s.update}`);
    if (s.kind === "sequence") lines.push(`sequence ${k} {${track(s)}}`);
  });
  for (const o of body.outputs) {
    lines.push(o.kind === "carry" ? `final ${o.input}` : o.kind === "last" ? `last ${o.value}`
      : `stack ${o.value} {${track(o)}, extent=${o.extent}}`);
  }
  return lines;
}

const indent = (text: string) => text.split("\n").map((l) => `  ${l}`).join("\n");

/** The graph's text form, one node a line: `%3 = add(%1, %2) : f32[64, 128]`. */
export function printGraph(g: Graph): string {
  const lines = g.nodes.map((n) => {
    const args = n.inputs.map((i) => `%${i}`).join(", ");
    const head = `%${n.id} = ${n.op}(${args})${showAttrs(n.attrs, false)}`;
    if (n.op !== "loop") return `${head} : ${showShape(n.shape, n.dtype)}`;
    const body = n.attrs.body as LoopBody;
    return `${head} body {\n${indent([printGraph(body.graph), ...specLines(body)].join("\n"))}\n}`;
  });
  for (const o of g.outputs) lines.push(`${o.role} ${o.name} = %${o.node}`);
  return lines.join("\n");
}

const keys = new WeakMap<LoopBody, string>();

/** A body's text, its specs included: equal exactly for bodies that compute alike (common
 * subexpressions compare loops by it). */
export function bodyKey(body: LoopBody): string {
  let key = keys.get(body);
  if (key === undefined) {
    key = [printGraph(body.graph), ...specLines(body)].join("\n");
    keys.set(body, key);
  }
  return key;
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
  const call = (n: Node) => {
    const head = `${n.op}(${n.inputs.map(ref).join(", ")})${showAttrs(n.attrs, true)}`;
    if (n.op !== "loop") return head;
    const body = n.attrs.body as LoopBody;
    return `${head} body { ${[printCompact(body.graph, sep), ...specLines(body)].join(sep)} }`;
  };
  for (const n of g.nodes) {
    if (isLiteral(n)) { label[n.id] = showAttrValue(n.attrs.value); continue; }
    const name = n.attrs.name as string;
    if (isDeclared(n) && !declaredNames.has(name)) {
      declaredNames.add(name);
      lines.push(`${n.op} ${name}: ${showShape(n.shape, n.dtype)}`);
      label[n.id] = name;
      continue;
    }
    const random = isRandom(n);
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
