// WebAssembly SIMD matrix products for float32 modules, reading and writing the model's arena
// in place: a float32 module's arena *is* a WebAssembly memory (allocateArena), so a product
// is one call with three byte addresses and copies nothing. Plain JS tops out near 5 GFLOP/s
// (bounds-checked scalar loads, no SIMD); these kernels keep a block of f32x4 accumulators in
// registers. Each product shape gets its own small module with its sizes as constants, built
// here on first use (the bytes are made by the functions below) and instantiated once per
// arena.
//
// Two kernels cover the four layouts:
// - "axpy" (C = A B and C = A^T B): B's rows are contiguous along C's columns, so a block of
//   R rows x 4V columns adds A[i, k] (splatted) times a vector of B's row k, for each k;
//   C = A^T B^T is C^T = B A, the same kernel with C stored transposed (lane by lane);
// - "dot" (C = A B^T): A's and B's rows are both contiguous along k, so each C element of an
//   R x Q block is a vector of partial sums over k, summed across lanes at the end.
// Ragged edges are blocks of their own
// static size; their loads may read up to 3 floats past a row (never stored), which the
// arena's SIMD_PAD bytes keep inside memory.

import type { SimdUpdateFn, SimdUpdates } from "./types.ts";

/** The WebAssembly binary encoding's pieces we need. */
function simdUleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function simdSleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

function simdSection(id: number, items: number[][]): number[] {
  const body = [...simdUleb(items.length), ...items.flat()];
  return [id, ...simdUleb(body.length), ...body];
}

/** Bytes past the arena's end that a kernel's edge loads may touch. */
export const SIMD_PAD = 16;

/** Opcodes, by name (core and 0xfd-prefixed SIMD). */
const W = {
  get: 0x20, set: 0x21, tee: 0x22, i32: 0x41, add: 0x6a, sub: 0x6b, loop: 0x03, end: 0x0b,
  brIf: 0x0d, void: 0x40, f32Add: 0x92, f32Store: 0x38,
  load: 0x00, splat: 0x09, store: 0x0b, const: 0x0c, lane: 0x1f, and: 0x4e, storeLane: 0x5a,
  fadd: 0xe4, fmul: 0xe6,
};

/** A function body under construction: i32 locals first, then v128 ones. */
interface SimdFn {
  code: number[];
  i32s: number;
  v128s: number;
}

function simdOp(f: SimdFn, op: number, ...imm: number[]): void {
  f.code.push(0xfd, ...simdUleb(op), ...imm);
}

function simdGet(f: SimdFn, l: number): void {
  f.code.push(W.get, ...simdUleb(l));
}

function simdSet(f: SimdFn, l: number): void {
  f.code.push(W.set, ...simdUleb(l));
}

/** memarg: alignment hint 0 (accesses may be unaligned), then the static offset. */
function simdMem(offset: number): number[] {
  return [0, ...simdUleb(offset)];
}

function simdAddTo(f: SimdFn, l: number, by: number): void {
  if (by === 0) return;
  simdGet(f, l);
  f.code.push(W.i32, ...simdSleb(by), W.add);
  simdSet(f, l);
}

/** `body` run `count` times (a count-down loop on local `l`; nothing for 0, no loop for 1). */
function simdRepeat(f: SimdFn, l: number, count: number, body: () => void): void {
  if (count <= 0) return;
  if (count === 1) { body(); return; }
  f.code.push(W.i32, ...simdSleb(count));
  simdSet(f, l);
  f.code.push(W.loop, W.void);
  body();
  simdGet(f, l);
  f.code.push(W.i32, 1, W.sub, W.tee, ...simdUleb(l), W.brIf, 0, W.end);
}

function simdZero(f: SimdFn, l: number): void {
  simdOp(f, W.const, ...new Array(16).fill(0));
  simdSet(f, l);
}

/** acc += x * y, for v128 locals (y given as code that pushes it). */
function simdFma(f: SimdFn, acc: number, x: number, y: () => void): void {
  simdGet(f, acc);
  simdGet(f, x);
  y();
  simdOp(f, W.fmul);
  simdOp(f, W.fadd);
  simdSet(f, acc);
}

// Locals shared by both kernels: params a b c, then counters and pointers.
const [LA, LB, LC, LI, LJ, LK, A0, C0, JB, JC, PA, PB] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SIMD_I32S = 12;

/**
 * Rows in blocks of R, columns in blocks of `cw` (the row block loop's body gets the block's
 * height; the column loop's body gets the block's width), pointers advanced by the layout's
 * byte strides: A0/C0 at each row block's start, JB/JC at each column block's.
 */
