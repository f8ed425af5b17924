// The MLP 784-128-10 of the issue: Dense relu, Dense, softmax cross-entropy, Adam 1e-3.
// Every implementation starts from the same weights (Kiln's seeded initialisation, copied)
// and sees the same MNIST batches; a check before timing runs a few steps of each from those
// weights and compares losses and outputs, so the table compares one model, not several.
import { compile, importModule, type LiveModule } from "../compiler/index.ts";
import { fillBatch, loadMnist, permutation } from "../examples/data/mnist.ts";
import { Rng } from "../runtime/rng.ts";
import { type MeasureOptions, measure } from "./harness.ts";
import { onnxModel, ort, ortSession, ortVersion, tfjs, tfVersion, tfWasmFeatures } from "./peers/index.ts";
import { HID, IN, OUT, tfMlpStep, tfWeights, type Weights } from "./peers/tfMlp.ts";
import { type Batches, contenders, type Row, rows, timeTraining, type Trainer, type TrainTiming } from "./training.ts";

export const MLP_SOURCE = `
dim B = 64
model Mlp {
  input x: f32[B, 784]
  input y: i32[B]
  fc1 = Dense(128, act = relu)
  fc2 = Dense(10)
  logits = x |> fc1 |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}
`;

/** Distinct batches the steps cycle through (the same for every implementation). */
const BATCHES = 8;

