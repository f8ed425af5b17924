// Over random well-typed models (see generate.ts):
//   - the emitted module (optimized, float64) ≈ the reference interpreter on the unoptimized
//     graphs, for predict, every gradients entry and every train step (loss, SGD update,
//     state written), with the same feeds, params and random draws;
//   - the shapes the compiler infers are the shapes seen at run time, and the shapes the
//     generator meant;
//   - parse(print(ast)) = ast for the whole generated file.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, printProgram, stripSpans } from "../../dsl/index.ts";
import { Coverage, models, runs, timeout } from "./arbitrary.ts";
import { OP_NAMES } from "../../compiler/ops/table.ts";
import { allNodes } from "../../compiler/ir/loop.ts";
import { compareWithInterpreter, referenceIR } from "./reference.ts";

const ops = new Coverage();

afterAll(() => console.log(ops.summary("interpreter property: graph ops")));

/** Ops the generator does not reach in the graphs it checks, and why. Every other op of the
 * op table must be reached: a new op fails here until the generator makes it (or it is
 * listed with its reason), and a generator change that loses one fails too. */
const UNREACHED: Record<string, string> = {
  tensor_const: "made by constant folding, which the reference graphs (-O0) never run",
  ne: "no generated expression compares for inequality",
  hyper: "train steps' scalars; the reference checks gradients entries, which have none",
  max_pool2d_indices: "only in max_pool2d_grad's own gradient: second order, which the " +
    "generated gradients entries never take through a max pooling",
  patches: "made at -O2 by keepPatches, which the reference graphs (-O0) never run " +
    "(test/compiler/keepPatches.test.ts compares it with the interpreter)",
  conv2d_patches: "made with patches", conv2d_weight_grad_patches: "made with patches",
};
const REACHED = OP_NAMES.filter((op) => !Object.hasOwn(UNREACHED, op));

describe("random models", () => {
  it("compile to modules that agree with the reference interpreter", async () => {
    await fc.assert(fc.asyncProperty(models(), fc.nat(1000), async (m, seed) => {
      const c = await compareWithInterpreter(m.source, seed);
      ops.add(m.source, c.ops);
      expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
      for (const [name, shape] of m.outputs) expect(c.outputShapes.get(name), name).toEqual(shape);
    }), { seed: 3, numRuns: runs(100, 2000) });
  }, timeout(120_000));

  it("with loops of every kind compile to modules that agree with the reference interpreter",
    async () => {
      await fc.assert(fc.asyncProperty(models({ loops: true }), fc.nat(1000), async (m, seed) => {
        const c = await compareWithInterpreter(m.source, seed);
        ops.add(m.source, c.ops);
        expect(c.problems, c.problems.slice(0, 8).join("\n")).toEqual([]);
      }), { seed: 7, numRuns: runs(20, 500) });
    }, timeout(120_000));

  it("come from a generator that reaches every op it is built to reach", () => {
    const reached = new Set<string>();
    fc.assert(fc.property(models(), (m) => {
      for (const g of referenceIR(m.source).gradients) {
        for (const n of allNodes(g.graph)) reached.add(n.op);
      }
    }), { seed: 6, numRuns: 600 });
    expect(REACHED.filter((op) => !reached.has(op)), "ops no generated model reached").toEqual([]);
    expect(Object.keys(UNREACHED).filter((op) => reached.has(op)), "listed as unreached").toEqual([]);
  });

  it("print and parse back to the same syntax tree", () => {
    fc.assert(fc.property(models(), (m) => {
      const first = parse(m.source, "g.kiln");
      expect(first.diagnostics).toEqual([]);
      const again = parse(printProgram(first.program), "g.kiln");
      expect(stripSpans(again.program)).toEqual(stripSpans(first.program));
    }), { seed: 4, numRuns: runs(100, 5000) });
  });
});
