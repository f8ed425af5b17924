// Pooling as WebAssembly SIMD over [N*C, H, W] images, 4 windows of a row per vector (a row's
// last 1-3 windows one at a time, splatted): max and average pooling forward, and their
// gradients where the windows tile the image (stride = size), so that every element of the
// gradient is written once, with no zero-fill first: windows' cells get their share, the
// rows and columns no window covers get zeros. A window's cells are read per vector from
// one load (column stride 1), two loads and a shuffle (stride 2) or four lanes (others).
// Max keeps the first maximum in row-major order, as the JS loops' `v > best` does (NaN is
// never taken); its gradient finds it again from x, so the forward stores no indices.
import type { Pool } from "../../ops/conv.ts";
import { Fn, lanes, mem, OP, SIMD, uleb } from "./encoder.ts";

export type PoolKind = "max" | "avg" | "max_grad" | "avg_grad";

/** Whether a pooling's gradient has a SIMD kernel: windows that tile the image. */
export const tiles = (p: Pool) => p.sh === p.kh && p.sw === p.kw;

/**
 * The kernel for `kind`, called with byte addresses: max and avg (x, y); max_grad (x, g, dx);
 * avg_grad (g, dx).
 */
export function poolFn(p: Pool, kind: PoolKind): Fn {
  const grad = kind === "max_grad" || kind === "avg_grad";
  if (grad && !tiles(p)) throw new RangeError("SIMD pooling gradients need stride = size");
  const params = kind === "max_grad" ? 3 : 2;
  // IMG walks the image-shaped tensor read (x) or written (dx of avg); WIN the windows' one.
  const [IMG, WIN, TO, LNC, LI, LJ] = [0, 1, 2, 3, 4, 5].map((k) => params + k);
  const f = new Fn(params + 6, 0, params);
  const { kh, kw, sh, sw, W, H, Ho, Wo, NC } = p;
  const best = f.local(), idx = f.local(), v = f.local();
  const cells = Array.from({ length: grad ? kw : 0 }, () => f.local());
  const cellOff = (a: number, b: number, t: number) => ((a * W + b + t * sw) * 4);
  // dx's address for IMG's: dx - x apart (max_grad), the same (avg_grad).
  const out = () => {
    f.get(IMG);
    if (kind === "max_grad") { f.get(TO); f.op(OP.add); }
  };
  /** Pushes cell (a, b) of the vector's windows (t: the one window, or -1 for four). */
  const cell = (a: number, b: number, t: number) => {
    const off = cellOff(a, b, Math.max(t, 0));
    f.get(IMG);
    if (t >= 0) { f.op(OP.f32Load, 2, ...uleb(off)); f.simd(SIMD.f32Splat); return; }
    if (sw === 1) { f.simd(SIMD.load, ...mem(off)); return; }
    if (sw === 2) {
      // Floats 0-3 and 3-6 from the cell: lanes 0 and 2 of each are windows 0-3's.
      f.simd(SIMD.load, ...mem(off));
      f.get(IMG); f.simd(SIMD.load, ...mem(off + 12));
      f.simd(SIMD.shuffle, ...lanes(0, 2, 5, 7));
      return;
    }
    f.op(OP.f32Load, 2, ...uleb(off)); f.simd(SIMD.f32Splat);
    for (let l = 1; l < 4; l++) {
      f.get(IMG); f.op(OP.f32Load, 2, ...uleb(off + l * sw * 4)); f.simd(SIMD.replaceLane, l);
    }
  };
  /** Stores row a's cells (their values in locals `vals(b)`) into dx, where windows tile. */
  const storeRow = (a: number, t: number, vals: (b: number) => number) => {
    if (t >= 0 || (kw !== 1 && kw !== 2)) {
      for (let b = 0; b < kw; b++) {
        for (let l = 0; l < (t >= 0 ? 1 : 4); l++) {
          out(); f.get(vals(b)); f.simd(SIMD.storeLane, ...mem(cellOff(a, b, Math.max(t, 0) + l)), l);
        }
      }
      return;
    }
    if (kw === 1) { out(); f.get(vals(0)); f.simd(SIMD.store, ...mem(cellOff(a, 0, 0))); return; }
    // Two windows' cells interleaved: windows 0-1, then 2-3.
    for (const [half, sel] of [[0, lanes(0, 4, 1, 5)], [1, lanes(2, 6, 3, 7)]] as const) {
      out(); f.get(vals(0)); f.get(vals(1)); f.simd(SIMD.shuffle, ...sel);
      f.simd(SIMD.store, ...mem(cellOff(a, 0, 0) + 16 * half));
    }
  };
  /** The windows' values at WIN (t: the one window at offset t, or -1 for four). */
  const windows = (t: number) => {
    const wo = 4 * Math.max(t, 0);
    const load = () => {
      f.get(WIN);
      if (t >= 0) { f.op(OP.f32Load, 2, ...uleb(wo)); f.simd(SIMD.f32Splat); }
      else f.simd(SIMD.load, ...mem(0));
    };
    const store = (value: () => void) => {
      f.get(WIN); value();
      if (t >= 0) f.simd(SIMD.storeLane, ...mem(wo), 0); else f.simd(SIMD.store, ...mem(0));
    };
    if (kind === "max" || kind === "avg") {
      cell(0, 0, t); f.set(best);
      for (let a = 0; a < kh; a++) {
        for (let b = 0; b < kw; b++) {
          if (a + b === 0) continue;
          // pmax(best, x) is x only where best < x: NaN never taken, ties keep the first.
          f.get(best); cell(a, b, t); f.simd(kind === "max" ? SIMD.pmax : SIMD.add); f.set(best);
        }
      }
      store(() => {
        f.get(best);
        if (kind === "avg") { f.get(f.f32x4(kh * kw)); f.simd(SIMD.div); }
      });
      return;
    }
    if (kind === "avg_grad") {
      load(); f.get(f.f32x4(kh * kw)); f.simd(SIMD.div); f.set(v);
      for (let a = 0; a < kh; a++) storeRow(a, t, () => v);
      return;
    }
    // max_grad: the first maximum's cell number per lane, then g where it is, else zeros.
    cell(0, 0, t); f.set(best);
    f.zero(idx);
    for (let k = 1; k < kh * kw; k++) {
      cell(Math.floor(k / kw), k % kw, t); f.set(v);
      f.get(f.i32x4(k)); f.get(idx); f.get(best); f.get(v); f.simd(SIMD.lt);
      f.simd(SIMD.bitselect); f.set(idx);
      f.get(best); f.get(v); f.simd(SIMD.pmax); f.set(best);
    }
    load(); f.set(v);
    for (let a = 0; a < kh; a++) {
      for (let b = 0; b < kw; b++) {
        f.get(v); f.get(idx); f.get(f.i32x4(a * kw + b)); f.simd(SIMD.i32Eq); f.simd(SIMD.and);
        f.set(cells[b]);
      }
      storeRow(a, t, (b) => cells[b]);
    }
  };
  if (kind === "max_grad") { f.get(2); f.get(0); f.op(OP.sub); f.set(TO); }
  f.get(kind === "avg_grad" ? 1 : 0); f.set(IMG);
  f.get(kind === "avg_grad" ? 0 : 1); f.set(WIN);
  const vectors = Math.floor(Wo / 4), tail = Wo % 4;
  f.repeat(LNC, NC, () => {
    f.repeat(LI, Ho, () => {
      f.repeat(LJ, vectors, () => {
        windows(-1);
        f.addTo(IMG, 16 * sw);
        f.addTo(WIN, 16);
      });
      for (let t = 0; t < tail; t++) windows(t);
      f.addTo(WIN, 4 * tail);
      // IMG is at the row's first uncovered column: zero them (gradients), go to the next.
      if (grad) for (let a = 0; a < kh; a++) zeros(f, out, (a * W + tail * sw) * 4, W - Wo * sw);
      f.addTo(IMG, (sh * W - vectors * 4 * sw) * 4);
    });
    if (grad) zeros(f, out, 0, (H - Ho * sh) * W);
    f.addTo(IMG, (H - Ho * sh) * W * 4);
  });
  return f;
}

/** Zero floats at `ptr()` + byteOff: stores unrolled for a few (a row's uncovered edge),
 * else a loop (the rows under the last windows). */
function zeros(f: Fn, ptr: () => void, byteOff: number, n: number): void {
  const zero = () => f.op(OP.f32Const, 0, 0, 0, 0);
  if (n <= 16) {
    for (let k = 0; k < n; k++) { ptr(); zero(); f.op(OP.f32Store, 2, ...uleb(byteOff + 4 * k)); }
    return;
  }
  const at = f.local(0x7f), count = f.local(0x7f);
  ptr(); f.i32(byteOff); f.op(OP.add); f.set(at);
  f.repeat(count, n, () => { f.get(at); zero(); f.op(OP.f32Store, 2, 0); f.addTo(at, 4); });
}
