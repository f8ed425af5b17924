// A Kiln graph evaluated by TensorFlow.js (tfjs-core, CPU backend), op by op, so that tfjs's
// own autodiff can differentiate it: an oracle for gradients that shares no code with
// compiler/autodiff.ts or any gradient rule of the op table.
import * as tf from "@tensorflow/tfjs-core";
// tfjs-core's package entry registers no gradients; its ESM sources do (vitest inlines them,
// see vitest.config.ts, since Node cannot resolve their extensionless imports).
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import "@tensorflow/tfjs-backend-cpu";
import type { Graph, Node, OpName } from "../../compiler/ir/types.ts";
import { OP_NAMES } from "../../compiler/ops/table.ts";
import type { Tensor } from "../../compiler/ir/tensor.ts";

export { tf };

export async function tfReady(): Promise<void> {
  // IS_TEST keeps the CPU backend from printing its advice to install tfjs-node.
  tf.env().set("IS_TEST", true);
  await tf.setBackend("cpu");
}

/** stop_gradient: the identity with a zero gradient (tfjs has no such op). */
const stopGradient = tf.customGrad((...args) => {
  const x = args[0] as tf.Tensor;
  return { value: x.clone(), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) };
}) as (x: tf.Tensor) => tf.Tensor;

const nums = (v: unknown) => v as number[];

/** tfjs takes no Float64Array. */
export const floats = (t: Tensor) => tf.tensor(Float32Array.from(t.data), [...t.shape], "float32");
const nhwc = (x: tf.Tensor) => tf.transpose(x, [0, 2, 3, 1]);
const f32 = (x: tf.Tensor) => (x.dtype === "float32" ? x : tf.cast(x, "float32"));

type Translate = (n: Node, x: tf.Tensor[]) => tf.Tensor;

/**
 * How TensorFlow.js computes each op, keyed by the op table's names so that a new op is a
 * type error here until it has a row: a translation; "leaf" (its value is a leaf's, set by
 * tfFunction); "given" (taken from the interpreter: random draws, which tfjs cannot repeat,
 * and masks, which pass no gradient and which tfjs cannot differentiate through); or
 * "untranslated" (the gradients of convolution and pooling, which only a model that calls
 * grad(...) through them evaluates forward).
 */
const TFJS: Record<OpName, Translate | "leaf" | "given" | "untranslated"> = {
  input: "leaf", param: "leaf", state: "leaf", hyper: "leaf", const: "leaf",
  random_uniform: "given", random_normal: "given", tensor_const: "given", lt: "given",
  le: "given", gt: "given", ge: "given", eq: "given", ne: "given", sign: "given",
  one_hot: "given", max_pool2d_indices: "given", argmax: "given", argmin: "given",
  arange: "given",
  conv2d_input_grad: "untranslated", conv2d_weight_grad: "untranslated",
  avg_pool2d_grad: "untranslated", max_pool2d_grad: "untranslated",
  // Built by a pass after differentiation (compiler/passes/keepPatches.ts), never in a model.
  patches: "untranslated", conv2d_patches: "untranslated",
  conv2d_weight_grad_patches: "untranslated",
  // Loops: tfjs is given the graphs with loops unrolled (tfjs.test.ts).
  arg: "untranslated", loop_index: "untranslated", loop: "untranslated", loop_output: "untranslated",
  neg: (_n, x) => tf.neg(x[0]),
  exp: (_n, x) => tf.exp(x[0]),
  log: (_n, x) => tf.log(x[0]),
  sqrt: (_n, x) => tf.sqrt(x[0]),
  abs: (_n, x) => tf.abs(x[0]),
  tanh: (_n, x) => tf.tanh(x[0]),
  sigmoid: (_n, x) => tf.sigmoid(x[0]),
  relu: (_n, x) => tf.relu(x[0]),
  softplus: (_n, x) => tf.softplus(x[0]),
  erf: (_n, x) => tf.erf(x[0]),
  leaky_relu: (n, x) => tf.leakyRelu(x[0], n.attrs.alpha as number),
  // tfjs's elu has no alpha; its comparisons cannot be differentiated through.
  elu: (n, x) => tf.add(tf.relu(x[0]),
    tf.mul(n.attrs.alpha as number, tf.sub(tf.exp(tf.minimum(x[0], 0)), 1))),
  float: (_n, x) => f32(x[0]),
  add: binary(tf.add), sub: binary(tf.sub), mul: binary(tf.mul), div: binary(tf.div),
  pow: binary(tf.pow), maximum: binary(tf.maximum), minimum: binary(tf.minimum),
  where: (n, x) => {
    const to = (t: tf.Tensor) => tf.broadcastTo(t, [...n.shape]);
    return tf.where(to(tf.notEqual(x[0], 0)), to(x[1]), to(x[2]));
  },
  sum: reduce(tf.sum), max: reduce(tf.max), min: reduce(tf.min),
  matmul: (n, x) => {
    // Batch axes broadcast first: tfjs 4.22's batched product does not sum its gradient
    // over them ([2, 2, 2] @ [1, 2, 2] fails).
    const batch = n.shape.slice(0, -2);
    const [p, q] = x.map((t) => tf.broadcastTo(t, [...batch, ...t.shape.slice(-2)]));
    return tf.matMul(p, q, n.attrs.ta === true, n.attrs.tb === true);
  },
  reshape: (n, x) => tf.reshape(x[0], [...n.shape]),
  stop_gradient: (_n, x) => stopGradient(x[0]),
  broadcast: (n, x) => tf.broadcastTo(x[0], [...n.shape]),
  transpose: (n, x) => tf.transpose(x[0], nums(n.attrs.perm)),
  slice: (n, x) => {
    const begin = nums(n.attrs.begin);
    return tf.slice(x[0], begin, nums(n.attrs.end).map((e, i) => e - begin[i]));
  },
  pad: (n, x) => {
    const begin = nums(n.attrs.begin);
    return tf.pad(x[0], x[0].shape.map((d, i) => [begin[i], n.shape[i] - begin[i] - d]));
  },
  concat: (n, x) => tf.concat(x, n.attrs.axis as number),
  take: (_n, x) => tf.gather(x[0], tf.cast(x[1], "int32"), 0),
  scatter_add: (n, x) => {
    const ids = tf.cast(tf.reshape(x[1], [-1]), "int32") as tf.Tensor1D;
    const rows = tf.reshape(x[0], [ids.shape[0], ...n.shape.slice(1)]);
    return tf.unsortedSegmentSum(rows, ids, n.attrs.n as number);
  },
  // Kiln's images are NCHW; tfjs's CPU convolutions and pools take NHWC.
  conv2d: (n, x) => {
    const [pt, pl, pb, pr] = nums(n.attrs.pad);
    const y = tf.conv2d(nhwc(x[0]) as tf.Tensor4D, tf.transpose(x[1], [2, 3, 1, 0]) as tf.Tensor4D,
      nums(n.attrs.stride) as [number, number], [[0, 0], [pt, pb], [pl, pr], [0, 0]]);
    const out = tf.transpose(y, [0, 3, 1, 2]);
    return x[2] ? tf.add(out, tf.reshape(x[2], [1, -1, 1, 1])) : out;
  },
  max_pool2d: (n, x) => {
    const y = tf.maxPool(nhwc(x[0]) as tf.Tensor4D, nums(n.attrs.size) as [number, number],
      nums(n.attrs.stride) as [number, number], "valid");
    return tf.transpose(y, [0, 3, 1, 2]);
  },
  avg_pool2d: (n, x) => {
    const y = tf.avgPool(nhwc(x[0]) as tf.Tensor4D, nums(n.attrs.size) as [number, number],
      nums(n.attrs.stride) as [number, number], "valid");
    return tf.transpose(y, [0, 3, 1, 2]);
  },
  // tfjs has no per-sample reversal: a gather of rows by the lengths' known values.
  reverse_sequence: (n, x) => {
    const [N, T] = n.shape;
    const lengths = x[1] ? Array.from(x[1].dataSync()) : new Array<number>(N).fill(T);
    const rows: number[] = [];
    for (let b = 0; b < N; b++) {
      const L = Math.max(0, Math.min(T, lengths[b]));
      for (let t = 0; t < T; t++) rows.push(b * T + (t < L ? L - 1 - t : t));
    }
    const y = tf.gather(tf.reshape(x[0], [N * T, -1]), tf.tensor1d(rows, "int32"));
    return tf.reshape(y, [...n.shape]);
  },
};

