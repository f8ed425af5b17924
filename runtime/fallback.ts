// What float32 modules run where their WebAssembly SIMD kernels cannot (a page whose
// Content-Security-Policy forbids compiling WebAssembly, an engine without SIMD): one generic
// product for every shape, rather than a specialized copy of each in every module. Each
// element sums its products in k order in double precision and is stored once, as the
// specialized loops of float64 modules do, so the two agree exactly. And the dispatch of a
// product over a batch that varies to the SIMD kernels made for its row counts.
import type { Float } from "./types.ts";

/** C[M, N] = op(A) op(B) at element offsets a, b, c of F: A stored [K, M] when `ta`, B
 * stored [N, K] when `tb`. Two rows by four columns at a time. */
export function kilnProduct(F: Float, a: number, b: number, c: number, M: number, K: number,
  N: number, ta: boolean, tb: boolean): void {
  const sAi = ta ? 1 : K, sAk = ta ? M : 1, sBj = tb ? K : 1, sBk = tb ? 1 : N;
  let i = 0;
  for (; i + 2 <= M; i += 2) {
    let j = 0;
    for (; j + 4 <= N; j += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0, pa = a + i * sAi, pb = b + j * sBj; k < K; k++, pa += sAk, pb += sBk) {
        const a0 = F[pa], a1 = F[pa + sAi];
        const b0 = F[pb], b1 = F[pb + sBj], b2 = F[pb + 2 * sBj], b3 = F[pb + 3 * sBj];
        s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
        s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
      }
      const p = c + i * N + j;
      F[p] = s00; F[p + 1] = s01; F[p + 2] = s02; F[p + 3] = s03;
      F[p + N] = s10; F[p + N + 1] = s11; F[p + N + 2] = s12; F[p + N + 3] = s13;
    }
    for (; j < N; j++) productCell(F, a, b, c, i, j, K, N, sAi, sAk, sBj, sBk, 2);
  }
  for (; i < M; i++) for (let j = 0; j < N; j++) productCell(F, a, b, c, i, j, K, N, sAi, sAk, sBj, sBk, 1);
}

/** Rows i .. i + rows of column j, one element at a time. */
function productCell(F: Float, a: number, b: number, c: number, i: number, j: number, K: number,
  N: number, sAi: number, sAk: number, sBj: number, sBk: number, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let k = 0, pa = a + (i + r) * sAi, pb = b + j * sBj; k < K; k++, pa += sAk, pb += sBk) {
      s += F[pa] * F[pb];
    }
    F[c + (i + r) * N + j] = s;
  }
}

/** A SIMD product kernel: byte addresses of A, B and C in the arena. */
type ProductKernel = (a: number, b: number, c: number) => void;

/**
 * C = A op(B) over the first m rows of A and C (a batch that varies, row-major, K and N
 * apart): whole tiles of R rows by the kernel made for R, `kernels[R - 1]`, then the last few
 * by the one made for that many, `kernels[rows - 1]` (each a kernel of static sizes, as a
 * module's product kernels are). Where the module's SIMD kernels do not run, `kernels` is
 * null and the generic product takes all m rows, which gives each element what the loop over
 * tiles would. One call in place of the tile loop every such product would otherwise emit.
 */
export function kilnRows(F: Float, kernels: readonly ProductKernel[] | null, a: number, b: number,
  c: number, m: number, K: number, N: number, tb: boolean): void {
  if (kernels === null) {
    kilnProduct(F, a, b, c, m, K, N, false, tb);
    return;
  }
  const R = kernels.length;
  let r = 0;
  for (; r + R <= m; r += R) kernels[R - 1]((a + r * K) * 4, b * 4, (c + r * N) * 4);
  if (r < m) kernels[m - r - 1]((a + r * K) * 4, b * 4, (c + r * N) * 4);
}
