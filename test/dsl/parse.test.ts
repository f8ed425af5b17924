import { describe, expect, it } from "vitest";
import type { Expr, Stmt, TopLevel } from "../../dsl/ast.ts";
import { parse } from "../../dsl/parse.ts";
import { printExpr, stripSpans } from "../../dsl/print.ts";

function parseOk(src: string) {
  const r = parse(src, "t.kiln");
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.program;
}
const top = (src: string): TopLevel => parseOk(src).items[0];
/** The statements of `model M { ... }` around `body`. */
function stmts(body: string): Stmt[] {
  const m = top(`model M {\n${body}\n}`);
  if (m.kind !== "model") throw new Error("not a model");
  return stripSpans(m.body);
}
const stmt = (body: string): Stmt => stmts(body)[0];
function expr(src: string): Expr {
  const s = stmt(`x = ${src}`);
  if (s.kind !== "assign") throw new Error("not an assignment");
  return s.value;
}
/** An expression fully parenthesised, to read its grouping at a glance. */
function grouped(e: Expr): string {
  switch (e.kind) {
    case "binary": return `(${grouped(e.left)} ${e.op} ${grouped(e.right)})`;
    case "unary": return `(-${grouped(e.operand)})`;
    case "pipe": return `(${grouped(e.left)} |> ${grouped(e.right)})`;
    case "cond": return `(${grouped(e.cond)} ? ${grouped(e.then)} : ${grouped(e.else)})`;
    default: return printExpr(e);
  }
}
const group = (src: string): string => grouped(expr(src));

const name = (n: string) => ({ kind: "name", name: n });
const int = (v: number) => ({ kind: "num", value: v, isInt: true, text: String(v) });

describe("top level", () => {
  it("parses dim", () => {
    expect(stripSpans(top("dim B = 64"))).toEqual({ kind: "dim", name: "B", value: int(64),
      bound: false });
    expect(stripSpans(top("dim B <= 64"))).toEqual({ kind: "dim", name: "B", value: int(64),
      bound: true });
  });

  it("parses import", () => {
    expect(stripSpans(top('import "layers/extra.kiln"')))
      .toEqual({ kind: "import", path: "layers/extra.kiln" });
  });

  it("parses a layer with hyperparameters, defaults and shape patterns", () => {
    const l = stripSpans(top(
      "layer Dense(units, act = identity)(x: [N, K], m: f32[N], ids: i32[]) {\n" +
      "  param W: [K, units] = glorot_uniform\n  return act(x @ W)\n}"));
    expect(l).toMatchObject({
      kind: "layer", name: "Dense",
      hyper: [{ name: "units" }, { name: "act", default: name("identity") }],
      args: [
        { name: "x", type: { dims: [name("N"), name("K")] } },
        { name: "m", type: { dtype: "f32", dims: [name("N")] } },
        { name: "ids", type: { dtype: "i32", dims: [] } },
      ],
    });
    if (l.kind !== "layer") throw new Error();
    expect(l.hyper[0]).not.toHaveProperty("default");
    expect(l.args[0].type).not.toHaveProperty("dtype");
    expect(l.body.map((s) => s.kind)).toEqual(["param", "return"]);
  });

  it("parses a layer with no hyperparameters", () => {
    expect(stripSpans(top("layer Flatten()(x: [N, C]) { return flatten(x) }")))
      .toMatchObject({ kind: "layer", name: "Flatten", hyper: [], args: [{ name: "x" }] });
  });

  it("parses several models and empty blocks", () => {
    const p = parseOk("model A {}\nmodel B {\n}\n\nmodel C { x = 1 }\n");
    expect(p.items.map((i) => i.kind === "model" && [i.name, i.body.length]))
      .toEqual([["A", 0], ["B", 0], ["C", 1]]);
  });

  it("accepts an empty file and one of comments only", () => {
    expect(parseOk("").items).toEqual([]);
    expect(parseOk("# nothing here\n\n# at all\n").items).toEqual([]);
  });
});

