import { describe, expect, it } from "vitest";
import { Rng, RNG_STATE_WORDS } from "../../runtime/rng.ts";

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextU32());
}

function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) sq += (xs[i] - mean) ** 2;
  return { mean, variance: sq / xs.length };
}

describe("Rng", () => {
  it("is xoshiro128** (reference outputs for state 1, 2, 3, 4)", () => {
    const rng = new Rng(0);
    rng.restoreState(Uint32Array.of(1, 2, 3, 4, 0, 0, 0));
    expect(draws(rng, 10)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
      3729100597, 4258142804,
    ]);
  });

  it("is deterministic for a seed, and seed() resets the stream", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const first = draws(a, 100);
    expect(draws(b, 100)).toEqual(first);
    a.seed(42);
    expect(draws(a, 100)).toEqual(first);
  });

  it("pins the stream for seed 42, so it never changes silently", () => {
    const rng = new Rng(42);
    expect(draws(rng, 3)).toMatchInlineSnapshot(`
      [
        623549062,
        3617407155,
        3515145179,
      ]
    `);
  });

  it("gives unrelated streams for nearby and unusual seeds", () => {
    const seeds = [0, 1, 2, 3, -1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 + 2, 0.5, 1e300, -1e-300];
    const firsts = seeds.map((s) => draws(new Rng(s), 4).join(","));
    expect(new Set(firsts).size).toBe(seeds.length);
    // Seeds 0 and 1 should disagree in about half the bits of each word.
    const [x, y] = [draws(new Rng(0), 64), draws(new Rng(1), 64)];
    let differing = 0;
    for (let i = 0; i < 64; i++) {
      let d = (x[i] ^ y[i]) >>> 0;
      while (d) {
        differing += d & 1;
        d >>>= 1;
      }
    }
    expect(differing / (64 * 32)).toBeGreaterThan(0.45);
    expect(differing / (64 * 32)).toBeLessThan(0.55);
  });

  it("treats -0 as 0 and rejects seeds that are not finite", () => {
    expect(draws(new Rng(-0), 4)).toEqual(draws(new Rng(0), 4));
    expect(() => new Rng(NaN)).toThrow(/finite/);
    expect(() => new Rng(Infinity)).toThrow(/finite/);
  });

  it("nextU32 returns 32-bit unsigned integers", () => {
    const rng = new Rng(7);
    const us = draws(rng, 10_000);
    expect(us.every((u) => Number.isInteger(u) && u >= 0 && u < 2 ** 32)).toBe(true);
    expect(us.some((u) => u >= 2 ** 31)).toBe(true);
  });

  it("uniform draws lie in [0, 1) with mean 1/2 and variance 1/12", () => {
    const rng = new Rng(1);
    const xs = new Float64Array(100_000);
    for (let i = 0; i < xs.length; i++) xs[i] = rng.uniform();
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // More than 32 bits: some draw has bits below 2^-32.
    expect(xs.some((x) => (x * 2 ** 32) % 1 !== 0)).toBe(true);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it("normal draws have mean 0, variance 1 and are finite", () => {
    const rng = new Rng(2);
    const xs = new Float64Array(100_000);
    for (let i = 0; i < xs.length; i++) xs[i] = rng.normal();
    expect(xs.every(Number.isFinite)).toBe(true);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    // About 68.3% within one standard deviation.
    const within = xs.filter((x) => Math.abs(x) < 1).length / xs.length;
    expect(Math.abs(within - 0.6827)).toBeLessThan(0.01);
  });

  it("normal never takes log(0), even when the generator yields zeros", () => {
    const rng = new Rng(0);
    // A state whose next words are 0: uniform() returns 0 and u1 = 1 - 0 = 1.
    rng.restoreState(Uint32Array.of(1, 2, 3, 4, 0, 0, 0));
    rng.nextU32(); // outputs 11520, then 0
    for (let i = 0; i < 10; i++) expect(Number.isFinite(rng.normal())).toBe(true);
  });

  it("fillUniform respects offset, count and bounds, also in float32", () => {
    const rng = new Rng(3);
    const arr = new Float32Array(10_010).fill(-7);
    rng.fillUniform(arr, 5, 10_000, -2, 3);
    expect(arr[4]).toBe(-7);
    expect(arr[10_005]).toBe(-7);
    const body = arr.subarray(5, 10_005);
    expect(body.every((x) => x >= -2 && x < 3)).toBe(true);
    expect(Math.abs(moments(body).mean - 0.5)).toBeLessThan(0.05);
    // A range narrower than float32 spacing still never yields hi.
    const tight = new Float32Array(1000);
    rng.fillUniform(tight, 0, 1000, 1, 1 + 2 ** -22);
    expect(tight.every((x) => x >= 1 && x < 1 + 2 ** -22)).toBe(true);
    // An empty range gives lo, without looping.
    rng.fillUniform(tight, 0, 3, 4, 4);
    expect(Array.from(tight.subarray(0, 3))).toEqual([4, 4, 4]);
  });

  it("fillNormal has the requested mean and std", () => {
    const rng = new Rng(4);
    const arr = new Float64Array(100_000);
    rng.fillNormal(arr, 0, arr.length, 3, 0.5);
    const { mean, variance } = moments(arr);
    expect(Math.abs(mean - 3)).toBeLessThan(0.01);
    expect(Math.abs(Math.sqrt(variance) - 0.5)).toBeLessThan(0.01);
  });

  it("saveState/restoreState repeats the stream exactly, spare normal included", () => {
    const rng = new Rng(5);
    rng.normal(); // leaves a spare normal in the state
    const state = new Uint32Array(RNG_STATE_WORDS);
    rng.saveState(state);
    const run = (): number[] => [rng.normal(), rng.uniform(), rng.normal(), rng.nextU32()];
    const first = run();
    rng.restoreState(state);
    expect(run()).toEqual(first);
    // A fresh generator restored from the state continues identically too.
    const other = new Rng(999);
    other.restoreState(state);
    rng.restoreState(state);
    expect(draws(other, 50)).toEqual(draws(rng, 50));
  });

  it("rejects state arrays that are too short or all zero", () => {
    const rng = new Rng(6);
    expect(() => rng.saveState(new Uint32Array(4))).toThrow(/7 words/);
    expect(() => rng.restoreState(new Uint32Array(7))).toThrow(/zeros/);
  });
});
