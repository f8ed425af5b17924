// A small CNN's training step (issue 4): two 3x3 convolutions (8 and 16 filters, padding 1)
// with relu and 2x2 max pooling, then Dense(10), softmax cross-entropy, Adam 1e-3, on batches
// of 32 MNIST digits. No batch normalization and no dropout, so every implementation computes
// the same function (dropout's masks are random, and batch statistics would be one more place
// for the implementations' conventions to differ). Kiln works in NCHW and TF.js in NHWC (its
// default layout and the only one its WASM backend's conv2d takes): TF.js gets Kiln's initial
// weights transposed to its layouts and Dense's rows permuted to NHWC's flattening order, so
// both do the same arithmetic from the same weights.
import { compile, importModule, type LiveModule } from "../compiler/index.ts";
import type { MeasureOptions } from "./harness.ts";
import { initialWeights, mnistBatches } from "./mlp.ts";
import { tfjs, tfVersion, tfWasmFeatures, type Tf } from "./peers/index.ts";
import { type Batches, kilnTrainer, timeTraining, type Trainer, type TrainTiming } from "./training.ts";

export const CNN_SOURCE = `
dim B = 32
model Cnn {
  input x: f32[B, 1, 28, 28]
  input y: i32[B]
  conv1 = Conv2D(8, 3, padding = 1)
  pool1 = MaxPool2D(2)
  conv2 = Conv2D(16, 3, padding = 1)
  pool2 = MaxPool2D(2)
  flat = Flatten()
  fc = Dense(10)
  logits = x |> conv1 |> relu |> pool1 |> conv2 |> relu |> pool2 |> flat |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}
`;

const C1 = 8, C2 = 16, OUT = 10;

