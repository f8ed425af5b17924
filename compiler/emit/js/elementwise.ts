// Elementwise ops and random draws as JS expressions of their inputs' scalar values. Each
// computes its op's `fn` (compiler/ops/elementwise.ts): in float64 modules exactly, with
// Math as the reference does; in float32 modules exp, sigmoid, tanh, softplus and elu call
// runtime/fastmath.ts's float32-accurate forms (tests hold them to float32 rounding).
import type { Attrs } from "../../ir/types.ts";
import { lit } from "./loops.ts";
import type { FloatDtype, JsOp } from "./types.ts";

type Unary = (a: string, attrs: Attrs, dtype: FloatDtype) => string;

const unary = (f: Unary): JsOp => ({ expr: (a, attrs, dtype) => f(a[0], attrs, dtype) });
const binary = (f: (a: string, b: string) => string): JsOp => ({ expr: (a) => f(a[0], a[1]) });
/** A 0/1 mask from a comparison. */
const mask = (op: string) => binary((a, b) => `(${a} ${op} ${b} ? 1 : 0)`);

/** Float32 modules call `fast`, a float32-accurate function of runtime/fastmath.ts; float64
 * modules compute `exact` with Math, as the reference evaluator does. */
const fastInF32 = (fast: string, exact: (a: string) => string): JsOp =>
  unary((a, _at, dtype) => (dtype === "f32" ? `${fast}(${a})` : exact(a)));

const alpha = (at: Attrs) => lit(at.alpha as number);

export const ELEMENTWISE_JS = {
  neg: unary((a) => `-${a}`),
  exp: fastInF32("kilnExpF32", (a) => `Math.exp(${a})`),
  log: unary((a) => `Math.log(${a})`),
  sqrt: unary((a) => `Math.sqrt(${a})`),
  abs: unary((a) => `Math.abs(${a})`),
  sign: unary((a) => `Math.sign(${a})`),
  tanh: fastInF32("kilnTanhF32", (a) => `kilnTanh(${a})`),
  sigmoid: fastInF32("kilnSigmoidF32", (a) => `1 / (1 + Math.exp(-${a}))`),
  relu: unary((a) => `(${a} > 0 ? ${a} : 0)`),
  softplus: fastInF32("kilnSoftplusF32",
    (a) => `(${a} > 0 ? ${a} + Math.log1p(Math.exp(-${a})) : Math.log1p(Math.exp(${a})))`),
  erf: unary((a) => `kilnErf(${a})`),
  leaky_relu: unary((a, at) => `(${a} > 0 ? ${a} : ${alpha(at)} * ${a})`),
  elu: unary((a, at, dt) => `(${a} > 0 ? ${a} : ${alpha(at)} * ` +
    `${dt === "f32" ? "kilnExpm1F32" : "Math.expm1"}(${a}))`),
  float: unary((a) => a),
  add: binary((a, b) => `${a} + ${b}`),
  sub: binary((a, b) => `${a} - ${b}`),
  mul: binary((a, b) => `${a} * ${b}`),
  div: binary((a, b) => `${a} / ${b}`),
  pow: binary((a, b) => `Math.pow(${a}, ${b})`),
  maximum: binary((a, b) => `(${a} >= ${b} ? ${a} : ${b})`),
  minimum: binary((a, b) => `(${a} <= ${b} ? ${a} : ${b})`),
  lt: mask("<"), le: mask("<="), gt: mask(">"), ge: mask(">="), eq: mask("==="), ne: mask("!=="),
  where: { expr: (a) => `(${a[0]} !== 0 ? ${a[1]} : ${a[2]})` },
  /** NumPy broadcast: the loop's strides do the work. */
  broadcast: unary((a) => a),
  random_uniform: { expr: (_a, _at, _dt, rng) => `${rng}.uniform()` },
  random_normal: { expr: (_a, _at, _dt, rng) => `${rng}.normal()` },
} satisfies Record<string, JsOp>;
