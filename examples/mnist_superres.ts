// `npm run example:superres`: compiles examples/mnist_superres.kiln and trains it to double
// the resolution of MNIST digits (14x14 block means in, 28x28 digits out). Its figure of merit
// is the PSNR on held-out digits, against bicubic interpolation (PyTorch's, a = -0.75) and
// bilinear. Writes the loss and PSNR curves, and a picture of a few digits (low, bicubic,
// network, original) to examples/out/.
import { pathToFileURL } from "node:url";
import { Rng } from "../runtime/rng.ts";
import { compileExample } from "./compile.ts";
import { type Digits, loadMnist, permutation } from "./data/mnist.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { encodePng, imageGrid } from "./figures/png.ts";
import { Progress } from "./progress.ts";

export interface SuperResOptions {
  epochs: number;
  /** Train on the first `limit` digits only (the smoke test). */
  limit?: number;
  quiet?: boolean;
}

export interface SuperResResult {
  losses: number[];
  /** Held-out PSNR (dB) after each epoch, and of the interpolations. */
  psnr: number[];
  bicubic: number;
  bilinear: number;
  trainSeconds: number;
}

const B = 32;

/** The 14x14 image of 2x2 block means of each 28x28 digit. */
export function downsample(x: Float32Array, n: number): Float32Array {
  const out = new Float32Array(n * 196);
  for (let k = 0; k < n; k++) for (let r = 0; r < 14; r++) for (let c = 0; c < 14; c++) {
    const at = k * 784 + 2 * r * 28 + 2 * c;
    out[k * 196 + r * 14 + c] = (x[at] + x[at + 1] + x[at + 28] + x[at + 29]) / 4;
  }
  return out;
}

/** Keys' cubic convolution weight at distance d, with PyTorch's a = -0.75. */
function cubic(d: number, a = -0.75): number {
  d = Math.abs(d);
  if (d <= 1) return ((a + 2) * d - (a + 3)) * d * d + 1;
  return d < 2 ? ((a * d - 5 * a) * d + 8 * a) * d - 4 * a : 0;
}

/** Doubles each side of n square images of `side` pixels as PyTorch's interpolate(mode =
 * "bicubic" or "bilinear", align_corners = False) does: separable, edges clamped. */
export function interpolate(x: Float32Array, n: number, side: number, mode: "bicubic" | "bilinear"):
  Float32Array {
  const out = 2 * side;
  // taps[i] = [index, weight] pairs of output i along one axis.
  const taps = Array.from({ length: out }, (_, i) => {
    let src = (i + 0.5) / 2 - 0.5;
    if (mode === "bilinear") src = Math.max(0, src);
    const i0 = Math.floor(src), t = src - i0;
    const clamp = (j: number) => Math.min(side - 1, Math.max(0, j));
    return mode === "bilinear" ? [[clamp(i0), 1 - t], [clamp(i0 + 1), t]]
      : [-1, 0, 1, 2].map((o) => [clamp(i0 + o), cubic(t - o)]);
  });
  const rows = new Float32Array(side * out), y = new Float32Array(n * out * out);
  for (let k = 0; k < n; k++) {
    const img = x.subarray(k * side * side);
    for (let r = 0; r < side; r++) for (let c = 0; c < out; c++) {
      rows[r * out + c] = taps[c].reduce((s, [j, w]) => s + w * img[r * side + j], 0);
    }
    for (let r = 0; r < out; r++) for (let c = 0; c < out; c++) {
      y[k * out * out + r * out + c] = taps[r].reduce((s, [j, w]) => s + w * rows[j * out + c], 0);
    }
  }
  return y;
}

/** PSNR in dB of pixels in [0, 1] (the estimate clipped to that range first). */
export function psnr(estimate: ArrayLike<number>, truth: ArrayLike<number>, count = truth.length): number {
  let se = 0;
  for (let i = 0; i < count; i++) {
    const e = Math.min(1, Math.max(0, estimate[i])) - truth[i];
    se += e * e;
  }
  return 10 * Math.log10(count / se);
}