export async function kilnCnn(batch: number): Promise<LiveModule> {
  const r = compile(CNN_SOURCE, { file: "bench/cnn.kiln", dims: { B: batch }, declarations: false });
  if (!r.ok) {
    throw new Error(`the benchmark CNN did not compile: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  }
  return importModule(r.js);
}

interface Data extends Batches {
  weights: Record<string, Float32Array>;
}

/** Kiln's conv2d weights [O, C, KH, KW] as TF.js's filter [KH, KW, C, O]; Dense's rows, which
 * Kiln orders by (channel, row, column) of the [16, 7, 7] maps, reordered to NHWC's (row,
 * column, channel). */
function tfWeights(tf: Tf, w: Record<string, Float32Array>) {
  const filter = (a: Float32Array, o: number, c: number) =>
    tf.transpose(tf.tensor4d(a, [o, c, 3, 3]), [2, 3, 1, 0]);
  const dense = tf.reshape(tf.transpose(tf.tensor4d(w["fc.W"], [C2, 7, 7, OUT]), [1, 2, 0, 3]),
    [7 * 7 * C2, OUT]);
  return {
    W1: tf.variable(filter(w["conv1.W"], C1, 1)), b1: tf.variable(tf.tensor1d(w["conv1.b"])),
    W2: tf.variable(filter(w["conv2.W"], C2, C1)), b2: tf.variable(tf.tensor1d(w["conv2.b"])),
    W3: tf.variable(dense), b3: tf.variable(tf.tensor1d(w["fc.b"])),
  };
}

/** TF.js's conv2d (3x3, stride 1, padding 1) with the filter's gradient as one matrix product
 * of the nine shifted copies of the input (im2col) with the output's gradient. The WASM
 * backend has no Conv2DBackpropFilter kernel, and the CPU backend's takes most of its step
 * (0.45 s for the first layer alone); the forward and the input's gradient stay TF.js's own
 * kernels, as in its conv2d gradient. */
function im2colConv(tf: Tf, x: any, W: any, inputGrad: boolean): any {
  const filterGrad = (x: any, dy: any) => {
    const [n, h, w, c] = x.shape, o = dy.shape[3];
    const xp = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]]);
    const taps = [];
    for (let kh = 0; kh < 3; kh++) {
      for (let kw = 0; kw < 3; kw++) taps.push(tf.slice(xp, [0, kh, kw, 0], [n, h, w, c]));
    }
    const patches = tf.reshape(tf.concat(taps, 3), [n * h * w, 9 * c]);
    return tf.reshape(tf.matMul(patches, tf.reshape(dy, [n * h * w, o]), true, false), [3, 3, c, o]);
  };
  if (!inputGrad) {
    return tf.customGrad((W: any) => ({ value: tf.conv2d(x, W, 1, 1),
      gradFunc: (dy: any) => [filterGrad(x, dy)] }))(W);
  }
  return tf.customGrad((x: any, W: any, save: (t: any[]) => void) => {
    save([x, W]);
    return { value: tf.conv2d(x, W, 1, 1), gradFunc: (dy: any, [x, W]: any[]) =>
      [tf.conv2dTranspose(dy, W, x.shape, 1, 1), filterGrad(x, dy)] };
  })(x, W);
}

/** The TF.js contenders: its stock conv2d gradient where the backend has one. */
const PEERS = [
  { name: "TF.js cpu", backend: "cpu", im2col: false },
  { name: "TF.js cpu, im2col dW", backend: "cpu", im2col: true },
  { name: "TF.js wasm", backend: "wasm", im2col: true },
] as const;

async function trainers(d: Data, kiln: LiveModule, batch: number, peers: boolean): Promise<Trainer[]> {
  const out = [kilnTrainer(kiln, d.weights, d)];
  if (!peers) return out;
  for (const { name, backend, im2col } of PEERS) {
    const tf = await tfjs(backend);
    const v = tfWeights(tf, d.weights);
    // [batch, 1, 28, 28] and [batch, 28, 28, 1] are the same numbers in the same order.
    const xs = d.x.map((x) => tf.tensor4d(x, [batch, 28, 28, 1]));
    const ys = d.y.map((y) => tf.oneHot(tf.tensor1d(y, "int32"), OUT));
    const conv = im2col ? (x: any, W: any, inputGrad: boolean) => im2colConv(tf, x, W, inputGrad)
      : (x: any, W: any) => tf.conv2d(x, W, 1, 1);
    const opt = tf.train.adam(1e-3, 0.9, 0.999, 1e-8);
    let j = 0;
    const step = () => {
      const k = j++ % d.x.length;
      const loss = opt.minimize(() => {
        let h = tf.maxPool(tf.relu(tf.add(conv(xs[k], v.W1, false), v.b1)), 2, 2, "valid");
        h = tf.maxPool(tf.relu(tf.add(conv(h, v.W2, true), v.b2)), 2, 2, "valid");
        const logits = tf.add(tf.matMul(tf.reshape(h, [batch, 7 * 7 * C2]), v.W3), v.b3);
        return tf.losses.softmaxCrossEntropy(ys[k], logits);
      }, true, Object.values(v));
      const value = loss.dataSync()[0];
      loss.dispose();
      return value;
    };
    out.push({ name, step, enter: () => tfjs(backend) });
  }
  return out;
}

export interface CnnTrainResult extends TrainTiming {
  batch: number;
  versions: Record<string, string>;
  notes: string[];
}

export async function cnnTrain(o: MeasureOptions, peers: boolean, batch = 32): Promise<CnnTrainResult> {
  const kiln = await kilnCnn(batch);
  const d = { weights: initialWeights(kiln), ...mnistBatches(batch) };
  const t = await timeTraining(() => trainers(d, kiln, batch, peers), batch, o);
  const wasm = peers ? tfWasmFeatures(await tfjs("wasm")) : undefined;
  return { batch, ...t, versions: peers ? { "@tensorflow/tfjs": tfVersion() } : {},
    notes: !wasm ? [] : [
      `TF.js WASM backend: SIMD ${wasm.simd ? "on" : "off"}, threads ${wasm.threads ? "on" : "off"}`,
      "TF.js in NHWC with Kiln's weights transposed; Kiln in NCHW",
      "TF.js WASM has no Conv2DBackpropFilter kernel: its filter gradients are one im2col matMul " +
        "each (a tf.customGrad around its conv2d); the forward and input gradients are its own kernels",
      "'TF.js cpu' uses the CPU backend's own Conv2DBackpropFilter; 'TF.js cpu, im2col dW' the WASM " +
        "contender's im2col filter gradient",
      "peers get their inputs as tensors made before timing; Kiln reads the typed arrays in place"] };
}
