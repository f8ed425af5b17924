// Elementwise ops over NumPy-broadcast inputs. Each row gives the scalar function twice:
// `fn` for the reference interpreter and `expr` for the emitter; tests hold them equal (in
// float32 modules, where exp, sigmoid, tanh, softplus and elu use runtime/fastmath.ts, to
// float32 rounding).
import type { Attrs, GraphBuilder, Node } from "../graph.ts";
import { ShapeError, showShape } from "../graph.ts";
import { broadcastShapes, broadcastStrides, forEachIndex, tensor, type Tensor } from "../tensor.ts";
import type { FloatDtype, GradRule, OpDef, ShapeRule } from "./types.ts";
import { kilnErf } from "../../runtime/special.ts";

/** A JS literal for a number, safe to splice into any expression. */
export function lit(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "(-Infinity)";
  if (Object.is(v, -0)) return "(-0)";
  return v < 0 ? `(${v})` : String(v);
}

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

function evalElementwise(fn: (xs: number[], attrs: Attrs) => number) {
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
  fn: (xs: number[], attrs: Attrs) => number;
  expr: (a: readonly string[], attrs: Attrs, dtype: FloatDtype) => string;
  grad?: GradRule;
  /** Which inputs must be float (default all); masks accept integers. */
  float?: boolean[];
  flops?: number;
}

function ew(name: string, s: EwSpec): OpDef {
  return {
    kind: "elementwise",
    arity: s.arity,
    shape: broadcastRule(name, { float: s.float ?? new Array(s.arity).fill(true), out: "f" }),
    grad: s.grad,
    eval: evalElementwise(s.fn),
    expr: s.expr,
    flops: s.flops === undefined ? undefined : () => s.flops!,
  };
}

// Graph-building shorthands for the gradient rules below.
const mul = (b: GraphBuilder, x: number, y: number) => b.add("mul", [x, y]);
const div = (b: GraphBuilder, x: number, y: number) => b.add("div", [x, y]);
const neg = (b: GraphBuilder, x: number) => b.add("neg", [x]);
const c = (b: GraphBuilder, v: number) => b.scalar(v);
const mask = (b: GraphBuilder, op: "gt" | "ge" | "lt" | "le", x: number, y: number) =>
  b.add(op, [x, y]);

const unary = (name: string, fn: (x: number, attrs: Attrs) => number,
  expr: (a: string, attrs: Attrs, dtype: FloatDtype) => string, grad?: GradRule, flops?: number) =>
  ew(name, { arity: 1, fn: (xs, at) => fn(xs[0], at), expr: (a, at, dt) => expr(a[0], at, dt),
    grad, flops });

/** Float32 modules call `fast`, a float32-accurate function of runtime/fastmath.ts; float64
 * modules compute `exact` with Math, as the reference evaluator does. */
const fastInF32 = (fast: string, exact: (a: string) => string) =>
  (a: string, _at: Attrs, dtype: FloatDtype) => (dtype === "f32" ? `${fast}(${a})` : exact(a));

const SQRT_2_OVER_PI = 2 / Math.sqrt(Math.PI);

const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const attr = (at: Attrs, k: string) => at[k] as number;

