// `npm run regression`: compiles the two models of examples/regression.kiln, trains each to
// predict Boston house prices, and compares their error on held-out tracts. Targets are
// standardized for training; errors are reported in the data's units (($1000)^2).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import { permutation } from "./data/mnist.ts";
import { F, loadHousing, type Tracts } from "./data/housing.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface RegressionOptions {
  epochs: number;
  /** Train on the first `limit` training tracts only. */
  limit?: number;
  quiet?: boolean;
}

export interface FitResult {
  model: "Linear" | "Mlp";
  /** Mean training loss (standardized units) of each epoch. */
  losses: number[];
  testMse: number;
  testR2: number;
  compileMs: number;
  trainSeconds: number;
}

const B = 32;

export async function trainRegression(opts: RegressionOptions): Promise<FitResult[]> {
  const log = opts.quiet ? () => {} : console.log;
  const source = readFileSync(new URL("./regression.kiln", import.meta.url), "utf8");
  const { train, test } = loadHousing();
  const n = Math.min(train.n, opts.limit ?? Infinity);
  const yMean = train.y.subarray(0, n).reduce((s, v) => s + v, 0) / n;
  const yStd = Math.sqrt(train.y.subarray(0, n).reduce((s, v) => s + (v - yMean) ** 2, 0) / n);
  log(`Boston house prices: ${train.n} tracts for training (${n} used), ${test.n} held out, ` +
    `${F} features`);
  const results: FitResult[] = [];
  for (const name of ["Linear", "Mlp"] as const) {
    let t0 = performance.now();
    const r = compile(source, { file: "examples/regression.kiln", model: name, dims: { B, F } });
    if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
    const compileMs = performance.now() - t0;
    const model = (await importModule(r.js)).create({ seed: 1 });
    const x = new Float32Array(B * F), y = new Float32Array(B);
    const rng = new Rng(7);
    const steps = Math.ceil(n / B);
    const losses: number[] = [];
    const bar = opts.quiet ? undefined : new Progress(`${name} (${r.stats!.params} params)`, opts.epochs);
    t0 = performance.now();
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = permutation(n, rng);
      let sum = 0;
      for (let s = 0; s < steps; s++) {
        for (let k = 0; k < B; k++) {
          const i = order[(s * B + k) % n];
          x.set(train.x.subarray(i * F, i * F + F), k * F);
          y[k] = (train.y[i] - yMean) / yStd;
        }
        sum += model.train({ x, y });
      }
      losses.push(sum / steps);
      bar?.tick(`loss ${(sum / steps).toFixed(4)}`);
    }
    const trainSeconds = (performance.now() - t0) / 1000;
    const { mse, r2 } = evaluate(model, test, yMean, yStd, x);
    bar?.done(`loss ${losses.at(-1)!.toFixed(4)}, held-out MSE ${mse.toFixed(2)}, R² ${r2.toFixed(3)}`);
    results.push({ model: name, losses, testMse: mse, testR2: r2, compileMs, trainSeconds });
  }
  if (!opts.quiet) {
    log(`wrote ${writeFigure("regression_loss.svg", lineChart({ title: "House prices: training loss",
      x: "epoch", y: "mean squared error (standardized)", series: results.map((r) =>
        ({ name: r.model, values: r.losses })) }))}`);
  }
  const [lin, mlp] = results;
  log(`held-out MSE in ($1000)²: linear ${lin.testMse.toFixed(2)} (R² ${lin.testR2.toFixed(3)}), ` +
    `MLP ${mlp.testMse.toFixed(2)} (R² ${mlp.testR2.toFixed(3)}) on ${test.n} tracts`);
  return results;
}

/** Mean squared error and R² of the predictions for `data`, in batches of B. */
function evaluate(model: any, data: Tracts, yMean: number, yStd: number, x: Float32Array):
  { mse: number; r2: number } {
  let se = 0;
  for (let at = 0; at < data.n; at += B) {
    for (let k = 0; k < B; k++) {
      const i = (at + k) % data.n;
      x.set(data.x.subarray(i * F, i * F + F), k * F);
    }
    const { price } = model.predict({ x });
    for (let k = 0; k < B && at + k < data.n; k++) {
      se += (price[k] * yStd + yMean - data.y[at + k]) ** 2;
    }
  }
  const mean = data.y.reduce((s, v) => s + v, 0) / data.n;
  const variance = data.y.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { mse: se / data.n, r2: 1 - se / variance };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainRegression({ epochs: Number(process.env.EPOCHS ?? 300) });
}
