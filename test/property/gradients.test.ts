// Symbolic gradient ≈ central finite differences in float64, over random well-typed models
// (see generate.ts), through gradcheck: every param and float input of every loss, in
// training and eval mode; models that use grad(...) have their second derivatives checked.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { gradcheck } from "../../compiler/tools/gradcheck.ts";
import { Coverage, models, runs, timeout } from "./arbitrary.ts";

const features = new Coverage();
let rows = 0, secondOrder = 0;

afterAll(() => {
  console.log(`${features.summary("gradient property: features")}; ${rows} gradients checked, ` +
    `${secondOrder} programs with second derivatives`);
});

describe("random models", () => {
  it("have gradients that match finite differences (first and second order)", async () => {
    await fc.assert(fc.asyncProperty(models(), fc.nat(1000), async (m, seed) => {
      const report = await gradcheck(m.source, { seed, maxElements: 24, directions: 3 });
      const before = features.programs;
      features.add(m.source, m.features);
      if (features.programs > before) {
        rows += report.rows.length;
        if (report.secondOrder) secondOrder++;
      }
      expect(report.ok, report.text).toBe(true);
    }), { seed: 1, numRuns: runs(30, 1500) });
  }, timeout(120_000));

  it("with loops of every kind have gradients that match finite differences", async () => {
    await fc.assert(fc.asyncProperty(models({ loops: true }), fc.nat(1000), async (m, seed) => {
      const report = await gradcheck(m.source, { seed, maxElements: 24, directions: 3 });
      features.add(m.source, m.features);
      expect(report.ok, report.text).toBe(true);
    }), { seed: 8, numRuns: runs(10, 500) });
  }, timeout(120_000));

  it("include second derivatives: grad(...) inside a loss is checked too", async () => {
    await fc.assert(fc.asyncProperty(models({ layers: false, random: false }), async (m) => {
      fc.pre(m.features.has("grad"));
      const report = await gradcheck(m.source, { seed: 3, maxElements: 24, directions: 3 });
      expect(report.secondOrder).toBe(true);
      expect(report.ok, report.text).toBe(true);
    }), { seed: 2, numRuns: runs(8, 300) });
  }, timeout(120_000));
});
