// `npm run example:spam`: spam or ham from the first T words of each email of the
// SpamAssassin corpus (examples/data/spam.ts). Trains the baseline, logistic regression on
// which words occur (model BagOfWords), then an embedding and a bidirectional LSTM over each
// email's own length (model SpamBiLstm), and prints both held-out accuracies. Writes the loss
// and accuracy curves of both to examples/out/.
import { pathToFileURL } from "node:url";
import { Rng } from "../runtime/rng.ts";
import { compileExample } from "./compile.ts";
import { permutation } from "./data/mnist.ts";
import { type Emails, encodeEmail, loadSpam, vocabulary } from "./data/spam.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface SpamOptions {
  epochs: number;
  baselineEpochs?: number;
  /** Train on the first `limit` emails only, and test on as many (the smoke test). */
  limit?: number;
  quiet?: boolean;
}

export interface Run {
  losses: number[];
  accuracies: number[];
  trainSeconds: number;
  compileMs: number;
}

export interface SpamResult {
  baseline: Run;
  lstm: Run;
  /** The share of ham among held-out emails: always answering "ham" scores this. */
  majority: number;
}

const B = 32, T = 64, V = 4000;

type Fill = (data: Emails, order: Int32Array, at: number) => Record<string, Int32Array | Float32Array>;

export async function trainSpam(opts: SpamOptions): Promise<SpamResult> {
  const log = opts.quiet ? () => {} : console.log;
  const { train, test } = loadSpam();
  const vocab = vocabulary(train, V);
  const majority = 1 - test.y.reduce((a, b) => a + b, 0) / test.n;
  log(`SpamAssassin: ${train.n} emails for training, ${test.n} held out ` +
    `(${(100 * majority).toFixed(1)}% of them ham); vocabulary ${vocab.size + 2} ids`);
  const ids = new Int32Array(B * T), n = new Int32Array(B), y = new Int32Array(B);
  const bag = new Float32Array(B * V);
  const fillIds: Fill = (data, order, at) => {
    for (let k = 0; k < B; k++) {
      const i = order[(at + k) % order.length];
      n[k] = encodeEmail(data.words[i], vocab, T, ids, k * T);
      y[k] = data.y[i];
    }
    return { ids, n, y };
  };
  const fillBag: Fill = (data, order, at) => {
    fillIds(data, order, at);
    bag.fill(0);
    for (let k = 0; k < B; k++) for (let t = 0; t < n[k]; t++) bag[k * V + ids[k * T + t]] = 1;
    return { bag, y };
  };
  const baseline = await run("BagOfWords", fillBag, opts.baselineEpochs ?? 10, train, test, opts, log);
  const lstm = await run("SpamBiLstm", fillIds, opts.epochs, train, test, opts, log);
  if (!opts.quiet) {
    for (const [what, key, y] of [["loss", "losses", "mean loss"],
      ["accuracy", "accuracies", "held-out accuracy (%)"]] as const) {
      log(`wrote ${writeFigure(`spam_${what}.svg`, lineChart({ title: `Spam or ham: ${what}`,
        x: "epoch", y, series: [{ name: "bidirectional LSTM", values: lstm[key] },
          { name: "bag of words", values: baseline[key] }] }))}`);
    }
  }
  return { baseline, lstm, majority };
}

async function run(modelName: string, fill: Fill, epochs: number, train: Emails, test: Emails,
  opts: SpamOptions, log: (s: string) => void): Promise<Run> {
  const { model, compileMs } = await compileExample("spam_bilstm.kiln",
    { model: modelName, dims: { B, T, V } }, 1, log);
  const count = Math.min(train.n, opts.limit ?? Infinity);
  const rng = new Rng(3);
  const steps = Math.floor(count / B);
  const losses: number[] = [], accuracies: number[] = [];
  const t0 = performance.now();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = permutation(count, rng);
    const bar = opts.quiet ? undefined : new Progress(`${modelName} epoch ${epoch}/${epochs}`, steps);
    let sum = 0;
    for (let s = 0; s < steps; s++) {
      sum += model.train(fill(train, order, s * B));
      bar?.tick(`loss ${(sum / (s + 1)).toFixed(4)}`);
    }
    losses.push(sum / steps);
    accuracies.push(100 * accuracy(model, fill, test, Math.min(test.n, opts.limit ?? Infinity)));
    bar?.done(`loss ${losses.at(-1)!.toFixed(4)}, held-out accuracy ${accuracies.at(-1)!.toFixed(2)}%`);
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  log(`${modelName}: ${epochs} epochs in ${trainSeconds.toFixed(1)} s, held-out accuracy ` +
    `${accuracies.at(-1)!.toFixed(2)}%`);
  return { losses, accuracies, trainSeconds, compileMs };
}

/** Accuracy on the first `count` held-out emails in batches of B; the last batch wraps
 * around, each email counted once. */
function accuracy(model: any, fill: Fill, test: Emails, count: number): number {
  const order = new Int32Array(count).map((_, i) => i);
  let right = 0;
  for (let at = 0; at < count; at += B) {
    const feeds = fill(test, order, at);
    const { probs } = model.predict(feeds);
    for (let k = 0; k < B && at + k < count; k++) {
      if ((probs[2 * k + 1] > probs[2 * k] ? 1 : 0) === test.y[at + k]) right++;
    }
  }
  return right / count;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainSpam({ epochs: Number(process.env.EPOCHS ?? 6) });
}
