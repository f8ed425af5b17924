// A reduction (sum, max or min over some axes) with the elementwise members fused into it as
// one WebAssembly SIMD function: producers computed per element of the reduced input, the
// epilogue per result (compiler/passes/fuseOps.ts). The loops are the kept levels outside,
// the reduced ones inside (axes merged where every operand walks them contiguously), and the
// vectors run along whichever axis the input is contiguous in:
// - along the innermost reduced level (a bias gradient's sum over an image's pixels, a
//   softmax's row): 4 partial results per vector, combined across lanes once per result, a
//   tail of 1-3 elements masked to the reduction's identity;
// - along the innermost kept level (a Dense bias gradient, summing rows): 4 results at a
//   time, each lane walking the reduced levels with its own column.
// Sums accumulate in float64 lanes (as the JS loops do, in doubles); max and min compare and
// select, so NaN is never taken, as in the JS `v > acc ? v : acc`.
import { Fn, lanes, mem, SIMD } from "./encoder.ts";
import { type EwArg, type EwCode, MemberCode } from "./elementwise.ts";

export type ReduceOp = "sum" | "max" | "min";

export interface ReduceProgram {
  op: ReduceOp;
  /** Extents of the kept levels, outer to inner (none for a full reduction), then of the
   * reduced levels. */
  kept: number[];
  reduced: number[];
  /** Operands read or written per element of the reduced input: their strides (in elements)
   * over the kept levels, then the reduced ones; the first `innerInputs` are read. */
  inner: number[][];
  innerInputs: number;
  /** What each element contributes: `value`, an input among `inner` or a member of
   * `producers` (computed from them). */
  producers: EwCode;
  value: EwArg;
  /** The producer member each written inner operand stores. */
  stored: number[];
  /** Operands read or written per result: strides over the kept levels; the first
   * `outerInputs` are read, the rest written. */
  outer: number[][];
  outerInputs: number;
  /** Members per result over its value (input 0) and the outer inputs (input 1 + k). */
  epilogue: EwCode;
  /** What each written operand stores: the result itself ({ input: 0 }) or a member. */
  outputs: EwArg[];
  /** The level the vectors run along: the innermost reduced one, or the innermost kept. */
  along: "reduced" | "kept";
}

/** How each reduction starts and combines, per lane. */
const IDENTITY = { sum: 0, max: -Infinity, min: Infinity };
const BETTER: Record<ReduceOp, number> = { sum: SIMD.add, max: SIMD.gt, min: SIMD.lt };