function simdTiles(f: SimdFn, M: number, N: number, R: number, cw: number,
  strides: { aRow: number; bCol: number; cCol: number }, N4: number,
  block: (rows: number, cols: number) => void, params = { a: LA, b: LB }): void {
  const cols = (rows: number) => {
    simdGet(f, params.b); simdSet(f, JB);
    simdGet(f, C0); simdSet(f, JC);
    simdRepeat(f, LJ, Math.floor(N / cw), () => {
      block(rows, cw);
      simdAddTo(f, JB, cw * strides.bCol);
      simdAddTo(f, JC, cw * strides.cCol);
    });
    if (N % cw) block(rows, N % cw);
  };
  simdGet(f, params.a); simdSet(f, A0);
  simdGet(f, LC); simdSet(f, C0);
  simdRepeat(f, LI, Math.floor(M / R), () => {
    cols(R);
    simdAddTo(f, A0, R * strides.aRow);
    simdAddTo(f, C0, R * N4);
  });
  if (M % R) cols(M % R);
}

/**
 * C = op(A) B, B row-major [K, N]: A stored [M, K], or [K, M] when `ta`. With `transposed`,
 * the kernel takes its operands as (b, a, c) and stores C transposed, [N, M]: computing
 * C^T = B' A' that way is A'^T B'^T's kernel, whose operands have no contiguous axis in C.
 */
function simdAxpyBody(M: number, K: number, N: number, ta: boolean, transposed = false): SimdFn {
  const R = Math.min(M, 4);
  const V = Math.max(1, Math.min(Math.max(2, Math.floor(8 / R)), Math.ceil(N / 4)));
  const aRow = ta ? 4 : K * 4, aK = ta ? M * 4 : 4;
  // v128 locals: accumulators R x V, B's vectors V, the splat.
  const f: SimdFn = { code: [], i32s: SIMD_I32S, v128s: R * V + V + 1 };
  const acc = (r: number, q: number) => SIMD_I32S + r * V + q;
  const bv = (q: number) => SIMD_I32S + R * V + q;
  const sp = SIMD_I32S + R * V + V;
  const params = transposed ? { a: LB, b: LA } : { a: LA, b: LB };
  const [cRow, cCol] = transposed ? [4, M * 4] : [N * 4, 4];
  simdTiles(f, M, N, R, 4 * V, { aRow, bCol: 4, cCol }, cRow, (rows, cols) => {
    const vs = Math.ceil(cols / 4);
    for (let r = 0; r < rows; r++) for (let q = 0; q < vs; q++) simdZero(f, acc(r, q));
    simdGet(f, A0); simdSet(f, PA);
    simdGet(f, JB); simdSet(f, PB);
    simdRepeat(f, LK, K, () => {
      // One row of A: B's vectors are loaded once into locals and reused; one row: inline.
      if (rows > 1) {
        for (let q = 0; q < vs; q++) { simdGet(f, PB); simdOp(f, W.load, ...simdMem(q * 16)); simdSet(f, bv(q)); }
      }
      for (let r = 0; r < rows; r++) {
        simdGet(f, PA); simdOp(f, W.splat, ...simdMem(r * aRow)); simdSet(f, sp);
        for (let q = 0; q < vs; q++) {
          simdFma(f, acc(r, q), sp, rows > 1 ? () => simdGet(f, bv(q))
            : () => { simdGet(f, PB); simdOp(f, W.load, ...simdMem(q * 16)); });
        }
      }
      simdAddTo(f, PA, aK);
      simdAddTo(f, PB, N * 4);
    });
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < vs; q++) {
        const at = (col: number) => (transposed ? col * M + r : r * N + col) * 4;
        const lanes = Math.min(4, cols - q * 4);
        if (lanes === 4 && !transposed) {
          simdGet(f, JC); simdGet(f, acc(r, q)); simdOp(f, W.store, ...simdMem(at(q * 4)));
          continue;
        }
        for (let l = 0; l < lanes; l++) {
          simdGet(f, JC); simdGet(f, acc(r, q)); simdOp(f, W.storeLane, ...simdMem(at(q * 4 + l)), l);
        }
      }
    }
  }, params);
  return f;
}

