// What an editor shows for the names the language gives: each built-in function,
// optimizer and initialiser with its parameters, their defaults, and one line saying what it
// does (docs/language.md's words). The parameter names and which are optional are checked
// against the compiler's own tables by test/query/catalog.test.ts, so the two cannot drift.
import type { Comment } from "../../dsl/ast.ts";
import { printExpr, printType } from "../../dsl/print.ts";
import type { LayerDef } from "../front/values.ts";

export interface ParamInfo {
  name: string;
  /** As source text; absent for a required parameter. */
  default?: string;
  /** `l2(a, b, ...)`: any number of tensors. */
  variadic?: boolean;
  /** A layer instance's tensor argument: its pattern, `[N, K]`. */
  type?: string;
}

export type SignatureKind = "function" | "layer" | "optimizer" | "initialiser";

export interface Signature {
  name: string;
  kind: SignatureKind;
  params: ParamInfo[];
  doc: string;
  /** Layers: the tensor arguments with their patterns, as `(x: [N, K])`. */
  args?: string;
}

/** `"x, alpha = 0.01"` to parameters. */
function params(spec: string): ParamInfo[] {
  if (!spec) return [];
  return spec.split(/,\s*/).map((p) => {
    if (p.startsWith("...")) return { name: p.slice(3), variadic: true };
    const [name, value] = p.split(/\s*=\s*/);
    return value === undefined ? { name } : { name, default: value };
  });
}

const elementwise = (what: string) => ({ params: "x", doc: `Elementwise ${what}.` });
const reduction = (what: string) => ({ params: "x, axis = all, keepdims = false",
  doc: `${what} over \`axis\` (an int or a list; default all axes).` });

/** Built-in functions by name: parameters as written in docs/language.md. */
const FUNCTIONS: Record<string, { params: string; doc: string }> = {
  identity: { params: "x", doc: "Its argument, unchanged (the default activation)." },
  exp: elementwise("e^x"),
  log: elementwise("natural logarithm"),
  sqrt: elementwise("square root"),
  abs: elementwise("absolute value"),
  square: elementwise("x * x"),
  relu: elementwise("max(x, 0)"),
  sigmoid: elementwise("logistic sigmoid"),
  tanh: elementwise("hyperbolic tangent"),
  softplus: elementwise("log(1 + e^x), computed stably"),
  gelu: elementwise("GELU, the exact erf-based form"),
  sign: { params: "x", doc: "Elementwise sign: -1, 0 or 1 (no gradient)." },
  float: { params: "x", doc: "An i32 tensor as float (no gradient)." },
  stop_gradient: { params: "x", doc: "Its argument, passing no gradient back." },
  leaky_relu: { params: "x, alpha = 0.01", doc: "x where positive, alpha * x elsewhere." },
  elu: { params: "x, alpha = 1", doc: "x where positive, alpha * (e^x - 1) elsewhere." },
  maximum: { params: "a, b", doc: "Elementwise maximum, broadcasting." },
  minimum: { params: "a, b", doc: "Elementwise minimum, broadcasting." },
  clip: { params: "x, lo, hi", doc: "x limited to [lo, hi]." },
  where: { params: "mask, a, b", doc: "a where mask is nonzero, b elsewhere." },
  sum: reduction("The sum"),
  mean: reduction("The mean"),
  max: reduction("The maximum"),
  min: reduction("The minimum"),
  logsumexp: reduction("log(sum(exp(x))), computed stably,"),
  variance: reduction("The variance (dividing by the count)"),
  softmax: { params: "x, axis = -1", doc: "Softmax along `axis`." },
  log_softmax: { params: "x, axis = -1", doc: "log(softmax(x)) along `axis`, computed stably." },
  reshape: { params: "x, shape", doc: "x with the dims of `shape` (one -1 allowed)." },
  transpose: { params: "x, perm = reversed", doc: "x with its axes permuted." },
  flatten: { params: "x", doc: "[N, ...] to [N, product of the rest]." },
  concat: { params: "tensors, axis = 0", doc: "A list of tensors joined along `axis`." },
  stack: { params: "tensors, axis = 0",
    doc: "A list of tensors of one shape stacked on a new axis." },
  shape: { params: "x", doc: "The dims of x, a list known at compile time." },
  one_hot: { params: "ids, n", doc: "Rows of n with a 1 at each id (ids out of range: zeros)." },
  conv2d: {
    params: "x, w, stride = 1, padding = 0, bias = none",
    doc: "2-D cross-correlation of x [N, C, H, W] with w [O, C, KH, KW]; padding an int, " +
      "[ph, pw], \"valid\" or \"same\".",
  },
  max_pool2d: { params: "x, size, stride = size", doc: "The maximum of each window." },
  avg_pool2d: { params: "x, size, stride = size", doc: "The mean of each window." },
  embedding: { params: "table, ids", doc: "The rows of `table` at `ids` (out of range: zeros)." },
  conv1d: {
    params: "x, w, stride = 1, padding = 0, bias = none",
    doc: "1-D cross-correlation of x [N, C, L] with w [O, C, K]; padding an int, \"valid\" or " +
      "\"same\".",
  },
  conv2d_transpose: {
    params: "x, w, stride = 1, padding = 0, output_padding = 0, bias = none",
    doc: "PyTorch's transposed convolution: x [N, C_in, H, W], w [C_in, C_out, KH, KW].",
  },
  upsample2d: { params: "x, scale = 2, mode = \"nearest\"",
    doc: "Each image `scale` times larger per side, \"nearest\" or \"bilinear\"." },
  argmax: { params: "x, axis = none, keepdims = false",
    doc: "i32 positions of the largest values along `axis` (flattened without one)." },
  argmin: { params: "x, axis = none, keepdims = false",
    doc: "i32 positions of the smallest values along `axis` (flattened without one)." },
  arange: { params: "start, stop = none, step = 1",
    doc: "Evenly spaced values, as Python's range: i32 for integers, else f32." },
  tril: { params: "x, k = 0", doc: "x with the values above diagonal k of its last two axes 0." },
  triu: { params: "x, k = 0", doc: "x with the values below diagonal k of its last two axes 0." },
  reverse_sequence: { params: "x, lengths = none",
    doc: "x [N, T, ...] with each sample's first lengths[n] steps reversed." },
  zeros: { params: "dims", doc: "A tensor of zeros." },
  ones: { params: "dims", doc: "A tensor of ones." },
  full: { params: "dims, value", doc: "A tensor filled with `value`." },
  normal: { params: "dims, mean = 0, std = 1",
    doc: "A fresh draw from N(mean, std²) at every call." },
  uniform: { params: "dims, lo = 0, hi = 1", doc: "A fresh draw from U(lo, hi) at every call." },
  dropout: {
    params: "x, rate",
    doc: "Zeroes each value with probability `rate` in training steps, scaling the rest; the " +
      "identity in predict.",
  },
  mse: { params: "pred, target", doc: "Mean squared error over all elements." },
  cross_entropy: {
    params: "logits, labels",
    doc: "Softmax cross-entropy, mean over the batch; labels i32 class ids or f32 probabilities.",
  },
  bce_with_logits: { params: "logits, targets", doc: "Binary cross-entropy of sigmoid(logits)." },
  l1: { params: "...tensors", doc: "The sum of |w| over every tensor given." },
  l2: { params: "...tensors", doc: "The sum of w² over every tensor given." },
  grad: { params: "y, x",
    doc: "The gradient of scalar y with respect to x, itself differentiable." },
};