export const ELEMENTWISE_OPS = {
  neg: unary("neg", (x) => -x, (a) => `-${a}`, (_n, g, b) => [neg(b, g)]),
  exp: unary("exp", Math.exp, fastInF32("kilnExpF32", (a) => `Math.exp(${a})`),
    (n, g, b) => [mul(b, g, n.id)]),
  log: unary("log", Math.log, (a) => `Math.log(${a})`, (n, g, b) => [div(b, g, n.inputs[0])]),
  sqrt: unary("sqrt", Math.sqrt, (a) => `Math.sqrt(${a})`,
    (n, g, b) => [div(b, mul(b, g, c(b, 0.5)), n.id)]),
  abs: unary("abs", Math.abs, (a) => `Math.abs(${a})`,
    (n, g, b) => [mul(b, g, b.add("sign", [n.inputs[0]]))]),
  sign: unary("sign", Math.sign, (a) => `Math.sign(${a})`),
  tanh: unary("tanh", Math.tanh, fastInF32("kilnTanhF32", (a) => `Math.tanh(${a})`),
    (n, g, b) => [mul(b, g, b.add("sub", [c(b, 1), mul(b, n.id, n.id)]))]),
  sigmoid: unary("sigmoid", sigmoid,
    fastInF32("kilnSigmoidF32", (a) => `1 / (1 + Math.exp(-${a}))`),
    (n, g, b) => [mul(b, g, mul(b, n.id, b.add("sub", [c(b, 1), n.id])))], 4),
  relu: unary("relu", (x) => (x > 0 ? x : 0), (a) => `(${a} > 0 ? ${a} : 0)`,
    (n, g, b) => [mul(b, g, mask(b, "gt", n.inputs[0], c(b, 0)))]),
  /** log(1 + e^x) without overflow: the stable form of the two branches. */
  softplus: unary("softplus", softplus, fastInF32("kilnSoftplusF32",
    (a) => `(${a} > 0 ? ${a} + Math.log1p(Math.exp(-${a})) : Math.log1p(Math.exp(${a})))`),
    (n, g, b) => [mul(b, g, b.add("sigmoid", [n.inputs[0]]))], 4),
  erf: unary("erf", kilnErf, (a) => `kilnErf(${a})`,
    (n, g, b) => {
      const x = n.inputs[0];
      const e = b.add("exp", [neg(b, mul(b, x, x))]);
      return [mul(b, g, mul(b, e, c(b, SQRT_2_OVER_PI)))];
    }, 20),
  leaky_relu: unary("leaky_relu", (x, at) => (x > 0 ? x : attr(at, "alpha") * x),
    (a, at) => `(${a} > 0 ? ${a} : ${lit(attr(at, "alpha"))} * ${a})`,
    (n, g, b) => {
      const pos = mask(b, "gt", n.inputs[0], c(b, 0));
      return [mul(b, g, b.add("where", [pos, c(b, 1), c(b, n.attrs.alpha as number)]))];
    }),
  elu: unary("elu", (x, at) => (x > 0 ? x : attr(at, "alpha") * Math.expm1(x)),
    (a, at, dt) => `(${a} > 0 ? ${a} : ${lit(attr(at, "alpha"))} * ` +
      `${dt === "f32" ? "kilnExpm1F32" : "Math.expm1"}(${a}))`,
    (n, g, b) => {
      const pos = mask(b, "gt", n.inputs[0], c(b, 0));
      const slope = b.add("add", [n.id, c(b, n.attrs.alpha as number)]);
      return [mul(b, g, b.add("where", [pos, c(b, 1), slope]))];
    }),
  /** To float: the identity on floats (gradient passes), i32 converted (the driver sends no
   * gradient into integers). */
  float: ew("float", { arity: 1, fn: (xs) => xs[0], expr: (a) => a[0], float: [false],
    grad: (_n, g) => [g] }),

  add: ew("add", { arity: 2, fn: (xs) => xs[0] + xs[1], expr: (a) => `${a[0]} + ${a[1]}`,
    grad: (_n, g) => [g, g] }),
  sub: ew("sub", { arity: 2, fn: (xs) => xs[0] - xs[1], expr: (a) => `${a[0]} - ${a[1]}`,
    grad: (_n, g, b) => [g, neg(b, g)] }),
  mul: ew("mul", { arity: 2, fn: (xs) => xs[0] * xs[1], expr: (a) => `${a[0]} * ${a[1]}`,
    grad: (n, g, b) => [mul(b, g, n.inputs[1]), mul(b, g, n.inputs[0])] }),
  div: ew("div", { arity: 2, fn: (xs) => xs[0] / xs[1], expr: (a) => `${a[0]} / ${a[1]}`,
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      return [div(b, g, y), neg(b, div(b, mul(b, g, n.id), y))];
    } }),
  pow: ew("pow", { arity: 2, fn: (xs) => Math.pow(xs[0], xs[1]),
    expr: (a) => `Math.pow(${a[0]}, ${a[1]})`, flops: 20,
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      const dx = mul(b, g, mul(b, y, b.add("pow", [x, b.add("sub", [y, c(b, 1)])])));
      const dy = mul(b, g, mul(b, n.id, b.add("log", [x])));
      return [dx, dy];
    } }),
  maximum: ew("maximum", { arity: 2, fn: (xs) => (xs[0] >= xs[1] ? xs[0] : xs[1]),
    expr: (a) => `(${a[0]} >= ${a[1]} ? ${a[0]} : ${a[1]})`,
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      return [mul(b, g, mask(b, "ge", x, y)), mul(b, g, mask(b, "lt", x, y))];
    } }),
  minimum: ew("minimum", { arity: 2, fn: (xs) => (xs[0] <= xs[1] ? xs[0] : xs[1]),
    expr: (a) => `(${a[0]} <= ${a[1]} ? ${a[0]} : ${a[1]})`,
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      return [mul(b, g, mask(b, "le", x, y)), mul(b, g, mask(b, "gt", x, y))];
    } }),
  // Comparisons give float 0/1 masks and pass no gradient.
  lt: ew("lt", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] < xs[1]),
    expr: (a) => `(${a[0]} < ${a[1]} ? 1 : 0)` }),
  le: ew("le", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] <= xs[1]),
    expr: (a) => `(${a[0]} <= ${a[1]} ? 1 : 0)` }),
  gt: ew("gt", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] > xs[1]),
    expr: (a) => `(${a[0]} > ${a[1]} ? 1 : 0)` }),
  ge: ew("ge", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] >= xs[1]),
    expr: (a) => `(${a[0]} >= ${a[1]} ? 1 : 0)` }),
  eq: ew("eq", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] === xs[1]),
    expr: (a) => `(${a[0]} === ${a[1]} ? 1 : 0)` }),
  ne: ew("ne", { arity: 2, float: [false, false], fn: (xs) => +(xs[0] !== xs[1]),
    expr: (a) => `(${a[0]} !== ${a[1]} ? 1 : 0)` }),
  /** where(mask, a, b): a where mask is nonzero, else b. */
  where: ew("where", { arity: 3, float: [false, true, true],
    fn: (xs) => (xs[0] !== 0 ? xs[1] : xs[2]), expr: (a) => `(${a[0]} !== 0 ? ${a[1]} : ${a[2]})`,
    grad: (n, g, b) => {
      const m = n.inputs[0];
      const zero = c(b, 0);
      return [null, b.add("where", [m, g, zero]), b.add("where", [m, zero, g])];
    } }),
} satisfies Record<string, OpDef>;