/** C = A B^T: A stored [M, K], B stored [N, K]. */
function simdDotBody(M: number, K: number, N: number): SimdFn {
  const R = Math.min(M, 2), Q = Math.min(N, 4);
  const f: SimdFn = { code: [], i32s: SIMD_I32S, v128s: R * Q + R + 2 };
  const acc = (r: number, q: number) => SIMD_I32S + r * Q + q;
  const av = (r: number) => SIMD_I32S + R * Q + r;
  const mask = SIMD_I32S + R * Q + R, bq = mask + 1;
  const tail = K % 4;
  if (tail) {
    const lanes = [0, 1, 2, 3].flatMap((l) => (l < tail ? [0xff, 0xff, 0xff, 0xff] : [0, 0, 0, 0]));
    simdOp(f, W.const, ...lanes);
    simdSet(f, mask);
  }
  simdTiles(f, M, N, R, Q, { aRow: K * 4, bCol: K * 4, cCol: 4 }, N * 4, (rows, cols) => {
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) simdZero(f, acc(r, q));
    simdGet(f, A0); simdSet(f, PA);
    simdGet(f, JB); simdSet(f, PB);
    // Four k at a time, then the last K % 4 with the lanes past K masked to zero (they read
    // the next row, or the pad, which may hold anything: and-ing keeps NaN out of the sum).
    const step = (masked: boolean) => {
      const load = (ptr: number, at: number) => {
        simdGet(f, ptr); simdOp(f, W.load, ...simdMem(at));
        if (masked) { simdGet(f, mask); simdOp(f, W.and); }
      };
      for (let r = 0; r < rows; r++) { load(PA, r * K * 4); simdSet(f, av(r)); }
      for (let q = 0; q < cols; q++) {
        load(PB, q * K * 4);
        simdSet(f, bq);
        for (let r = 0; r < rows; r++) simdFma(f, acc(r, q), av(r), () => simdGet(f, bq));
      }
    };
    simdRepeat(f, LK, Math.floor(K / 4), () => {
      step(false);
      simdAddTo(f, PA, 16);
      simdAddTo(f, PB, 16);
    });
    if (tail) step(true);
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < cols; q++) {
        simdGet(f, JC);
        for (let l = 0; l < 4; l++) {
          simdGet(f, acc(r, q)); simdOp(f, W.lane, l);
          if (l) f.code.push(W.f32Add);
        }
        f.code.push(W.f32Store, 2, ...simdUleb((r * N + q) * 4));
      }
    }
  });
  return f;
}

/** A module importing memory `e.m` and exporting `mm(a, b, c)`, byte addresses. */
/** A module importing memory `e.m` and exporting `f` as `k`. Its parameters are its first
 * locals: `params` i32s (byte addresses, counts), then `floats` f32s; `f.i32s` counts the
 * parameters and the i32 locals after them. */
function simdModule(f: SimdFn, params = 3, floats = 0): Uint8Array<ArrayBuffer> {
  const locals = [[...simdUleb(f.i32s - params - floats), 0x7f], [...simdUleb(f.v128s), 0x7b]];
  const body = [...simdUleb(locals.length), ...locals.flat(), ...f.code, W.end];
  const str = (s: string) => [...simdUleb(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];
  const types = [...new Array(params).fill(0x7f), ...new Array(floats).fill(0x7d)];
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...simdSection(1, [[0x60, ...simdUleb(types.length), ...types, 0]]),
    ...simdSection(2, [[...str("e"), ...str("m"), 0x02, 0x00, 0x01]]),
    ...simdSection(3, [[0]]),
    ...simdSection(7, [[...str("k"), 0x00, 0]]),
    ...simdSection(10, [[...simdUleb(body.length), ...body]])]);
}

/** A convolution's geometry for one sample (compiler/ops/conv.ts's Geom without N and O). */
export interface SimdPatchGeom {
  C: number; H: number; W: number; KH: number; KW: number; Ho: number; Wo: number;
  sh: number; sw: number; pt: number; pl: number;
}

/** The order of SimdPatchGeom's fields in a kernel's name and key. */
export const SIMD_PATCH_FIELDS = ["C", "H", "W", "KH", "KW", "Ho", "Wo", "sh", "sw", "pt", "pl"] as const;

/**
 * im2col for one sample, `k(x, s)`: S [C*KH*KW, Ho*Wo] gets x [C, H, W]'s patches, zero where
 * they fall in the padding; or col2im, `k(x, s)`: each patch element is added back into x
 * where it came from. Column stride 1 only (each row of S is then a contiguous run of a row
 * of x), which the compiler checks. Rows and columns in the padding are static per tap, so
 * only the channels and the image rows loop.
 */
