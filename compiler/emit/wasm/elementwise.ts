// A fused elementwise loop as one WebAssembly SIMD function, 4 elements a step: each member
// computed by its op's form (ops.ts) from the inputs' vectors, literals and earlier members,
// the stored members written back. Called with the inputs' then the outputs' byte addresses.
// The loop is a nest (the loop's shape with axes merged where every operand walks them
// contiguously): operands move by their own strides at each level, and along the innermost
// one each is either contiguous (read 4 at a time) or broadcast (one float read and splatted
// where the inner loop starts: a bias over a row, a per-channel scale over an image). The
// innermost length need not be a multiple of 4: the last 1-3 elements are computed as a
// vector whose loads may read up to 3 floats past a row (the arena's pad keeps them in
// memory) and stored lane by lane.
import type { Attrs } from "../../ir/types.ts";
import { Fn, mem, OP, SIMD } from "./encoder.ts";
import { type ElementwiseOp, SIMD_OPS } from "./ops.ts";

/** An argument of a member: input k, member k (earlier in the loop), or literal k. */
export type EwArg = { input: number } | { member: number } | { literal: number };

export interface EwMember {
  op: ElementwiseOp;
  args: EwArg[];
  /** The op's attributes its form reads (elu's and leaky_relu's alpha). */
  attrs?: Attrs;
}

/** What a vector step computes: members from inputs, literals and earlier members. */
export interface EwCode {
  members: EwMember[];
  /** Float32 literals, splatted once. */
  literals: number[];
}

export interface EwProgram extends EwCode {
  /** Extents of the loop nest, outer to inner. Absent: one level whose length (in elements)
   * is the function's last parameter, so one kernel serves every length. */
  dims?: number[];
  /** The outermost level's extent is the function's last parameter, not `dims[0]` (which is
   * then 0): a loop over the batch fed of a bounded dim (compiler/ir/lead.ts). */
  outer?: boolean;
  /** Per operand (the inputs, then the outputs), its stride in elements at each level, 0
   * where it is broadcast; the innermost is 0 or 1 for inputs, 1 for outputs. */
  strides: number[][];
  inputs: number;
  /** The member each output stores. */
  outputs: number[];
}

/** Whether every op has a SIMD form, so the program can be a kernel. */
export function hasSimdForms(ops: readonly string[]): ops is ElementwiseOp[] {
  return ops.every((op) => Object.hasOwn(SIMD_OPS, op) && SIMD_OPS[op as ElementwiseOp] !== null);
}

/** The members' code, each member's value in a local of its own. */
export class MemberCode {
  readonly locals: number[];
  /** Divisions computed as products: member -> the local holding its divisor's reciprocal. */
  reciprocals = new Map<number, number>();
  constructor(private readonly f: Fn, private readonly p: EwCode) {
    this.locals = p.members.map(() => f.local());
  }

  /** Computes every member, input k being read from local ins[k]. */
  emit(ins: readonly number[]): void {
    const f = this.f;
    const local = (a: EwArg) => ("input" in a ? ins[a.input]
      : "member" in a ? this.locals[a.member] : f.f32x4(this.p.literals[a.literal]));
    this.p.members.forEach(({ op, args, attrs }, m) => {
      const r = this.reciprocals.get(m);
      if (r !== undefined) { f.get(local(args[0])); f.get(r); f.simd(SIMD.mul); }
      else {
        SIMD_OPS[op]!({ f, arg: (k) => f.get(local(args[k])), local: (k) => local(args[k]),
          attrs: attrs ?? {}, one: () => f.get(f.f32x4(1)), zero: () => f.get(f.f32x4(0)) });
      }
      f.set(this.locals[m]);
    });
  }
}

/**
 * `loops` twice where members divide by an input that is the same for every element (a
 * per-step scalar: Adam's bias correction): once multiplying by its reciprocal, computed once
 * per call, where every such divisor is within [2^-125, 2^125] (the reciprocal then a normal
 * float, the product within 1.5 ulp of the quotient); once dividing, for the rest (zeros,
 * infinities, NaN, the extremes), as the JS loops do.
 */
