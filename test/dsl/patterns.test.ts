// Rest patterns in layer arguments (`[N, C, ...]`) and `dim` as an ordinary name outside
// top-level declarations.
import { describe, expect, it } from "vitest";
import type { TopLevel } from "../../dsl/ast.ts";
import { parse } from "../../dsl/parse.ts";
import { printProgram, stripSpans } from "../../dsl/print.ts";

function layer(src: string): Extract<TopLevel, { kind: "layer" }> {
  const r = parse(src, "p.kiln");
  expect(r.diagnostics).toEqual([]);
  const l = r.program.items[0];
  if (l.kind !== "layer") throw new Error("no layer");
  return l;
}

const messages = (src: string) => parse(src, "p.kiln").diagnostics.map((d) => d.message);

describe("rest patterns", () => {
  it("records where '...' stands as the count of dims before it", () => {
    const l = layer("layer L()(a: [N, C, ...], b: i32[...], c: [..., D], d: [A, ..., B]) {\n" +
      "  return a\n}");
    expect(l.args.map((a) => [a.type.dtype, a.type.dims.length, a.type.rest])).toEqual([
      [undefined, 2, 2], ["i32", 0, 0], [undefined, 1, 0], [undefined, 2, 1],
    ]);
    expect(l.args[3].type.dims.map((d) => d.kind === "name" && d.name)).toEqual(["A", "B"]);
  });

  it("leaves rest unset in patterns without '...'", () => {
    expect(layer("layer L()(x: [N, K]) {\n  return x\n}").args[0].type.rest).toBeUndefined();
  });

  it("prints '...' where it stood, and reparses to the same tree", () => {
    const src = "layer L(r = 0.5)(x: f32[N, ...], y: [..., 2 * H, W]) {\n  return x\n}\n";
    const p = parse(src, "p.kiln").program;
    expect(printProgram(p)).toBe(src);
    expect(stripSpans(parse(printProgram(p), "p.kiln").program)).toEqual(stripSpans(p));
  });

  it("reports '...' in fixed shapes: inputs, params and state", () => {
    const src = "model M {\n  input x: f32[B, ...]\n  param W: [...] = zeros\n" +
      "  state s: [2, ...] = zeros\n}";
    const ds = parse(src, "p.kiln").diagnostics;
    expect(ds.map((d) => d.span!.line)).toEqual([2, 3, 4]);
    for (const d of ds) expect(d.message).toMatch(/^unexpected '\.\.\.': only a layer's argument/);
  });

  it("reports a second '...' in one pattern at the second", () => {
    const r = parse("layer L()(x: [..., N, ...]) {\n  return x\n}", "p.kiln");
    expect(r.diagnostics.map((d) => [d.message, d.span!.col])).toEqual([
      ["unexpected second '...': a pattern holds one run of any number of axes", 23],
    ]);
  });

  it("still lexes '..' of loop ranges", () => {
    expect(messages("model M {\n  for t in 0..3 {\n    x = t\n  }\n}")).toEqual([]);
  });
});

describe("'dim' outside declarations", () => {
  it("names a hyperparameter, a named argument and a value", () => {
    const src = "layer E(vocab, dim = 4)(ids: i32[...]) {\n  param t: [vocab, dim] = zeros\n" +
      "  return t\n}\n\nmodel M {\n  e = E(10, dim = 8)\n}\n";
    const p = parse(src, "p.kiln");
    expect(p.diagnostics).toEqual([]);
    expect(printProgram(p.program)).toBe(src);
    const l = p.program.items[0];
    expect(l.kind === "layer" && l.hyper.map((h) => h.name)).toEqual(["vocab", "dim"]);
  });

  it("still starts a top-level declaration, and stays a keyword there", () => {
    const p = parse("dim B = 3\ndim C = dim\n", "p.kiln");
    expect(p.diagnostics).toEqual([]);
    expect(p.program.items.map((i) => i.kind === "dim" && i.name)).toEqual(["B", "C"]);
    expect(messages("dim dim = 3")).toEqual(["expected a name but found 'dim'"]);
  });
});
