// The browser benchmark's page (bench/browser.ts serves and drives it through page.evaluate):
// sets up trainers of the MNIST MLP from the weights and batches the server hands out, runs
// single steps for the loss check, and times runs of steps with the page's own clock.
import type { Tf } from "./peers/index.ts";
import { tfMlpStep, type Weights } from "./peers/tfMlp.ts";

interface Data {
  batch: number;
  x: Float32Array[];
  y: Int32Array[];
  weights: Weights;
}

export type PageTrainer = "kiln" | "tfjs-wasm";

let data: Promise<Data> | undefined;
const trainers = new Map<string, () => number>();
const here = (path: string) => new URL(path, document.baseURI).href;

async function bytes(path: string): Promise<ArrayBuffer> {
  const r = await fetch(here(path));
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.arrayBuffer();
}

/** The batches and initial weights, as bench/browser.ts wrote them. */
async function load(): Promise<Data> {
  const m = await (await fetch(here("data/manifest.json"))).json() as
    { batch: number; batches: number; inputs: number; params: string[] };
  const x = new Float32Array(await bytes("data/x.f32")), y = new Int32Array(await bytes("data/y.i32"));
  const step = m.batch * m.inputs;
  const weights = {} as Weights;
  for (const name of m.params) {
    weights[name as keyof Weights] = new Float32Array(await bytes(`data/${name}.f32`));
  }
  return {
    batch: m.batch, weights,
    x: Array.from({ length: m.batches }, (_, k) => x.subarray(k * step, (k + 1) * step)),
    y: Array.from({ length: m.batches }, (_, k) => y.subarray(k * m.batch, (k + 1) * m.batch)),
  };
}

/** TF.js (loaded by the page's script tags) on its WASM backend, reading its .wasm files from
 * the package's dist/ folder on this server. */
async function tfWasm(): Promise<Tf> {
  const tf = (globalThis as { tf?: Tf }).tf;
  if (!tf) throw new Error("TF.js did not load in the page");
  if (tf.getBackend() !== "wasm") {
    tf.wasm.setWasmPaths(here("repo/node_modules/@tensorflow/tfjs-backend-wasm/dist/"));
    if (!(await tf.setBackend("wasm"))) throw new Error("TF.js's WASM backend did not start");
  }
  return tf;
}

/** A fresh trainer under `id`: Kiln's module or TF.js, from the initial weights. */
async function setup(id: string, kind: PageTrainer): Promise<void> {
  data ??= load();
  const d = await data;
  if (kind === "tfjs-wasm") {
    trainers.set(id, tfMlpStep(await tfWasm(), d.weights, d.x, d.y, d.batch));
    return;
  }
  const model = (await import(here("models/mlp.js"))).create({ seed: 1 });
  for (const [name, w] of Object.entries(d.weights)) model.params[name].set(w);
  let k = 0;
  trainers.set(id, () => {
    const i = k++ % d.x.length;
    return model.train({ x: d.x[i], y: d.y[i] });
  });
}

/** Milliseconds that `n` steps of trainer `id` take, by the page's clock. */
function time(id: string, n: number): number {
  const step = trainers.get(id)!;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) step();
  return performance.now() - t0;
}

/** What TF.js's WASM backend runs with here (threads need a cross-origin isolated page). */
async function tfFeatures(): Promise<{ simd: boolean; threads: boolean }> {
  const tf = await tfWasm();
  const flag = (name: string): boolean => tf.env().getBool(name);
  return { simd: flag("WASM_HAS_SIMD_SUPPORT"), threads: flag("WASM_HAS_MULTITHREAD_SUPPORT") };
}

const step = (id: string) => trainers.get(id)!();
Object.assign(globalThis, { kilnBench: { setup, step, time, tfFeatures } });
