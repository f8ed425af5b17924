// The transformer example at reduced size (24 steps): it compiles, its loss falls, and a
// batch-1 predict-only module loaded with its weights writes text of its alphabet.
import { describe, expect, it } from "vitest";
import { ALPHABET, decodeText, encodeText } from "../../examples/data/sotu.ts";
import { trainTransformer } from "../../examples/sotu_transformer.ts";

describe("examples/sotu_transformer", () => {
  it("encodes text to its alphabet, other characters as spaces", () => {
    expect(decodeText(encodeText("Hello,\n  World — 1999!"))).toBe("hello, world 1999!");
    expect(ALPHABET.length).toBe(49);
  });

  it("learns, and writes text after a prompt", async () => {
    const r = await trainTransformer({ steps: 24, evaluations: 2, generate: 30, windows: 64,
      quiet: true });
    expect(r.losses.every(Number.isFinite)).toBe(true);
    expect(r.losses[1]).toBeLessThan(r.losses[0]);
    expect(r.heldOut[1]).toBeLessThan(r.heldOut[0]);
    expect(r.sample).toHaveLength(30);
    expect([...r.sample].every((c) => ALPHABET.includes(c))).toBe(true);
  }, 120_000);
});