export async function trainSuperRes(opts: SuperResOptions): Promise<SuperResResult> {
  const log = opts.quiet ? () => {} : console.log;
  const { model } = await compileExample("mnist_superres.kiln", { dims: { B } }, 1, log);
  const { train, test } = loadMnist();
  const n = Math.min(train.n, opts.limit ?? Infinity);
  const lowTrain = downsample(train.x, train.n), lowTest = downsample(test.x, test.n);
  const held = Math.floor(test.n / B) * B;
  const bicubic = psnr(interpolate(lowTest, held, 14, "bicubic"), test.x, held * 784);
  const bilinear = psnr(interpolate(lowTest, held, 14, "bilinear"), test.x, held * 784);
  log(`held-out PSNR of the interpolations: bicubic ${bicubic.toFixed(2)} dB, bilinear ` +
    `${bilinear.toFixed(2)} dB`);
  const low = new Float32Array(B * 196), high = new Float32Array(B * 784);
  const rng = new Rng(5);
  const steps = Math.floor(n / B);
  const losses: number[] = [], scores: number[] = [];
  const t0 = performance.now();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const order = permutation(n, rng);
    const bar = opts.quiet ? undefined : new Progress(`epoch ${epoch}/${opts.epochs}`, steps);
    let sum = 0;
    for (let s = 0; s < steps; s++) {
      for (let k = 0; k < B; k++) {
        const i = order[s * B + k];
        low.set(lowTrain.subarray(i * 196, i * 196 + 196), k * 196);
        high.set(train.x.subarray(i * 784, i * 784 + 784), k * 784);
      }
      sum += model.train({ low, high });
      bar?.tick(`loss ${(sum / (s + 1)).toFixed(5)}`);
    }
    losses.push(sum / steps);
    const out = enhance(model, lowTest, held);
    scores.push(psnr(out, test.x, held * 784));
    bar?.done(`loss ${losses.at(-1)!.toFixed(5)}, held-out PSNR ${scores.at(-1)!.toFixed(2)} dB`);
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  log(`trained ${opts.epochs} epochs in ${trainSeconds.toFixed(1)} s; held-out PSNR ` +
    `${scores.at(-1)!.toFixed(2)} dB against bicubic ${bicubic.toFixed(2)} dB (${held} digits)`);
  if (!opts.quiet) figures(model, lowTest, test, losses, scores, bicubic, bilinear, log);
  return { losses, psnr: scores, bicubic, bilinear, trainSeconds };
}

/** The network's 28x28 digits for the first `count` 14x14 ones (count a multiple of B). */
function enhance(model: any, low: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * 784);
  for (let at = 0; at < count; at += B) {
    out.set(model.predict({ low: low.subarray(at * 196, (at + B) * 196) }).y, at * 784);
  }
  return out;
}

function figures(model: any, lowTest: Float32Array, test: Digits, losses: number[],
  scores: number[], bicubic: number, bilinear: number, log: (s: string) => void): void {
  log(`wrote ${writeFigure("superres_loss.svg", lineChart({ title: "2x super-resolution: " +
    "training loss", x: "epoch", y: "mean squared error", series: [{ name: "training loss",
    values: losses }] }))}`);
  log(`wrote ${writeFigure("superres_psnr.svg", lineChart({ title: "2x super-resolution: " +
    "held-out PSNR", x: "epoch", y: "PSNR (dB)", series: [{ name: "network", values: scores },
    { name: "bicubic", values: scores.map(() => bicubic) },
    { name: "bilinear", values: scores.map(() => bilinear) }] }))}`);
  // Rows of 8 digits from across the held-out set (it is sorted by class): 14x14 input
  // (nearest, to scale), bicubic, network, original.
  const k = 8, low = new Float32Array(B * 196), high = new Float32Array(k * 784);
  for (let j = 0; j < k; j++) {
    const i = j * Math.floor(test.n / k);
    low.set(lowTest.subarray(i * 196, i * 196 + 196), j * 196);
    high.set(test.x.subarray(i * 784, i * 784 + 784), j * 784);
  }
  const rows = [interpolateNearest(low, k), interpolate(low, k, 14, "bicubic"),
    enhance(model, low, B), high].map((a) => a.subarray(0, k * 784));
  const all = new Float32Array(4 * k * 784);
  rows.forEach((r, i) => all.set(r, i * k * 784));
  const grid = imageGrid(all, 4 * k, 28, k, { scale: 3 });
  log(`wrote ${writeFigure("superres_digits.png", encodePng(grid.pixels, grid.width, grid.height))}` +
    " (rows: input, bicubic, network, original)");
}

function interpolateNearest(low: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * 784);
  for (let i = 0; i < out.length; i++) {
    const k = Math.floor(i / 784), r = Math.floor((i % 784) / 28), c = i % 28;
    out[i] = low[k * 196 + (r >> 1) * 14 + (c >> 1)];
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainSuperRes({ epochs: Number(process.env.EPOCHS ?? 5) });
}