export function reduceFn(p: ReduceProgram): Fn {
  const I = p.inner.length, O = p.outer.length, K = p.kept.length;
  const f = new Fn(I + O, 0, I + O);
  const levels = [...p.kept, ...p.reduced];
  const producers = new MemberCode(f, p.producers);
  const epilogue = new MemberCode(f, p.epilogue);
  const ins = p.inner.slice(0, p.innerInputs).map(() => f.local());
  const outs = p.outer.map(() => f.local());
  const result = f.local();
  // Pointers per operand and level (level 0's is the parameter).
  const ptr = p.inner.map((_, k) => levels.map((_, j) => (j === 0 ? k : f.local(0x7f))));
  const optr = p.outer.map((_, k) => p.kept.map((_, j) => (j === 0 ? I + k : f.local(0x7f))));
  const innerAt = (k: number) => (levels.length ? ptr[k][levels.length - 1] : k);
  const outerAt = (k: number) => (K ? optr[k][K - 1] : I + k);
  const wide = p.op === "sum";
  // Accumulators: float64 halves for sums, one f32x4 for max and min; two sets, which
  // vectors along a reduced level take in turn (two dependency chains: the adds' and the
  // compares' latency no longer paces the loop), joined before the results are read.
  const sets = [0, 1].map(() => (wide ? [f.local(), f.local()] : [f.local()]));
  let acc = sets[0];
  const v = p.value;
  const value = () => ("member" in v ? producers.locals[v.member] : ins[(v as { input: number }).input]);
  const vectorAt = p.along === "kept" ? K - 1 : levels.length - 1;

  const init = () => {
    for (const a of sets.flat()) { f.get(wide ? f.f64x2(0) : f.f32x4(IDENTITY[p.op])); f.set(a); }
  };
  /** The first `valid` lanes of local `v` stored at `ptr`. */
  const store = (ptr: number, v: number, valid: number) => {
    if (valid === 4) { f.get(ptr); f.get(v); f.simd(SIMD.store, ...mem(0)); return; }
    for (let l = 0; l < valid; l++) { f.get(ptr); f.get(v); f.simd(SIMD.storeLane, ...mem(4 * l), l); }
  };
  /** Loads the inner operands' vectors (or splats), computes and stores the producers, and
   * combines the value into the accumulators, its lanes from `valid` on replaced by the
   * identity. */
  const element = (valid: number) => {
    ins.forEach((l, k) => {
      f.get(innerAt(k));
      if (p.inner[k][vectorAt] === 1) f.simd(SIMD.load, ...mem(0));
      else f.simd(SIMD.splat, ...mem(0));
      f.set(l);
    });
    producers.emit(ins);
    p.stored.forEach((m, j) => store(innerAt(p.innerInputs + j), producers.locals[m], valid));
    let x = value();
    if (valid < 4 && p.along === "reduced") {
      const masked = f.local();
      const keep = [0, 1, 2, 3].flatMap((l) => new Array(4).fill(l < valid ? 0xff : 0));
      f.get(x); f.get(f.f32x4(IDENTITY[p.op])); f.get(f.constant(keep)); f.simd(SIMD.bitselect);
      f.set(masked);
      x = masked;
    }
    combine(x);
  };
  const combine = (v: number) => {
    if (wide) {
      f.get(acc[0]); f.get(v); f.simd(SIMD.promote); f.simd(SIMD.f64Add); f.set(acc[0]);
      f.get(acc[1]); f.get(v); f.get(v); f.simd(SIMD.shuffle, ...lanes(2, 3, 2, 3));
      f.simd(SIMD.promote); f.simd(SIMD.f64Add); f.set(acc[1]);
      return;
    }
    f.get(v); f.get(acc[0]); f.get(v); f.get(acc[0]); f.simd(BETTER[p.op]); f.simd(SIMD.bitselect);
    f.set(acc[0]);
  };
  /** The accumulators as an f32x4 of results in `result`: per lane (vectors along a kept
   * level), or each lane the whole result (along a reduced one). */
  const finish = () => {
    acc = sets[0];
    if (p.along === "reduced") {
      // The second set into the first: max and min keep the first's lanes on ties and NaN.
      sets[1].forEach((b, k) => {
        const a = sets[0][k];
        if (wide) { f.get(a); f.get(b); f.simd(SIMD.f64Add); f.set(a); return; }
        f.get(b); f.get(a); f.get(b); f.get(a); f.simd(BETTER[p.op]); f.simd(SIMD.bitselect);
        f.set(a);
      });
    }
    if (wide) {
      if (p.along === "reduced") {
        f.get(acc[0]); f.get(acc[1]); f.simd(SIMD.f64Add); f.set(acc[0]);
        f.get(acc[0]); f.get(acc[0]); f.get(acc[0]); f.simd(SIMD.shuffle, ...lanes(2, 3, 0, 1));
        f.simd(SIMD.f64Add); f.simd(SIMD.demote);
        f.set(result);
        f.get(result); f.get(result); f.simd(SIMD.shuffle, ...lanes(0, 0, 0, 0));
      } else {
        f.get(acc[0]); f.simd(SIMD.demote); f.get(acc[1]); f.simd(SIMD.demote);
        f.simd(SIMD.shuffle, ...lanes(0, 1, 4, 5));
      }
      f.set(result);
      return;
    }
    f.get(acc[0]); f.set(result);
    if (p.along === "kept") return;
    for (const swap of [lanes(2, 3, 0, 1), lanes(1, 0, 3, 2)]) {
      const other = f.local();
      f.get(result); f.get(result); f.simd(SIMD.shuffle, ...swap); f.set(other);
      f.get(other); f.get(result); f.get(other); f.get(result); f.simd(BETTER[p.op]);
      f.simd(SIMD.bitselect); f.set(result);
    }
  };
  /** The epilogue for the results in `result`, the first `valid` lanes stored. */
  const results = (valid: number) => {
    for (let k = 0; k < p.outerInputs; k++) {
      f.get(outerAt(k));
      if (p.along === "kept" && p.outer[k][K - 1] === 1) f.simd(SIMD.load, ...mem(0));
      else f.simd(SIMD.splat, ...mem(0));
      f.set(outs[k]);
    }
    epilogue.emit([result, ...outs.slice(0, p.outerInputs)]);
    p.outputs.forEach((a, j) => {
      store(outerAt(p.outerInputs + j), "member" in a ? epilogue.locals[a.member] : result, valid);
    });
  };
  /** Descends into level j: its pointers start where level j - 1's are. */
  const enter = (j: number) => {
    p.inner.forEach((_, k) => { f.get(ptr[k][j - 1]); f.set(ptr[k][j]); });
    if (j < K) p.outer.forEach((_, k) => { f.get(optr[k][j - 1]); f.set(optr[k][j]); });
  };
  const advance = (j: number, by: number) => {
    p.inner.forEach((s, k) => f.addTo(ptr[k][j], 4 * by * s[j]));
    if (j < K) p.outer.forEach((s, k) => f.addTo(optr[k][j], 4 * by * s[j]));
  };
  /** Level j's loop, `body` for each step; along the vector level, 4 steps at a time and a
   * tail (body given how many lanes are real). */
  const level = (j: number, body: (valid: number) => void) => {
    const n = levels[j];
    if (j === vectorAt && p.along === "reduced") {
      // Two vectors a step, one into each set of accumulators.
      const twice = (set: number) => { acc = sets[set]; body(4); advance(j, 4); };
      f.repeat(f.local(0x7f), Math.floor(n / 8), () => { twice(0); twice(1); });
      if (n % 8 >= 4) twice(0);
      acc = sets[0];
      if (n % 4) body(n % 4);
      return;
    }
    if (j === vectorAt) {
      f.repeat(f.local(0x7f), Math.floor(n / 4), () => { body(4); advance(j, 4); });
      if (n % 4) body(n % 4);
      return;
    }
    f.repeat(f.local(0x7f), n, () => { body(4); advance(j, 1); });
  };
  const reduced = (j: number, valid: number): void => {
    if (j === levels.length) { element(valid); return; }
    if (j > 0) enter(j);
    level(j, (v) => reduced(j + 1, p.along === "reduced" ? v : valid));
  };
  const kept = (j: number, valid: number): void => {
    if (j === K) {
      init();
      reduced(K, valid);
      finish();
      results(p.along === "kept" ? valid : 1);
      return;
    }
    if (j > 0) enter(j);
    level(j, (v) => kept(j + 1, p.along === "kept" && j === K - 1 ? v : valid));
  };
  kept(0, 4);
  return f;
}
