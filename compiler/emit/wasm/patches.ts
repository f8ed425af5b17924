// im2col and col2im for one sample as WebAssembly SIMD, called with the byte addresses of the
// image and its patch matrix. Column stride 1 only: each row of the patch matrix is then a
// contiguous run of a row of the image (the emitter checks). Rows and columns in the padding
// are static per tap, so only the channels and the image rows loop.
import { Fn, mem, OP, SIMD, sleb, uleb } from "./encoder.ts";

/** A convolution's geometry for one sample (compiler/ops/conv.ts's Geom without N and O). */
export interface PatchGeom {
  C: number; H: number; W: number; KH: number; KW: number; Ho: number; Wo: number;
  sh: number; sw: number; pt: number; pl: number;
}

/**
 * im2col: S [C*KH*KW, Ho*Wo] gets x [C, H, W]'s patches, zero where they fall in the padding;
 * or col2im: each patch element is added back into x where it came from. With `samples`,
 * the kernel takes a third argument n and does so for n samples one after another (x [n, C,
 * H, W], S [n, C*KH*KW, Ho*Wo]): a sample's channels follow the last one's in both.
 */
export function patchFn(g: PatchGeom, col2im: boolean, samples = false): Fn {
  if (g.sw !== 1) throw new RangeError("SIMD patch kernels need a column stride of 1");
  const [X, S, LC, XC, SC, LI, XP, SP, XJ, SJ, LJ] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const f = new Fn(11, 1, samples ? 3 : 2);
  const ZERO = 11;
  const { C, H, W: Wd, KH, KW, Ho, Wo, sh, pt, pl } = g;
  f.zero(ZERO);
  // Zeros over `n` floats at ptr + off: vectors unrolled up to 8, else looped (large padding
  // regions would otherwise make a large kernel).
  const zeros = (ptr: number, off: number, n: number) => {
    let k = 0;
    if (n >= 36) {
      f.get(ptr); f.code.push(OP.i32, ...sleb(off), OP.add); f.set(SJ);
      f.repeat(LJ, Math.floor(n / 4), () => {
        f.get(SJ); f.get(ZERO); f.simd(SIMD.store, ...mem(0)); f.addTo(SJ, 16);
      });
      k = n - (n % 4);
    }
    for (; k + 4 <= n; k += 4) { f.get(ptr); f.get(ZERO); f.simd(SIMD.store, ...mem(off + 4 * k)); }
    for (; k < n; k++) {
      f.get(ptr); f.code.push(OP.f32Const, 0, 0, 0, 0, OP.f32Store, 2, ...uleb(off + 4 * k));
    }
  };
  // One element or vector moved from x to S (im2col) or added from S into x (col2im).
  const vector = (xp: number, xo: number, sp: number, so: number) => {
    if (!col2im) {
      f.get(sp); f.get(xp); f.simd(SIMD.load, ...mem(xo)); f.simd(SIMD.store, ...mem(so));
      return;
    }
    f.get(xp); f.get(xp); f.simd(SIMD.load, ...mem(xo));
    f.get(sp); f.simd(SIMD.load, ...mem(so)); f.simd(SIMD.add); f.simd(SIMD.store, ...mem(xo));
  };
  const scalar = (xp: number, xo: number, sp: number, so: number) => {
    if (!col2im) {
      f.get(sp); f.get(xp);
      f.code.push(OP.f32Load, 2, ...uleb(xo), OP.f32Store, 2, ...uleb(so));
      return;
    }
    f.get(xp); f.get(xp); f.code.push(OP.f32Load, 2, ...uleb(xo));
    f.get(sp); f.code.push(OP.f32Load, 2, ...uleb(so), OP.f32Add, OP.f32Store, 2, ...uleb(xo));
  };
  // A run of n floats: x at XP, S at SP + so; whole vectors unrolled up to 8, else looped.
  const run = (n: number, so: number) => {
    const vectors = Math.floor(n / 4);
    if (vectors <= 8) {
      for (let q = 0; q < vectors; q++) vector(XP, 16 * q, SP, so + 16 * q);
    } else {
      f.get(XP); f.set(XJ);
      f.get(SP); f.set(SJ);
      f.repeat(LJ, vectors, () => { vector(XJ, 0, SJ, so); f.addTo(XJ, 16); f.addTo(SJ, 16); });
    }
    for (let k = 4 * vectors; k < n; k++) scalar(XP, 4 * k, SP, so + 4 * k);
  };
  f.get(X); f.set(XC);
  f.get(S); f.set(SC);
  const channels = (body: () => void) => {
    if (!samples) { f.repeat(LC, C, body); return; }
    f.get(LC); f.i32(C); f.op(OP.mul); f.set(LC);
    f.countDown(LC, body);
  };
  channels(() => {
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
        f.get(XC);
        f.code.push(OP.i32, ...sleb(((i0 * sh + kh - pt) * Wd + j0 + kw - pl) * 4), OP.add);
        f.set(XP);
        f.get(SC);
        f.code.push(OP.i32, ...sleb(row + i0 * Wo * 4), OP.add);
        f.set(SP);
        f.repeat(LI, i1 - i0, () => {
          if (!col2im) zeros(SP, 0, j0);
          run(j1 - j0, 4 * j0);
          if (!col2im) zeros(SP, 4 * j1, Wo - j1);
          f.addTo(XP, sh * Wd * 4);
          f.addTo(SP, Wo * 4);
        });
      }
    }
    f.addTo(XC, H * Wd * 4);
    f.addTo(SC, KH * KW * Ho * Wo * 4);
  });
  return f;
}

/** Zeros over `n` floats at the byte address it is called with (col2im adds into them). */
export function zerosFn(n: number): Fn {
  const [X, L] = [0, 1];
  const f = new Fn(2, 1, 1);
  const ZERO = 2;
  f.zero(ZERO);
  f.repeat(L, Math.floor(n / 4), () => {
    f.get(X); f.get(ZERO); f.simd(SIMD.store, ...mem(0)); f.addTo(X, 16);
  });
  for (let k = 0; k < n % 4; k++) {
    f.get(X); f.code.push(OP.f32Const, 0, 0, 0, 0, OP.f32Store, 2, ...uleb(4 * k));
  }
  return f;
}
