// The libraries Kiln is compared with, loaded from their npm packages alone (nothing is
// downloaded at run time). TensorFlow.js: the CommonJS bundle of @tensorflow/tfjs registers
// the CPU backend and the gradients; the WASM backend registers itself into that same core
// and is pointed at the .wasm files in its own dist/ folder.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import protobuf from "protobufjs";

const require = createRequire(import.meta.url);

// Typed loosely: the peers' own declarations pull in DOM types we do not need here.
export type Tf = any;
export type Ort = any;

let tfLoaded: Tf | undefined;

/** TensorFlow.js with the given backend active (one core instance shared by both). */
export async function tfjs(backend: "cpu" | "wasm"): Promise<Tf> {
  if (!tfLoaded) {
    tfLoaded = require("@tensorflow/tfjs");
    const wasm = require("@tensorflow/tfjs-backend-wasm");
    wasm.setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
  }
  const tf = tfLoaded;
  if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js backend '${backend}' did not start`);
  await tf.ready();
  return tf;
}

export function tfVersion(): string {
  return require("@tensorflow/tfjs/package.json").version;
}

/** What the active TF.js backend can use, for the results' method notes. */
export function tfWasmFeatures(tf: Tf): { simd: boolean; threads: boolean } {
  return { simd: tf.env().getBool("WASM_HAS_SIMD_SUPPORT"),
    threads: tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT") };
}

export function ort(): Ort {
  return require("onnxruntime-node");
}

export function ortVersion(): string {
  return require("onnxruntime-node/package.json").version;
}

/** An inference session pinned to one thread, as the other contenders use one core. */
export async function ortSession(model: Uint8Array): Promise<any> {
  return ort().InferenceSession.create(model, {
    intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: "sequential",
    graphOptimizationLevel: "all",
  });
}

// ---- writing ONNX models

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, number | number[]>;
}

export interface OnnxGraph {
  nodes: OnnxNode[];
  /** Float32 initializers (the weights). */
  weights: { name: string; shape: number[]; data: Float32Array }[];
  /** Float32 graph inputs and outputs; a string dim is symbolic (the batch). */
  inputs: { name: string; shape: (number | string)[] }[];
  outputs: { name: string; shape: (number | string)[] }[];
}

const FLOAT = 1, ATTR_INT = 2, ATTR_INTS = 7;
let root: protobuf.Root | undefined;

/** An ONNX model (opset 13) as bytes, from bench/peers/onnx.proto. */
export function onnxModel(g: OnnxGraph): Uint8Array {
  root ??= protobuf.loadSync(new URL("./onnx.proto", import.meta.url).pathname);
  const Model = root.lookupType("onnx.ModelProto");
  const value = (v: { name: string; shape: (number | string)[] }) => ({ name: v.name, type: { tensorType: {
    elemType: FLOAT, shape: { dim: v.shape.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
  } } });
  const msg = {
    irVersion: 8,
    producerName: "kiln-bench",
    opsetImport: [{ domain: "", version: 13 }],
    graph: {
      name: "bench",
      node: g.nodes.map((n, k) => ({ name: `n${k}`, opType: n.op, input: n.inputs, output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([name, v]) => (Array.isArray(v)
          ? { name, ints: v, type: ATTR_INTS } : { name, i: v, type: ATTR_INT })) })),
      initializer: g.weights.map((w) => ({ name: w.name, dims: w.shape, dataType: FLOAT,
        rawData: new Uint8Array(w.data.buffer, w.data.byteOffset, w.data.byteLength) })),
      input: g.inputs.map(value),
      output: g.outputs.map(value),
    },
  };
  const err = Model.verify(msg);
  if (err) throw new Error(`onnx model: ${err}`);
  return Model.encode(Model.create(msg)).finish();
}
