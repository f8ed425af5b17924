// The language's built-in functions. Most are composites of primitives (so they get
// gradients and emitters for free); the stable forms (logsumexp, log_softmax, softplus)
// are written so that no exp can overflow, and so are their gradients.
import type { Span } from "../../../dsl/ast.ts";
import { error } from "../../../dsl/diagnostics.ts";
import { gradients } from "../../autodiff/gradients.ts";
import { range, showShape, size } from "../../ir/shape.ts";
import type { Value } from "../values.ts";
import { leadOfDims, varyingTensor } from "../rows.ts";
import {
  type A, axesArg, type Bound, checkBounds, checkStd, normAxis, tensorList, tensorParts, toBool,
  toDims, toFloatTensor, toInt, toIntList, toNumber, toTensor,
} from "./args.ts";
import { IMAGE_BUILTINS } from "./images.ts";
import { POSITION_BUILTINS } from "./positions.ts";
import { type Builtin, type BuiltinContext, T } from "./types.ts";


// ---- composites ----------------------------------------------------------------------

const add = (c: BuiltinContext, x: number, y: number) => c.b.add("add", [x, y]);
const sub = (c: BuiltinContext, x: number, y: number) => c.b.add("sub", [x, y]);
const mul = (c: BuiltinContext, x: number, y: number) => c.b.add("mul", [x, y]);
const div = (c: BuiltinContext, x: number, y: number) => c.b.add("div", [x, y]);
const k = (c: BuiltinContext, v: number) => c.b.scalar(v);

function reduce(c: BuiltinContext, op: "sum" | "max" | "min", x: number, axes: number[],
  keepdims: boolean): number {
  return c.b.add(op, [x], { axes, keepdims });
}

/** How many elements of x the axes hold: over a batch that varies, the batch fed's. */
function count(c: BuiltinContext, x: number, axes: number[]): number {
  const n = axes.reduce((acc, a) => acc * c.b.shape(x)[a], 1);
  const lead = c.b.node(x).lead;
  return lead && axes.includes(0)
    ? varyingTensor(c.b, { rows: (n / c.b.shape(x)[0]) * lead }) : k(c, n);
}

function mean(c: BuiltinContext, x: number, axes: number[], keepdims: boolean): number {
  return div(c, reduce(c, "sum", x, axes, keepdims), count(c, x, axes));
}

/** log(sum(exp(x))) with the max subtracted first; the max gets no gradient (JAX's form). */
export function logsumexp(c: BuiltinContext, x: number, axes: number[], keepdims: boolean): number {
  const m = c.b.add("stop_gradient", [reduce(c, "max", x, axes, true)]);
  const s = reduce(c, "sum", c.b.add("exp", [sub(c, x, m)]), axes, true);
  const r = add(c, c.b.add("log", [s]), m);
  return keepdims ? r : c.b.reshape(r, c.b.shape(x).filter((_, i) => !axes.includes(i)));
}

function softmax(c: BuiltinContext, x: number, axis: number): number {
  const m = c.b.add("stop_gradient", [reduce(c, "max", x, [axis], true)]);
  const e = c.b.add("exp", [sub(c, x, m)]);
  return div(c, e, reduce(c, "sum", e, [axis], true));
}

function logSoftmax(c: BuiltinContext, x: number, axis: number): number {
  return sub(c, x, logsumexp(c, x, [axis], true));
}

function variance(c: BuiltinContext, x: number, axes: number[], keepdims: boolean): number {
  const d = sub(c, x, mean(c, x, axes, true));
  return mean(c, mul(c, d, d), axes, keepdims);
}

function sameShapes(c: BuiltinContext, what: string, p: A, q: A, x: number, y: number): void {
  const [a, b] = [c.b.node(x), c.b.node(y)];
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) {
    throw error(`${what} needs two tensors of the same shape but got ` +
      `${showShape(a.shape, a.dtype)} and ${showShape(b.shape, b.dtype)}`, q.span);
  }
  void p;
}

