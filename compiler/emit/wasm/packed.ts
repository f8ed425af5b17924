// The SIMD product for large operands, C = op(A) B with B [K, N] row-major (A [M, K], or
// [K, M] read in place): B is copied, one block of kc <= KC rows by NC columns at a time
// (K in blocks of equal depth), into a scratch region as panels of 8 columns ([kc][8]
// floats each, contiguous), and each 4 x 8 block of C adds one panel times 4 rows of A. A
// panel (8 KB) stays in L1 across a row block; a packed block of B (256 KB) in L2 across
// all of A's rows; every B read is sequential. Unpacked (compiler/emit/wasm/matmul.ts),
// each k step of a 1024-wide B is a new 4 KB page and B (4 MB) streams from L3 for every 4
// rows of C. The first K block's accumulators start from zero, the later ones' from C; the
// last one's tiles apply the product's epilogue (epilogue.ts) as they store.
import { Fn, mem, OP, SIMD } from "./encoder.ts";
import { epilogueArgs, EpilogueCode, type ProductEpilogue } from "./epilogue.ts";

/** Rows and columns of B one packed block holds: KC * NC floats of scratch. */
export const KC = 256, NC = 256;

/** A packed block's rows (kc) and columns (nc): at most `blocks`'s (smaller ones test the
 * block edges), K in blocks of (nearly) equal depth: 784 as 4 x 196, not 3 x 256 and a last
 * 16 whose tiles would be mostly set-up (the MNIST MLP's first product 8% faster). */
export function blocking(K: number, N: number, blocks = { kc: KC, nc: NC }) {
  const kc = Math.ceil(K / Math.ceil(K / blocks.kc));
  return { kc, nc: Math.min(N, blocks.nc) };
}

/** Whether packing B pays and the kernel fits: N whole panels, B at least 64 KB. Measured
 * against the unpacked kernel, interleaved in one process (load 3): 1024^3 40.5 against 26.6
 * GFLOP/s, 256^3 44.6 against 38.7, 128^3 43.3 against 40.5; 32x32x128 42.5 against 44.9. */
export function packs(M: number, K: number, N: number): boolean {
  return N % 8 === 0 && M >= 8 && K * N * 4 >= 64 * 1024;
}

/** Floats of scratch the kernel for a K x N B needs: one packed block, and A^T's rows. */
export const packScratch = (K: number, N: number, blocks?: { kc: number; nc: number }) => {
  const { kc, nc } = blocking(K, N, blocks);
  return kc * (nc + 4);
};

/** The kernel, called with the byte addresses of A, B, C, the scratch (packScratch) and the
 * epilogue's inputs and outputs, if it has one (applied as the last K block's tiles store). */