function simdPatchBody(g: SimdPatchGeom, col2im: boolean): SimdFn {
  const [X, S, LC, XC, SC, LI, XP, SP, XJ, SJ, LJ] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const f: SimdFn = { code: [], i32s: 11, v128s: 1 };
  const ZERO = 11;
  const { C, H, W: Wd, KH, KW, Ho, Wo, sh, pt, pl } = g;
  const F32LOAD = 0x2a;
  simdZero(f, ZERO);
  // Zeros over `n` floats at ptr + off.
  // Zeros over `n` floats at ptr + off: vectors unrolled up to 8, else looped (large padding
  // regions would otherwise make a module past the 4 KB browsers compile synchronously).
  const zeros = (ptr: number, off: number, n: number) => {
    let k = 0;
    if (n >= 36) {
      simdGet(f, ptr); f.code.push(W.i32, ...simdSleb(off), W.add); simdSet(f, SJ);
      simdRepeat(f, LJ, Math.floor(n / 4), () => {
        simdGet(f, SJ); simdGet(f, ZERO); simdOp(f, W.store, ...simdMem(0)); simdAddTo(f, SJ, 16);
      });
      k = n - (n % 4);
    }
    for (; k + 4 <= n; k += 4) { simdGet(f, ptr); simdGet(f, ZERO); simdOp(f, W.store, ...simdMem(off + 4 * k)); }
    for (; k < n; k++) { simdGet(f, ptr); f.code.push(0x43, 0, 0, 0, 0, W.f32Store, 2, ...simdUleb(off + 4 * k)); }
  };
  // One element or vector moved from x to S (im2col) or added from S into x (col2im).
  const vector = (xp: number, xo: number, sp: number, so: number) => {
    if (!col2im) { simdGet(f, sp); simdGet(f, xp); simdOp(f, W.load, ...simdMem(xo)); simdOp(f, W.store, ...simdMem(so)); return; }
    simdGet(f, xp); simdGet(f, xp); simdOp(f, W.load, ...simdMem(xo));
    simdGet(f, sp); simdOp(f, W.load, ...simdMem(so)); simdOp(f, W.fadd); simdOp(f, W.store, ...simdMem(xo));
  };
  const scalar = (xp: number, xo: number, sp: number, so: number) => {
    if (!col2im) { simdGet(f, sp); simdGet(f, xp); f.code.push(F32LOAD, 2, ...simdUleb(xo), W.f32Store, 2, ...simdUleb(so)); return; }
    simdGet(f, xp); simdGet(f, xp); f.code.push(F32LOAD, 2, ...simdUleb(xo));
    simdGet(f, sp); f.code.push(F32LOAD, 2, ...simdUleb(so), W.f32Add, W.f32Store, 2, ...simdUleb(xo));
  };
  // A run of n floats: x at XP, S at SP + so; whole vectors unrolled up to 8, else looped.
  const run = (n: number, so: number) => {
    const vectors = Math.floor(n / 4);
    if (vectors <= 8) {
      for (let q = 0; q < vectors; q++) vector(XP, 16 * q, SP, so + 16 * q);
    } else {
      simdGet(f, XP); simdSet(f, XJ);
      simdGet(f, SP); simdSet(f, SJ);
      simdRepeat(f, LJ, vectors, () => { vector(XJ, 0, SJ, so); simdAddTo(f, XJ, 16); simdAddTo(f, SJ, 16); });
    }
    for (let k = 4 * vectors; k < n; k++) scalar(XP, 4 * k, SP, so + 4 * k);
  };
  simdGet(f, X); simdSet(f, XC);
  simdGet(f, S); simdSet(f, SC);
  simdRepeat(f, LC, C, () => {
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        const row = (kh * KW + kw) * Ho * Wo * 4;
        // Columns j0 <= j < j1 read inside the image; rows i0 <= i < i1 likewise.
        const j0 = Math.min(Wo, Math.max(0, pl - kw)), j1 = Math.max(j0, Math.min(Wo, Wd + pl - kw));
        const i0 = Math.min(Ho, Math.max(0, Math.ceil((pt - kh) / sh)));
        const i1 = Math.max(i0, Math.min(Ho, Math.floor((H - 1 + pt - kh) / sh) + 1));
        if (!col2im) {
          // The rows in the padding, above and below: contiguous runs of S's row.
          zeros(SC, row, i0 * Wo);
          zeros(SC, row + i1 * Wo * 4, (Ho - i1) * Wo);
        }
        if (i1 === i0 || j1 === j0) {
          if (!col2im) zeros(SC, row + i0 * Wo * 4, (i1 - i0) * Wo);
          continue;
        }
        simdGet(f, XC);
        f.code.push(W.i32, ...simdSleb(((i0 * sh + kh - pt) * Wd + j0 + kw - pl) * 4), W.add);
        simdSet(f, XP);
        simdGet(f, SC);
        f.code.push(W.i32, ...simdSleb(row + i0 * Wo * 4), W.add);
        simdSet(f, SP);
        simdRepeat(f, LI, i1 - i0, () => {
          if (!col2im) zeros(SP, 0, j0);
          run(j1 - j0, 4 * j0);
          if (!col2im) zeros(SP, 4 * j1, Wo - j1);
          simdAddTo(f, XP, sh * Wd * 4);
          simdAddTo(f, SP, Wo * 4);
        });
      }
    }
    simdAddTo(f, XC, H * Wd * 4);
    simdAddTo(f, SC, KH * KW * Ho * Wo * 4);
  });
  return f;
}

