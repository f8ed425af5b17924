// WebAssembly SIMD matrix products over the model's arena, taking three byte addresses. Plain
// JS tops out near 5 GFLOP/s (bounds-checked scalar loads, no SIMD); these keep a block of
// f32x4 accumulators in registers, with the product's sizes as constants.
//
// Two kernels cover the four layouts:
// - "axpy" (C = A B and C = A^T B): B's rows are contiguous along C's columns, so a block of
//   R rows x 4V columns adds A[i, k] (splatted) times a vector of B's row k, for each k;
//   C = A^T B^T is C^T = B A, the same kernel with C stored transposed (lane by lane);
// - "dot" (C = A B^T): A's and B's rows are both contiguous along k, so each C element of an
//   R x Q block is a vector of partial sums over k, summed across lanes at the end.
// Ragged edges are blocks of their own static size; their loads may read up to 3 floats past
// a row (never stored), which the arena's SIMD_PAD bytes (runtime/model/memory.ts) keep in memory.
import { Fn, mem, OP, SIMD, uleb } from "./encoder.ts";
import { epilogueArgs, EpilogueCode, type ProductEpilogue } from "./epilogue.ts";

// Locals shared by both kernels: params a b c (and a bias's address: param d, where the
// kernel takes one, then a batched kernel's sample count; or, from d's place on, an
// epilogue's inputs' addresses, at most EPILOGUE_INPUTS), then counters and pointers.
const [LA, LB, LC, LD] = [0, 1, 2, 3];
export const EPILOGUE_INPUTS = 5;
const [LI, LJ, LK, A0, C0, JB, JC, PA, PB, D0, JD] =
  Array.from({ length: 11 }, (_, k) => LD + EPILOGUE_INPUTS + k);
const I32S = LD + EPILOGUE_INPUTS + 11;

/** What a product's accumulators start from: zeros (C = A B), C itself (C += A B), a bias
 * per row of C (C = A B + d[i] on row i), or a matrix D of C's shape whose rows are `n`
 * floats apart (`addend n`: C = D + A B); the bias's or D's address is the kernel's fourth
 * argument. */
export type ProductStart = "zero" | "accumulate" | "rowBias" | `addend ${number}`;

/** One product per sample of a batch in one call (a convolution's, compiler/emit/js/conv.ts):
 * how many floats A, B and C move on per sample. The kernel then takes five arguments, (a, b,
 * c, d, n): d the bias's address (unused without one), n the samples (at least 1). Products
 * along A B^T's k run over all of them into one C (k is then n runs of K, each starting
 * `a`/`b` floats after the last's start); the others write one C per sample. */
export interface Samples { a: number; b: number; c: number }

/** The sample count, a batched kernel's fifth argument, copied out of the local that the
 * kernels use as a counter (params are a function's first locals). */
function sampleCount(f: Fn): number {
  const n = f.local(0x7f);
  f.get(4); f.set(n);
  return n;
}

/**
 * Rows in blocks of R, columns in blocks of `cw` (the row block loop's body gets the block's
 * height; the column loop's body gets the block's width), pointers advanced by the layout's
 * byte strides: A0/C0 at each row block's start, JB/JC at each column block's.
 */
function tiles(f: Fn, M: number, N: number, R: number, cw: number,
  strides: { aRow: number; bCol: number; cCol: number }, cRow: number,
  block: (rows: number, cols: number) => void, params = { a: LA, b: LB },
  /** The fourth argument's byte strides per row and column of C (D0, JD), if it has one. */
  d?: { row: number; col: number }): void {
  const cols = (rows: number) => {
    f.get(params.b); f.set(JB);
    f.get(C0); f.set(JC);
    if (d?.col) { f.get(D0); f.set(JD); }
    f.repeat(LJ, Math.floor(N / cw), () => {
      block(rows, cw);
      f.addTo(JB, cw * strides.bCol);
      f.addTo(JC, cw * strides.cCol);
      f.addTo(JD, cw * (d?.col ?? 0));
    });
    if (N % cw) block(rows, N % cw);
  };
  f.get(params.a); f.set(A0);
  f.get(LC); f.set(C0);
  if (d) { f.get(LD); f.set(D0); }
  f.repeat(LI, Math.floor(M / R), () => {
    cols(R);
    f.addTo(A0, R * strides.aRow);
    f.addTo(C0, R * cRow);
    if (d) f.addTo(D0, R * d.row);
  });
  if (M % R) cols(M % R);
}