function crossEntropy(c: BuiltinContext, a: Bound, span: Span): Value {
  const logits = toTensor(c.b, a.logits!, "cross_entropy");
  const labels = toTensor(c.b, a.labels!, "cross_entropy");
  const ls = c.b.node(logits), lb = c.b.node(labels);
  if (ls.dtype !== "f" || ls.shape.length < 1) {
    throw error(`cross_entropy needs float logits [N, C] but got ${showShape(ls.shape, ls.dtype)}`, a.logits!.span);
  }
  const C = ls.shape.at(-1)!;
  const batch = ls.shape.slice(0, -1);
  let target: number;
  if (lb.dtype === "i") {
    if (lb.shape.length !== batch.length || lb.shape.some((d, i) => d !== batch[i])) {
      throw error(`cross_entropy with class ids needs labels ${showShape(batch, "i")} for logits ` +
        `${showShape(ls.shape, "f")} but got ${showShape(lb.shape, lb.dtype)}`, a.labels!.span);
    }
    target = c.b.add("one_hot", [labels], { n: C });
  } else {
    sameShapes(c, "cross_entropy with probabilities", a.logits!, a.labels!, logits, labels);
    target = labels;
  }
  const ll = logSoftmax(c, logits, ls.shape.length - 1);
  const total = reduce(c, "sum", mul(c, target, ll), range(ls.shape.length), false);
  void span;
  return T(c.b.add("neg", [div(c, total, count(c, logits, range(batch.length)))]));
}

function penalty(c: BuiltinContext, a: Bound, span: Span, what: string,
  term: (x: number) => number): Value {
  const list = a.tensors;
  if (!list) throw error(`${what} needs at least one tensor`, span);
  let acc: number | undefined;
  for (const x of tensorList(c.b, list, what)) {
    toFloatTensor(c.b, { value: T(x), span: list.span }, what);
    const s = reduce(c, "sum", term(x), range(c.b.shape(x).length), false);
    acc = acc === undefined ? s : add(c, acc, s);
  }
  return T(acc!);
}

function unaryOp(op: "exp" | "log" | "sqrt" | "abs" | "relu" | "sigmoid" | "tanh" | "softplus" |
  "float" | "stop_gradient" | "sign", doc: string): Builtin {
  return { params: ["x"], doc, fn: (c, a) => T(c.b.add(op, [toTensor(c.b, a.x!, op)])) };
}

function reduction(name: string, what: string,
  f: (c: BuiltinContext, x: number, axes: number[], keep: boolean) => number): Builtin {
  return {
    params: ["x", "axis = all", "keepdims = false"],
    doc: `${what} over \`axis\` (an int or a list; default all axes).`,
    fn: (c, a) => {
      // Checked here, or mean's message would name the sum it is made of.
      const x = toFloatTensor(c.b, a.x!, name);
      const keep = a.keepdims ? toBool(a.keepdims, "keepdims") : false;
      return T(f(c, x, axesArg(c.b, x, a.axis, name), keep));
    },
  };
}

function filled(value: (a: Bound) => number): Builtin["fn"] {
  return (c, a) => {
    const dims = toDims(a.dims!, "the shape");
    const lead = leadOfDims(a.dims!.value, a.dims!.span, "the shape");
    return T(lead.lead ? c.b.add("broadcast", [k(c, value(a))], { shape: dims, ...lead })
      : c.b.broadcastTo(k(c, value(a)), dims));
  };
}

/** A builtin of (x, axis = -1), such as softmax. */
function alongAxis(name: string, doc: string,
  f: (c: BuiltinContext, x: number, axis: number) => number): Builtin {
  return {
    params: ["x", "axis = -1"],
    doc,
    fn: (c, a) => {
      const x = toFloatTensor(c.b, a.x!, name);
      const rank = c.b.shape(x).length;
      return T(f(c, x, a.axis ? normAxis(toInt(a.axis, "axis"), rank, a.axis.span, name) : rank - 1));
    },
  };
}