describe("statements", () => {
  it("parses input with f32, i32 and scalar types", () => {
    expect(stmts("input x: f32[B, 784]\ninput y: i32[B]\ninput s: f32[]")).toEqual([
      { kind: "input", name: "x", type: { dtype: "f32", dims: [name("B"), int(784)] } },
      { kind: "input", name: "y", type: { dtype: "i32", dims: [name("B")] } },
      { kind: "input", name: "s", type: { dtype: "f32", dims: [] } },
    ]);
  });

  it("parses dims that are arithmetic", () => {
    const s = stmt("input x: f32[4 * H, S / 4, (B)]");
    if (s.kind !== "input") throw new Error();
    expect(s.type.dims.map(printExpr)).toEqual(["4 * H", "S / 4", "B"]);
  });

  it("parses param and state", () => {
    expect(stmts("param W: [K, 4 * H] = normal(0.02)\nstate mean: [C] = zeros")).toEqual([
      { kind: "param", name: "W", dims: [name("K"), expect.objectContaining({ op: "*" })],
        init: expect.objectContaining({ kind: "call" }) },
      { kind: "state", name: "mean", dims: [name("C")], init: name("zeros") },
    ]);
  });

  it("parses update, assignment and tuple assignment", () => {
    expect(stmts("update mean = m\nh = x\n(a, b) = lstm(x)")).toEqual([
      { kind: "update", name: "mean", value: name("m") },
      { kind: "assign", targets: [{ name: "h" }], value: name("x") },
      { kind: "assign", targets: [{ name: "a" }, { name: "b" }],
        value: { kind: "call", callee: name("lstm"), args: [{ value: name("x") }] } },
    ]);
  });

  it("parses output with and without a value", () => {
    expect(stmts("output probs = p\noutput h")).toEqual([
      { kind: "output", name: "probs", value: name("p") },
      { kind: "output", name: "h" },
    ]);
  });

  it("parses a for loop with a nested body", () => {
    expect(stmt("for t in 0..T {\n  h = h + x[:, t]\n  for u in 1..2 { y = u }\n}")).toMatchObject({
      kind: "for", variable: "t", from: int(0), to: name("T"),
      body: [{ kind: "assign" }, { kind: "for", variable: "u", body: [{ kind: "assign" }] }],
    });
  });

  it("parses train with and without over", () => {
    expect(stmts("train step: minimize loss with adam(lr = 1e-3, clip_norm = 1)\n" +
      "train g: minimize g_loss over gen, head.fc with sgd(0.1)")).toEqual([
      { kind: "train", name: "step", loss: name("loss"), over: [],
        optimizer: { kind: "call", callee: name("adam"), args: [
          { name: "lr", value: { kind: "num", value: 0.001, isInt: false, text: "1e-3" } },
          { name: "clip_norm", value: int(1) }] } },
      { kind: "train", name: "g", loss: name("g_loss"),
        over: [name("gen"), { kind: "member", object: name("head"), name: "fc" }],
        optimizer: expect.objectContaining({ kind: "call" }) },
    ]);
  });

  it("parses return of one value and of several", () => {
    expect(stmts("return a + b\nreturn (h, c)\nreturn (h)")).toEqual([
      { kind: "return", values: [expect.objectContaining({ op: "+" })] },
      { kind: "return", values: [name("h"), name("c")] },
      { kind: "return", values: [name("h")] },
    ]);
  });

  it("separates statements with ';' too", () => {
    expect(stmts("a = 1; b = 2").map((s) => s.kind)).toEqual(["assign", "assign"]);
  });
});

