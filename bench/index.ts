// `npm run bench [-- NAME...] [--quick]`: Kiln against TensorFlow.js (CPU and WASM backends)
// and onnxruntime-node on the same models, weights and data in one process (an MLP, a small
// CNN and an LSTM), plus the emitted matrix-product kernel's GFLOP/s, compile time against
// depth, the editor's per-keystroke check, heap growth over training, and the MLP's step in
// headless Chromium (`browser`). NAME selects workloads by prefix (`mlp` runs mlp-train and
// mlp-infer). Every workload
// prints a table and writes bench/results/<workload>.json; docs/performance.md shows them.
import { boundedBench } from "./bounded.ts";
import { browserTrain } from "./browser.ts";
import { cnnTrain } from "./cnn.ts";
import { compileBench } from "./compile.ts";
import { editorBench } from "./editor.ts";
import { FULL, fmt, type MeasureOptions, QUICK, table, writeResult } from "./harness.ts";
import { heapBench } from "./heap.ts";
import { matmulBench } from "./matmul.ts";
import { lstmTrain } from "./lstm.ts";
import { MLP_SOURCE, mlpInfer, mlpTrain } from "./mlp.ts";
import { entryFlops, peakLine, peakShare, SIMD_PEAK_GFLOPS } from "./peak.ts";
import { PROFILED, type ProfiledModel, type ProfileResult, profileModel } from "./profile.ts";
import type { Row, TrainTiming } from "./training.ts";

interface Workload {
  name: string;
  what: string;
  run: (o: MeasureOptions, quick: boolean) => Promise<{ text: string; data: unknown }>;
}

const ratioTable = (rows: Row[]) => table(["implementation", "samples/s", "ms/call", "CPU ms/call", "Kiln ×"],
  rows.map((r) => [r.impl, r.samplesPerSec, r.msPerCall, r.cpuMsPerCall, r.kilnRatio]));

/** "Kiln / peer = 6.9× (target ≥ 10×: missed)" lines for the issue's targets. */
function target(rows: Row[], peer: string, want: number, what: string): string {
  const r = rows.find((x) => x.impl === peer);
  if (!r) return "";
  return `${what}: Kiln / ${peer} = ${fmt(r.kilnRatio)}× (target ≥ ${want}×: ${r.kilnRatio >= want ? "met" : "missed"})\n`;
}

