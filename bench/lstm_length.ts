// `node --expose-gc bin/run.mjs bench/lstm_length.ts [--loops roll,unroll,recompute] [T...]`:
// how compile time, module size, heap and training step time grow with the length of a
// sequence, for an LSTM(32) classifier at batch 16 over 8 features, each way of compiling
// `for` loops side by side in one run (unrolling stops past T ~ 514, where the graph reaches
// its node limit). Pin it to one core (taskset -c 1) and read the ratios.
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import type { LoopMode } from "../compiler/model.ts";
import { Rng } from "../runtime/rng.ts";

const source = `
dim T = 10
model M {
  input x: f32[16, T, 8]
  input y: i32[16]
  lstm = LSTM(32)
  head = Dense(2)
  logits = head(lstm(x))
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-2)
}`;

const args = process.argv.slice(2);
const at = args.indexOf("--loops");
const modes = (at >= 0 ? args.splice(at, 2)[1] : "roll,unroll").split(",") as LoopMode[];
const lengths = args.map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

export interface LengthRow {
  T: number;
  loops: LoopMode;
  compileS: number;
  moduleBytes: number;
  /** Heap after compiling and creating the model, less before (garbage collected first). */
  heapBytes: number;
  trainNodes: number;
  kernels: number;
  /** Milliseconds per training step, warm, and per time step. */
  stepMs: number;
  usPerTimeStep: number;
}

export async function measureLength(T: number, loops: LoopMode): Promise<LengthRow> {
  const before = heap();
  let t0 = performance.now();
  const r = compile(source, { dims: { T }, declarations: false, loops });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  const compileS = (performance.now() - t0) / 1000;
  const model = (await importModule(r.js)).create({ seed: 1 });
  const rng = new Rng(2);
  const x = new Float32Array(16 * T * 8).map(() => rng.normal());
  const y = new Int32Array(16).map((_, i) => i % 2);
  const time = (steps: number) => {
    t0 = performance.now();
    for (let s = 0; s < steps; s++) model.train({ x, y });
    return (performance.now() - t0) / steps;
  };
  time(Math.max(3, Math.round(300 / T)));
  const stepMs = time(Math.max(5, Math.round(3000 / T)));
  const heapBytes = heap() - before;
  const step = r.stats!.entries[1];
  return { T, loops, compileS, moduleBytes: r.js.length, heapBytes, trainNodes: step.nodes,
    kernels: step.kernels, stepMs, usPerTimeStep: (1000 * stepMs) / T };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const T of lengths.length ? lengths : [10, 64, 512]) {
    for (const loops of modes) {
      if (loops === "unroll" && T > 514) continue;
      const m = await measureLength(T, loops);
      console.log(`T = ${T} ${loops}: compile ${m.compileS.toFixed(2)} s, module ` +
        `${(m.moduleBytes / 1e3).toFixed(0)} KB, heap +${(m.heapBytes / 1e6).toFixed(1)} MB, ` +
        `train step ${m.stepMs.toFixed(2)} ms = ${m.usPerTimeStep.toFixed(1)} us per time step; ` +
        `train graph ${m.trainNodes} nodes, ${m.kernels} kernel calls`);
    }
  }
}
