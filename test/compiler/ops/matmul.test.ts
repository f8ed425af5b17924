// The emitted matrix-product kernel against a naive triple loop (test/support): odd sizes that
// leave ragged register-block edges, every transpose layout, and batches with broadcasting.
import { describe, expect, it } from "vitest";
import { Namer } from "../../../compiler/emit/js/loops.ts";
import type { Node } from "../../../compiler/ir/types.ts";
import { MATMUL_JS, matmulKernel } from "../../../compiler/emit/js/matmul.ts";
import { MATMUL_OPS } from "../../../compiler/ops/matmul.ts";
import { LAYOUTS, naive, values } from "../../support/matmul.ts";

const SIZES = [1, 3, 5, 7];

describe("matmulKernel", () => {
  for (const [ta, tb] of LAYOUTS) {
    it(`matches a naive product for every M, K, N in {1, 3, 5, 7} (ta=${ta}, tb=${tb})`, () => {
      for (const M of SIZES) for (const K of SIZES) for (const N of SIZES) {
        // Operands sit at offsets inside larger arrays, as they do in a model's arena.
        const a = values(M * K + 5, M), b = values(K * N + 9, N), c = new Float32Array(M * N + 11).fill(99);
        const body = matmulKernel({ arr: "C", off: 11 }, { arr: "A", off: 5 }, { arr: "B", off: 9 },
          { M, K, N }, ta, tb, new Namer());
        new Function("A", "B", "C", body)(a, b, c);
        expect([...c.subarray(11)], `M=${M} K=${K} N=${N}`).toEqual(naive(a.subarray(5), b.subarray(9), M, K, N, ta, tb));
        expect([...c.subarray(0, 11)].every((v) => v === 99), "writes stay inside C").toBe(true);
      }
    });
  }

  it("starts each accumulator from init(row, col) when given", () => {
    const M = 5, K = 3, N = 7;
    const a = values(M * K, 1), b = values(K * N, 2), c = new Float32Array(M * N);
    const body = matmulKernel({ arr: "C", off: 0 }, { arr: "A", off: 0 }, { arr: "B", off: 0 },
      { M, K, N }, false, false, new Namer(), undefined, (row: string, col: string) => `(${row}) * 100 + (${col})`);
    new Function("A", "B", "C", body)(a, b, c);
    const want = naive(a, b, M, K, N, false, false).map((v, k) => v + Math.floor(k / N) * 100 + (k % N));
    expect([...c]).toEqual(want);
  });
});

describe("batched matmul emit", () => {
  const node = (id: number, shape: number[], attrs = {}): Node =>
    ({ id, op: "matmul", inputs: [], attrs, shape, dtype: "f" });
  const cases: { a: number[]; b: number[]; out: number[] }[] = [
    { a: [3, 5, 7], b: [3, 7, 1], out: [3, 5, 1] },
    { a: [2, 1, 3, 5], b: [4, 5, 7], out: [2, 4, 3, 7] },
    { a: [1, 5], b: [3, 5, 3], out: [3, 1, 3] },
    { a: [7, 1, 3, 1], b: [1, 5, 1, 3], out: [7, 5, 3, 3] },
  ];
  for (const { a: as, b: bs, out } of cases) {
    for (const [ta, tb] of LAYOUTS) {
      it(`[${as}] @ [${bs}] broadcasts its batch axes (ta=${ta}, tb=${tb})`, () => {
        // The flags reinterpret the stored last two axes: swap them in the stored shapes.
        const swap = (s: number[]) => [...s.slice(0, -2), s.at(-1)!, s.at(-2)!];
        const sa = ta ? swap(as) : as, sb = tb ? swap(bs) : bs;
        const n = (s: number[]) => s.reduce((x, y) => x * y, 1);
        const A = values(n(sa), 3), B = values(n(sb), 4), C = new Float32Array(n(out));
        const ins = [node(0, sa), node(1, sb)];
        const shape = MATMUL_OPS.matmul.shape(ins, { ta, tb }).shape;
        expect(shape).toEqual(out);
        const body = MATMUL_JS.matmul.kernel({ node: { ...node(2, out, { ta, tb }), inputs: [0, 1] }, ins,
          out: { arr: "C", off: 0 }, args: [{ arr: "A", off: 0 }, { arr: "B", off: 0 }], nm: new Namer(), rng: "R", dtype: "f64" });
        new Function("A", "B", "C", body)(A, B, C);
        const [M, N] = out.slice(-2), K = ta ? sa.at(-2)! : sa.at(-1)!;
        const batch = out.slice(0, -2);
        // Walk the output batch; each operand's index is the broadcast index into its own batch.
        const pick = (s: number[], idx: number[]) => {
          const own = s.slice(0, -2), lead = batch.length - own.length;
          return own.reduce((o, d, k) => o * d + (d === 1 ? 0 : idx[lead + k]), 0);
        };
        for (let t = 0; t < n(batch); t++) {
          const idx = batch.map((_, k) => Math.floor(t / n(batch.slice(k + 1))) % batch[k]);
          const ao = pick(sa, idx) * M * K, bo = pick(sb, idx) * K * N;
          expect([...C.subarray(t * M * N, (t + 1) * M * N)], `batch ${idx}`)
            .toEqual(naive(A.subarray(ao), B.subarray(bo), M, K, N, ta, tb));
        }
      });
    }
  }
});
