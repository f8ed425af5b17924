// A Kiln graph evaluated by TensorFlow.js (tfjs-core, CPU backend), op by op, so that tfjs's
// own autodiff can differentiate it: an oracle for gradients that shares no code with
// compiler/autodiff.ts or any gradient rule of the op table.
import * as tf from "@tensorflow/tfjs-core";
// tfjs-core's package entry registers no gradients; its ESM sources do (vitest inlines them,
// see vitest.config.ts, since Node cannot resolve their extensionless imports).
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import "@tensorflow/tfjs-backend-cpu";
import type { Graph, Node } from "../../compiler/ir/types.ts";
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

function apply(n: Node, x: tf.Tensor[]): tf.Tensor {
  const a = n.attrs;
  switch (n.op) {
    case "neg": return tf.neg(x[0]);
    case "exp": return tf.exp(x[0]);
    case "log": return tf.log(x[0]);
    case "sqrt": return tf.sqrt(x[0]);
    case "abs": return tf.abs(x[0]);
    case "tanh": return tf.tanh(x[0]);
    case "sigmoid": return tf.sigmoid(x[0]);
    case "relu": return tf.relu(x[0]);
    case "softplus": return tf.softplus(x[0]);
    case "erf": return tf.erf(x[0]);
    case "leaky_relu": return tf.leakyRelu(x[0], a.alpha as number);
    // tfjs's elu has no alpha; its comparisons cannot be differentiated through.
    case "elu": return tf.add(tf.relu(x[0]),
      tf.mul(a.alpha as number, tf.sub(tf.exp(tf.minimum(x[0], 0)), 1)));
    case "float": return f32(x[0]);
    // Operands broadcast first: tfjs 4.22's maximum and minimum gradients do not sum over
    // broadcast axes (they fail on [2] against [1]); broadcastTo's gradient does.
    case "add": case "sub": case "mul": case "div": case "pow": case "maximum": case "minimum": {
      const [p, q] = x.map((t) => tf.broadcastTo(t, [...n.shape]));
      const f = { add: tf.add, sub: tf.sub, mul: tf.mul, div: tf.div, pow: tf.pow,
        maximum: tf.maximum, minimum: tf.minimum }[n.op];
      return f(p, q);
    }
    case "where": {
      const to = (t: tf.Tensor) => tf.broadcastTo(t, [...n.shape]);
      return tf.where(to(tf.notEqual(x[0], 0)), to(x[1]), to(x[2]));
    }
    case "sum": case "max": case "min": {
      const axes = nums(a.axes);
      if (!axes.length) return x[0];
      const f = n.op === "sum" ? tf.sum : n.op === "max" ? tf.max : tf.min;
      return f(x[0], axes, a.keepdims === true);
    }
    case "matmul": {
      // Batch axes broadcast first: tfjs 4.22's batched product does not sum its gradient
      // over them ([2, 2, 2] @ [1, 2, 2] fails).
      const batch = n.shape.slice(0, -2);
      const [p, q] = x.map((t) => tf.broadcastTo(t, [...batch, ...t.shape.slice(-2)]));
      return tf.matMul(p, q, a.ta === true, a.tb === true);
    }
    case "reshape": return tf.reshape(x[0], [...n.shape]);
    case "stop_gradient": return stopGradient(x[0]);
    case "broadcast": return tf.broadcastTo(x[0], [...n.shape]);
    case "transpose": return tf.transpose(x[0], nums(a.perm));
    case "slice": {
      const begin = nums(a.begin);
      return tf.slice(x[0], begin, nums(a.end).map((e, i) => e - begin[i]));
    }
    case "pad": {
      const begin = nums(a.begin);
      return tf.pad(x[0], x[0].shape.map((d, i) => [begin[i], n.shape[i] - begin[i] - d]));
    }
    case "concat": return tf.concat(x, a.axis as number);
    case "take": return tf.gather(x[0], tf.cast(x[1], "int32"), 0);
    case "scatter_add": {
      const ids = tf.cast(tf.reshape(x[1], [-1]), "int32") as tf.Tensor1D;
      const rows = tf.reshape(x[0], [ids.shape[0], ...n.shape.slice(1)]);
      return tf.unsortedSegmentSum(rows, ids, a.n as number);
    }
    // Kiln's images are NCHW; tfjs's CPU convolutions and pools take NHWC.
    case "conv2d": {
      const [pt, pl, pb, pr] = nums(a.pad);
      const y = tf.conv2d(nhwc(x[0]) as tf.Tensor4D, tf.transpose(x[1], [2, 3, 1, 0]) as tf.Tensor4D,
        nums(a.stride) as [number, number], [[0, 0], [pt, pb], [pl, pr], [0, 0]]);
      const out = tf.transpose(y, [0, 3, 1, 2]);
      return x[2] ? tf.add(out, tf.reshape(x[2], [1, -1, 1, 1])) : out;
    }
    case "avg_pool2d": {
      const y = tf.avgPool(nhwc(x[0]) as tf.Tensor4D, nums(a.size) as [number, number],
        nums(a.stride) as [number, number], "valid");
      return tf.transpose(y, [0, 3, 1, 2]);
    }
    // tfjs has no per-sample reversal: a gather of rows by the lengths' known values.
    case "reverse_sequence": {
      const [N, T] = n.shape;
      const lengths = x[1] ? Array.from(x[1].dataSync()) : new Array<number>(N).fill(T);
      const rows: number[] = [];
      for (let b = 0; b < N; b++) {
        const L = Math.max(0, Math.min(T, lengths[b]));
        for (let t = 0; t < T; t++) rows.push(b * T + (t < L ? L - 1 - t : t));
      }
      const y = tf.gather(tf.reshape(x[0], [N * T, -1]), tf.tensor1d(rows, "int32"));
      return tf.reshape(y, [...n.shape]);
    }
    default: throw new Error(`no tfjs translation for op '${n.op}'`);
  }
}

/** Ops whose value the function takes from the interpreter: random draws (which tfjs
 * cannot repeat), and masks and positions, which pass no gradient and which tfjs cannot
 * differentiate through (its comparisons have no gradient functions). */
const GIVEN = new Set(["random_uniform", "random_normal", "tensor_const", "lt", "le", "gt", "ge",
  "eq", "ne", "sign", "one_hot", "max_pool2d_indices", "argmax", "argmin", "arange"]);

/** The nodes `output` depends on, in order. */
export function forward(g: Graph, output: number): Node[] {
  const live = new Uint8Array(g.nodes.length);
  live[output] = 1;
  for (let i = output; i >= 0; i--) if (live[i]) for (const j of g.nodes[i].inputs) live[j] = 1;
  return g.nodes.filter((n) => live[n.id]);
}

/** Ops with no translation: the gradients of convolution and pooling, which only a model
 * that calls grad(...) through a convolution evaluates forward. */
export const UNTRANSLATED = new Set(["conv2d_input_grad", "conv2d_weight_grad", "avg_pool2d_grad"]);

/**
 * The value of `output` in g, as a function of the float leaves (params and float inputs,
 * by name). Int inputs come from `ints`; the GIVEN ops, and where's mask, from `drawn`, the
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
      else if (GIVEN.has(n.op)) v[n.id] = floats(drawn[n.id]);
      else if (n.op === "where") {
        v[n.id] = apply(n, [floats(drawn[n.inputs[0]]), v[n.inputs[1]], v[n.inputs[2]]]);
      } else v[n.id] = apply(n, n.inputs.map((i) => v[i]));
    }
    return v[output];
  };
}