/** The bytes of an im2col or col2im kernel (simdPatchBody). */
export function simdPatchBytes(g: SimdPatchGeom, col2im: boolean): Uint8Array<ArrayBuffer> {
  if (g.sw !== 1) throw new RangeError("SIMD patch kernels need a column stride of 1");
  return simdModule(simdPatchBody(g, col2im), 2);
}

/** The bytes of the product kernel C[M, N] = op(A) op(B). */
export function simdKernelBytes(M: number, K: number, N: number, ta: boolean, tb: boolean): Uint8Array<ArrayBuffer> {
  if (M < 1 || K < 1 || N < 1) throw new RangeError(`no SIMD kernel for ${M}x${K}x${N}`);
  if (ta && tb) return simdModule(simdAxpyBody(N, K, M, false, true));
  return simdModule(tb ? simdDotBody(M, K, N) : simdAxpyBody(M, K, N, ta));
}

/**
 * An optimizer's update of 4 elements, as data: `values` are computed in order (each an
 * expression of the tensors' 4 floats at their pointers, the scalar arguments splatted, and
 * earlier values), then `stores` write values back to tensors. Every load reads memory as it
 * was before the update, as the JS loops of runtime/optimizers.ts read each element first.
 */
type SimdExpr = ["slot", number] | ["arg", number] | ["val", number] |
  ["add" | "sub" | "mul" | "div", SimdExpr, SimdExpr] | ["sqrt", SimdExpr];
interface SimdUpdate { slots: number; args: number; values: SimdExpr[]; stores: [number, number][] }

/**
 * torch.optim's rules (runtime/optimizers.ts) for the kernels, computed in float32 as PyTorch
 * does for float32 params. Slots: p, g, then the optimizer's state; args as each wrapper there
 * passes them.
 */
const SIMD_UPDATES: Record<string, SimdUpdate> = {
  // args: lr, weightDecay; p -= lr * g + lr * wd * p.
  sgd: { slots: 2, args: 2, stores: [[0, 0]], values: [
    ["sub", ["slot", 0], ["mul", ["arg", 0], ["add", ["slot", 1], ["mul", ["arg", 1], ["slot", 0]]]]]] },
  // slots p g buf; args: lr, weightDecay, momentum, which is 0 at the first step: buf = grad.
  momentum: { slots: 3, args: 3, stores: [[2, 1], [0, 2]], values: [
    ["add", ["slot", 1], ["mul", ["arg", 1], ["slot", 0]]],
    ["add", ["mul", ["arg", 2], ["slot", 2]], ["val", 0]],
    ["sub", ["slot", 0], ["mul", ["arg", 0], ["val", 1]]]] },
  // As momentum, but args: lr, weightDecay, momentum this step, momentum; p uses g + m * buf.
  nesterov: { slots: 3, args: 4, stores: [[2, 1], [0, 2]], values: [
    ["add", ["slot", 1], ["mul", ["arg", 1], ["slot", 0]]],
    ["add", ["mul", ["arg", 2], ["slot", 2]], ["val", 0]],
    ["sub", ["slot", 0], ["mul", ["arg", 0], ["add", ["val", 0], ["mul", ["arg", 3], ["val", 1]]]]]] },
  // slots p g sq; args: lr, weightDecay, alpha, 1 - alpha, eps.
  rmsprop: { slots: 3, args: 5, stores: [[2, 1], [0, 2]], values: [
    ["add", ["slot", 1], ["mul", ["arg", 1], ["slot", 0]]],
    ["add", ["mul", ["arg", 2], ["slot", 2]], ["mul", ["arg", 3], ["mul", ["val", 0], ["val", 0]]]],
    ["sub", ["slot", 0], ["div", ["mul", ["arg", 0], ["val", 0]], ["add", ["sqrt", ["val", 1]], ["arg", 4]]]]] },
  // slots p g m v; args: stepSize, bc2Sqrt, 1 - beta1, beta2, 1 - beta2, eps, weightDecay,
  // keep, AdamW's decoupled decay, which scales p first.
  adam: { slots: 4, args: 8, stores: [[2, 2], [3, 3], [0, 4]], values: [
    ["mul", ["slot", 0], ["arg", 7]],
    ["add", ["slot", 1], ["mul", ["arg", 6], ["val", 0]]],
    ["add", ["slot", 2], ["mul", ["arg", 2], ["sub", ["val", 1], ["slot", 2]]]],
    ["add", ["mul", ["arg", 3], ["slot", 3]], ["mul", ["arg", 4], ["mul", ["val", 1], ["val", 1]]]],
    ["sub", ["val", 0], ["div", ["mul", ["arg", 0], ["val", 2]],
      ["add", ["div", ["sqrt", ["val", 3]], ["arg", 1]], ["arg", 5]]]]] },
};

