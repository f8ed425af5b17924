// A product's elementwise epilogue (a bias add, then an activation, an optimizer's update,
// ...) applied to C's accumulators in registers as a kernel stores them, instead of a
// second pass over C. The members are an elementwise program (elementwise.ts) whose input 0
// is the product's vector; its other inputs are vectors along C's columns (a bias,
// broadcast over rows), matrices of C's shape read at the vector's place, or scalars. At most
// one member is stored in C's place, others in matrices of C's shape. Computed after the
// product's sums, as the separate pass computed them: the results are the same bits.
import { Fn, mem, OP, SIMD } from "./encoder.ts";
import { type EwCode, MemberCode } from "./elementwise.ts";

export interface ProductEpilogue extends EwCode {
  /** Per input after the product: a vector along C's columns, a matrix of C's shape
   * (row-major, rows N floats apart), or one float. */
  inputs: ("col" | "matrix" | "scalar")[];
  /** The member stored in C's place, and those stored in matrices of C's shape. -1: none;
   * C, scratch, holds only the sums between K blocks (a product kept apart so that its
   * epilogue can write a step's new param over the old one). */
  output: number;
  also: number[];
}

/** Addresses a kernel with this epilogue takes after its own: inputs', then `also`'s. */
export const epilogueArgs = (e: ProductEpilogue) => e.inputs.length + e.also.length;

/** The epilogue's code in kernel `f` for a C of `N` columns at parameter `cParam`, the
 * inputs' and outputs' addresses at parameters `first`, `first + 1`, ... */
export class EpilogueCode {
  private readonly code: MemberCode;
  private readonly ins: number[];
  /** Per input and then per `also` output, its address at the current tile's first element
   * (for "col", the tile's first column; for "scalar", the parameter as it is). */
  private readonly at: number[];
  constructor(private readonly f: Fn, private readonly e: ProductEpilogue,
    private readonly N: number, private readonly cParam: number, private readonly first: number) {
    this.code = new MemberCode(f, e);
    this.ins = [f.local(), ...e.inputs.map(() => f.local())];
    this.at = [...e.inputs, ...e.also].map(() => f.local(0x7f));
  }

  /** Points the inputs and outputs at the tile whose first element of C is at the address in
   * local `cp`: its column is (cp - C) mod 4N bytes, its element cp - C. */
  tile(cp: number): void {
    const f = this.f;
    [...this.e.inputs, ...this.e.also.map(() => "matrix" as const)].forEach((kind, k) => {
      f.get(this.first + k);
      if (kind !== "scalar") {
        f.get(cp); f.get(this.cParam); f.op(OP.sub);
        if (kind === "col") { f.i32(this.N * 4); f.op(OP.remU); }
        f.op(OP.add);
      }
      f.set(this.at[k]);
    });
  }

  /** Computes the members for accumulator `acc` at row r and vector q of the tile (C's
   * element at row r, column 4q of the tile); returns the local to store in C. */
  value(acc: number, r: number, q: number): number {
    const f = this.f;
    f.get(acc); f.set(this.ins[0]);
    this.e.inputs.forEach((kind, k) => {
      f.get(this.at[k]);
      if (kind === "scalar") f.simd(SIMD.splat, ...mem(0));
      else f.simd(SIMD.load, ...mem(((kind === "col" ? 0 : r * this.N) + 4 * q) * 4));
      f.set(this.ins[k + 1]);
    });
    this.code.emit(this.ins);
    return this.e.output < 0 ? acc : this.code.locals[this.e.output];
  }

  /** Whether the kernel stores nothing in C after the last K block. */
  get keepsNoC(): boolean {
    return this.e.output < 0;
  }

  /** Stores the `also` members computed by `value` for row r and vector q: 4 lanes, or the
   * first `lanes`. */
  storeAlso(r: number, q: number, lanes: number): void {
    const f = this.f;
    this.e.also.forEach((m, j) => {
      const at = this.at[this.e.inputs.length + j], off = (r * this.N + 4 * q) * 4;
      const value = this.code.locals[m];
      if (lanes === 4) { f.get(at); f.get(value); f.simd(SIMD.store, ...mem(off)); return; }
      for (let l = 0; l < lanes; l++) {
        f.get(at); f.get(value); f.simd(SIMD.storeLane, ...mem(off + 4 * l), l);
      }
    });
  }
}

/** The kernel key's suffix for an epilogue ("" for none). */
export const epilogueKey = (e?: ProductEpilogue) => (e ? ` ${JSON.stringify(e)}` : "");
