// The regression example at reduced size (20 epochs): both models compile, train on the
// real house prices, and their losses fall.
import { describe, expect, it } from "vitest";
import { F, loadHousing } from "../../examples/data/housing.ts";
import { trainRegression } from "../../examples/regression.ts";

describe("examples/regression", () => {
  it("standardizes features with the training split's statistics", () => {
    const { train, test } = loadHousing();
    expect(train.n + test.n).toBe(506);
    for (let j = 0; j < F; j++) {
      let mean = 0;
      for (let i = 0; i < train.n; i++) mean += train.x[i * F + j] / train.n;
      expect(Math.abs(mean)).toBeLessThan(1e-5);
    }
  });

  it("learns: both models' last epochs have lower loss than their first", async () => {
    const results = await trainRegression({ epochs: 20, quiet: true });
    expect(results.map((r) => r.model)).toEqual(["Linear", "Mlp"]);
    for (const r of results) {
      expect(r.losses.every(Number.isFinite)).toBe(true);
      expect(r.losses.at(-1)).toBeLessThan(0.8 * r.losses[0]);
      expect(Number.isFinite(r.testMse)).toBe(true);
    }
  });
});