/**
 * A module exporting `k(slot pointers..., count, args...)` for one of SIMD_UPDATES:
 * byte addresses, `count` >= 1 vectors of 4, f32 scalars.
 */
export function simdUpdateBytes(kind: string): Uint8Array<ArrayBuffer> {
  const u = SIMD_UPDATES[kind];
  const count = u.slots, first = u.slots + 1 + u.args; // params: pointers, count, args
  const f: SimdFn = { code: [], i32s: u.slots + 1 + u.args, v128s: u.args + u.values.length };
  const argLocal = (k: number) => first + k, valLocal = (k: number) => first + u.args + k;
  const OPS = { add: W.fadd, sub: 0xe5, mul: W.fmul, div: 0xe7 };
  const expr = (e: SimdExpr): void => {
    if (e[0] === "slot") { simdGet(f, e[1]); simdOp(f, W.load, ...simdMem(0)); }
    else if (e[0] === "arg") simdGet(f, argLocal(e[1]));
    else if (e[0] === "val") simdGet(f, valLocal(e[1]));
    else if (e[0] === "sqrt") { expr(e[1]); simdOp(f, 0xe3); }
    else { expr(e[1]); expr(e[2]); simdOp(f, OPS[e[0]]); }
  };
  for (let k = 0; k < u.args; k++) { simdGet(f, u.slots + 1 + k); simdOp(f, 0x13); simdSet(f, argLocal(k)); }
  f.code.push(W.loop, W.void);
  u.values.forEach((e, k) => { expr(e); simdSet(f, valLocal(k)); });
  for (const [slot, value] of u.stores) {
    simdGet(f, slot); simdGet(f, valLocal(value)); simdOp(f, W.store, ...simdMem(0));
  }
  for (let slot = 0; slot < u.slots; slot++) simdAddTo(f, slot, 16);
  simdGet(f, count);
  f.code.push(W.i32, 1, W.sub, W.tee, ...simdUleb(count), W.brIf, 0, W.end);
  return simdModule(f, u.slots + 1, u.args);
}

/** The update kernels a module's optimizers call (runtime/optimizers.ts), over `memory`;
 * null without one. */
export function simdUpdateKernels(memory: WebAssembly.Memory | null): SimdUpdates | null {
  if (memory === null) return null;
  const made: Record<string, SimdUpdateFn> = {};
  for (const kind of Object.keys(SIMD_UPDATES)) {
    const mod = simdCompiled(`update ${kind}`, () => simdUpdateBytes(kind));
    if (mod === null) return null;
    made[kind] = new WebAssembly.Instance(mod, { e: { m: memory } }).exports.k as SimdUpdateFn;
  }
  return made as unknown as SimdUpdates;
}

/** Lazily made state (the embedded runtime's top level holds literals only): compiled
 * kernel modules by shape, shared by every arena, and whether this engine runs SIMD. */
const simdState: { available?: boolean; modules: Record<string, WebAssembly.Module> } = { modules: {} };

/** Whether this engine runs WebAssembly SIMD: small product modules must compile (not only
 * validate: a page whose Content Security Policy forbids compiling WebAssembly validates). */
export function simdAvailable(): boolean {
  if (simdState.available === undefined) {
    try {
      simdState.available = typeof WebAssembly === "object" &&
        new WebAssembly.Module(simdKernelBytes(3, 5, 7, false, false)) instanceof WebAssembly.Module &&
        new WebAssembly.Module(simdKernelBytes(3, 5, 7, false, true)) instanceof WebAssembly.Module;
    } catch {
      simdState.available = false;
    }
  }
  return simdState.available;
}

