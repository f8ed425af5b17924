// The MLP of bench/mlp.ts written with TensorFlow.js ops, given a `tf` namespace with a backend
// active: in Node (bench/mlp.ts) or in a browser page (bench/browserPage.ts), which is why it
// imports types only. Dense relu, Dense, softmax cross-entropy (mean), Adam lr 1e-3.
import type { Tf } from "./index.ts";

export const IN = 784, HID = 128, OUT = 10;

/** Kiln's param names and their values (Kiln's seeded initial weights, copied). */
export type Weights = Record<"fc1.W" | "fc1.b" | "fc2.W" | "fc2.b", Float32Array>;

/** TF.js variables holding the weights, created on the active backend. */
export function tfWeights(tf: Tf, w: Weights) {
  return {
    W1: tf.variable(tf.tensor2d(w["fc1.W"], [IN, HID])), b1: tf.variable(tf.tensor1d(w["fc1.b"])),
    W2: tf.variable(tf.tensor2d(w["fc2.W"], [HID, OUT])), b2: tf.variable(tf.tensor1d(w["fc2.b"])),
  };
}

/** One Adam step per call on batch k, k + 1, ... (cycling), returning the loss before it. */
export function tfMlpStep(tf: Tf, w: Weights, x: Float32Array[], y: Int32Array[], batch: number):
  () => number {
  const v = tfWeights(tf, w);
  const xs = x.map((a) => tf.tensor2d(a, [batch, IN]));
  const ys = y.map((a) => tf.oneHot(tf.tensor1d(a, "int32"), OUT));
  const opt = tf.train.adam(1e-3, 0.9, 0.999, 1e-8);
  let j = 0;
  return () => {
    const k = j++ % xs.length;
    const loss = opt.minimize(() => {
      const h = tf.relu(tf.add(tf.matMul(xs[k], v.W1), v.b1));
      return tf.losses.softmaxCrossEntropy(ys[k], tf.add(tf.matMul(h, v.W2), v.b2));
    }, true);
    const value = loss.dataSync()[0];
    loss.dispose();
    return value;
  };
}
