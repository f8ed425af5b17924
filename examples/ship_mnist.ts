// `npm run example:ship`: what shipping a trained model into an app looks like. Trains the
// MNIST MLP (examples/mnist_mlp.kiln) as `npm start` does, saves its weights, compiles the
// same file again for prediction only at batch 1 (`kiln compile --predict-only --dim B=1`),
// loads the weights into that module and classifies every held-out digit one at a time,
// writing each image into the module's own input slot so nothing is copied.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import type { Digits } from "./data/mnist.ts";
import { trainMnist } from "./mnist_train.ts";

const FILE = "examples/mnist_mlp.kiln";

export interface Shipped {
  /** Bytes of the training module and of the predict-only one, and of their arenas. */
  trainingJs: number;
  shippedJs: number;
  trainingArena: number;
  shippedArena: number;
  /** Held-out accuracy of the shipped module, one digit per call. */
  accuracy: number;
  /** Median microseconds per predict() call. */
  medianMicros: number;
  /** Bytes of the weights as the training module saved them (with Adam's state) and as the
   * shipped module saves them (params only). */
  trainedWeights: number;
  shippedWeights: number;
}

/** Compiles the predict-only module, loads `weights` (what the training module's save()
 * wrote) and classifies the test digits one by one. Writes the module, its .d.ts and its own
 * weights (params only) to `outDir` if given. */
export async function ship(weights: Uint8Array, test: Digits, outDir?: string): Promise<Shipped> {
  const source = readFileSync(new URL(`../${FILE}`, import.meta.url), "utf8");
  const training = compile(source, { file: FILE, declarations: false });
  const lean = compile(source, { file: FILE, dims: { B: 1 }, predictOnly: true });
  if (!lean.ok || !training.ok) throw new Error(formatDiagnostics(lean.diagnostics, lean.sources));
  const model = (await importModule(lean.js)).create();
  model.load(weights);
  const own: Uint8Array = model.save();
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(`${outDir}/mnist_mlp.js`, lean.js);
    writeFileSync(`${outDir}/mnist_mlp.d.ts`, lean.dts);
    writeFileSync(`${outDir}/mnist_mlp.safetensors`, own);
  }
  const x: Float32Array = model.inputs.x;
  const times = new Float64Array(test.n);
  let right = 0;
  for (let i = 0; i < test.n; i++) {
    x.set(test.x.subarray(i * 784, i * 784 + 784));
    const t0 = performance.now();
    const { probs } = model.predict({ x });
    times[i] = performance.now() - t0;
    let best = 0;
    for (let c = 1; c < 10; c++) if (probs[c] > probs[best]) best = c;
    if (best === test.y[i]) right++;
  }
  times.sort();
  return { trainingJs: training.js.length, shippedJs: lean.js.length,
    trainingArena: training.stats!.arenaBytes, shippedArena: lean.stats!.arenaBytes,
    accuracy: right / test.n, medianMicros: 1000 * times[test.n >> 1],
    trainedWeights: weights.length, shippedWeights: own.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const trained = await trainMnist({ file: FILE, epochs: Number(process.env.EPOCHS ?? 20),
    batch: 64, lr: 2e-3 });
  const out = new URL("./build", import.meta.url).pathname;
  const s = await ship(trained.model.save(), trained.test, out);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`shipped to ${out}: mnist_mlp.js ${kib(s.shippedJs)} (the training module: ` +
    `${kib(s.trainingJs)}), arena ${kib(s.shippedArena)} (training: ${kib(s.trainingArena)}), ` +
    `weights ${kib(s.shippedWeights)} (saved by the training module, with Adam's state: ` +
    `${kib(s.trainedWeights)})`);
  console.log(`one digit per predict(): ${(100 * s.accuracy).toFixed(2)}% on ${trained.test.n} ` +
    `held-out digits (the batch-64 module: ${(100 * trained.accuracy).toFixed(2)}%), ` +
    `median ${s.medianMicros.toFixed(1)} µs a call`);
}