function withReciprocals(f: Fn, p: EwProgram, code: MemberCode, ins: readonly number[],
  still: (k: number) => boolean, loops: () => void): void {
  const divides = new Map<number, number>();
  p.members.forEach((m, i) => {
    const d = m.args[1];
    if (m.op === "div" && "input" in d && still(d.input)) divides.set(i, d.input);
  });
  if (!divides.size) { loops(); return; }
  const inputs = [...new Set(divides.values())];
  const recip = new Map(inputs.map((k) => [k, f.local()]));
  for (const [k, l] of recip) { f.get(f.f32x4(1)); f.get(ins[k]); f.simd(SIMD.div); f.set(l); }
  inputs.forEach((k, j) => {
    for (const [bound, cmp] of [[2 ** -125, OP.f32Ge], [2 ** 125, OP.f32Le]] as const) {
      f.get(ins[k]); f.simd(SIMD.lane, 0); f.op(OP.f32Abs);
      f.op(OP.f32Const, ...new Uint8Array(Float32Array.of(bound).buffer), cmp);
      if (j || bound > 1) f.op(OP.and);
    }
  });
  f.op(OP.if, OP.void);
  code.reciprocals = new Map([...divides].map(([m, k]) => [m, recip.get(k)!]));
  loops();
  f.op(OP.else);
  code.reciprocals = new Map();
  loops();
  f.op(OP.end);
}

export function elementwiseFn(p: EwProgram): Fn {
  const operands = p.strides.length;
  const counted = p.dims === undefined;
  const dims = p.dims ?? [0];
  const L = dims.length;
  const outer = !counted && L > 1 && p.outer === true;
  const params = operands + (counted || outer ? 1 : 0);
  const f = new Fn(params, 0, params);
  const code = new MemberCode(f, p);
  const ins = Array.from({ length: p.inputs }, () => f.local());
  const stride = (k: number, d: number) => (counted ? p.strides[k][0] : p.strides[k][d]);
  const still = (k: number) => dims.every((_, d) => stride(k, d) === 0);
  // Pointers per operand and level: level 0's is the parameter.
  const ptr = Array.from({ length: operands }, (_, k) => dims.map((_, d) =>
    (d === 0 ? k : still(k) ? k : f.local(0x7f))));
  for (let k = 0; k < p.inputs; k++) {
    if (still(k)) { f.get(k); f.simd(SIMD.splat, ...mem(0)); f.set(ins[k]); }
  }
  const contiguous = (k: number) => stride(k, L - 1) === 1;
  const at = (k: number) => ptr[k][L - 1];
  /** One vector at byte offset `off`, its first `lanes` stored. */
  const step = (off: number, lanes: number | "runtime") => {
    for (let k = 0; k < p.inputs; k++) {
      if (contiguous(k)) { f.get(at(k)); f.simd(SIMD.load, ...mem(off)); f.set(ins[k]); }
    }
    code.emit(ins);
    p.outputs.forEach((m, j) => {
      const k = p.inputs + j;
      const store = (lane: number) => {
        f.get(at(k)); f.get(code.locals[m]); f.simd(SIMD.storeLane, ...mem(off + 4 * lane), lane);
      };
      if (lanes === 4) { f.get(at(k)); f.get(code.locals[m]); f.simd(SIMD.store, ...mem(off)); }
      else if (lanes !== "runtime") for (let l = 0; l < lanes; l++) store(l);
      else {
        // The tail's length is the count's low two bits (1 to 3 here).
        store(0);
        for (const l of [1, 2]) {
          f.when(() => { f.get(counted ? operands : 0); f.i32(3); f.op(OP.and); f.i32(l); f.op(OP.gtS); },
            () => store(l));
        }
      }
    });
  };
  const advance = (by: number) => {
    for (let k = 0; k < operands; k++) if (contiguous(k)) f.addTo(at(k), by);
  };
  const inner = () => {
    for (let k = 0; k < p.inputs; k++) {
      if (!still(k) && !contiguous(k)) { f.get(at(k)); f.simd(SIMD.splat, ...mem(0)); f.set(ins[k]); }
    }
    if (counted) {
      const n = f.local(0x7f);
      f.get(operands); f.i32(2); f.op(OP.shrS); f.set(n);
      f.when(() => f.get(n), () => f.countDown(n, () => { step(0, 4); advance(16); }));
      f.when(() => { f.get(operands); f.i32(3); f.op(OP.and); }, () => step(0, "runtime"));
      return;
    }
    const n = dims[L - 1];
    f.repeat(f.local(0x7f), Math.floor(n / 4), () => { step(0, 4); advance(16); });
    if (n % 4) step(0, n % 4);
  };
  const level = (d: number) => {
    if (d === L - 1) { inner(); return; }
    const body = () => {
      for (let k = 0; k < operands; k++) {
        if (!still(k)) { f.get(ptr[k][d]); f.set(ptr[k][d + 1]); }
      }
      level(d + 1);
      for (let k = 0; k < operands; k++) f.addTo(ptr[k][d], 4 * stride(k, d));
    };
    if (d > 0 || !outer) { f.repeat(f.local(0x7f), dims[d], body); return; }
    const n = f.local(0x7f);
    f.get(operands); f.set(n);
    f.when(() => f.get(n), () => f.countDown(n, body));
  };
  withReciprocals(f, p, code, ins, still, () => level(0));
  return f;
}
