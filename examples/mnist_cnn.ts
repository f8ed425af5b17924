// `npm run example:cnn`: compiles examples/mnist_cnn.kiln, trains the convolutional network
// on MNIST digits with a progress display, and prints its accuracy on held-out test digits.
import { readFileSync } from "node:fs";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import { fillBatch, fillShiftedBatch, loadMnist, permutation } from "./data/mnist.ts";
import { Progress } from "./progress.ts";

const file = new URL("./mnist_cnn.kiln", import.meta.url);
const epochs = Number(process.env.EPOCHS ?? 6);
const B = 32;

let t0 = performance.now();
const result = compile(readFileSync(file, "utf8"), { file: "examples/mnist_cnn.kiln", dims: { B } });
if (!result.ok) {
  console.error(formatDiagnostics(result.diagnostics, result.sources));
  process.exit(1);
}
console.log(`compiled examples/mnist_cnn.kiln in ${(performance.now() - t0).toFixed(0)} ms: ` +
  `${result.stats!.params} params, arena ${(result.stats!.arenaBytes / 1024).toFixed(0)} KiB, ` +
  `module ${(result.js.length / 1024).toFixed(0)} KiB`);
const { create } = await importModule(result.js);
const model = create({ seed: 1 });

const { train, test } = loadMnist();
console.log(`MNIST from the mnist package: ${train.n} training digits, ${test.n} test digits`);

// The model's input is f32[B, 1, 28, 28]: the same row-major pixels as [B, 784].
const x = new Float32Array(B * 784);
const y = new Int32Array(B);
const rng = new Rng(7);
const steps = Math.floor(train.n / B);
t0 = performance.now();
for (let epoch = 1; epoch <= epochs; epoch++) {
  const order = permutation(train.n, rng);
  // Cosine decay from 2e-3: large steps early, fine ones at the end.
  model.setLearningRate("step", 2e-3 * 0.5 * (1 + Math.cos((Math.PI * (epoch - 1)) / epochs)));
  const bar = new Progress(`epoch ${epoch}/${epochs}`, steps);
  let sum = 0;
  for (let s = 0; s < steps; s++) {
    // Each digit shifted by up to a pixel each way: more digits from the same 8,495.
    fillShiftedBatch(train, order, s * B, B, x, y, rng, 1);
    sum += model.train({ x, y });
    bar.tick(`loss ${(sum / (s + 1)).toFixed(4)}`);
  }
  bar.done(`loss ${(sum / steps).toFixed(4)}, test accuracy ${(100 * accuracy()).toFixed(2)}%`);
}
const trainSeconds = (performance.now() - t0) / 1000;
const acc = accuracy();
console.log(`trained ${epochs} epochs in ${trainSeconds.toFixed(1)} s ` +
  `(${((steps * epochs * B) / trainSeconds).toFixed(0)} samples/s, test accuracy included)`);
console.log(`test accuracy: ${(100 * acc).toFixed(2)}% on ${test.n} digits not seen in training`);

/** Accuracy on the test digits, in batches of B (the last batch wraps around; only the
 * first occurrence of each digit is counted). */
function accuracy(): number {
  let right = 0;
  const order = new Int32Array(test.n).map((_, i) => i);
  for (let at = 0; at < test.n; at += B) {
    fillBatch(test, order, at, B, x, y);
    const { probs } = model.predict({ x });
    for (let k = 0; k < B && at + k < test.n; k++) {
      let best = 0;
      for (let c = 1; c < 10; c++) if (probs[k * 10 + c] > probs[k * 10 + best]) best = c;
      if (best === y[k]) right++;
    }
  }
  return right / test.n;
}
