// The scratch planner: buffers alive at the same time never share memory, and buffers
// whose lives do not meet reuse it.
import { describe, expect, it } from "vitest";
import { type Interval, planMemory } from "../../../compiler/emit/memory.ts";
import { Rng } from "../../../runtime/rng.ts";

function overlapsInTime(a: Interval, b: Interval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

describe("planMemory", () => {
  it("never gives two buffers alive at once overlapping memory (random lifetimes)", () => {
    const rng = new Rng(1);
    const runs = process.env.KILN_DEEP ? 2000 : 200;
    for (let run = 0; run < runs; run++) {
      const n = 1 + Math.floor(rng.uniform() * 60);
      const iv: Interval[] = Array.from({ length: n }, () => {
        const start = Math.floor(rng.uniform() * 50);
        return { size: 1 + Math.floor(rng.uniform() * 40), start,
          end: start + Math.floor(rng.uniform() * 20) };
      });
      const { offsets, total } = planMemory(iv);
      let peak = 0;
      for (let t = 0; t < 70; t++) {
        peak = Math.max(peak, iv.reduce((s, v) => s + (v.start <= t && t <= v.end ? v.size : 0), 0));
      }
      expect(total).toBeGreaterThanOrEqual(peak);
      for (let i = 0; i < n; i++) {
        expect(offsets[i] + iv[i].size).toBeLessThanOrEqual(total);
        for (let j = 0; j < i; j++) {
          if (!overlapsInTime(iv[i], iv[j])) continue;
          const apart = offsets[i] + iv[i].size <= offsets[j] || offsets[j] + iv[j].size <= offsets[i];
          expect(apart).toBe(true);
        }
      }
    }
  });

  it("places each buffer where best fit over every placed buffer alive with it would", () => {
    const rng = new Rng(2);
    for (let run = 0; run < 100; run++) {
      const n = 1 + Math.floor(rng.uniform() * 400);
      const steps = 1 + Math.floor(rng.uniform() * 2000);
      const iv: Interval[] = Array.from({ length: n }, (_, i) => {
        const size = 1 + Math.floor(rng.uniform() * (rng.uniform() < 0.5 ? 4 : 64));
        // Some nested lifetimes, as an unrolled loop's saved states have.
        if (rng.uniform() < 0.3) return { size, start: i, end: 2 * n - i };
        const start = Math.floor(rng.uniform() * steps);
        return { size, start, end: start + Math.floor(rng.uniform() ** 2 * steps) };
      });
      expect(planMemory(iv)).toEqual(scanPlan(iv));
    }
  });

  it("reuses memory along a chain: each buffer lives until the next one is made", () => {
    const chain = Array.from({ length: 1000 }, (_, i) => ({ size: 100, start: i, end: i + 1 }));
    expect(planMemory(chain).total).toBe(200);
  });
});

/** Greedy by size, best fit, comparing each buffer with every placed one in address order. */
function scanPlan(iv: readonly Interval[]): { offsets: number[]; total: number } {
  const order = iv.map((_, i) => i).sort((a, b) => iv[b].size - iv[a].size || iv[a].start - iv[b].start);
  const offsets = new Array<number>(iv.length).fill(-1);
  const placed: number[] = [];
  let total = 0;
  for (const i of order) {
    let best = -1, bestGap = Infinity, at = 0;
    for (const j of placed) {
      if (!overlapsInTime(iv[i], iv[j])) continue;
      const gap = offsets[j] - at;
      if (gap >= iv[i].size && gap < bestGap) { best = at; bestGap = gap; }
      at = Math.max(at, offsets[j] + iv[j].size);
    }
    offsets[i] = best >= 0 ? best : at;
    total = Math.max(total, offsets[i] + iv[i].size);
    placed.push(i);
    placed.sort((a, b) => offsets[a] - offsets[b]);
  }
  return { offsets, total };
}
