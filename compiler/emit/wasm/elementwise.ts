// A fused elementwise loop as one WebAssembly SIMD function, 4 elements a step: each member
// computed by its op's form (ops.ts) from the inputs' vectors, literals and earlier members,
// the stored members written back. Called with the inputs' then the outputs' byte addresses;
// a scalar input (a broadcast one-element tensor) is read once and splatted.
import { f32Bits, Fn, mem, SIMD } from "./encoder.ts";
import { type ElementwiseOp, SIMD_OPS } from "./ops.ts";

/** An argument of a member: input k, member k (earlier in the loop), or literal k. */
export type EwArg = { input: number } | { member: number } | { literal: number };

export interface EwProgram {
  /** Vectors of 4 elements per call; absent, the function takes the count as its last
   * parameter (then one kernel serves every length). */
  vectors?: number;
  /** Per input: whether it is one float splatted across the loop. */
  splats: boolean[];
  members: { op: ElementwiseOp; args: EwArg[] }[];
  /** The member each output stores. */
  outputs: number[];
  /** Float32 literals, splatted once. */
  literals: number[];
}

/** Whether every op has a SIMD form, so the program can be a kernel. */
export function hasSimdForms(ops: readonly string[]): ops is ElementwiseOp[] {
  return ops.every((op) => Object.hasOwn(SIMD_OPS, op) && SIMD_OPS[op as ElementwiseOp] !== null);
}

export function elementwiseFn(p: EwProgram): Fn {
  const inputs = p.splats.length;
  const params = inputs + p.outputs.length, COUNT = params;
  const counted = p.vectors === undefined;
  const f = new Fn(params + 1, 2 + p.literals.length + inputs + p.members.length,
    params + (counted ? 1 : 0));
  const ONE = params + 1, ZERO = ONE + 1;
  const litL = (k: number) => ZERO + 1 + k, inL = (k: number) => ZERO + 1 + p.literals.length + k;
  const memL = (k: number) => ZERO + 1 + p.literals.length + inputs + k;
  f.splatBits(0x3f800000, ONE);
  f.zero(ZERO);
  p.literals.forEach((v, k) => f.splatBits(f32Bits(v), litL(k)));
  const push = (a: EwArg) => f.get("input" in a ? inL(a.input) : "member" in a ? memL(a.member)
    : litL(a.literal));
  p.splats.forEach((splat, k) => {
    if (splat) { f.get(k); f.simd(SIMD.splat, ...mem(0)); f.set(inL(k)); }
  });
  const loop = (body: () => void) =>
    (counted ? f.countDown(COUNT, body) : f.repeat(COUNT, p.vectors!, body));
  loop(() => {
    p.splats.forEach((splat, k) => {
      if (!splat) { f.get(k); f.simd(SIMD.load, ...mem(0)); f.set(inL(k)); }
    });
    p.members.forEach(({ op, args }, m) => {
      SIMD_OPS[op]!({ f, arg: (k) => push(args[k]), one: () => f.get(ONE), zero: () => f.get(ZERO) });
      f.set(memL(m));
    });
    p.outputs.forEach((m, k) => {
      f.get(inputs + k); f.get(memL(m)); f.simd(SIMD.store, ...mem(0));
    });
    for (let k = 0; k < params; k++) if (k >= inputs || !p.splats[k]) f.addTo(k, 16);
  });
  return f;
}
