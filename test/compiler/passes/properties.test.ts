// Each pass alone keeps what a graph computes: on the entry graphs of random programs, the
// reference interpreter gives the same outputs (float64, up to rounding) before and after
// the pass, with the same random draws, and the result is a valid graph.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Graph } from "../../../compiler/ir/types.ts";
import { compile } from "../../../compiler/index.ts";
import { evaluate, type Environment } from "../../../compiler/ir/interpret.ts";
import type { ModelIR } from "../../../compiler/model.ts";
import {
  canonicalize, canonicalizeDifferentiated, eliminateCommonSubexpressions, foldConstants,
  simplifyAlgebra,
} from "../../../compiler/passes/canonicalize.ts";
import { eliminateDeadNodes } from "../../../compiler/passes/eliminateDeadNodes.ts";
import { fuseOps } from "../../../compiler/passes/fuseOps.ts";
import { removeStopGradients } from "../../../compiler/passes/removeStopGradients.ts";
import { verifyGraph } from "../../../compiler/passes/verify.ts";
import { sameGraph } from "../../../compiler/ir/graph.ts";
import { tensor } from "../../../compiler/ir/tensor.ts";
import { hyperName } from "../../../compiler/optim/table.ts";
import { Rng } from "../../../runtime/rng.ts";
import { randomLoopProgram, randomProgram } from "../programs.ts";

const PASSES = [eliminateDeadNodes, canonicalize, canonicalizeDifferentiated, foldConstants,
  simplifyAlgebra, eliminateCommonSubexpressions, removeStopGradients, fuseOps];

function environment(ir: ModelIR): Omit<Environment, "rng"> {
  let k = 1;
  const draw = (shape: readonly number[]) =>
    tensor(shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.sin(k++ * 1.3)));
  const d = ir.decls;
  // Train steps read their optimizer's slots (state of their own) and per-step scalars too.
  const slots = ir.steps.flatMap((s) => s.slots);
  return {
    inputs: new Map([...d.inputs.values()].map((i) => [i.name, draw(i.shape)])),
    params: new Map([...d.params.values()].map((p) => [p.name, draw(p.shape)])),
    state: new Map([...d.state.values(), ...slots].map((s) => [s.name, draw(s.shape)])),
    hypers: new Map(ir.steps.flatMap((s) => [[hyperName(s.decl.name, "lr"), 0.01],
      [hyperName(s.decl.name, "t"), 2]])),
  };
}

/** How the pass changed an output, or "". */
function compare(g: Graph, after: Graph, env: Omit<Environment, "rng">): string {
  const want = evaluate(g, { ...env, rng: new Rng(9) });
  const got = evaluate(after, { ...env, rng: new Rng(9) });
  for (const [name, t] of want) {
    const u = got.get(name)!;
    for (let i = 0; i < t.data.length; i++) {
      const a = t.data[i], b = u.data[i];
      const same = Number.isFinite(a) ? Math.abs(a - b) <= 1e-9 * (1 + Math.abs(a)) : Object.is(a, b);
      if (!same) return `${name}[${i}]: ${a} before, ${b} after`;
    }
  }
  return "";
}

describe("every pass keeps the value of random programs' entry graphs", () => {
  it.each(PASSES.map((p) => [p.name, p] as const))("%s", (_name, pass) => {
    fc.assert(fc.property(randomProgram, (source) => {
      const ir = compile(source, { optimize: 0, dtype: "f64", declarations: false }).ir!;
      const env = environment(ir);
      for (const g of [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((e) => e.graph)]) {
        const after = pass(g);
        verifyGraph(after);
        const problem = compare(g, after, env);
        if (problem) throw new Error(`${pass.name}: ${problem}\nin\n${source}`);
      }
    }), { numRuns: process.env.KILN_DEEP === "1" ? 300 : 15, seed: 99 });
  });
});

// The pipeline's first rewrite after differentiation, on loops too: it may keep another of a
// loop's equal outputs than removeStopGradients then canonicalize would, never another value.
describe("canonicalizeDifferentiated keeps the value of random loop programs", () => {
  it("as removeStopGradients then canonicalize does", () => {
    fc.assert(fc.property(randomLoopProgram, (source) => {
      const ir = compile(source, { optimize: 0, dtype: "f64", declarations: false }).ir!;
      const env = environment(ir);
      for (const g of [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((e) => e.graph)]) {
        const merged = canonicalizeDifferentiated(g);
        verifyGraph(merged);
        const apart = canonicalize(removeStopGradients(g));
        expect(merged.nodes.length).toBe(apart.nodes.length);
        const problem = compare(apart, merged, env);
        if (problem) throw new Error(`canonicalizeDifferentiated: ${problem}\nin\n${source}`);
      }
    }), { numRuns: process.env.KILN_DEEP === "1" ? 100 : 8, seed: 5 });
  });
});

// The pipeline runs canonicalize once per round, trusting that one walk reaches its fixed
// point: a second walk over its result must change nothing, on the elaborated graphs (-O0,
// where every rule still has work) and on the optimized ones.
describe("canonicalize reaches its fixed point in one walk", () => {
  it.each([0, 2] as const)("on random programs' entry graphs at -O%i", (level) => {
    fc.assert(fc.property(randomProgram, (source) => {
      const ir = compile(source, { optimize: level, dtype: "f64", declarations: false }).ir!;
      for (const g of [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((e) => e.graph)]) {
        const once = canonicalize(g);
        const twice = canonicalize(once);
        if (!sameGraph(once, twice)) throw new Error(`a second walk changed the graph of\n${source}`);
      }
    }), { numRuns: process.env.KILN_DEEP === "1" ? 300 : 15, seed: 7 });
  });
});

describe("canonicalize reaches its fixed point in one walk on the examples", () => {
  const dir = new URL("../../../examples/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".kiln"));
  it.each(files)("%s", (file) => {
    const source = readFileSync(new URL(file, dir), "utf8");
    const ir = compile(source, { optimize: 0, declarations: false, file }).ir!;
    for (const g of [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((e) => e.graph)]) {
      const once = canonicalize(g);
      expect(sameGraph(once, canonicalize(once))).toBe(true);
    }
  });
});
