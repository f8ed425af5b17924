import fc from "fast-check";
import { describe, it } from "vitest";
import { compile } from "../../../compiler/index.ts";
import { sameGraph } from "../../../compiler/ir/graph.ts";
import { canonicalize, canonicalizeDifferentiated } from "../../../compiler/passes/canonicalize.ts";
import { removeStopGradients } from "../../../compiler/passes/removeStopGradients.ts";
import { randomProgram } from "../programs.ts";
import { expectPass } from "./expect.ts";

describe("removeStopGradients", () => {
  it("makes stop_gradient the identity it is after differentiation", () => expectPass(
    removeStopGradients, "input x: f32[2]; output y = exp(stop_gradient(x))", "input x: f32[2]; output y = exp(x)"));

  // The pipeline does it in canonicalize's walk after differentiation: the same graph as the
  // two passes, one after the other. (With loops, the two can keep different ones of a loop's
  // equal outputs, another name for the same value: properties.test.ts holds the values equal
  // there.)
  it("done within canonicalize's walk, gives what the two passes give (random programs)", () => {
    fc.assert(fc.property(randomProgram, (source) => {
      const ir = compile(source, { optimize: 0, dtype: "f64", declarations: false }).ir!;
      for (const g of [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((e) => e.graph)]) {
        const apart = canonicalize(removeStopGradients(g));
        if (!sameGraph(canonicalizeDifferentiated(g), apart, true)) {
          throw new Error(`canonicalizeDifferentiated differs from the two passes on\n${source}`);
        }
      }
    }), { numRuns: process.env.KILN_DEEP === "1" ? 200 : 15, seed: 5 });
    expectPass(canonicalizeDifferentiated, "input x: f32[2]; output y = exp(stop_gradient(x))",
      "input x: f32[2]; output y = exp(x)");
  });
});
