// The WebAssembly SIMD backend's table: each elementwise op's 4-lane form, or null where it
// has none (its loops then run in JS: a visible fact, listed by test/compiler/emit/wasm.test.ts).
// Every form matches its JS expression (compiler/emit/js/elementwise.ts) on every float32
// input, NaN, infinities and -0 included: comparisons and selects rather than f32x4.max,
// which would pass NaN where `a > 0 ? a : 0` gives 0.
import type { ELEMENTWISE_OPS } from "../../ops/elementwise.ts";
import { type Fn, SIMD } from "./encoder.ts";

/** What a form writes its code with: pushes of its arguments, and the constant vectors. */
export interface SimdOperands {
  readonly f: Fn;
  /** Pushes argument k (a v128). */
  arg(k: number): void;
  /** Pushes a vector of 1.0, or of zero bits. */
  one(): void;
  zero(): void;
}

/** Leaves the op's result (a v128) on the stack. */
export type SimdForm = (o: SimdOperands) => void;

export type ElementwiseOp = keyof typeof ELEMENTWISE_OPS;

const binary = (op: number): SimdForm => (o) => { o.arg(0); o.arg(1); o.f.simd(op); };
const unary = (op: number): SimdForm => (o) => { o.arg(0); o.f.simd(op); };
/** A comparison as a 0/1 float mask: the all-ones lanes and-ed with 1.0. */
const mask = (cmp: number): SimdForm => (o) => {
  o.arg(0); o.arg(1); o.f.simd(cmp); o.one(); o.f.simd(SIMD.and);
};
/** a if (a cmp b) else b, by bitselect: NaN and -0 as the JS conditional picks them. */
const pick = (cmp: number): SimdForm => (o) => {
  o.arg(0); o.arg(1); o.arg(0); o.arg(1); o.f.simd(cmp); o.f.simd(SIMD.bitselect);
};

export const SIMD_OPS: Record<ElementwiseOp, SimdForm | null> = {
  add: binary(SIMD.add), sub: binary(SIMD.sub), mul: binary(SIMD.mul), div: binary(SIMD.div),
  neg: unary(SIMD.neg), sqrt: unary(SIMD.sqrt), abs: unary(SIMD.abs),
  /** x where x > 0, else +0: and(x, x > 0). */
  relu: (o) => { o.arg(0); o.arg(0); o.zero(); o.f.simd(SIMD.gt); o.f.simd(SIMD.and); },
  maximum: pick(SIMD.ge), minimum: pick(SIMD.le),
  lt: mask(SIMD.lt), le: mask(SIMD.le), gt: mask(SIMD.gt), ge: mask(SIMD.ge),
  eq: mask(SIMD.eq), ne: mask(SIMD.ne),
  where: (o) => { o.arg(1); o.arg(2); o.arg(0); o.zero(); o.f.simd(SIMD.ne); o.f.simd(SIMD.bitselect); },
  /** float of a float: the arena holds no int where these kernels run. */
  float: (o) => o.arg(0),
  // Transcendentals and the rest run in JS (float32 fast math for exp and its family).
  exp: null, log: null, tanh: null, sigmoid: null, softplus: null, erf: null, elu: null,
  leaky_relu: null, sign: null, pow: null,
};