/**
 * C = op(A) B, B row-major [K, N]: A stored [M, K], or [K, M] when `ta`. With `transposed`,
 * the kernel takes its operands as (b, a, c) and stores C transposed, [N, M]: computing
 * C^T = B' A' that way is A'^T B'^T's kernel, whose operands have no contiguous axis in C.
 */
function axpy(M: number, K: number, N: number, ta: boolean, transposed = false,
  start: ProductStart = "zero", samples?: Samples, epilogue?: ProductEpilogue): Fn {
  const R = Math.min(M, 4);
  const V = Math.max(1, Math.min(Math.max(2, Math.floor(8 / R)), Math.ceil(N / 4)));
  const aRow = ta ? 4 : K * 4, aK = ta ? M * 4 : 4;
  // v128 locals: accumulators R x V, B's vectors V, the splat.
  const dRow = start.startsWith("addend") ? Number(start.split(" ")[1]) : 0;
  const f = new Fn(I32S, R * V + V + 1, samples ? 5 : start === "rowBias" || dRow ? 4
    : 3 + (epilogue ? epilogueArgs(epilogue) : 0));
  const epi = epilogue && new EpilogueCode(f, epilogue, N, LC, LD);
  const acc = (r: number, q: number) => I32S + r * V + q;
  const bv = (q: number) => I32S + R * V + q;
  const sp = I32S + R * V + V;
  const params = transposed ? { a: LB, b: LA } : { a: LA, b: LB };
  const [cRow, cCol] = transposed ? [4, M * 4] : [N * 4, 4];
  const product = () => tiles(f, M, N, R, 4 * V, { aRow, bCol: 4, cCol }, cRow, (rows, cols) => {
    const vs = Math.ceil(cols / 4);
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < vs; q++) {
        // C's row as it is (a ragged block's load reads past it, into lanes never stored).
        if (start === "accumulate") { f.get(JC); f.simd(SIMD.load, ...mem((r * N + q * 4) * 4)); }
        else if (start === "rowBias") { f.get(D0); f.simd(SIMD.splat, ...mem(r * 4)); }
        else if (dRow) { f.get(JD); f.simd(SIMD.load, ...mem((r * dRow + q * 4) * 4)); }
        else { f.zero(acc(r, q)); continue; }
        f.set(acc(r, q));
      }
    }
    f.get(A0); f.set(PA);
    f.get(JB); f.set(PB);
    f.repeat(LK, K, () => {
      // One row of A: B's vectors are loaded once into locals and reused; one row: inline.
      if (rows > 1) {
        for (let q = 0; q < vs; q++) { f.get(PB); f.simd(SIMD.load, ...mem(q * 16)); f.set(bv(q)); }
      }
      for (let r = 0; r < rows; r++) {
        f.get(PA); f.simd(SIMD.splat, ...mem(r * aRow)); f.set(sp);
        for (let q = 0; q < vs; q++) {
          f.fma(acc(r, q), sp, rows > 1 ? () => f.get(bv(q))
            : () => { f.get(PB); f.simd(SIMD.load, ...mem(q * 16)); });
        }
      }
      f.addTo(PA, aK);
      f.addTo(PB, N * 4);
    });
    epi?.tile(JC);
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < vs; q++) {
        const at = (col: number) => (transposed ? col * M + r : r * N + col) * 4;
        const lanes = Math.min(4, cols - q * 4);
        const value = epi ? epi.value(acc(r, q), r, q) : acc(r, q);
        epi?.storeAlso(r, q, lanes);
        // Sums nobody reads once the epilogue has them (its results are stored elsewhere).
        if (epi?.keepsNoC) continue;
        if (lanes === 4 && !transposed) {
          f.get(JC); f.get(value); f.simd(SIMD.store, ...mem(at(q * 4)));
          continue;
        }
        for (let l = 0; l < lanes; l++) {
          f.get(JC); f.get(value); f.simd(SIMD.storeLane, ...mem(at(q * 4 + l)), l);
        }
      }
    }
  }, params, start === "rowBias" ? { row: 4, col: 0 }
    : dRow ? { row: dRow * 4, col: 4 } : undefined);
  if (!samples) product();
  else {
    f.countDown(sampleCount(f), () => {
      product();
      f.addTo(LA, samples.a * 4); f.addTo(LB, samples.b * 4); f.addTo(LC, samples.c * 4);
    });
  }
  return f;
}