/**
 * The memory for an arena of `bytes`: a WebAssembly memory when `wasm` (float32 modules on
 * engines with SIMD) and one can be made that large, so the kernels can use it, else a plain
 * ArrayBuffer (`memory` null: kernels then run their JS loops).
 */
export function allocateArena(bytes: number, wasm: boolean): { buffer: ArrayBuffer; memory: WebAssembly.Memory | null } {
  const pages = Math.max(1, Math.ceil((bytes + SIMD_PAD) / 65536));
  if (wasm && pages <= 65536) {
    try {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      return { buffer: memory.buffer, memory };
    } catch {
      // Too large for this engine's WebAssembly memories: fall through to a plain buffer.
    }
  }
  return { buffer: new ArrayBuffer(bytes), memory: null };
}

/** Elementwise ops the "ew" kernels compute, by code; each matches its JS expression in
 * compiler/ops/elementwise.ts on every float32 input, NaN and -0 included (comparisons and
 * selects rather than f32x4.max, which would pass NaN where `a > 0 ? a : 0` gives 0). */
export const SIMD_EW_OPS: Record<string, number> = {
  add: 1, sub: 2, mul: 3, div: 4, neg: 5, relu: 6, maximum: 7, minimum: 8,
  lt: 9, le: 10, gt: 11, ge: 12, eq: 13, ne: 14, where: 15, sqrt: 16, abs: 17, float: 18,
};

/** Where an "ew" argument comes from: operand k (< SIMD_EW_MEMBER), member k - SIMD_EW_MEMBER,
 * or literal k - SIMD_EW_LITERAL. */
export const SIMD_EW_MEMBER = 1000;
export const SIMD_EW_LITERAL = 2000;

/**
 * A fused elementwise loop over contiguous float32 tensors, 4 elements at a time. `program`:
 * [vectors, inputs, outputs, members, then each member's op code and 3 arguments (unused: 0),
 * then each output's member, then the literals' count and float32 bits]. Called with the
 * inputs' then the outputs' byte addresses.
 */
export function simdEwBytes(program: readonly number[]): Uint8Array<ArrayBuffer> {
  let at = 0;
  const next = () => program[at++];
  const [vectors, nIn, nOut, nMembers] = [next(), next(), next(), next()];
  const members = Array.from({ length: nMembers }, () => [next(), next(), next(), next()]);
  const outs = Array.from({ length: nOut }, () => next());
  const lits = Array.from({ length: next() }, () => next());
  const params = nIn + nOut, COUNT = params;
  const f: SimdFn = { code: [], i32s: params + 1, v128s: 2 + lits.length + nIn + nMembers };
  const ONE = params + 1, ZERO = ONE + 1;
  const litL = (k: number) => ZERO + 1 + k, inL = (k: number) => ZERO + 1 + lits.length + k;
  const memL = (k: number) => ZERO + 1 + lits.length + nIn + k;
  const splatF32 = (bits: number, l: number) => {
    f.code.push(0x43, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, bits >>> 24);
    simdOp(f, 0x13);
    simdSet(f, l);
  };
  splatF32(0x3f800000, ONE);
  simdZero(f, ZERO);
  lits.forEach((bits, k) => splatF32(bits, litL(k)));
  const arg = (v: number) => simdGet(f, v >= SIMD_EW_LITERAL ? litL(v - SIMD_EW_LITERAL)
    : v >= SIMD_EW_MEMBER ? memL(v - SIMD_EW_MEMBER) : inL(v));
  const [FSUB, FDIV, FNEG, FABS, FSQRT, BITSELECT] = [0xe5, 0xe7, 0xe1, 0xe0, 0xe3, 0x52];
  const [EQ, NE, LT, GT, LE, GE] = [0x41, 0x42, 0x43, 0x44, 0x45, 0x46];
  const mask01 = (cmp: number, a: number, b: number) => {
    arg(a); arg(b); simdOp(f, cmp); simdGet(f, ONE); simdOp(f, W.and);
  };
  simdRepeat(f, COUNT, vectors, () => {
    for (let k = 0; k < nIn; k++) { simdGet(f, k); simdOp(f, W.load, ...simdMem(0)); simdSet(f, inL(k)); }
    members.forEach(([op, a, b, c], m) => {
      switch (op) {
        case 1: arg(a); arg(b); simdOp(f, W.fadd); break;
        case 2: arg(a); arg(b); simdOp(f, FSUB); break;
        case 3: arg(a); arg(b); simdOp(f, W.fmul); break;
        case 4: arg(a); arg(b); simdOp(f, FDIV); break;
        case 5: arg(a); simdOp(f, FNEG); break;
        case 6: arg(a); arg(a); simdGet(f, ZERO); simdOp(f, GT); simdOp(f, W.and); break;
        case 7: arg(a); arg(b); arg(a); arg(b); simdOp(f, GE); simdOp(f, BITSELECT); break;
        case 8: arg(a); arg(b); arg(a); arg(b); simdOp(f, LE); simdOp(f, BITSELECT); break;
        case 9: mask01(LT, a, b); break;
        case 10: mask01(LE, a, b); break;
        case 11: mask01(GT, a, b); break;
        case 12: mask01(GE, a, b); break;
        case 13: mask01(EQ, a, b); break;
        case 14: mask01(NE, a, b); break;
        case 15: arg(b); arg(c); arg(a); simdGet(f, ZERO); simdOp(f, NE); simdOp(f, BITSELECT); break;
        case 16: arg(a); simdOp(f, FSQRT); break;
        case 17: arg(a); simdOp(f, FABS); break;
        case 18: arg(a); break; // float of a float: the arena holds no int here
        default: throw new RangeError(`unknown elementwise op code ${op}`);
      }
      simdSet(f, memL(m));
    });
    outs.forEach((m, k) => { simdGet(f, nIn + k); simdGet(f, memL(m)); simdOp(f, W.store, ...simdMem(0)); });
    for (let k = 0; k < params; k++) simdAddTo(f, k, 16);
  });
  return simdModule(f, params);
}