/** Operands broadcast first: tfjs 4.22's maximum and minimum gradients do not sum over
 * broadcast axes (they fail on [2] against [1]); broadcastTo's gradient does. */
function binary(f: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor): Translate {
  return (n, x) => {
    const [p, q] = x.map((t) => tf.broadcastTo(t, [...n.shape]));
    return f(p, q);
  };
}

function reduce(f: (x: tf.Tensor, axes: number[], keep: boolean) => tf.Tensor): Translate {
  return (n, x) => {
    const axes = nums(n.attrs.axes);
    return axes.length ? f(x[0], axes, n.attrs.keepdims === true) : x[0];
  };
}

function apply(n: Node, x: tf.Tensor[]): tf.Tensor {
  const t = TFJS[n.op];
  if (typeof t !== "function") throw new Error(`no tfjs translation for op '${n.op}' (${t})`);
  return t(n, x);
}

/** The nodes `output` depends on, in order. */
export function forward(g: Graph, output: number): Node[] {
  const live = new Uint8Array(g.nodes.length);
  live[output] = 1;
  for (let i = output; i >= 0; i--) if (live[i]) for (const j of g.nodes[i].inputs) live[j] = 1;
  return g.nodes.filter((n) => live[n.id]);
}

/** Ops with no translation (TFJS). */
export const UNTRANSLATED = new Set<string>(OP_NAMES.filter((op) => TFJS[op] === "untranslated"));

/**
 * The value of `output` in g, as a function of the float leaves (params and float inputs,
 * by name). Int inputs come from `ints`; the "given" ops, and where's mask, from `drawn`, the
 * reference interpreter's values.
 */
export function tfFunction(g: Graph, output: number, ints: ReadonlyMap<string, Tensor>,
  drawn: readonly Tensor[]): (leaves: Map<string, tf.Tensor>) => tf.Tensor {
  const nodes = forward(g, output);
  return (leaves) => {
    const v: tf.Tensor[] = [];
    for (const n of nodes) {
      const name = n.attrs.name as string;
      const int = n.dtype === "i" ? "int32" : "float32";
      if (n.op === "input" && n.dtype === "i") {
        v[n.id] = tf.tensor(Int32Array.from(ints.get(name)!.data), [...n.shape], "int32");
      } else if (n.op === "input" || n.op === "param" || n.op === "state") {
        v[n.id] = leaves.get(name)!;
      } else if (n.op === "const") v[n.id] = tf.scalar(n.attrs.value as number, int);
      else if (TFJS[n.op] === "given") v[n.id] = floats(drawn[n.id]);
      else if (n.op === "where") {
        v[n.id] = apply(n, [floats(drawn[n.inputs[0]]), v[n.inputs[1]], v[n.inputs[2]]]);
      } else v[n.id] = apply(n, n.inputs.map((i) => v[i]));
    }
    return v[output];
  };
}
