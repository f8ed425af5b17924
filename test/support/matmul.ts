// A naive matrix product and exact-in-float32 operands, the oracle for the kernel tests of
// the JS product (test/compiler/ops/matmul.test.ts) and the SIMD one (test/compiler/emit/wasm.test.ts).

export const LAYOUTS = [[false, false], [true, false], [false, true], [true, true]] as const;

/** Seeded values that are exact in float32, so sums of products compare tightly. */
export function values(n: number, seed: number): Float32Array {
  return new Float32Array(n).map((_, i) => (((i * 7919 + seed * 104729) % 17) - 8) / 4);
}

/** C[i, j] = sum_k A[i, k] B[k, j], with A stored [K, M] when ta and B stored [N, K] when tb. */
export function naive(a: ArrayLike<number>, b: ArrayLike<number>, M: number, K: number, N: number,
  ta: boolean, tb: boolean): number[] {
  const c: number[] = [];
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a[ta ? k * M + i : i * K + k] * b[tb ? j * K + k : k * N + j];
      c.push(s);
    }
  }
  return c;
}
