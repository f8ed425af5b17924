// Heap growth over many training steps of the MLP: a compiled module allocates its arena at
// create() and nothing per step, so the heap after a forced collection should not grow.
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { fillBatch, loadMnist, permutation } from "../examples/data/mnist.ts";
import { Rng } from "../runtime/rng.ts";
import { kilnMlp } from "./mlp.ts";

/** A full collection: the --expose-gc global, or one made on demand. */
function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

export interface HeapResult {
  steps: number;
  heapBefore: number;
  heapAfter: number;
  /** heapAfter - heapBefore, bytes (after a full collection each time). */
  growth: number;
  growthPerStep: number;
  predictGrowth: number;
  /** Bytes allocated per training step (garbage included), from heap deltas between
   * collections; 0 means the step allocates nothing. */
  allocatedPerStep: number;
}

/** Median heap delta over chunks of `chunk` calls that no collection interrupted. */
function allocatedPerCall(f: (s: number) => void, chunk: number, chunks: number): number {
  const deltas: number[] = [];
  for (let c = 0; c < chunks; c++) {
    const h0 = process.memoryUsage().heapUsed;
    for (let s = 0; s < chunk; s++) f(s);
    const d = process.memoryUsage().heapUsed - h0;
    if (d >= 0) deltas.push(d / chunk);
  }
  deltas.sort((a, b) => a - b);
  return deltas[deltas.length >> 1] ?? NaN;
}

export async function heapBench(steps = 1000, warmup = 50, chunks = 25): Promise<HeapResult> {
  const gc = gcFunction();
  const m = (await kilnMlp(64)).create({ seed: 1 });
  const { train } = loadMnist();
  const order = permutation(train.n, new Rng(7));
  const x = new Float32Array(64 * 784), y = new Int32Array(64);
  const batch = (s: number) => fillBatch(train, order, (s * 64) % train.n, 64, x, y);
  // Warm up first, so optimized code and inline caches are in place before the baseline.
  for (let s = 0; s < warmup; s++) { batch(s); m.train({ x, y }); m.predict({ x }); }
  const settle = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  const heapBefore = settle();
  for (let s = 0; s < steps; s++) { batch(s); m.train({ x, y }); }
  const heapAfter = settle();
  for (let s = 0; s < steps; s++) { batch(s); m.predict({ x }); }
  const predictGrowth = settle() - heapAfter;
  // Less what the measuring itself allocates (the memoryUsage() result objects).
  const allocatedPerStep = Math.max(0, allocatedPerCall(() => m.train({ x, y }), 20, chunks) -
    allocatedPerCall(() => {}, 20, chunks));
  return { steps, heapBefore, allocatedPerStep, heapAfter, growth: heapAfter - heapBefore,
    growthPerStep: (heapAfter - heapBefore) / steps, predictGrowth };
}