export const BUILTINS: Record<string, Builtin> = {
  identity: { params: ["x"], doc: "Its argument, unchanged (the default activation).",
    fn: (_c, a) => a.x!.value },
  exp: unaryOp("exp", "Elementwise e^x."),
  log: unaryOp("log", "Elementwise natural logarithm."),
  sqrt: unaryOp("sqrt", "Elementwise square root."),
  abs: unaryOp("abs", "Elementwise absolute value."),
  relu: unaryOp("relu", "Elementwise max(x, 0)."),
  sigmoid: unaryOp("sigmoid", "Elementwise logistic sigmoid."),
  tanh: unaryOp("tanh", "Elementwise hyperbolic tangent."),
  softplus: unaryOp("softplus", "Elementwise log(1 + e^x), computed stably."),
  float: unaryOp("float", "An i32 tensor as float (no gradient)."),
  sign: unaryOp("sign", "Elementwise sign: -1, 0 or 1 (no gradient)."),
  stop_gradient: unaryOp("stop_gradient", "Its argument, passing no gradient back."),
  square: { params: ["x"], doc: "Elementwise x * x.",
    fn: (c, a) => { const x = toFloatTensor(c.b, a.x!, "square"); return T(mul(c, x, x)); } },
  gelu: {
    params: ["x"],
    doc: "Elementwise GELU, the exact erf-based form.",
    fn: (c, a) => {
      const x = toFloatTensor(c.b, a.x!, "gelu");
      const e = c.b.add("erf", [mul(c, x, k(c, Math.SQRT1_2))]);
      return T(mul(c, mul(c, x, k(c, 0.5)), add(c, e, k(c, 1))));
    },
  },
  leaky_relu: {
    params: ["x", "alpha = 0.01"],
    doc: "x where positive, alpha * x elsewhere.",
    fn: (c, a) => T(c.b.add("leaky_relu", [toTensor(c.b, a.x!, "leaky_relu")],
      { alpha: a.alpha ? toNumber(a.alpha, "alpha") : 0.01 })),
  },
  elu: {
    params: ["x", "alpha = 1"],
    doc: "x where positive, alpha * (e^x - 1) elsewhere.",
    fn: (c, a) => T(c.b.add("elu", [toTensor(c.b, a.x!, "elu")],
      { alpha: a.alpha ? toNumber(a.alpha, "alpha") : 1 })),
  },
  maximum: { params: ["a", "b"], doc: "Elementwise maximum, broadcasting.",
    fn: (c, a) => T(c.b.add("maximum",
    [toTensor(c.b, a.a!, "maximum"), toTensor(c.b, a.b!, "maximum")])) },
  minimum: { params: ["a", "b"], doc: "Elementwise minimum, broadcasting.",
    fn: (c, a) => T(c.b.add("minimum",
    [toTensor(c.b, a.a!, "minimum"), toTensor(c.b, a.b!, "minimum")])) },
  clip: {
    params: ["x", "lo", "hi"],
    doc: "x limited to [lo, hi].",
    fn: (c, a) => {
      const lo = c.b.add("maximum", [toFloatTensor(c.b, a.x!, "clip"), toFloatTensor(c.b, a.lo!, "clip")]);
      return T(c.b.add("minimum", [lo, toFloatTensor(c.b, a.hi!, "clip")]));
    },
  },
  where: {
    params: ["mask", "a", "b"],
    doc: "a where mask is nonzero, b elsewhere.",
    fn: (c, a) => T(c.b.add("where", [toTensor(c.b, a.mask!, "where"),
      toTensor(c.b, a.a!, "where"), toTensor(c.b, a.b!, "where")])),
  },
  sum: reduction("sum", "The sum", (c, x, axes, keep) => reduce(c, "sum", x, axes, keep)),
  max: reduction("max", "The maximum", (c, x, axes, keep) => reduce(c, "max", x, axes, keep)),
  min: reduction("min", "The minimum", (c, x, axes, keep) => reduce(c, "min", x, axes, keep)),
  mean: reduction("mean", "The mean", mean),
  logsumexp: reduction("logsumexp", "log(sum(exp(x))), computed stably,", logsumexp),
  variance: reduction("variance", "The variance (dividing by the count)", variance),
  softmax: alongAxis("softmax", "Softmax along `axis`.", softmax),
  log_softmax: alongAxis("log_softmax", "log(softmax(x)) along `axis`, computed stably.",
    logSoftmax),
  reshape: {
    params: ["x", "shape"],
    doc: "x with the dims of `shape` (one -1 allowed).",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, "reshape");
      const dims = toIntList(a.shape!, "reshape's shape");
      leadOfDims(a.shape!.value, a.shape!.span, "reshape's shape");
      const free = dims.filter((d) => d === -1).length;
      const known = dims.filter((d) => d !== -1).reduce((p, q) => p * q, 1);
      const n = size(c.b.shape(x));
      if (free > 1 || dims.some((d) => d < -1 || d === 0)) {
        throw error(`reshape's shape may hold one -1 and positive dims but got [${dims.join(", ")}]`, a.shape!.span);
      }
      if (free === 1 && n % known !== 0) {
        throw error(`cannot reshape ${showShape(c.b.shape(x))} (${n} elements) to [${dims.join(", ")}]`, a.shape!.span);
      }
      return T(c.b.reshape(x, dims.map((d) => (d === -1 ? n / known : d))));
    },
  },
  transpose: {
    params: ["x", "perm = reversed"],
    doc: "x with its axes permuted.",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, "transpose");
      const rank = c.b.shape(x).length;
      const perm = a.perm ? toIntList(a.perm, "transpose's perm").map((p) => normAxis(p, rank, a.perm!.span, "transpose"))
        : range(rank).reverse();
      return T(c.b.add("transpose", [x], { perm }));
    },
  },
  flatten: {
    params: ["x"],
    doc: "[N, ...] to [N, product of the rest].",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, "flatten");
      const s = c.b.shape(x);
      if (s.length < 1) {
        throw error(`flatten needs a tensor of rank 1 or more but got ` +
          `${showShape(s, c.b.node(x).dtype)}`, a.x!.span);
      }
      return T(c.b.reshape(x, [s[0], size(s.slice(1))]));
    },
  },
  concat: {
    params: ["tensors", "axis = 0"],
    doc: "A list of tensors joined along `axis`.",
    fn: (c, a) => {
      const parts = tensorParts(c.b, a.tensors!, "concat");
      const item = (p: { id: number; count: number }) => c.b.shape(p.id).slice(p.count ? 1 : 0);
      const rank = item(parts[0]).length;
      const axis = a.axis ? normAxis(toInt(a.axis, "axis"), rank, a.axis.span, "concat") : 0;
      // A loop's stacked tensors, joined: their step axis moved next to `axis` and merged.
      const xs = parts.map((p) => {
        if (!p.count) return p.id;
        const s = item(p);
        const moved = c.b.add("transpose", [p.id], { perm: [...range(axis).map((d) => d + 1), 0,
          ...range(rank - axis).map((d) => d + axis + 1)] });
        return c.b.reshape(moved, s.map((n, d) => (d === axis ? n * p.count : n)));
      });
      return T(xs.length === 1 ? xs[0] : c.b.add("concat", xs, { axis }));
    },
  },
  stack: {
    params: ["tensors", "axis = 0"],
    doc: "A list of tensors of one shape stacked on a new axis.",
    fn: (c, a) => {
      const parts = tensorParts(c.b, a.tensors!, "stack");
      const s = c.b.shape(parts[0].id).slice(parts[0].count ? 1 : 0);
      const axis = a.axis ? normAxis(toInt(a.axis, "axis"), s.length + 1, a.axis.span, "stack") : 0;
      const expanded = parts.map((p) => {
        const xs2 = c.b.shape(p.id).slice(p.count ? 1 : 0);
        if (xs2.length !== s.length || xs2.some((d, i) => d !== s[i])) {
          throw error(`stack needs tensors of one shape but got ${showShape(s)} and ${showShape(xs2)}`, a.tensors!.span);
        }
        if (!p.count) return c.b.reshape(p.id, [...s.slice(0, axis), 1, ...s.slice(axis)]);
        // A loop's stacked tensors: their step axis moved to `axis`.
        return axis === 0 ? p.id : c.b.add("transpose", [p.id], { perm: [...range(axis)
          .map((d) => d + 1), 0, ...range(s.length - axis).map((d) => d + axis + 1)] });
      });
      return T(expanded.length === 1 ? expanded[0] : c.b.add("concat", expanded, { axis }));
    },
  },
  /** The dims of a tensor as a compile-time list: `reshape(y, shape(x))`, `shape(x)[-1]`. */
  shape: {
    params: ["x"],
    doc: "The dims of x, a list known at compile time.",
    fn: (c, a) => {
      const x = c.b.node(toTensor(c.b, a.x!, "shape"));
      return { kind: "list", items: x.shape.map((d, i): Value => (i === 0 && x.lead
        ? { kind: "number", value: d, isInt: true, varying: { rows: x.lead } }
        : { kind: "number", value: d, isInt: true })) };
    },
  },
  one_hot: {
    params: ["ids", "n"],
    doc: "Rows of n with a 1 at each id (ids out of range: zeros).",
    fn: (c, a) => T(c.b.add("one_hot", [toTensor(c.b, a.ids!, "one_hot")], { n: toInt(a.n!, "one_hot's n") })),
  },
  ...IMAGE_BUILTINS,
  ...POSITION_BUILTINS,
  embedding: {
    params: ["table", "ids"],
    doc: "The rows of `table` at `ids` (out of range: zeros).",
    fn: (c, a) => T(c.b.add("take", [toTensor(c.b, a.table!, "embedding"), toTensor(c.b, a.ids!, "embedding")])),
  },
  zeros: { params: ["dims"], doc: "A tensor of zeros.", fn: filled(() => 0) },
  ones: { params: ["dims"], doc: "A tensor of ones.", fn: filled(() => 1) },
  full: { params: ["dims", "value"], doc: "A tensor filled with `value`.",
    fn: filled((a) => toNumber(a.value!, "full's value")) },
  normal: {
    params: ["dims", "mean = 0", "std = 1"],
    doc: "A fresh draw from N(mean, std²) at every call.",
    fn: (c, a) => {
      const z = c.b.add("random_normal", [], { shape: toDims(a.dims!, "normal's shape"),
        seq: c.nextSeq(), ...leadOfDims(a.dims!.value, a.dims!.span, "normal's shape") });
      const std = a.std ? toNumber(a.std, "std") : 1, m = a.mean ? toNumber(a.mean, "mean") : 0;
      if (a.std) checkStd(std, a.std.span, "normal");
      const scaled = std === 1 ? z : mul(c, z, k(c, std));
      return T(m === 0 ? scaled : add(c, scaled, k(c, m)));
    },
  },
  uniform: {
    params: ["dims", "lo = 0", "hi = 1"],
    doc: "A fresh draw from U(lo, hi) at every call.",
    fn: (c, a, span) => {
      const u = c.b.add("random_uniform", [], { shape: toDims(a.dims!, "uniform's shape"),
        seq: c.nextSeq(), ...leadOfDims(a.dims!.value, a.dims!.span, "uniform's shape") });
      const lo = a.lo ? toNumber(a.lo, "lo") : 0, hi = a.hi ? toNumber(a.hi, "hi") : 1;
      checkBounds(lo, hi, span, "uniform");
      const scaled = hi - lo === 1 ? u : mul(c, u, k(c, hi - lo));
      return T(lo === 0 ? scaled : add(c, scaled, k(c, lo)));
    },
  },
  /** Inverted dropout: scaled at training time, the identity in predict. */
  dropout: {
    params: ["x", "rate"],
    doc: "Zeroes each value with probability `rate` in training steps, scaling the rest; the " +
      "identity in predict.",
    fn: (c, a) => {
      const x = toFloatTensor(c.b, a.x!, "dropout");
      const rate = toNumber(a.rate!, "dropout's rate");
      if (!(rate >= 0 && rate < 1)) throw error(`dropout's rate must be in [0, 1) but got ${rate}`, a.rate!.span);
      if (!c.training || rate === 0) return T(x);
      // As many draws as the batch fed: a bounded module then draws what a fixed one would.
      const lead = c.b.node(x).lead;
      const u = c.b.add("random_uniform", [], { shape: c.b.shape(x), seq: c.nextSeq(),
        ...(lead ? { lead } : {}) });
      const keep = c.b.add("ge", [u, k(c, rate)]);
      return T(mul(c, x, mul(c, keep, k(c, 1 / (1 - rate)))));
    },
  },
  mse: {
    params: ["pred", "target"],
    doc: "Mean squared error over all elements.",
    fn: (c, a) => {
      const p = toFloatTensor(c.b, a.pred!, "mse"), t = toFloatTensor(c.b, a.target!, "mse");
      sameShapes(c, "mse", a.pred!, a.target!, p, t);
      const d = sub(c, p, t);
      return T(mean(c, mul(c, d, d), range(c.b.shape(p).length), false));
    },
  },
  cross_entropy: {
    params: ["logits", "labels"],
    doc: "Softmax cross-entropy, mean over the batch; labels i32 class ids or f32 probabilities.",
    fn: crossEntropy,
  },
  /** mean(softplus(z) - z t): BCE of sigmoid(z) without forming the sigmoid. */
  bce_with_logits: {
    params: ["logits", "targets"],
    doc: "Binary cross-entropy of sigmoid(logits).",
    fn: (c, a) => {
      const z = toFloatTensor(c.b, a.logits!, "bce_with_logits");
      const t = toFloatTensor(c.b, a.targets!, "bce_with_logits");
      sameShapes(c, "bce_with_logits", a.logits!, a.targets!, z, t);
      const l = sub(c, c.b.add("softplus", [z]), mul(c, z, t));
      return T(mean(c, l, range(c.b.shape(z).length), false));
    },
  },
  l1: { params: ["...tensors"], doc: "The sum of |w| over every tensor given.",
    fn: (c, a, span) => penalty(c, a, span, "l1", (x) => c.b.add("abs", [x])) },
  l2: { params: ["...tensors"], doc: "The sum of w² over every tensor given.",
    fn: (c, a, span) => penalty(c, a, span, "l2", (x) => mul(c, x, x)) },
  grad: {
    params: ["y", "x"],
    doc: "The gradient of scalar y with respect to x, itself differentiable.",
    fn: (c, a) => {
      const y = toTensor(c.b, a.y!, "grad"), x = toTensor(c.b, a.x!, "grad");
      const [yn, xn] = [c.b.node(y), c.b.node(x)];
      if (yn.shape.length !== 0 || yn.dtype !== "f") {
        throw error(`grad needs a float scalar to differentiate but got ${showShape(yn.shape, yn.dtype)}`, a.y!.span);
      }
      // An integer tensor takes no small steps, so nothing has a derivative by it.
      if (xn.dtype !== "f") {
        throw error(`grad differentiates with respect to a float tensor, but got ` +
          `${showShape(xn.shape, xn.dtype)}: integers have no gradient`, a.x!.span);
      }
      const [g] = gradients(c.b, y, [x], c.residuals);
      return T(g ?? c.b.broadcastTo(k(c, 0), c.b.shape(x)));
    },
  },
};

