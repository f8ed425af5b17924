// What the two MNIST examples share: compile a model file, train it on the mnist package's
// digits (seeded order, 1-pixel shifts, cosine learning-rate decay) with a progress display,
// and report accuracy on the held-out digits.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import { type Digits, fillBatch, fillShiftedBatch, loadMnist, permutation } from "./data/mnist.ts";
import { writeCurves } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface MnistRun {
  /** The model file, relative to the repository root (examples/...). */
  file: string;
  epochs: number;
  batch: number;
  /** The learning rate at the first epoch; it decays along a cosine to 0. */
  lr: number;
  quiet?: boolean;
}

/** The trained model (its `save()` gives the weights), its test accuracy and the data. */
export interface Trained {
  model: { save(): Uint8Array; predict(f: object): { probs: Float32Array } };
  accuracy: number;
  test: Digits;
}

export async function trainMnist(run: MnistRun): Promise<Trained> {
  const log = run.quiet ? () => {} : console.log;
  const B = run.batch;
  let t0 = performance.now();
  const source = readFileSync(new URL(`../${run.file}`, import.meta.url), "utf8");
  const result = compile(source, { file: run.file, dims: { B } });
  if (!result.ok) {
    console.error(formatDiagnostics(result.diagnostics, result.sources));
    process.exit(1);
  }
  log(`compiled ${run.file} in ${(performance.now() - t0).toFixed(0)} ms: ` +
    `${result.stats!.params} params, arena ${(result.stats!.arenaBytes / 1024).toFixed(0)} KiB, ` +
    `module ${(result.js.length / 1024).toFixed(0)} KiB`);
  const { create, meta } = await importModule(result.js);
  const model = create({ seed: 1 });
  // A bounded batch (`dim B <= 64`) takes every digit: the epoch ends with a short batch.
  const bounded = meta.batch !== undefined;

  const { train, test } = loadMnist();
  log(`MNIST from the mnist package: ${train.n} training digits, ${test.n} test digits`);
  // Row-major pixels: the same memory serves f32[B, 784] and f32[B, 1, 28, 28].
  const x = new Float32Array(B * 784);
  const y = new Int32Array(B);
  const rng = new Rng(7);
  const steps = bounded ? Math.ceil(train.n / B) : Math.floor(train.n / B);
  const losses: number[] = [], accuracies: number[] = [];
  t0 = performance.now();
  for (let epoch = 1; epoch <= run.epochs; epoch++) {
    const order = permutation(train.n, rng);
    // Cosine decay: large steps early, fine ones at the end.
    model.setLearningRate("step", run.lr * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / run.epochs)));
    const bar = run.quiet ? undefined : new Progress(`epoch ${epoch}/${run.epochs}`, steps);
    let sum = 0, seen = 0;
    for (let s = 0; s < steps; s++) {
      const n = Math.min(B, train.n - s * B);
      // Each digit shifted by up to a pixel each way: more digits from the same 8,495.
      fillShiftedBatch(train, order, s * B, n, x, y, rng, 1);
      sum += n * model.train(batchOf(x, y, n, B));
      seen += n;
      bar?.tick(`loss ${(sum / seen).toFixed(4)}`);
    }
    const acc = accuracy(model, test, x, y, B, bounded);
    losses.push(sum / seen);
    accuracies.push(100 * acc);
    bar?.done(`loss ${(sum / seen).toFixed(4)}, test accuracy ${(100 * acc).toFixed(2)}%`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const epochSamples = bounded ? train.n : steps * B;
  const acc = accuracy(model, test, x, y, B, bounded);
  log(`trained ${run.epochs} epochs in ${seconds.toFixed(1)} s ` +
    `(${((epochSamples * run.epochs) / seconds).toFixed(0)} samples/s, test accuracy included)`);
  log(`test accuracy: ${(100 * acc).toFixed(2)}% on ${test.n} digits not seen in training`);
  if (!run.quiet) writeCurves(basename(run.file, ".kiln"), losses, accuracies, log);
  return { model, accuracy: acc, test };
}

/** The first n samples of a batch's arrays (all of them when n is the batch). */
function batchOf(x: Float32Array, y: Int32Array, n: number, B: number) {
  return n === B ? { x, y } : { x: x.subarray(0, n * 784), y: y.subarray(0, n) };
}

/** Accuracy on the test digits, in batches of B (a bounded model takes the last batch short;
 * otherwise it wraps around and only the first occurrence of each digit is counted). */
export function accuracy(model: { predict(f: object): { probs: Float32Array } }, test: Digits,
  x: Float32Array, y: Int32Array, B: number, bounded = false): number {
  let right = 0;
  const order = new Int32Array(test.n).map((_, i) => i);
  for (let at = 0; at < test.n; at += B) {
    const n = bounded ? Math.min(B, test.n - at) : B;
    fillBatch(test, order, at, n, x, y);
    const { probs } = model.predict(batchOf(x, y, n, B));
    for (let k = 0; k < B && at + k < test.n; k++) {
      let best = 0;
      for (let c = 1; c < 10; c++) if (probs[k * 10 + c] > probs[k * 10 + best]) best = c;
      if (best === y[k]) right++;
    }
  }
  return right / test.n;
}