describe("expressions", () => {
  it("parses literals", () => {
    expect(expr("42")).toEqual(int(42));
    expect(expr("2.5E+4")).toEqual({ kind: "num", value: 25000, isInt: false, text: "2.5E+4" });
    expect(expr("0.5")).toMatchObject({ isInt: false, value: 0.5 });
    expect(expr("true")).toEqual({ kind: "bool", value: true });
    expect(expr("false")).toEqual({ kind: "bool", value: false });
    expect(expr('"same"')).toEqual({ kind: "str", value: "same" });
    expect(expr(String.raw`"a\"b\\c\n"`)).toEqual({ kind: "str", value: 'a"b\\c\n' });
  });

  it("parses calls with positional then named arguments", () => {
    expect(expr("conv2d(x, w, stride = 2, padding = \"same\")")).toEqual({
      kind: "call", callee: name("conv2d"), args: [
        { value: name("x") }, { value: name("w") },
        { name: "stride", value: int(2) }, { name: "padding", value: { kind: "str", value: "same" } },
      ],
    });
    expect(expr("f()")).toEqual({ kind: "call", callee: name("f"), args: [] });
  });

  it("parses member chains, calls on members and calls of calls", () => {
    expect(printExpr(expr("gen.hidden.W"))).toBe("gen.hidden.W");
    expect(expr("a.b(c)")).toMatchObject({ kind: "call", callee: { kind: "member", name: "b" } });
    expect(expr("f(1)(2)")).toMatchObject({ kind: "call", callee: { kind: "call" } });
  });

  it("parses index items: ints, ranges, open ranges, negative indices", () => {
    expect(expr("x[:, t, 0:H, -1, 2:, :n]")).toEqual({
      kind: "index", object: name("x"), items: [
        { kind: "range" },
        { kind: "at", value: name("t") },
        { kind: "range", start: int(0), end: name("H") },
        { kind: "at", value: { kind: "unary", op: "-", operand: int(1) } },
        { kind: "range", start: int(2) },
        { kind: "range", end: name("n") },
      ],
    });
  });

  it("parses lists and tuples; a single parenthesised item is itself", () => {
    expect(expr("[]")).toEqual({ kind: "list", items: [] });
    expect(expr("[B, 1]")).toEqual({ kind: "list", items: [name("B"), int(1)] });
    expect(expr("(a, b, c)")).toEqual({ kind: "tuple", items: [name("a"), name("b"), name("c")] });
    expect(expr("(a)")).toEqual(name("a"));
  });

  it("keeps pipes as pipes", () => {
    expect(expr("x |> fc1")).toEqual({ kind: "pipe", left: name("x"), right: name("fc1") });
  });

  it("parses a conditional", () => {
    expect(expr("training ? a : b")).toEqual(
      { kind: "cond", cond: name("training"), then: name("a"), else: name("b") });
  });
});

describe("precedence and associativity", () => {
  it.each([
    ["a + b * c", "(a + (b * c))"],
    ["a * b + c", "((a * b) + c)"],
    ["a - b - c", "((a - b) - c)"],
    ["a / b / c", "((a / b) / c)"],
    ["x @ W + b", "((x @ W) + b)"],
    ["a * b @ c", "((a * b) @ c)"],
    ["-x ** 2", "(-(x ** 2))"],
    ["a ** b ** c", "(a ** (b ** c))"],
    ["2 ** -1", "(2 ** (-1))"],
    ["-a * b", "((-a) * b)"],
    ["- -a", "(-(-a))"],
    ["a + b < c * d", "((a + b) < (c * d))"],
    ["a < b == c", "((a < b) == c)"],
    ["a |> f(1) |> g", "((a |> f(1)) |> g)"],
    ["a + b |> f", "((a + b) |> f)"],
    ["a < b |> f", "((a < b) |> f)"],
    ["t ? a : b |> f", "(t ? a : (b |> f))"],
    ["x |> f ? a : b", "((x |> f) ? a : b)"],
    ["a ? b : c ? d : e", "(a ? b : (c ? d : e))"],
    ["a ? b ? c : d : e", "(a ? (b ? c : d) : e)"],
    ["(a + b) * c", "((a + b) * c)"],
    ["-f(x).y[0] ** 2", "(-(f(x).y[0] ** 2))"],
  ])("%s groups as %s", (src, want) => {
    expect(group(src)).toBe(want);
  });
});

describe("newlines", () => {
  it("lets pipe chains run over several lines", () => {
    const s = stmts("logits = x\n  |> fc1\n  |> dropout(0.2)\n  |> fc2\ny = 1");
    expect(s).toHaveLength(2);
    expect(grouped((s[0] as { value: Expr }).value)).toBe("(((x |> fc1) |> dropout(0.2)) |> fc2)");
  });

  it("lets arguments, lists and operators run over several lines", () => {
    const s = stmts("y = f(\n  a,\n  b = 2\n)\nz = [\n  1,\n  2\n]\nw = a +\n  b\nv = t\n  ? a\n  : b");
    expect(s.map((x) => x.kind === "assign" && printExpr(x.value)))
      .toEqual(["f(a, b = 2)", "[1, 2]", "a + b", "t ? a : b"]);
  });

  it("allows comments after code and on their own lines, and blank lines", () => {
    const s = stmts("\n  # first\n  a = 1 # trailing\n\n\n  # between\n  b = a # done\n");
    expect(s.map((x) => x.kind)).toEqual(["assign", "assign"]);
  });
});