function profileText(r: ProfileResult, top = 6): string {
  const share = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k.length > 48 ? `${k.slice(0, 47)}…` : k} ${fmt(100 * v)}%`);
  const rows = r.rows.slice(0, top).map((x) => [x.fn, x.what, 100 * x.share, x.msPerCall]);
  return `${r.entry} at batch ${r.batch}: ${fmt(r.msPerCall)} ms/call under the profiler; ` +
    `${share(r.kinds).join(", ")}\n${table(["function", "what", "share %", "ms/call"], rows)}\n` +
    `per op, kernels with what they call: ${share(r.ops).slice(0, top + 2).join(", ")}\n`;
}

/** Kiln's row's share of the SIMD peak, for `entry` of the model `source` at these dims. */
function kilnPeak(rows: Row[], source: string, dims: Record<string, number>, entry: string) {
  const kiln = rows.find((x) => x.impl === "Kiln")!;
  return peakShare(entryFlops(source, dims, entry), kiln.msPerCall, kiln.cpuMsPerCall);
}

/** A training-step workload: the ratio table, the share of the SIMD peak, the loss check and
 * a profile of Kiln's step. */
function trainWorkload(name: ProfiledModel, what: string, batch: number, target: number,
  run: (o: MeasureOptions, peers: boolean) => Promise<TrainTiming>): Workload {
  return {
    name, what,
    run: async (o, quick) => {
      const r = await run(o, !quick);
      const peak = kilnPeak(r.rows, PROFILED[name], { B: batch }, "step0");
      const profile = await profileModel(name, "train", batch, quick ? 3 : 300);
      const text = `${ratioTable(r.rows)}\n\n${peakLine("step", peak, target)}` +
        `same model: first ${r.check.Kiln.length} losses agree ` +
        `within ${r.maxLossDiff.toExponential(1)}\n\nKiln's step, V8's sampling profiler:\n` +
        profileText(profile);
      return { text, data: { ...r, peak, profile: { ...profile, rows: profile.rows.slice(0, 20) } } };
    },
  };
}

const WORKLOADS: Workload[] = [
  {
    name: "mlp-train",
    what: "MLP 784-128-10 training step, batch 64, Adam",
    run: async (o, quick) => {
      const r = await mlpTrain(o, !quick);
      const peak = kilnPeak(r.rows, MLP_SOURCE, { B: 64 }, "step0");
      const text = `${ratioTable(r.rows)}\n\n${peakLine("step", peak)}` +
        `same model: first 3 losses agree within ${r.maxLossDiff.toExponential(1)}\n` +
        target(r.rows, "TF.js cpu", 10, "training") + target(r.rows, "TF.js wasm", 1.5, "training");
      return { text, data: { ...r, peak } };
    },
  },
  {
    name: "mlp-infer",
    what: "MLP 784-128-10 inference (predict: softmax probabilities), batch 1 and 64",
    run: async (o, quick) => {
      const r = await mlpInfer(o, !quick);
      const peaks = r.batches.map((b) => kilnPeak(b.rows, MLP_SOURCE, { B: b.batch }, "predict"));
      const text = r.batches.map((b, k) => `batch ${b.batch}:\n${ratioTable(b.rows)}\n` +
        peakLine("call", peaks[k]) +
        `same model: probabilities agree within ${b.maxProbDiff.toExponential(1)}\n` +
        (b.batch === 1 ? target(b.rows, "TF.js cpu", 5, "inference at batch 1") : "") +
        (b.batch === 64 ? target(b.rows, "onnxruntime", 0.4, "inference at batch 64") : ""))
        .join("\n");
      return { text, data: { ...r, peaks } };
    },
  },
  {
    name: "bounded",
    what: "one MLP module compiled with B <= 64 against modules compiled for B = 64 and, " +
      "predict-only, B = 1: samples/s of each in the same rounds (six times as many)",
    run: async (o) => {
      const r = await boundedBench(o);
      const text = table(["call", "bounded samples/s", "fixed samples/s", "bounded / fixed"],
        r.rows.map((x) => [x.what, x.bounded, x.fixed, x.ratio])) + "\ntarget: every ratio " +
        `≥ 0.9: ${r.rows.every((x) => x.ratio >= 0.9) ? "met" : "missed"}\n`;
      return { text, data: r };
    },
  },
  trainWorkload("cnn", "small CNN training step: conv 8 3x3, relu, max pool 2, conv 16 3x3, relu, max " +
    "pool 2, Dense 10; batch 32 MNIST digits, Adam", 32, 0.5, cnnTrain),
  trainWorkload("lstm", "LSTM training step: LSTM(32) over T = 16 steps of 8 features, Dense 2; " +
    "batch 32, Adam", 32, 0.35, lstmTrain),
  {
    name: "matmul",
    what: "the emitted matrix-product kernel (matmulKernel), GFLOP/s",
    run: async (o) => {
      const r = await matmulBench(o);
      const row = (name: string) => r.rows.find((x) => x.shape === name)!;
      const met = (name: string, want: number) => {
        const { simdGflops: wall, simdCpuGflops: cpu } = row(name);
        return `${fmt(wall)} GFLOP/s, ${fmt(cpu)} by CPU time (target ≥ ${want}: ` +
          `${wall >= want ? "met" : "missed"} (wall), ${cpu >= want ? "met" : "missed"} (CPU))`;
      };
      const text = table(["shape", "M", "K", "N", "JS GFLOP/s", "JS CPU", "f32 module GFLOP/s",
        "f32 CPU", "% of SIMD peak"], r.rows.map((x) => [x.shape, x.M, x.K, x.N, x.gflops,
        x.cpuGflops, x.simdGflops, x.simdCpuGflops, 100 * x.simdGflops / SIMD_PEAK_GFLOPS])) +
        "\n256^3 target ≥ 4 GFLOP/s, JS loops, in every layout: " +
        ["wall clock", "CPU time"].map((how, k) => `${r.rows.filter((x) => x.M === 256)
          .every((x) => (k ? x.cpuGflops : x.gflops) >= 4) ? "met" : "missed"} (${how})`).join(", ") +
        `\nf32 modules: 1024^3 ${met("1024^3 A B", 40)}; 256^3 ${met("256^3 A B", 45)}\n`;
      return { text, data: r };
    },
  },
  {
    name: "compile",
    what: "compile time (source to JS and .d.ts) of a stack of 10, 100 and 1000 Dense layers",
    run: async (_o, quick) => {
      const r = quick ? compileBench([2, 4], [1, 1]) : compileBench();
      const text = table(["layers", "ms", "ms/layer", "graph nodes", "JS bytes"],
        r.rows.map((x) => [String(x.layers), x.ms, x.msPerLayer, x.nodes, x.jsBytes])) +
        `\nper-layer time of each depth over the previous one (1 = linear): ${r.linearity.map(fmt).join(", ")}\n`;
      return { text, data: r };
    },
  },
  {
    name: "editor",
    what: "re-checking a 300-line model file per keystroke (the language server), and an LSTM's " +
      "check as T grows",
    run: async (_o, quick) => {
      const r = quick ? editorBench(3, [12, 24]) : editorBench();
      const text = `${r.lines} lines:\n${table(["what", "ms (median)", "ms (fastest)",
        "CPU ms (median)", "runs"], r.rows.map((x) => [x.what, x.ms, x.minMs, x.cpuMs, x.runs]))}` +
        `\n\n${table(["LSTM check", "ms (median)", "ms (fastest)", "CPU ms (median)"],
          r.lstm.map((x) => [x.what, x.ms, x.minMs, x.cpuMs]))}\n` +
        `target: the 300-line check under 50 ms (median): ${r.rows[0].ms < 50 ? "met" : "missed"}` +
        ` in wall time, ${r.rows[0].cpuMs < 50 ? "met" : "missed"} in CPU time\n`;
      return { text, data: r };
    },
  },
  {
    name: "heap",
    what: "heap growth over 1000 MLP training steps (heapUsed after full collections)",
    run: async (_o, quick) => {
      const r = await (quick ? heapBench(3, 2, 2) : heapBench());
      const kb = (b: number) => `${fmt(b / 1024)} KiB`;
      const text = `heap before ${kb(r.heapBefore)}, after ${r.steps} steps ${kb(r.heapAfter)}: ` +
        `growth ${kb(r.growth)} (${fmt(r.growthPerStep)} B/step); after ${r.steps} predicts: ` +
        `${kb(r.predictGrowth)}\nallocated per step (garbage included): ${fmt(r.allocatedPerStep)} B\n`;
      return { text, data: r };
    },
  },
  {
    name: "browser",
    what: "MLP 784-128-10 training step, batch 64, Adam, in headless Chromium: against Node and TF.js WASM",
    run: async (o, quick) => {
      const r = await browserTrain(o, !quick);
      const text = `${ratioTable(r.rows)}\n\nsame model: first 3 losses agree within ` +
        `${r.maxLossDiff.toExponential(1)}\n${Object.entries(r.ratios).map(([k, v]) =>
          `Kiln in Chromium / ${k} = ${fmt(v)}×`).join("\n")}\n${r.versions.chromium}; ${r.notes.join("; ")}\n`;
      return { text, data: r };
    },
  },
  {
    name: "profile",
    what: "where Kiln's MLP spends its time (V8 sampling profiler: self time per function, time per op)",
    run: async (_o, quick) => {
      const runs = [["train", 64, quick ? 3 : 500], ["predict", 1, quick ? 3 : 10000],
        ["predict", 64, quick ? 3 : 500]] as const;
      const results = [];
      let text = "";
      for (const [entry, batch, calls] of runs) {
        const r = await profileModel("mlp", entry, batch, calls);
        results.push(r);
        text += `${profileText(r)}\n`;
      }
      return { text, data: { results } };
    },
  },
];

export async function main(argv: string[]): Promise<void> {
  const quick = argv.includes("--quick");
  const names = argv.filter((a) => !a.startsWith("--"));
  const unknown = names.filter((n) => !WORKLOADS.some((w) => w.name.startsWith(n)));
  if (unknown.length) {
    console.error(`unknown workload ${unknown.join(", ")}; workloads: ${WORKLOADS.map((w) => w.name).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const chosen = WORKLOADS.filter((w) => !names.length || names.some((n) => w.name.startsWith(n)));
  if (!(globalThis as { gc?: unknown }).gc && chosen.some((w) => w.name === "heap")) {
    console.log("(node was started without --expose-gc; the heap workload turns it on itself)");
  }
  const o = quick ? QUICK : FULL;
  console.log(`method: ${o.rounds} interleaved rounds of ~${o.roundMs} ms after ${o.warmupMs} ms warm-up ` +
    "per contender; medians; one process\n");
  for (const w of chosen) {
    const t0 = performance.now();
    console.log(`## ${w.name}: ${w.what}\n`);
    const { text, data } = await w.run(o, quick);
    const file = quick ? "(quick run: not written)" : writeResult(w.name, { ...(data as object), method: o });
    console.log(`${text}\n${file}, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
}

await main(process.argv.slice(2));
