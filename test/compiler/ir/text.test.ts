// The graph's text forms: parseGraph reads what printGraph and printCompact write, and
// says where a hand-written graph goes wrong. verifyGraph catches each broken invariant.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Graph } from "../../../compiler/ir/types.ts";
import { printGraph } from "../../../compiler/ir/text.ts";
import { sameGraph } from "../../../compiler/ir/graph.ts";
import { parseGraph, printCompact } from "../../../compiler/ir/text.ts";
import { compile } from "../../../compiler/index.ts";
import { verifyGraph } from "../../../compiler/passes/verify.ts";

const mnist = readFileSync(new URL("../../../examples/mnist_mlp.kiln", import.meta.url), "utf8");

function entryGraphs(optimize: 0 | 2): Graph[] {
  const ir = compile(mnist, { optimize, dims: { B: 4 }, declarations: false }).ir!;
  return [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((g) => g.graph)];
}

describe("parseGraph", () => {
  it("reads back what printGraph writes, node for node", () => {
    for (const g of [...entryGraphs(0), ...entryGraphs(2)]) {
      const back = parseGraph(printGraph(g));
      verifyGraph(back);
      expect(printGraph(back)).toBe(printGraph(g));
    }
  });

  it("reads back what printCompact writes", () => {
    for (const g of entryGraphs(0)) {
      const text = printCompact(g);
      expect(printCompact(parseGraph(text))).toBe(text);
    }
  });

  it("nests values used once, and names the rest", () => {
    expect(printCompact(parseGraph("input x: f32[2]\na = exp(x)\noutput y = add(a, log(a))")))
      .toBe("input x: f32[2]; %0 = exp(x); output y = add(%0, log(%0))");
  });

  it.each([
    ["output y = frob(1)", "line 1, column 12: no op named 'frob'"],
    ["output y = exp(z)", "line 1, column 16: 'z' is not defined"],
    ["input x: f32[2]\ny = exp(x) : f32[3]", "line 2, column 12: y is f32[2] by its op's rule, not f32[3]"],
    ["input x: f32[2]; input z: f32[3]; output y = add(x, z)", "column 46: add: "],
    ["input x: f32[2] output", "line 1, column 17: expected ';' or a new line (found 'output')"],
    ["output y = exp(1", "line 1, column 17: expected ',' or ')'"],
    ["output y = exp(", "expected a value: a name, a number or an op call"],
  ])("explains %j", (text, message) => {
    expect(() => parseGraph(text)).toThrow(message);
  });
});

describe("sameGraph", () => {
  it("says two graphs are the same exactly when printGraph prints them alike", () => {
    const graphs = [...entryGraphs(0), ...entryGraphs(2), ...[
      "output y = mul(2, 0)", "output y = mul(2, -0)", "output y = add(1, 2)", "output y = add(2, 1)",
      "input x: f32[2, 3]; output y = sum(x) {axes=[0, 1], keepdims=false}",
      "input x: f32[2, 3]; output y = sum(x) {keepdims=false, axes=[0, 1]}",
      "input x: f32[2, 3]; output y = sum(x) {axes=[0], keepdims=false}",
      "input x: f32[2]; output y = exp(x)", "input x: f32[2]; output z = exp(x)",
    ].map(parseGraph)];
    for (const a of graphs) {
      for (const b of graphs) expect(sameGraph(a, b)).toBe(printGraph(a) === printGraph(b));
    }
  });
});

describe("verifyGraph", () => {
  const g = parseGraph("input x: f32[2]; a = exp(x); output y = log(a)");
  const broken = (patch: (nodes: any[]) => void, outputs = g.outputs): Graph => {
    const nodes = g.nodes.map((n) => ({ ...n }));
    patch(nodes);
    return { nodes, outputs };
  };

  it("accepts a well-formed graph", () => expect(() => verifyGraph(g)).not.toThrow());
  it("wants ids equal to positions", () => expect(() => verifyGraph(broken((n) => (n[1].id = 5))))
    .toThrow("node %1: has id 5"));
  it("wants inputs before their readers", () => expect(() => verifyGraph(broken((n) => (n[1].inputs = [2]))))
    .toThrow("does not come before it"));
  it("checks each shape against its op's rule", () => expect(() =>
    verifyGraph(broken((n) => (n[2].shape = [3]))))
    .toThrow("log says f32[3] but its shape rule gives f32[2]"));
  it("checks arity", () => expect(() => verifyGraph(broken((n) => (n[2].inputs = [0, 1]))))
    .toThrow("log takes 1 inputs but has 2"));
  it("checks outputs", () => expect(() =>
    verifyGraph(broken(() => {}, [{ name: "y", node: 9, role: "output" }])))
    .toThrow("output 'y' names missing node %9"));
  it("checks fused groups", () => expect(() => verifyGraph(broken((n) => (n[1].group = 2))))
    .toThrow("group %2 is not a later node that roots its own group"));
});
