// An LSTM's training step (issue 4): LSTM(32) over sequences of T = 16 steps of 8 features,
// its last hidden state into Dense(2), softmax cross-entropy, Adam 1e-3, batch 32. TF.js runs
// it two ways from Kiln's initial weights: tf.layers.lstm (recurrent activation set to
// sigmoid: its default is hard sigmoid), whose kernel, recurrent kernel and bias are Kiln's
// Wx, Wh and b as they are (same [in, 4 * units] layout, same gate order i, f, g/c, o, one
// bias), and the same cell written with tf ops, which its WASM backend runs faster.
import { compile, importModule, type LiveModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import type { MeasureOptions } from "./harness.ts";
import { initialWeights } from "./mlp.ts";
import { tfjs, tfVersion, tfWasmFeatures, type Tf } from "./peers/index.ts";
import { type Batches, kilnTrainer, timeTraining, type Trainer, type TrainTiming } from "./training.ts";

export const LSTM_SOURCE = `
dim B = 32
dim T = 16
dim D = 8
model Seq {
  input x: f32[B, T, D]
  input y: i32[B]
  lstm = LSTM(32)
  head = Dense(2)
  logits = x |> lstm |> head
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}
`;

const T = 16, D = 8, UNITS = 32, OUT = 2;
/** Distinct batches the steps cycle through (the same for every implementation). */
const BATCHES = 8;

export async function kilnLstm(batch: number): Promise<LiveModule> {
  const r = compile(LSTM_SOURCE, { file: "bench/lstm.kiln", dims: { B: batch }, declarations: false });
  if (!r.ok) {
    throw new Error(`the benchmark LSTM did not compile: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  }
  return importModule(r.js);
}

/** `count` seeded batches of standard-normal sequences [batch, T, D]; the label says whether
 * the first feature sums to more than 0 over the sequence, so the task needs the whole of it. */
export function lstmBatches(batch: number, count = BATCHES): Batches {
  const rng = new Rng(7);
  const x: Float32Array[] = [], y: Int32Array[] = [];
  for (let k = 0; k < count; k++) {
    x.push(new Float32Array(batch * T * D).map(() => rng.normal()));
    y.push(new Int32Array(batch).map((_, n) => {
      let s = 0;
      for (let t = 0; t < T; t++) s += x[k][(n * T + t) * D];
      return s > 0 ? 1 : 0;
    }));
  }
  return { x, y };
}

interface Data extends Batches {
  weights: Record<string, Float32Array>;
}

/** The TF.js contenders: tf.layers.lstm, and the cell written with tf ops as Kiln's prelude
 * writes it (the input projection of all steps as one product before the loop). */
const PEERS = [
  { name: "TF.js cpu, tf.layers.lstm", backend: "cpu", layer: true },
  { name: "TF.js cpu, tf ops cell", backend: "cpu", layer: false },
  { name: "TF.js wasm, tf.layers.lstm", backend: "wasm", layer: true },
  { name: "TF.js wasm, tf ops cell", backend: "wasm", layer: false },
] as const;

/** The last hidden state of a batch [batch, T, D] under Kiln's weights `w`; returns it and the
 * variables it trains. */
function tfLstm(tf: Tf, w: Record<string, Float32Array>, layer: boolean, probe: any) {
  const Wx = tf.tensor2d(w["lstm.Wx"], [D, 4 * UNITS]);
  const Wh = tf.tensor2d(w["lstm.Wh"], [UNITS, 4 * UNITS]);
  const b = tf.tensor1d(w["lstm.b"]);
  if (layer) {
    // Initializers that cost nothing (the default orthogonal one is slow): setWeights follows.
    const lstm = tf.layers.lstm({ units: UNITS, recurrentActivation: "sigmoid",
      kernelInitializer: "zeros", recurrentInitializer: "zeros" });
    tf.dispose(lstm.apply(probe)); // builds its weights
    lstm.setWeights([Wx, Wh, b]);
    return { vars: lstm.trainableWeights.map((v: any) => v.read()), last: (x: any) => lstm.apply(x) };
  }
  const v = { Wx: tf.variable(Wx), Wh: tf.variable(Wh), b: tf.variable(b) };
  const last = (x: any) => {
    const n = x.shape[0];
    const xw = tf.unstack(tf.reshape(tf.add(tf.matMul(tf.reshape(x, [n * T, D]), v.Wx), v.b),
      [n, T, 4 * UNITS]), 1);
    let h = tf.zeros([n, UNITS]), c = tf.zeros([n, UNITS]);
    for (let t = 0; t < T; t++) {
      const [i, f, g, o] = tf.split(tf.add(xw[t], tf.matMul(h, v.Wh)), 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
    }
    return h;
  };
  return { vars: Object.values(v), last };
}

async function trainers(d: Data, kiln: LiveModule, batch: number, peers: boolean): Promise<Trainer[]> {
  const out = [kilnTrainer(kiln, d.weights, d)];
  if (!peers) return out;
  for (const { name, backend, layer } of PEERS) {
    const tf = await tfjs(backend);
    const w = d.weights;
    const xs = d.x.map((x) => tf.tensor3d(x, [batch, T, D]));
    const ys = d.y.map((y) => tf.oneHot(tf.tensor1d(y, "int32"), OUT));
    const lstm = tfLstm(tf, w, layer, xs[0]);
    const W = tf.variable(tf.tensor2d(w["head.W"], [UNITS, OUT]));
    const b = tf.variable(tf.tensor1d(w["head.b"]));
    const opt = tf.train.adam(1e-3, 0.9, 0.999, 1e-8);
    let j = 0;
    const step = () => {
      const k = j++ % d.x.length;
      const loss = opt.minimize(() =>
        tf.losses.softmaxCrossEntropy(ys[k], tf.add(tf.matMul(lstm.last(xs[k]), W), b)), true, [...lstm.vars, W, b]);
      const value = loss.dataSync()[0];
      loss.dispose();
      return value;
    };
    out.push({ name, step, enter: () => tfjs(backend) });
  }
  return out;
}

export interface LstmTrainResult extends TrainTiming {
  batch: number;
  versions: Record<string, string>;
  notes: string[];
}

export async function lstmTrain(o: MeasureOptions, peers: boolean, batch = 32):
  Promise<LstmTrainResult> {
  const kiln = await kilnLstm(batch);
  const d = { weights: initialWeights(kiln), ...lstmBatches(batch) };
  const t = await timeTraining(() => trainers(d, kiln, batch, peers), batch, o);
  const wasm = peers ? tfWasmFeatures(await tfjs("wasm")) : undefined;
  return { batch, ...t, versions: peers ? { "@tensorflow/tfjs": tfVersion() } : {},
    notes: !wasm ? [] : [
      `TF.js WASM backend: SIMD ${wasm.simd ? "on" : "off"}, threads ${wasm.threads ? "on" : "off"}`,
      "TF.js: tf.layers.lstm (recurrentActivation sigmoid) or the cell in tf ops, then a matMul head, " +
        "trained by optimizer.minimize",
      "peers get their inputs as tensors made before timing; Kiln reads the typed arrays in place"] };
}
