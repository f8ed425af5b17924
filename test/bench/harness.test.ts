// The benchmark harness's Kiln workloads, a few calls each, so `npm run bench` cannot rot
// unnoticed. No timing is asserted: the numbers belong to the benchmark run, not to tests.
import { describe, expect, it } from "vitest";
import { boundedBench } from "../../bench/bounded.ts";
import { compile } from "../../compiler/compile.ts";
import { cnnTrain } from "../../bench/cnn.ts";
import { compileBench, deepSource } from "../../bench/compile.ts";
import { measure, median, QUICK } from "../../bench/harness.ts";
import { heapBench } from "../../bench/heap.ts";
import { kernel, SHAPES } from "../../bench/matmul.ts";
import { lstmBatches, lstmTrain } from "../../bench/lstm.ts";
import { mlpInfer, mlpTrain } from "../../bench/mlp.ts";
import { profileModel } from "../../bench/profile.ts";
import { timeTraining } from "../../bench/training.ts";

describe("bench harness", () => {
  it("times contenders in rounds and reports medians", async () => {
    let calls = 0;
    const [t] = await measure([{ name: "count", samples: 4, step: () => calls++ }],
      { warmupMs: 0, rounds: 3, roundMs: 0 });
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(t.rounds).toHaveLength(3);
    expect(t.samplesPerSec).toBeCloseTo(4 / t.seconds);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("runs Kiln's MLP training step on MNIST batches and its loss goes down", async () => {
    const r = await mlpTrain(QUICK, false);
    expect(r.rows.map((x) => x.impl)).toEqual(["Kiln"]);
    expect(r.rows[0].samplesPerSec).toBeGreaterThan(0);
    const [l0, l1, l2] = r.check.Kiln;
    expect(l0).toBeGreaterThan(1); // ~ln(10) for a fresh 10-class model
    expect(l2).toBeLessThan(l0);
    expect(Number.isFinite(l1)).toBe(true);
  });

  it("runs Kiln's MLP inference at two batch sizes", async () => {
    const r = await mlpInfer(QUICK, false, [1, 3]);
    expect(r.batches.map((b) => b.batch)).toEqual([1, 3]);
    for (const b of r.batches) expect(b.rows[0].samplesPerSec).toBeGreaterThan(0);
  });

  it("times a bounded module against fixed ones at the full batch and at one sample", async () => {
    const r = await boundedBench(QUICK);
    expect(r.rows).toHaveLength(3);
    for (const x of r.rows) expect(x.ratio).toBeGreaterThan(0);
  });

  it("refuses to time trainers whose first losses disagree", async () => {
    const fake = (name: string, losses: number[]) => {
      let k = 0;
      return { name, step: () => losses[k++ % 3] };
    };
    const pair = (peer: number[]) => async () => [fake("Kiln", [3, 2, 1]), fake("peer", peer)];
    const agree = await timeTraining(pair([3, 2, 1 + 1e-6]), 1, QUICK);
    expect(agree.maxLossDiff).toBeCloseTo(1e-6, 9);
    expect(agree.rows.map((r) => r.impl)).toEqual(["Kiln", "peer"]);
    await expect(timeTraining(pair([3, 2.5, 1]), 1, QUICK)).rejects.toThrow(/differ by 0.5/);
  });

  it("runs Kiln's CNN training step on MNIST batches and its loss goes down", async () => {
    const r = await cnnTrain(QUICK, false);
    expect(r.rows.map((x) => x.impl)).toEqual(["Kiln"]);
    expect(r.rows[0].samplesPerSec).toBeGreaterThan(0);
    const [l0, l1, l2] = r.check.Kiln;
    expect(Math.abs(l0 - Math.log(10))).toBeLessThan(0.5); // a fresh 10-class model
    expect(l2).toBeLessThan(l0);
    expect(Number.isFinite(l1)).toBe(true);
  });

  it("runs Kiln's LSTM training step on sequences with both labels", async () => {
    const { x, y } = lstmBatches(32);
    for (const labels of y) expect(new Set(labels)).toEqual(new Set([0, 1]));
    expect(x[0]).toHaveLength(32 * 16 * 8);
    const r = await lstmTrain(QUICK, false);
    expect(r.rows[0].samplesPerSec).toBeGreaterThan(0);
    const losses = r.check.Kiln;
    expect(Math.abs(losses[0] - Math.LN2)).toBeLessThan(0.1); // a fresh 2-class model
    expect(new Set(losses).size).toBe(3); // the params moved
  });

  it("profiles a Kiln step per op, kernels with what they call", async () => {
    const r = await profileModel("lstm", "train", 4, 400); // enough samples that a loaded machine still lands some in each kernel
    const shares = Object.values(r.ops);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Object.keys(r.ops).some((op) => /^k\d+$/.test(op))).toBe(false);
    expect(Object.keys(r.ops).some((op) => /^fused .*sigmoid/.test(op))).toBe(true);
    expect(r.rows.length).toBeGreaterThan(0);
  });

  it("builds every matmul benchmark kernel from the emitter, computing the product", () => {
    for (const s of SHAPES.filter((x) => x.M * x.N * x.K < 1e6)) {
      const k = kernel(s);
      k.run();
      const i = s.M - 1, j = s.N - 1;
      let want = 0;
      for (let q = 0; q < s.K; q++) want += k.a[s.ta ? q * s.M + i : i * s.K + q] * k.b[s.tb ? j * s.K + q : q * s.N + j];
      expect(k.c[i * s.N + j]).toBeCloseTo(want, 2);
    }
  });

  it("compiles the deep Dense stacks", () => {
    expect(deepSource(3).match(/Dense/g)).toHaveLength(3);
    const r = compileBench([2, 3], [1, 1], false);
    expect(r.rows.map((x) => x.layers)).toEqual([2, 3]);
    expect(r.rows[1].nodes).toBeGreaterThan(r.rows[0].nodes);
    expect(r.linearity).toHaveLength(1);
    // Its modes elaborate alike, so eval's gradients run training's code: counted once.
    const stats = compile(deepSource(2), { file: "deep.kiln", declarations: false }).stats!;
    const distinct = [...new Set(stats.entries)];
    expect(distinct.length).toBeLessThan(stats.entries.length);
    expect(r.rows[0].nodes).toBe(distinct.reduce((s, e) => s + e.nodes, 0));
  });

  it("measures heap use around training steps", async () => {
    const r = await heapBench(3, 2, 2);
    expect(r.steps).toBe(3);
    expect(r.heapBefore).toBeGreaterThan(0);
    expect(Number.isFinite(r.growth)).toBe(true);
  });
});