export function packedFn(M: number, K: number, N: number, ta: boolean,
  epilogue?: ProductEpilogue, blocks?: { kc: number; nc: number }): Fn {
  if (N % 8) throw new RangeError("packed products need N a multiple of 8");
  const [A, B, C, P] = [0, 1, 2, 3];
  const params = 4 + (epilogue ? epilogueArgs(epilogue) : 0);
  const f = new Fn(params, 0, params);
  const [JC, PC, KCUR, NCUR, PSTR, SB, SK, SP, LK, LQ, AROW, CROW, QP, CP, PA, PB, LI] =
    Array.from({ length: 17 }, () => f.local(0x7f));
  const acc = Array.from({ length: 8 }, () => f.local()), bv = [f.local(), f.local()];
  const sp = f.local();
  const epi = epilogue && new EpilogueCode(f, epilogue, N, C, 4);
  const { kc, nc } = blocking(K, N, blocks);
  // A^T's 4 rows of a row block are 4 consecutive floats of each row of A, rows M apart (a
  // new page every k at large M): packed per K block after B's block, [kc][4], and read
  // from there.
  const aPack = kc * nc * 4;
  const aK = ta ? 16 : 4;
  const aAt = (r: number) => (ta ? aPack + 4 * r : r * K * 4);
  /** local = min(bound, limit - local2), for the current block's extent. */
  const extent = (to: number, limit: number, from: number, bound: number) => {
    f.i32(limit); f.get(from); f.op(OP.sub); f.set(to);
    f.when(() => { f.get(to); f.i32(bound); f.op(OP.gtS); }, () => { f.i32(bound); f.set(to); });
  };
  /** body; then local += step, again while local < limit (at least once). */
  const upTo = (l: number, step: number, limit: number, body: () => void) => {
    f.i32(0); f.set(l);
    f.op(OP.loop, OP.void);
    body();
    f.addTo(l, step);
    f.get(l); f.i32(limit); f.op(OP.ltS, OP.brIf, 0, OP.end);
  };
  const block = (rows: number) => {
    if (ta) {
      f.get(AROW); f.set(SP);
      f.get(P); f.set(SK);
      f.get(KCUR); f.set(LK);
      f.countDown(LK, () => {
        f.get(SK); f.get(SP); f.simd(SIMD.load, ...mem(0)); f.simd(SIMD.store, ...mem(aPack));
        f.addTo(SP, M * 4);
        f.addTo(SK, 16);
      });
    }
    f.get(P); f.set(QP);
    f.get(CROW); f.set(CP);
    f.get(NCUR); f.i32(3); f.op(OP.shrS); f.set(LQ);
    f.countDown(LQ, () => {
      // The first K block's sums start from zero, the later ones' from C.
      const start = (from: "zero" | "c") => {
        for (let r = 0; r < rows; r++) {
          for (let v = 0; v < 2; v++) {
            if (from === "zero") { f.zero(acc[2 * r + v]); continue; }
            f.get(CP); f.simd(SIMD.load, ...mem((r * N + 4 * v) * 4)); f.set(acc[2 * r + v]);
          }
        }
      };
      if (K > kc) {
        f.get(PC); f.op(OP.eqz, OP.if, OP.void); start("zero"); f.op(OP.else); start("c");
        f.op(OP.end);
      } else start("zero");
      f.get(ta ? P : AROW); f.set(PA);
      f.get(QP); f.set(PB);
      f.get(KCUR); f.set(LK);
      f.countDown(LK, () => {
        for (let v = 0; v < 2; v++) { f.get(PB); f.simd(SIMD.load, ...mem(16 * v)); f.set(bv[v]); }
        for (let r = 0; r < rows; r++) {
          f.get(PA); f.simd(SIMD.splat, ...mem(aAt(r))); f.set(sp);
          for (let v = 0; v < 2; v++) f.fma(acc[2 * r + v], sp, () => f.get(bv[v]));
        }
        f.addTo(PA, aK);
        f.addTo(PB, 32);
      });
      // The epilogue where the sums are whole: in the last K block.
      const store = (last: boolean) => {
        if (last && epi) epi.tile(CP);
        for (let r = 0; r < rows; r++) {
          for (let v = 0; v < 2; v++) {
            const value = last && epi ? epi.value(acc[2 * r + v], r, v) : acc[2 * r + v];
            // C holds the sums between K blocks; after the last, only if someone reads them.
            if (!(last && epi?.keepsNoC)) {
              f.get(CP); f.get(value); f.simd(SIMD.store, ...mem((r * N + 4 * v) * 4));
            }
            if (last) epi?.storeAlso(r, v, 4);
          }
        }
      };
      if (epi && K > kc) {
        f.get(PC); f.i32(K - kc); f.op(OP.geS, OP.if, OP.void); store(true); f.op(OP.else);
        store(false); f.op(OP.end);
      } else store(true);
      f.get(QP); f.get(PSTR); f.op(OP.add); f.set(QP);
      f.addTo(CP, 32);
    });
  };
  upTo(JC, nc, N, () => {
    extent(NCUR, N, JC, nc);
    upTo(PC, kc, K, () => {
      extent(KCUR, K, PC, kc);
      f.get(KCUR); f.i32(32); f.op(OP.mul); f.set(PSTR);
      // Pack B[PC.., JC..] panel by panel: row k of panel q at P + q * PSTR + k * 32, written
      // in order. Row by row (each row's stores 8 KB apart, one per panel) it took ~21 us of
      // a 256^3 product's 770, half of an 8 x 256 x 256 one's; panel by panel ~7.
      f.get(PC); f.i32(N); f.op(OP.mul); f.get(JC); f.op(OP.add); f.i32(4); f.op(OP.mul);
      f.get(B); f.op(OP.add); f.set(SB);
      f.get(P); f.set(SP);
      f.get(NCUR); f.i32(3); f.op(OP.shrS); f.set(LQ);
      f.countDown(LQ, () => {
        f.get(SB); f.set(PA);
        f.get(KCUR); f.set(LK);
        f.countDown(LK, () => {
          for (let v = 0; v < 2; v++) {
            f.get(SP); f.get(PA); f.simd(SIMD.load, ...mem(16 * v)); f.simd(SIMD.store, ...mem(16 * v));
          }
          f.addTo(PA, N * 4);
          f.addTo(SP, 32);
        });
        f.addTo(SB, 32);
      });
      // Every row block of C times the packed panels.
      f.get(A); f.get(PC); f.i32(ta ? M * 4 : 4); f.op(OP.mul); f.op(OP.add); f.set(AROW);
      f.get(C); f.get(JC); f.i32(4); f.op(OP.mul); f.op(OP.add); f.set(CROW);
      f.repeat(LI, Math.floor(M / 4), () => {
        block(4);
        f.addTo(AROW, ta ? 16 : 4 * K * 4);
        f.addTo(CROW, 4 * N * 4);
      });
      if (M % 4) block(M % 4);
    });
  });
  return f;
}