export async function kilnMlp(batch: number): Promise<LiveModule> {
  const r = compile(MLP_SOURCE, { file: "bench/mlp.kiln", dims: { B: batch }, declarations: false });
  if (!r.ok) throw new Error(`the benchmark MLP did not compile: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return importModule(r.js);
}

interface Data {
  weights: Weights;
  x: Float32Array[];
  y: Int32Array[];
}

/** `count` seeded batches of `batch` MNIST digits (x as [batch, 784], also the bytes of
 * [batch, 1, 28, 28]); the same for every workload that trains on digits. */
export function mnistBatches(batch: number, count = BATCHES): Batches {
  const { train } = loadMnist();
  const order = permutation(train.n, new Rng(7));
  const x: Float32Array[] = [], y: Int32Array[] = [];
  for (let k = 0; k < count; k++) {
    x.push(new Float32Array(batch * IN));
    y.push(new Int32Array(batch));
    fillBatch(train, order, k * batch, batch, x[k], y[k]);
  }
  return { x, y };
}

/** A copy of a fresh instance's params (seed 1): every implementation's initial weights. */
export function initialWeights(m: LiveModule): Record<string, Float32Array> {
  const init = m.create({ seed: 1 }).params;
  return Object.fromEntries(Object.entries(init).map(([k, v]) => [k, Float32Array.from(v as Float32Array)]));
}

/** Kiln's initial weights for seed 1 and BATCHES seeded MNIST batches of `batch` digits. */
async function data(batch: number): Promise<Data> {
  return { weights: initialWeights(await kilnMlp(batch)) as Weights, ...mnistBatches(batch) };
}

async function kilnModel(batch: number, w: Weights) {
  const m = (await kilnMlp(batch)).create({ seed: 1 });
  for (const [k, v] of Object.entries(w)) m.params[k].set(v);
  return m;
}

async function trainers(d: Data, batch: number, peers: boolean): Promise<Trainer[]> {
  const kiln = await kilnModel(batch, d.weights);
  let i = 0;
  const out: Trainer[] = [{ name: "Kiln", step: () => { const k = i++ % BATCHES; return kiln.train({ x: d.x[k], y: d.y[k] }); } }];
  if (!peers) return out;
  for (const backend of ["cpu", "wasm"] as const) {
    const step = tfMlpStep(await tfjs(backend), d.weights, d.x, d.y, batch);
    out.push({ name: `TF.js ${backend}`, step, enter: () => tfjs(backend) });
  }
  return out;
}

/** One implementation of inference: `run()` returns the probabilities of the batch. */
interface Predictor { name: string; run: () => Float32Array | Promise<Float32Array>; enter?: () => Promise<unknown> }

async function predictors(d: Data, batch: number, peers: boolean): Promise<Predictor[]> {
  const kiln = await kilnModel(batch, d.weights);
  let i = 0;
  const out: Predictor[] = [{ name: "Kiln", run: () => kiln.predict({ x: d.x[i++ % BATCHES] }).probs }];
  if (!peers) return out;
  for (const backend of ["cpu", "wasm"] as const) {
    const tf = await tfjs(backend);
    const v = tfWeights(tf, d.weights);
    const xs = d.x.map((x) => tf.tensor2d(x, [batch, IN]));
    let j = 0;
    const run = () => {
      const x = xs[j++ % BATCHES];
      const p = tf.tidy(() => tf.softmax(tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, v.W1), v.b1)), v.W2), v.b2)));
      const probs = p.dataSync() as Float32Array;
      p.dispose();
      return probs;
    };
    out.push({ name: `TF.js ${backend}`, run, enter: () => tfjs(backend) });
  }
  const w = d.weights;
  const session = await ortSession(onnxModel({
    nodes: [
      { op: "MatMul", inputs: ["x", "W1"], outputs: ["a1"] }, { op: "Add", inputs: ["a1", "b1"], outputs: ["z1"] },
      { op: "Relu", inputs: ["z1"], outputs: ["h"] }, { op: "MatMul", inputs: ["h", "W2"], outputs: ["a2"] },
      { op: "Add", inputs: ["a2", "b2"], outputs: ["logits"] },
      { op: "Softmax", inputs: ["logits"], outputs: ["probs"], attrs: { axis: -1 } },
    ],
    weights: [{ name: "W1", shape: [IN, HID], data: w["fc1.W"] }, { name: "b1", shape: [HID], data: w["fc1.b"] },
      { name: "W2", shape: [HID, OUT], data: w["fc2.W"] }, { name: "b2", shape: [OUT], data: w["fc2.b"] }],
    inputs: [{ name: "x", shape: ["N", IN] }], outputs: [{ name: "probs", shape: ["N", OUT] }],
  }));
  const Tensor = ort().Tensor;
  const feeds = d.x.map((x) => ({ x: new Tensor("float32", x, [batch, IN]) }));
  let k = 0;
  out.push({ name: "onnxruntime", run: async () => (await session.run(feeds[k++ % BATCHES])).probs.data });
  return out;
}

export interface MlpTrainResult extends TrainTiming {
  batch: number;
  versions: Record<string, string>;
  notes: string[];
}

export async function mlpTrain(o: MeasureOptions, peers: boolean): Promise<MlpTrainResult> {
  const batch = 64;
  const d = await data(batch);
  const t = await timeTraining(() => trainers(d, batch, peers), batch, o);
  return { batch, ...t, versions: peers ? versions() : {}, notes: peers ? await notes() : [] };
}

export interface MlpInferResult {
  batches: { batch: number; maxProbDiff: number; rows: Row[] }[];
  versions: Record<string, string>;
  notes: string[];
}

export async function mlpInfer(o: MeasureOptions, peers: boolean, sizes = [1, 64]): Promise<MlpInferResult> {
  const batches: MlpInferResult["batches"] = [];
  for (const batch of sizes) {
    const d = await data(batch);
    const list = await predictors(d, batch, peers);
    let maxProbDiff = 0, ref: Float32Array | undefined;
    for (const p of list) {
      await p.enter?.();
      const probs = Float32Array.from(await p.run());
      ref ??= probs;
      for (let k = 0; k < ref.length; k++) maxProbDiff = Math.max(maxProbDiff, Math.abs(probs[k] - ref[k]));
    }
    const t = await measure(contenders(list, batch, (x) => x.run()), o);
    batches.push({ batch, maxProbDiff, rows: rows(t) });
  }
  return { batches, versions: peers ? versions() : {}, notes: peers ? await notes() : [] };
}

function versions(): Record<string, string> {
  return { "@tensorflow/tfjs": tfVersion(), "onnxruntime-node": ortVersion() };
}

async function notes(): Promise<string[]> {
  const wasm = tfWasmFeatures(await tfjs("wasm"));
  return [`TF.js WASM backend: SIMD ${wasm.simd ? "on" : "off"}, threads ${wasm.threads ? "on" : "off"}`,
    "onnxruntime-node: one intra-op and one inter-op thread, graph optimizations all",
    "peers get their inputs as tensors made before timing; Kiln reads the typed arrays in place"];
}