/** Every optimizer also takes these (docs/language.md). */
const COMMON_OPTIMIZER_ARGS = "weight_decay = 0, clip_norm = none";

const OPTIMIZERS: Record<string, { params: string; doc: string }> = {
  sgd: { params: `lr = 1e-3, ${COMMON_OPTIMIZER_ARGS}`, doc: "Stochastic gradient descent." },
  momentum: {
    params: `lr = 1e-3, momentum = 0.9, nesterov = false, ${COMMON_OPTIMIZER_ARGS}`,
    doc: "SGD with momentum (PyTorch's, dampening 0).",
  },
  rmsprop: { params: `lr = 1e-2, alpha = 0.99, eps = 1e-8, ${COMMON_OPTIMIZER_ARGS}`,
    doc: "RMSprop (PyTorch's)." },
  adam: { params: `lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, ${COMMON_OPTIMIZER_ARGS}`,
    doc: "Adam (PyTorch's)." },
  adamw: {
    params: "lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weight_decay = 0.01, " +
      "clip_norm = none",
    doc: "Adam with decoupled weight decay (PyTorch's AdamW).",
  },
};

const INITIALISERS: Record<string, { params: string; doc: string }> = {
  zeros: { params: "", doc: "All zeros." },
  ones: { params: "", doc: "All ones." },
  constant: { params: "value", doc: "Every element `value`." },
  normal: { params: "std = 1", doc: "Drawn from N(0, std²)." },
  uniform: { params: "lo = -0.05, hi = 0.05", doc: "Drawn from U(lo, hi)." },
  glorot_uniform: { params: "", doc: "Glorot (Xavier) uniform, as torch.nn.init." },
  glorot_normal: { params: "", doc: "Glorot (Xavier) normal, as torch.nn.init." },
  he_uniform: { params: "", doc: "He (Kaiming) uniform, as torch.nn.init." },
  he_normal: { params: "", doc: "He (Kaiming) normal, as torch.nn.init." },
  orthogonal: { params: "", doc: "A (semi-)orthogonal matrix, as torch.nn.init." },
};

function table(kind: SignatureKind, rows: Record<string, { params: string; doc: string }>):
  ReadonlyMap<string, Signature> {
  return new Map(Object.entries(rows).map(([name, r]) =>
    [name, { name, kind, params: params(r.params), doc: r.doc }]));
}

export const functions = table("function", FUNCTIONS);
export const optimizers = table("optimizer", OPTIMIZERS);
export const initialisers = table("initialiser", INITIALISERS);

/** A layer's signature from its definition (a user's, an import's or the prelude's); its
 * doc is the comment above the definition. */
export function layerSignature(def: LayerDef): Signature {
  const params = def.hyper.map((h): ParamInfo => (h.default
    ? { name: h.name, default: printExpr(h.default) } : { name: h.name }));
  const args = def.args.map((a) => `${a.name}: ${printType(a.type)}`).join(", ");
  return { name: def.name, kind: "layer", params, doc: docComment(def), args: `(${args})` };
}

/** The paragraph of comments right above a definition, as one line of text. */
export function docComment(def: { trivia?: { leading?: Comment[]; blankBefore?: boolean } }):
  string {
  const leading = def.trivia?.leading ?? [];
  if (def.trivia?.blankBefore) return "";
  let from = leading.length;
  while (from > 0 && !leading[from - 1].blankBefore) from--;
  return leading.slice(Math.max(from - 1, 0)).map((c) => c.text.replace(/^#\s?/, "")).join(" ");
}

/** `adam(lr = 1e-3, beta1 = 0.9, ...)`. */
export function signatureText(s: Signature): string {
  return `${s.name}(${s.params.map(paramText).join(", ")})${s.args ?? ""}`;
}

export function paramText(p: ParamInfo): string {
  if (p.variadic) return `${p.name}...`;
  if (p.type !== undefined) return `${p.name}: ${p.type}`;
  return p.default === undefined ? p.name : `${p.name} = ${p.default}`;
}
