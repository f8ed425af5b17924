// The WebAssembly SIMD product that float32 modules run, against a naive triple loop
// (test/support): ragged sizes around its 4 x 8 block, every layout, operands at offsets,
// and the emitted kernel taking that path when the runtime is in scope.
import { describe, expect, it } from "vitest";
import { Namer } from "../../compiler/emit/loops.ts";
import { matmulKernel } from "../../compiler/ops/matmul.ts";
import { simdAvailable, simdMatmul } from "../../runtime/simd.ts";
import { LAYOUTS, naive, values } from "../support/matmul.ts";

describe("simdMatmul", () => {
  it("runs on this engine", () => expect(simdAvailable()).toBe(true));

  for (const [ta, tb] of LAYOUTS) {
    it(`matches a naive product around the block sizes (ta=${ta}, tb=${tb})`, () => {
      for (const M of [1, 3, 4, 5, 9]) for (const K of [1, 2, 7]) for (const N of [1, 7, 8, 9, 17]) {
        const a = values(M * K + 3, M), b = values(K * N + 2, N), c = new Float32Array(M * N + 5).fill(99);
        simdMatmul(`${M},${K},${N},${ta},${tb}`, M, K, N, ta, tb, a, 3, b, 2, c, 5);
        expect([...c.subarray(5)], `M=${M} K=${K} N=${N}`).toEqual(naive(a.subarray(3), b.subarray(2), M, K, N, ta, tb));
        expect([...c.subarray(0, 5)].every((v) => v === 99), "writes stay inside C").toBe(true);
      }
    });
  }

  it("keeps separate kernels per shape while sharing one memory as it grows", () => {
    for (const [M, K, N] of [[8, 4, 8], [64, 96, 40], [8, 4, 8]]) {
      const a = values(M * K, 1), b = values(K * N, 2), c = new Float32Array(M * N);
      simdMatmul(`${M},${K},${N},false,false`, M, K, N, false, false, a, 0, b, 0, c, 0);
      expect([...c]).toEqual(naive(a, b, M, K, N, false, false));
    }
  });

  it("is what the emitted kernel calls for float32 operands, and not for float64 ones", () => {
    const M = 12, K = 40, N = 72;
    const body = matmulKernel({ arr: "C", off: 0 }, { arr: "A", off: 0 }, { arr: "B", off: 0 },
      { M, K, N }, true, false, new Namer());
    expect(body).toContain("simdMatmul(");
    let calls = 0;
    const spy: typeof simdMatmul = (...args) => { calls++; simdMatmul(...args); };
    for (const Arr of [Float32Array, Float64Array]) {
      const a = Arr.from(values(M * K, 5)), b = Arr.from(values(K * N, 6)), c = new Arr(M * N);
      new Function("A", "B", "C", "simdMatmul", "simdAvailable", body)(a, b, c, spy, () => true);
      expect([...c]).toEqual(naive(a, b, M, K, N, true, false));
    }
    expect(calls).toBe(1);
  });
});
