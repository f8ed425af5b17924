// The models of CONTRACT.md and a GAN-style file parse cleanly, and print canonically.
import { describe, expect, it } from "vitest";
import type { Stmt } from "../../dsl/ast.ts";
import { parse } from "../../dsl/parse.ts";
import { shape } from "../../dsl/format.ts";
import { printExpr, printProgram, stripSpans } from "../../dsl/print.ts";

const mnist = `# mnist_mlp.kiln  -- comments run from '#' to the end of the line
dim B = 64                          # compile-time dimension; \`--dim B=32\` overrides it

model Mlp {
  input x: f32[B, 784]              # feeds: float or int tensors with static shapes
  input y: i32[B]

  fc1 = Dense(128, act = relu)      # a layer instance: owns its params (fc1.W, fc1.b)
  fc2 = Dense(10)

  h = dropout(fc1(x), 0.2)          # dropout is active in training steps only
  logits = fc2(h)                   # or:  logits = x |> fc1 |> dropout(0.2) |> fc2
  output probs = softmax(logits)    # returned by predict()
  loss = cross_entropy(logits, y) + 1e-4 * l2(fc1.W, fc2.W)

  train step: minimize loss with adam(lr = 1e-3)
}
`;

const gan = `dim B = 64
layer Dense(units, act = identity)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  param b: [units] = zeros
  return act(x @ W + b)
}
model Gan {
  input real: f32[B, 2]
  gen = Mlp2(2)
  z = normal([B, 8])
  fake = gen(z)
  for t in 0..4 {
    h = h + x[:, t, 0:H]
  }
  (a, b) = lstm(x)
  update mean = 0.9 * mean + 0.1 * m
  d_loss = bce_with_logits(disc(real), ones([B, 1])) + bce_with_logits(disc(stop_gradient(fake)), zeros([B, 1]))
  train d: minimize d_loss over disc with adam(lr = 2e-4, beta1 = 0.5)
  train g: minimize g_loss over gen, head.fc with adam(lr = 2e-4, beta1 = 0.5)
  output probs = training ? a : b
}
`;

function parseOk(src: string) {
  const r = parse(src, "e.kiln");
  expect(r.diagnostics).toEqual([]);
  return r.program;
}
/** A statement as printed, without its comments. */
const line = (s: Stmt): string => printProgram({ file: "", span: s.span, items: [
  { kind: "model", name: "M", nameSpan: s.span, span: s.span, body: [{ ...s, trivia: undefined }] },
] }).split("\n")[1].trim();

describe("examples", () => {
  it("parses the MNIST model of the contract", () => {
    const p = parseOk(mnist);
    expect(p.items.map((i) => i.kind)).toEqual(["dim", "model"]);
    const m = p.items[1];
    if (m.kind !== "model") throw new Error();
    expect(m.body.map(line)).toEqual([
      "input x: f32[B, 784]",
      "input y: i32[B]",
      "fc1 = Dense(128, act = relu)",
      "fc2 = Dense(10)",
      "h = dropout(fc1(x), 0.2)",
      "logits = fc2(h)",
      "output probs = softmax(logits)",
      "loss = cross_entropy(logits, y) + 1e-4 * l2(fc1.W, fc2.W)",
      "train step: minimize loss with adam(lr = 1e-3)",
    ]);
    expect(m.body[2].span).toMatchObject({ line: 8, col: 3, endLine: 8, endCol: 31 });
  });

  it("parses the pipe form of the MNIST model", () => {
    const p = parseOk("model M {\n  logits = x |> fc1 |> dropout(0.2) |> fc2\n}");
    const m = p.items[0];
    expect(m.kind === "model" && m.body[0].kind === "assign" && stripSpans(m.body[0].value))
      .toMatchObject({ kind: "pipe", right: { name: "fc2" },
        left: { kind: "pipe", right: { kind: "call", callee: { name: "dropout" } } } });
  });

  it("parses the GAN-style model with every statement kind", () => {
    const p = parseOk(gan);
    expect(p.items.map((i) => i.kind)).toEqual(["dim", "layer", "model"]);
    const m = p.items[2];
    if (m.kind !== "model") throw new Error();
    expect(m.body.map((s) => s.kind)).toEqual(["input", "assign", "assign", "assign", "for",
      "assign", "update", "assign", "train", "train", "output"]);
    const g = m.body[9];
    expect(g.kind === "train" && g.over.map(printExpr)).toEqual(["gen", "head.fc"]);
    expect(line(m.body[10])).toBe("output probs = training ? a : b");
  });

  it("prints the Dense layer canonically, and that text parses to the same tree", () => {
    const p = parseOk(gan);
    const text = printProgram({ ...p, items: p.items.slice(0, 2) });
    expect(text).toBe([
      "dim B = 64",
      "",
      "layer Dense(units, act = identity)(x: [N, K]) {",
      "  param W: [K, units] = glorot_uniform",
      "  param b: [units] = zeros",
      "  return act(x @ W + b)",
      "}",
      "",
    ].join("\n"));
    expect(shape(parseOk(printProgram(p)))).toBe(shape(p));
  });
});

describe("printer", () => {
  const printed = (src: string): string => {
    const d = parseOk(`dim D = ${src}`).items[0];
    return d.kind === "dim" ? printExpr(d.value) : "";
  };

  it.each([
    ["(a + b) * c", "(a + b) * c"],
    ["a + (b * c)", "a + b * c"],
    ["a - (b - c)", "a - (b - c)"],
    ["(a - b) - c", "a - b - c"],
    ["(-x) ** 2", "(-x) ** 2"],
    ["-(x ** 2)", "-x ** 2"],
    ["(a ** b) ** c", "(a ** b) ** c"],
    ["a |> (b |> c)", "a |> (b |> c)"],
    ["(a ? b : c) ? d : e", "(a ? b : c) ? d : e"],
    ["(a |> f)(x)", "(a |> f)(x)"],
    ["(a + b).W[0:2, :]", "(a + b).W[0:2, :]"],
    ["x[(t ? a : b):]", "x[(t ? a : b):]"],
    ["f(a,b=[1,2],c=(1,2))", "f(a, b = [1, 2], c = (1, 2))"],
    ['"tab\\tquote\\""', '"tab\\tquote\\""'],
  ])("prints %s as %s", (src, want) => {
    expect(printed(src)).toBe(want);
  });

  it("prints every statement form", () => {
    const src = [
      "model M {",
      "  input s: f32[]",
      "  state m: [C] = zeros",
      "  (a, b) = f(x)",
      "  output h",
      "  for t in 1..T - 1 {",
      "    h = h + 1",
      "  }",
      "  train s: minimize l over a.b, c with sgd(0.1)",
      "  return (a, b)",
      "}",
      "",
      'import "lib.kiln"',
      "",
    ].join("\n");
    expect(printProgram(parseOk(src))).toBe(src);
  });
});
