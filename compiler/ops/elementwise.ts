// Elementwise ops over NumPy-broadcast inputs. Each row gives the scalar function `fn` (the
// reference evaluator's and constant folding's, in float64); how a backend computes it lives
// with that backend (compiler/emit/js/elementwise.ts, compiler/emit/wasm/ops.ts), and tests
// hold every renderer equal to `fn`.
import type { Attrs, Node } from "../ir/types.ts";
import { ShapeError, showShape } from "../ir/shape.ts";
import { broadcastShapes, broadcastStrides, forEachIndex, tensor, type Tensor } from "../ir/tensor.ts";
import type { GradRule, GraphOps, OpDef, ShapeRule } from "./types.ts";
import { kilnErf } from "../../runtime/special.ts";

/** How messages name an op: as the operator the user wrote, where there is one. */
const SPELLING: Readonly<Record<string, string>> = {
  add: "'+'", sub: "'-'", mul: "'*'", div: "'/'", pow: "'**'", neg: "unary '-'",
  lt: "'<'", le: "'<='", gt: "'>'", ge: "'>='", eq: "'=='", ne: "'!='",
};

/** Where NumPy broadcasting fails: the first axis, counted from the end, whose dims clash. */
function clash(shapes: readonly (readonly number[])[]): string {
  const rank = Math.max(...shapes.map((s) => s.length));
  for (let k = 1; k <= rank; k++) {
    const dims = [...new Set(shapes.map((s) => s.at(-k) ?? 1).filter((d) => d !== 1))];
    if (dims.length > 1) return `: at axis -${k} the dims ${dims.join(" and ")} differ and neither is 1`;
  }
  return "";
}

function broadcastRule(name: string, opts: { float: boolean[]; out: "f" | "i" }): ShapeRule {
  const op = SPELLING[name] ?? name;
  return (ins) => {
    ins.forEach((n, k) => {
      if (opts.float[k] && n.dtype !== "f") {
        throw new ShapeError(`${op} needs a float tensor but got ${showShape(n.shape, n.dtype)}` +
          `; convert integers with float(x)`);
      }
    });
    const shape = broadcastShapes(ins.map((n) => n.shape));
    if (!shape) {
      throw new ShapeError(`${op} cannot broadcast ` +
        ins.map((n) => showShape(n.shape, n.dtype)).join(" with ") + clash(ins.map((n) => n.shape)));
    }
    return { shape, dtype: opts.out };
  };
}

function evalElementwise(fn: (xs: readonly number[], attrs: Attrs) => number) {
  return (ins: readonly Tensor[], node: Node): Tensor => {
    const out = tensor(node.shape);
    const st = ins.map((t) => broadcastStrides(t.shape, node.shape));
    const xs = new Array<number>(ins.length);
    forEachIndex(node.shape, st, (o, offs) => {
      for (let k = 0; k < ins.length; k++) xs[k] = ins[k].data[offs[k]];
      out.data[o] = fn(xs, node.attrs);
    });
    return out;
  };
}

interface EwSpec {
  arity: number;
  fn: (xs: readonly number[], attrs: Attrs) => number;
  grad?: GradRule;
  /** Which inputs must be float (default all); masks accept integers. */
  float?: boolean[];
  flops?: number;
  commutative?: boolean;
}

function ew(name: string, s: EwSpec): OpDef {
  return {
    kind: "elementwise",
    arity: s.arity,
    shape: broadcastRule(name, { float: s.float ?? new Array(s.arity).fill(true), out: "f" }),
    grad: s.grad,
    eval: evalElementwise(s.fn),
    fn: s.fn,
    flops: s.flops === undefined ? undefined : () => s.flops!,
    commutative: s.commutative,
    spelling: SPELLING[name],
  };
}

// Graph-building shorthands for the gradient rules below.
const mul = (b: GraphOps, x: number, y: number) => b.add("mul", [x, y]);
const div = (b: GraphOps, x: number, y: number) => b.add("div", [x, y]);
const neg = (b: GraphOps, x: number) => b.add("neg", [x]);
const c = (b: GraphOps, v: number) => b.scalar(v);
const mask = (b: GraphOps, op: "gt" | "ge" | "lt" | "le", x: number, y: number) =>
  b.add(op, [x, y]);

const unary = (name: string, fn: (x: number, attrs: Attrs) => number, grad?: GradRule,
  flops?: number) => ew(name, { arity: 1, fn: (xs, at) => fn(xs[0], at), grad, flops });

/** A comparison: a float 0/1 mask, with no gradient. */
const compare = (name: string, test: (a: number, b: number) => boolean, commutative = false) =>
  ew(name, { arity: 2, float: [false, false], fn: (xs) => +test(xs[0], xs[1]), commutative });

const SQRT_2_OVER_PI = 2 / Math.sqrt(Math.PI);

const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const attr = (at: Attrs, k: string) => at[k] as number;

