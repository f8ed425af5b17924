// The GAN example at reduced size (batch 64, 1,500 steps of each player): it compiles,
// trains on the ring, and its samples move toward the modes.
import { describe, expect, it } from "vitest";
import { ringQuality, sampleRing } from "../../examples/data/ring.ts";
import { trainGan } from "../../examples/gan_ring.ts";
import { Rng } from "../../runtime/rng.ts";

describe("examples/gan_ring", () => {
  it("scores real points as good and far points as bad", () => {
    const real = new Float32Array(2500 * 2);
    sampleRing(real, new Rng(1));
    const q = ringQuality(real);
    expect(q.covered).toBe(8);
    // A 2-D Gaussian puts 1 - exp(-9/2) = 98.9% of its mass within 3 std (Rayleigh).
    expect(Math.abs(q.good - (1 - Math.exp(-4.5)))).toBeLessThan(0.01);
    expect(ringQuality(new Float32Array(2500 * 2)).good).toBe(0);
  });

  it("learns: the generator's samples end much nearer the modes than they start", async () => {
    const r = await trainGan({ steps: 1500, batch: 64, quiet: true });
    expect([...r.dLosses, ...r.gLosses].every(Number.isFinite)).toBe(true);
    expect(r.quality.meanDistance).toBeLessThan(0.5 * r.before.meanDistance);
  });
});