describe("spans", () => {
  it("places names and statements at exact lines and columns", () => {
    const src = "dim B = 64\nmodel Mlp {\n  input x: f32[B, 784]\n  h = fc1(x) + b\n}\n";
    const p = parseOk(src);
    expect(p.items[0].span).toMatchObject({ line: 1, col: 1, endLine: 1, endCol: 11, start: 0, end: 10 });
    const m = p.items[1];
    if (m.kind !== "model") throw new Error();
    expect(m.nameSpan).toMatchObject({ line: 2, col: 7, endCol: 10 });
    expect(m.span).toMatchObject({ line: 2, col: 1, endLine: 5, endCol: 2 });
    const [input, assign] = m.body;
    expect(input.span).toMatchObject({ line: 3, col: 3, endLine: 3, endCol: 23 });
    if (input.kind !== "input" || assign.kind !== "assign") throw new Error();
    expect(input.nameSpan).toMatchObject({ line: 3, col: 9, endCol: 10 });
    expect(input.type.span).toMatchObject({ line: 3, col: 12, endCol: 23 });
    expect(assign.targets[0].span).toMatchObject({ line: 4, col: 3, endCol: 4 });
    const sum = assign.value;
    expect(sum.span).toMatchObject({ line: 4, col: 7, endCol: 17 });
    if (sum.kind !== "binary") throw new Error();
    expect(sum.left.span).toMatchObject({ line: 4, col: 7, endCol: 13 });
    expect(src.slice(sum.left.span.start, sum.left.span.end)).toBe("fc1(x)");
    expect(sum.right.span).toMatchObject({ line: 4, col: 16, endCol: 17 });
  });

  it("spans a call from its callee to ')', over lines", () => {
    const src = "model M {\n  y = net.f(a,\n    b)\n}";
    const s = parseOk(src).items[0];
    if (s.kind !== "model" || s.body[0].kind !== "assign") throw new Error();
    const call = s.body[0].value;
    expect(call.span).toMatchObject({ line: 2, col: 7, endLine: 3, endCol: 7 });
    expect(src.slice(call.span.start, call.span.end)).toBe("net.f(a,\n    b)");
  });

  it("includes parentheses in a parenthesised operand", () => {
    const src = "dim D = (a + b) * c";
    const d = parseOk(src).items[0];
    if (d.kind !== "dim" || d.value.kind !== "binary") throw new Error();
    expect(src.slice(d.value.left.span.start, d.value.left.span.end)).toBe("(a + b)");
    expect(d.value.span.start).toBe(8);
  });

  it("gives the loop variable its own span", () => {
    const s = parseOk("model M {\n  for step in 0..3 { }\n}").items[0];
    if (s.kind !== "model" || s.body[0].kind !== "for") throw new Error();
    expect(s.body[0].variableSpan).toMatchObject({ line: 2, col: 7, endCol: 11 });
  });
});

describe("a byte-order mark", () => {
  it("starts a file as whitespace, not as an unexpected character", () => {
    const src = "\uFEFFmodel M {\n  input x: f32[2]\n  output y = x\n}\n";
    expect(stripSpans(parseOk(src).items)).toEqual(stripSpans(parseOk(src.slice(1)).items));
  });

  it("is dropped by compile(), so columns on the first line count from the visible text",
    async () => {
      const { compile } = await import("../../compiler/index.ts");
      const r = compile("\uFEFFdim B = 0\nmodel M {\n  input x: f32[B]\n  output y = x\n}\n");
      expect(r.diagnostics[0].span).toMatchObject({ line: 1, col: 9 });
      expect(r.sources.get("model.kiln")!.startsWith("dim")).toBe(true);
    });

  it("anywhere else is still an error", () => {
    const r = parse("model M {\n  input x\uFEFF: f32[2]\n}\n", "t.kiln");
    expect(r.diagnostics.map((d) => d.span!.line)).toEqual([2]);
  });
});
