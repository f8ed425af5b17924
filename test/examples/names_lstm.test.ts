// The names example at reduced size (640 names, 16 LSTM units, 3 epochs): it compiles,
// trains on real names, and its loss falls.
import { describe, expect, it } from "vitest";
import { encodeName, loadNames } from "../../examples/data/names.ts";
import { trainNames } from "../../examples/names_lstm.ts";

describe("examples/names_lstm", () => {
  it("encodes names right-aligned, padding first, keeping the last T letters", () => {
    const ids = new Int32Array(5);
    encodeName("Ann", 5, ids);
    expect(Array.from(ids)).toEqual([0, 0, 1, 14, 14]);
    encodeName("Mary-Jo", 5, ids);
    expect(Array.from(ids)).toEqual([18, 25, 27, 10, 15]);
  });

  it("holds out names that are not in training, and drops names on both lists", () => {
    const { train, test } = loadNames(12);
    const seen = new Set(train.names);
    expect(test.names.some((s) => seen.has(s))).toBe(false);
    expect(new Set([...train.names, ...test.names]).size).toBe(train.n + test.n);
    expect([...train.names, ...test.names]).not.toContain("robin");
  });

  it("learns: the loss of its last epoch is below its first", async () => {
    const r = await trainNames({ epochs: 3, limit: 640, units: 16, quiet: true });
    expect(r.losses.every(Number.isFinite)).toBe(true);
    expect(r.losses[2]).toBeLessThan(0.95 * r.losses[0]);
    expect(r.accuracy).toBeGreaterThan(0);
  });
});
