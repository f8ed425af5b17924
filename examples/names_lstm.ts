// `npm run names`: compiles examples/names_lstm.kiln, trains it to tell female first names
// from male ones, and prints its accuracy on names held out from training.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import { permutation } from "./data/mnist.ts";
import { fillNames, loadNames, type Names } from "./data/names.ts";
import { writeCurves } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface NamesOptions {
  epochs: number;
  /** Train on the first `limit` training names only (tests use a few hundred). */
  limit?: number;
  units?: number;
  quiet?: boolean;
}

export interface NamesResult {
  /** Mean training loss of each epoch. */
  losses: number[];
  accuracy: number;
  compileMs: number;
  trainSeconds: number;
}

const B = 64, T = 12;

export async function trainNames(opts: NamesOptions): Promise<NamesResult> {
  const log = opts.quiet ? () => {} : console.log;
  const file = new URL("./names_lstm.kiln", import.meta.url);
  let source = readFileSync(file, "utf8");
  if (opts.units) source = source.replace("LSTM(64)", `LSTM(${opts.units})`);
  let t0 = performance.now();
  const result = compile(source, { file: "examples/names_lstm.kiln", dims: { B, T } });
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics, result.sources));
  const compileMs = performance.now() - t0;
  log(`compiled examples/names_lstm.kiln in ${compileMs.toFixed(0)} ms: ` +
    `${result.stats!.params} params, module ${(result.js.length / 1024).toFixed(0)} KiB`);
  const model = (await importModule(result.js)).create({ seed: 1 });

  const { train, test } = loadNames(T);
  const n = Math.min(train.n, opts.limit ?? Infinity);
  log(`names: ${train.n} for training (${n} used), ${test.n} held out; ` +
    `${(100 * share(test, 0)).toFixed(1)}% of held-out names are female`);
  const ids = new Int32Array(B * T), y = new Int32Array(B);
  const rng = new Rng(7);
  const steps = Math.ceil(n / B);
  const losses: number[] = [], accuracies: number[] = [];
  t0 = performance.now();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const order = permutation(n, rng);
    const bar = opts.quiet ? undefined : new Progress(`epoch ${epoch}/${opts.epochs}`, steps);
    let sum = 0;
    for (let s = 0; s < steps; s++) {
      fillNames(train, order, s * B, B, T, ids, y);
      sum += model.train({ ids, y });
      bar?.tick(`loss ${(sum / (s + 1)).toFixed(4)}`);
    }
    losses.push(sum / steps);
    accuracies.push(100 * accuracy(model, test, ids, y));
    bar?.done(`loss ${(sum / steps).toFixed(4)}, held-out accuracy ${accuracies.at(-1)!.toFixed(2)}%`);
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  const acc = accuracy(model, test, ids, y);
  log(`trained ${opts.epochs} epochs in ${trainSeconds.toFixed(1)} s`);
  log(`held-out accuracy: ${(100 * acc).toFixed(2)}% on ${test.n} names not seen in training`);
  if (!opts.quiet) writeCurves("names_lstm", losses, accuracies, log);
  return { losses, accuracy: acc, compileMs, trainSeconds };
}

function share(d: Names, label: number): number {
  return d.y.reduce((s, v) => s + (v === label ? 1 : 0), 0) / d.n;
}

/** Accuracy in batches of B; the last batch wraps around and counts each name once. */
function accuracy(model: any, data: Names, ids: Int32Array, y: Int32Array): number {
  const order = new Int32Array(data.n).map((_, i) => i);
  let right = 0;
  for (let at = 0; at < data.n; at += B) {
    fillNames(data, order, at, B, T, ids, y);
    const { probs } = model.predict({ ids });
    for (let k = 0; k < B && at + k < data.n; k++) {
      if ((probs[2 * k + 1] > probs[2 * k] ? 1 : 0) === y[k]) right++;
    }
  }
  return right / data.n;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainNames({ epochs: Number(process.env.EPOCHS ?? 10) });
}