/** C = A B^T: A stored [M, K], B stored [N, K]; with `accumulate`, C += A B^T. */
function dot(M: number, K: number, N: number, accumulate: boolean, samples?: Samples): Fn {
  const R = Math.min(M, 2), Q = Math.min(N, 4);
  const f = new Fn(I32S, R * Q + R + 2, samples ? 5 : 3);
  const n = samples ? sampleCount(f) : -1, left = samples ? f.local(0x7f) : -1;
  const acc = (r: number, q: number) => I32S + r * Q + q;
  const av = (r: number) => I32S + R * Q + r;
  const mask = I32S + R * Q + R, bq = mask + 1;
  const tail = K % 4;
  if (tail) {
    const lanes = [0, 1, 2, 3].flatMap((l) => (l < tail ? [0xff, 0xff, 0xff, 0xff] : [0, 0, 0, 0]));
    f.simd(SIMD.const, ...lanes);
    f.set(mask);
  }
  tiles(f, M, N, R, Q, { aRow: K * 4, bCol: K * 4, cCol: 4 }, N * 4, (rows, cols) => {
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) f.zero(acc(r, q));
    f.get(A0); f.set(PA);
    f.get(JB); f.set(PB);
    // Four k at a time, then the last K % 4 with the lanes past K masked to zero (they read
    // the next row, or the pad, which may hold anything: and-ing keeps NaN out of the sum).
    const step = (masked: boolean) => {
      const load = (ptr: number, at: number) => {
        f.get(ptr); f.simd(SIMD.load, ...mem(at));
        if (masked) { f.get(mask); f.simd(SIMD.and); }
      };
      for (let r = 0; r < rows; r++) { load(PA, r * K * 4); f.set(av(r)); }
      for (let q = 0; q < cols; q++) {
        load(PB, q * K * 4);
        f.set(bq);
        for (let r = 0; r < rows; r++) f.fma(acc(r, q), av(r), () => f.get(bq));
      }
    };
    const run = () => {
      f.repeat(LK, Math.floor(K / 4), () => {
        step(false);
        f.addTo(PA, 16);
        f.addTo(PB, 16);
      });
      if (tail) step(true);
    };
    if (!samples) run();
    else {
      // k over every sample: each one's run of K, then on to the next one's rows.
      f.get(n); f.set(left);
      f.countDown(left, () => {
        run();
        const back = 16 * Math.floor(K / 4);
        f.addTo(PA, samples.a * 4 - back); f.addTo(PB, samples.b * 4 - back);
      });
    }
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < cols; q++) {
        f.get(JC);
        for (let l = 0; l < 4; l++) {
          f.get(acc(r, q)); f.simd(SIMD.lane, l);
          if (l) f.code.push(OP.f32Add);
        }
        if (accumulate) { f.get(JC); f.code.push(OP.f32Load, 2, ...uleb((r * N + q) * 4), OP.f32Add); }
        f.code.push(OP.f32Store, 2, ...uleb((r * N + q) * 4));
      }
    }
  });
  return f;
}

/** The product kernel C[M, N] = op(A) op(B), called with the byte addresses of A, B and C
 * (and the bias's or D's, or the epilogue's inputs'); "accumulate" for A B^T and A^T B, the
 * others for A B and A^T B ("rowBias" A B only); an epilogue for one A B or A^T B from zero. */
export function matmulFn(M: number, K: number, N: number, ta: boolean, tb: boolean,
  start: ProductStart = "zero", samples?: Samples, epilogue?: ProductEpilogue): Fn {
  if (M < 1 || K < 1 || N < 1) throw new RangeError(`no SIMD kernel for ${M}x${K}x${N}`);
  if (epilogue && (tb || samples || start !== "zero" ||
    epilogueArgs(epilogue) > EPILOGUE_INPUTS)) {
    throw new RangeError("no SIMD kernel with this epilogue for this layout");
  }
  const addend = start.startsWith("addend");
  if ((ta && tb && start !== "zero") || (start === "rowBias" && (ta || tb)) || (addend && tb)) {
    throw new RangeError(`no SIMD kernel starting from ${start} for this layout`);
  }
  if (samples && ((ta && tb) || addend)) {
    throw new RangeError("no SIMD kernel over samples for this layout");
  }
  if (ta && tb) return axpy(N, K, M, false, true);
  return tb ? dot(M, K, N, start === "accumulate", samples)
    : axpy(M, K, N, ta, false, start, samples, epilogue);
}