export const ELEMENTWISE_OPS = {
  neg: unary("neg", (x) => -x, (_n, g, b) => [neg(b, g)]),
  exp: unary("exp", Math.exp, (n, g, b) => [mul(b, g, n.id)]),
  log: unary("log", Math.log, (n, g, b) => [div(b, g, n.inputs[0])]),
  sqrt: unary("sqrt", Math.sqrt, (n, g, b) => [div(b, mul(b, g, c(b, 0.5)), n.id)]),
  abs: unary("abs", Math.abs, (n, g, b) => [mul(b, g, b.add("sign", [n.inputs[0]]))]),
  sign: unary("sign", Math.sign),
  tanh: unary("tanh", Math.tanh,
    (n, g, b) => [mul(b, g, b.add("sub", [c(b, 1), mul(b, n.id, n.id)]))]),
  sigmoid: unary("sigmoid", sigmoid,
    (n, g, b) => [mul(b, g, mul(b, n.id, b.add("sub", [c(b, 1), n.id])))], 4),
  relu: unary("relu", (x) => (x > 0 ? x : 0),
    (n, g, b) => [mul(b, g, mask(b, "gt", n.inputs[0], c(b, 0)))]),
  /** log(1 + e^x) without overflow: the stable form of the two branches. */
  softplus: unary("softplus", softplus, (n, g, b) => [mul(b, g, b.add("sigmoid", [n.inputs[0]]))],
    4),
  erf: unary("erf", kilnErf, (n, g, b) => {
    const x = n.inputs[0];
    const e = b.add("exp", [neg(b, mul(b, x, x))]);
    return [mul(b, g, mul(b, e, c(b, SQRT_2_OVER_PI)))];
  }, 20),
  leaky_relu: unary("leaky_relu", (x, at) => (x > 0 ? x : attr(at, "alpha") * x), (n, g, b) => {
    const pos = mask(b, "gt", n.inputs[0], c(b, 0));
    return [mul(b, g, b.add("where", [pos, c(b, 1), c(b, n.attrs.alpha as number)]))];
  }),
  elu: unary("elu", (x, at) => (x > 0 ? x : attr(at, "alpha") * Math.expm1(x)), (n, g, b) => {
    const pos = mask(b, "gt", n.inputs[0], c(b, 0));
    const slope = b.add("add", [n.id, c(b, n.attrs.alpha as number)]);
    return [mul(b, g, b.add("where", [pos, c(b, 1), slope]))];
  }),
  /** To float: the identity on floats (gradient passes), i32 converted (the driver sends no
   * gradient into integers). */
  float: ew("float", { arity: 1, fn: (xs) => xs[0], float: [false], grad: (_n, g) => [g] }),

  add: ew("add", { arity: 2, fn: (xs) => xs[0] + xs[1], grad: (_n, g) => [g, g],
    commutative: true }),
  sub: ew("sub", { arity: 2, fn: (xs) => xs[0] - xs[1], grad: (_n, g, b) => [g, neg(b, g)] }),
  mul: ew("mul", { arity: 2, fn: (xs) => xs[0] * xs[1], commutative: true,
    grad: (n, g, b) => [mul(b, g, n.inputs[1]), mul(b, g, n.inputs[0])] }),
  div: ew("div", { arity: 2, fn: (xs) => xs[0] / xs[1], grad: (n, g, b) => {
    const [, y] = n.inputs;
    return [div(b, g, y), neg(b, div(b, mul(b, g, n.id), y))];
  } }),
  pow: ew("pow", { arity: 2, fn: (xs) => Math.pow(xs[0], xs[1]), flops: 20, grad: (n, g, b) => {
    const [x, y] = n.inputs;
    const dx = mul(b, g, mul(b, y, b.add("pow", [x, b.add("sub", [y, c(b, 1)])])));
    const dy = mul(b, g, mul(b, n.id, b.add("log", [x])));
    return [dx, dy];
  } }),
  maximum: ew("maximum", { arity: 2, fn: (xs) => (xs[0] >= xs[1] ? xs[0] : xs[1]),
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      return [mul(b, g, mask(b, "ge", x, y)), mul(b, g, mask(b, "lt", x, y))];
    } }),
  minimum: ew("minimum", { arity: 2, fn: (xs) => (xs[0] <= xs[1] ? xs[0] : xs[1]),
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      return [mul(b, g, mask(b, "le", x, y)), mul(b, g, mask(b, "gt", x, y))];
    } }),
  lt: compare("lt", (a, b) => a < b),
  le: compare("le", (a, b) => a <= b),
  gt: compare("gt", (a, b) => a > b),
  ge: compare("ge", (a, b) => a >= b),
  eq: compare("eq", (a, b) => a === b, true),
  ne: compare("ne", (a, b) => a !== b, true),
  /** where(mask, a, b): a where mask is nonzero, else b. */
  where: ew("where", { arity: 3, float: [false, true, true],
    fn: (xs) => (xs[0] !== 0 ? xs[1] : xs[2]),
    grad: (n, g, b) => {
      const m = n.inputs[0];
      const zero = c(b, 0);
      return [null, b.add("where", [m, g, zero]), b.add("where", [m, zero, g])];
    } }),
} satisfies Record<string, OpDef>;