/** Browsers compile WebAssembly synchronously on the main thread only up to 4 KB. */
export const SIMD_MAX_BYTES = 4096;

/** A kernel's module, compiled once per key for every arena; null where the engine will not
 * compile it synchronously: a browser's main thread refuses modules past SIMD_MAX_BYTES with
 * a RangeError (workers and Node.js do not), and the callers then run their JS loops. A
 * module that does not validate is a bug here and is not caught. */
function simdCompiled(key: string, bytes: () => Uint8Array<ArrayBuffer>): WebAssembly.Module | null {
  let mod = simdState.modules[key];
  if (mod === undefined) {
    try {
      mod = new WebAssembly.Module(bytes());
    } catch (e) {
      if (e instanceof RangeError) return null;
      throw e;
    }
    simdState.modules[key] = mod;
  }
  return mod;
}

/**
 * The kernel an emitted module names `simd_<kind>_<params>` (compiler/emit/simd.ts), over
 * `memory`, taking byte addresses; null without a memory or where the kernel would be too
 * large. Kinds: "mm" [M, K, N, ta, tb], C[M, N] = op(A) op(B), called (a, b, c), with A
 * stored [K, M] when ta, B [N, K] when tb; "im2col" and "col2im" [SIMD_PATCH_FIELDS...],
 * called (x, s).
 */
export function simdMake(memory: WebAssembly.Memory | null, kind: string,
  params: readonly number[]): ((...addresses: number[]) => void) | null {
  if (memory === null) return null;
  const key = `${kind} ${params.join(",")}`;
  let mod: WebAssembly.Module | null;
  if (kind === "mm") {
    const [M, K, N, ta, tb] = params;
    mod = simdCompiled(key, () => simdKernelBytes(M, K, N, ta === 1, tb === 1));
  } else if (kind === "ew") {
    mod = simdCompiled(key, () => simdEwBytes(params));
  } else if (kind === "im2col" || kind === "col2im") {
    const g = {} as Record<string, number>;
    SIMD_PATCH_FIELDS.forEach((name, k) => (g[name] = params[k]));
    mod = simdCompiled(key, () => simdPatchBytes(g as unknown as SimdPatchGeom, kind === "col2im"));
  } else {
    throw new RangeError(`unknown SIMD kernel kind '${kind}'`);
  }
  if (mod === null) return null;
  return new WebAssembly.Instance(mod, { e: { m: memory } }).exports.k as (...addresses: number[]) => void;
}

/** The product C[M, N] = op(A) op(B) over `memory` (simdMake's "mm"). */
export function simdKernel(memory: WebAssembly.Memory | null, M: number, K: number, N: number,
  ta: boolean, tb: boolean): ((a: number, b: number, c: number) => void) | null {
  return simdMake(memory, "mm", [M, K, N, ta ? 1 : 0, tb ? 1 : 0]);
}
