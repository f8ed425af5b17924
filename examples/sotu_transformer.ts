// `npm run example:transformer`: compiles examples/sotu_transformer.kiln and trains it on
// State of the Union addresses (1961 to 1998; examples/data/sotu.ts) to predict each next
// character from the 64 before it, on random windows of the text. Its figure of merit is the
// loss on the addresses of 1999 and 2000, in bits per character, against the unigram
// baseline (the character frequencies' entropy). Then it compiles the same file again at
// batch 1, predict only, loads the trained weights and writes text after a prompt, one
// character a call. Writes the loss curves to examples/out/.
import { pathToFileURL } from "node:url";
import { Rng } from "../runtime/rng.ts";
import { compileExample } from "./compile.ts";
import { decodeText, encodeText, loadSotu } from "./data/sotu.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface TransformerOptions {
  steps: number;
  /** Evaluate (held-out loss) this many times during training (default 10). */
  evaluations?: number;
  /** Characters to generate after training (default 400). */
  generate?: number;
  /** Held-out windows of T characters each evaluation reads (default 512). */
  windows?: number;
  quiet?: boolean;
}

export interface TransformerResult {
  /** Mean training and held-out loss (nats per character) at each evaluation. */
  losses: number[];
  heldOut: number[];
  unigramBits: number;
  sample: string;
  trainSeconds: number;
}

const B = 16, T = 64;

export async function trainTransformer(opts: TransformerOptions): Promise<TransformerResult> {
  const log = opts.quiet ? () => {} : console.log;
  const { model } = await compileExample("sotu_transformer.kiln", { dims: { B, T } }, 1, log);
  const { train, test } = loadSotu();
  const unigramBits = entropyBits(train);
  log(`State of the Union, 1961-2000: ${train.length} characters to train on, ${test.length} ` +
    `held out (1999, 2000); unigram entropy ${unigramBits.toFixed(3)} bits per character`);
  const ids = new Int32Array(B * T), next = new Int32Array(B * T);
  const rng = new Rng(17);
  const window = (text: Uint8Array, k: number, at: number) => {
    for (let t = 0; t < T; t++) { ids[k * T + t] = text[at + t]; next[k * T + t] = text[at + t + 1]; }
  };
  const evaluations = opts.evaluations ?? 10;
  const every = Math.max(1, Math.floor(opts.steps / evaluations));
  const losses: number[] = [], heldOut: number[] = [];
  const bar = opts.quiet ? undefined : new Progress("training", opts.steps);
  let sum = 0;
  const t0 = performance.now();
  for (let s = 1; s <= opts.steps; s++) {
    for (let k = 0; k < B; k++) window(train, k, Math.floor(rng.uniform() * (train.length - T - 1)));
    // Cosine decay of the learning rate, from 2e-3 toward 0.
    model.setLearningRate("step", 1e-3 * (1 + Math.cos((Math.PI * (s - 1)) / opts.steps)));
    sum += model.train({ ids, next });
    bar?.tick(`loss ${(sum / (((s - 1) % every) + 1)).toFixed(3)}`);
    if (s % every === 0) {
      losses.push(sum / every);
      sum = 0;
      heldOut.push(evaluate(model, test, opts.windows ?? 512, ids, next, window));
    }
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  const bits = heldOut.at(-1)! / Math.LN2;
  bar?.done(`training loss ${losses.at(-1)!.toFixed(3)}, held-out ${bits.toFixed(3)} bits per character`);
  log(`trained ${opts.steps} steps in ${trainSeconds.toFixed(1)} s; held-out loss ` +
    `${bits.toFixed(3)} bits per character (unigram: ${unigramBits.toFixed(3)})`);
  const sample = await generate(model.save(), test, opts.generate ?? 400, log);
  if (!opts.quiet) {
    const toBits = (xs: number[]) => xs.map((x) => x / Math.LN2);
    log(`wrote ${writeFigure("transformer_loss.svg", lineChart({ title: "Character transformer " +
      "on State of the Union addresses", x: `evaluation (every ${every} steps)`,
    y: "bits per character", series: [{ name: "training", values: toBits(losses) },
      { name: "held out (1999, 2000)", values: toBits(heldOut) },
      { name: "unigram", values: losses.map(() => unigramBits) }] }))}`);
  }
  return { losses, heldOut, unigramBits, sample, trainSeconds };
}

/** Mean held-out loss over the first `windows` non-overlapping windows (whole batches). */
function evaluate(model: any, test: Uint8Array, windows: number, ids: Int32Array,
  next: Int32Array, window: (text: Uint8Array, k: number, at: number) => void): number {
  const batches = Math.max(1, Math.floor(Math.min((test.length - 1) / T, windows) / B));
  let sum = 0;
  for (let b = 0; b < batches; b++) {
    for (let k = 0; k < B; k++) window(test, k, (b * B + k) * T);
    const probs: Float32Array = model.predict({ ids }).probs;
    const V = probs.length / (B * T);
    for (let i = 0; i < B * T; i++) sum -= Math.log(probs[i * V + next[i]]);
  }
  return sum / (batches * B * T);
}

/** Text from the trained weights, by a batch-1 predict-only module: each step reads the last
 * T characters and draws the next from the softmax at temperature 0.8. */
async function generate(weights: Uint8Array, test: Uint8Array, count: number,
  log: (s: string) => void): Promise<string> {
  const { model } = await compileExample("sotu_transformer.kiln",
    { dims: { B: 1, T }, predictOnly: true }, 1, log);
  model.load(weights);
  const prompt = decodeText(test.subarray(0, T));
  const text = Array.from(encodeText(prompt));
  const rng = new Rng(23);
  const ids = new Int32Array(T);
  for (let i = 0; i < count; i++) {
    ids.set(text.slice(-T));
    const probs: Float32Array = model.predict({ ids }).probs;
    const last = probs.subarray((T - 1) * probs.length / T);
    const p = Array.from(last, (v) => v ** (1 / 0.8));
    let u = rng.uniform() * p.reduce((a, b) => a + b, 0), c = 0;
    while (c < p.length - 1 && (u -= p[c]) > 0) c++;
    text.push(c);
  }
  const sample = decodeText(text.slice(T));
  log(`prompt (the 1999 address): "${prompt}"\ngenerated: "${sample}"`);
  return sample;
}

/** The entropy of the character frequencies, in bits. */
function entropyBits(text: Uint8Array): number {
  const counts = new Float64Array(256);
  for (const c of text) counts[c]++;
  return -counts.reduce((h, n) => (n ? h + (n / text.length) * Math.log2(n / text.length) : h), 0);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainTransformer({ steps: Number(process.env.STEPS ?? 1500) });
}
