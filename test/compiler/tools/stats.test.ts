// `kiln stats`: the figures agree with what compile() reports.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.ts";
import { compile } from "../../../compiler/index.ts";
import type { StatsReport } from "../../../compiler/tools/stats.ts";

const dir = mkdtempSync(join(tmpdir(), "kiln-stats-"));
const file = join(dir, "mlp.kiln");
const SOURCE = `dim B = 4
model Mlp {
  input x: f32[B, 6]
  input y: i32[B]
  fc1 = Dense(5, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> dropout(0.5) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}
`;
writeFileSync(file, SOURCE);

const run = runCli;

describe("kiln stats", () => {
  it("reports each entry's nodes, kernels and memory as compile() measures them", async () => {
    const r = await run(["stats", file, "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as StatsReport;
    const o0 = compile(SOURCE, { optimize: 0 }).stats!, o2 = compile(SOURCE).stats!;
    expect(s.arenaBytes).toBe(o2.arenaBytes);
    expect(s.entries.map((e) => e.entry)).toEqual(["predict", "step step", "gradients loss train",
      "gradients loss eval"]);
    s.entries.forEach((e, k) => {
      expect(e.unoptimizedNodes).toBe(o0.entries[k].nodes);
      expect(e.nodes).toBe(o2.entries[k].nodes);
      expect(e.passes.at(-1)).toEqual({ pass: "scheduleUpdates", nodes: e.nodes });
      expect(e.kernels).toBe(o2.entries[k].kernels);
      expect(e.intermediateBytes).toBe(4 * o0.entries[k].intermediates);
      expect(e.peakScratchBytes).toBe(4 * (o2.entries[k].scratchF + o2.entries[k].scratchI));
      expect(e.peakScratchBytes).toBeLessThan(e.intermediateBytes);
    });
    // FLOPs of the training step: at least its two forward and three backward products.
    const step = s.entries[1];
    expect(step.flops).toBeGreaterThanOrEqual(2 * 4 * (6 * 5 + 5 * 3) + 2 * 4 * (5 * 3 * 2 + 6 * 5));
    expect(s.forward.map((f) => f.graph)).toEqual(["forward (training)", "forward (eval)"]);
    // params, adam's m and v, the step's learning rate and step count
    expect(s.persistentBytes).toBe(4 * 3 * (6 * 5 + 5 + 5 * 3 + 3) + 4 * 2);
    expect(s.feedBytes).toBe(4 * (4 * 6 + 4)); // x: f32[4, 6] and y: i32[4]
  });

  it("counts the kernel calls that run SIMD kernels: the products of float32 modules", async () => {
    const wide = join(dir, "wide.kiln");
    writeFileSync(wide, "model W {\n  input x: f32[8, 32]\n  a = Dense(16, act = relu)\n" +
      "  b = Dense(8)\n  output y = b(a(x))\n  loss = mean(y * y)\n" +
      "  train step: minimize loss with sgd(lr = 0.1)\n}\n");
    const f32 = JSON.parse((await run(["stats", wide, "--json"])).out) as StatsReport;
    // predict: two forward products (their bias and relu in the same kernel calls); the step
    // adds dW for both layers and dx for the second, the loss's gradient, the two bias
    // gradients' sums and the update, each one SIMD kernel call.
    expect(f32.entries.map((e) => e.simdKernels).slice(0, 2)).toEqual([2, 9]);
    const f64 = await run(["stats", wide, "--dtype", "f64"]);
    expect(f64.out).toMatch(/^predict\s+\d+ -> \d+\s+\d+\s+\d+\s+-\s/m);
  });

  it("prints a table, and honours the optimization level", async () => {
    const r = await run(["stats", file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^entry\s+nodes\s+kernels\s+fused\s+SIMD\s+loops\s+FLOPs\/run\s+intermediates\s+peak scratch/m);
    expect(r.out).toMatch(/^step step\s+\d+ -> \d+\s/m);
    expect(r.out).toContain("nodes after each pass:");
    const o0 = JSON.parse((await run(["stats", file, "-O0", "--json"])).out) as StatsReport;
    expect(o0.entries.every((e) => e.nodes === e.unoptimizedNodes && e.fusedGroups === 0)).toBe(true);
  });

  it("says which loops stay loops and why the others are unrolled, each way of compiling them",
    async () => {
      const rnn = join(dir, "rnn.kiln");
      writeFileSync(rnn, `model R {
  input x: f32[2, 5, 3]
  input y: f32[2, 4]
  lstm = LSTM(4)
  h = lstm(x)
  k = x[:, 0, :]
  for t in 0..5 {
    k = t == 0 ? k : k * x[:, t, :]
  }
  loss = mse(h, y) + sum(k)
  train step: minimize loss with sgd(lr = 0.1)
}
`);
      const r = await run(["stats", rnn]);
      expect(r.out).toMatch(/^step step\s+\d+ -> \d+\s+\d+\s+\d+\s+\d+\s+2\s/m);
      expect(r.out).toMatch(/<prelude>:\d+:\d+: 5 steps, a loop/);
      expect(r.out).toContain(`${rnn}:7:3: 5 steps, unrolled: t is used in '==' at compile time`);
      const unrolled = JSON.parse((await run(["stats", rnn, "--json", "--loops", "unroll"])).out) as StatsReport;
      expect(unrolled.entries.every((e) => e.loops === 0)).toBe(true);
      expect(unrolled.loops).toEqual([]);
      expect((await run(["stats", rnn, "--loops", "sideways"])).err)
        .toContain("--loops takes roll, recompute or unroll, not 'sideways'");
    });

  it("exits 1 with the diagnostic for a model error", async () => {
    const bad = join(dir, "bad.kiln");
    writeFileSync(bad, "model M {\n  input x: f32[2, 3]\n  output y = x @ x\n}\n");
    const r = await run(["stats", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:3:14: error: @ cannot multiply`);
  });
});
