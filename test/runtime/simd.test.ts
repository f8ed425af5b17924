// The WebAssembly SIMD products that float32 modules run over their arena, against a naive
// triple loop (test/support): ragged sizes around every block size, the three layouts they
// have, operands at offsets in a memory whose every other float is NaN (so a read past a row
// that leaked into a result would show), and the emitted kernel taking that path.
import { describe, expect, it } from "vitest";
import { Namer } from "../../compiler/emit/loops.ts";
import { matmulKernel, simdName, simdNamesIn } from "../../compiler/ops/matmul.ts";
import { adamStep, adamwStep, momentumStep, rmspropStep, sgdStep } from "../../runtime/optimizers.ts";
import { allocateArena, SIMD_PAD, simdAvailable, simdHasLayout, simdKernel, simdUpdateKernels } from "../../runtime/simd.ts";
import { LAYOUTS, naive, values } from "../support/matmul.ts";

/** A, B and C placed in a fresh arena after `gap` floats each, everything else NaN. */
function arena(M: number, K: number, N: number, gap: number) {
  const ao = gap, bo = ao + M * K + gap, co = bo + K * N + gap, total = co + M * N + gap;
  const { buffer, memory } = allocateArena(total * 4, true);
  const F = new Float32Array(buffer, 0, total).fill(NaN);
  const a = values(M * K, M + 2 * K), b = values(K * N, N);
  F.set(a, ao);
  F.set(b, bo);
  return { F, memory, a, b, ao, bo, co, total };
}

describe("SIMD product kernels", () => {
  it("run on this engine", () => expect(simdAvailable()).toBe(true));

  for (const [ta, tb] of LAYOUTS.filter(([ta, tb]) => simdHasLayout(ta, tb))) {
    it(`match a naive product around the block sizes (ta=${ta}, tb=${tb})`, () => {
      for (const M of [1, 2, 3, 4, 5, 9]) for (const K of [1, 3, 4, 5, 9]) for (const N of [1, 3, 4, 7, 8, 9, 17, 33]) {
        const { F, memory, a, b, ao, bo, co } = arena(M, K, N, 3);
        simdKernel(memory, M, K, N, ta, tb)!(ao * 4, bo * 4, co * 4);
        expect([...F.subarray(co, co + M * N)], `M=${M} K=${K} N=${N}`).toEqual(naive(a, b, M, K, N, ta, tb));
        expect([...F.subarray(co - 3, co), ...F.subarray(co + M * N)].every(Number.isNaN),
          "writes stay inside C").toBe(true);
      }
    });
  }

  it("reads past a tensor at the arena's end stay inside the memory's pad", () => {
    // B last, with a ragged width: edge loads reach up to 3 floats past its end.
    const M = 1, K = 5, N = 7;
    const total = M * N + M * K + K * N;
    const { buffer, memory } = allocateArena(total * 4, true);
    expect(buffer.byteLength).toBeGreaterThanOrEqual(total * 4 + SIMD_PAD);
    const F = new Float32Array(buffer, 0, total);
    const a = values(M * K, 1), b = values(K * N, 2);
    F.set(a, M * N);
    F.set(b, M * N + M * K);
    simdKernel(memory, M, K, N, false, false)!((M * N) * 4, (M * N + M * K) * 4, 0);
    expect([...F.subarray(0, M * N)]).toEqual(naive(a, b, M, K, N, false, false));
  });

  it("share a compiled module between arenas, each instance writing its own memory", () => {
    const one = arena(8, 4, 8, 0), two = arena(8, 4, 8, 0);
    two.F.set(one.b.map((v) => -v), two.bo);
    simdKernel(one.memory, 8, 4, 8, false, false)!(one.ao * 4, one.bo * 4, one.co * 4);
    simdKernel(two.memory, 8, 4, 8, false, false)!(two.ao * 4, two.bo * 4, two.co * 4);
    const want = naive(one.a, one.b, 8, 4, 8, false, false);
    expect([...one.F.subarray(one.co)]).toEqual(want);
    expect([...two.F.subarray(two.co)]).toEqual(want.map((v) => -v));
  });

  it("are absent without a WebAssembly memory (float64 arenas)", () => {
    const { memory } = allocateArena(64, false);
    expect(memory).toBeNull();
    expect(simdKernel(memory, 4, 4, 4, false, false)).toBeNull();
  });

  it("are what the emitted kernel calls when bound, and its JS loops run when not", () => {
    const M = 12, K = 40, N = 72;
    const { F, memory, a, b, ao, bo, co } = arena(M, K, N, 0);
    const body = matmulKernel({ arr: "F", off: co }, { arr: "F", off: ao }, { arr: "F", off: bo },
      { M, K, N }, true, false, new Namer());
    const name = simdName({ M, K, N }, true, false);
    expect(simdNamesIn(body)).toEqual([{ name, M, K, N, ta: true, tb: false }]);
    let calls = 0;
    const kernel = simdKernel(memory, M, K, N, true, false)!;
    const spy = (x: number, y: number, z: number) => { calls++; kernel(x, y, z); };
    for (const bound of [spy, null]) {
      F.fill(0, co, co + M * N);
      new Function("F", name, body)(F, bound);
      expect([...F.subarray(co, co + M * N)]).toEqual(naive(a, b, M, K, N, true, false));
    }
    expect(calls).toBe(1);
  });

  it("are not emitted for A^T B^T, for operands outside the arena, or for tiny products", () => {
    const refs = { c: { arr: "F", off: 0 }, a: { arr: "F", off: 0 }, b: { arr: "F", off: 0 } };
    const d = { M: 16, K: 16, N: 16 };
    const emitted = (ta: boolean, tb: boolean, a = refs.a, dims = d) =>
      simdNamesIn(matmulKernel(refs.c, a, refs.b, dims, ta, tb, new Namer())).length > 0;
    expect(emitted(false, false)).toBe(true);
    expect(emitted(true, true)).toBe(false);
    expect(emitted(false, false, { arr: "G", off: 0 })).toBe(false);
    expect(emitted(false, false, refs.a, { M: 2, K: 2, N: 4 })).toBe(false);
  });
});

describe("SIMD optimizer updates", () => {
  // Each tensor of n floats after a NaN gap, so a write outside it would show.
  function state(names: readonly string[], n: number, wasm: boolean) {
    const at: Record<string, number> = {};
    names.forEach((s, k) => (at[s] = 3 + k * (n + 3)));
    const total = 3 + names.length * (n + 3);
    const { buffer, memory } = allocateArena(total * 4, wasm);
    const F = new Float32Array(buffer, 0, total).fill(NaN);
    // Second moments must be >= 0; the rest take signed values.
    names.forEach((s, k) => F.set(values(n, k + 1).map((x) => (s === "v" || s === "sq" ? x * x : x)), at[s]));
    return { F, at, total, kernels: simdUpdateKernels(memory) };
  }
  type State = ReturnType<typeof state>;
  const rules: [string, string[], (s: State, n: number, t: number) => void][] = [
    ["SGD", ["p", "g"], (s, n) => sgdStep(s.F, s.at.p, s.at.g, n, 0.1, 0.01, s.kernels)],
    ["momentum", ["p", "g", "buf"], (s, n, t) =>
      momentumStep(s.F, s.at.p, s.at.g, s.at.buf, n, 0.1, 0.9, false, 0.01, t === 1, s.kernels)],
    ["Nesterov momentum", ["p", "g", "buf"], (s, n, t) =>
      momentumStep(s.F, s.at.p, s.at.g, s.at.buf, n, 0.1, 0.9, true, 0.01, t === 1, s.kernels)],
    ["RMSprop", ["p", "g", "sq"], (s, n) =>
      rmspropStep(s.F, s.at.p, s.at.g, s.at.sq, n, 0.01, 0.99, 1e-8, 0.01, s.kernels)],
    ["Adam", ["p", "g", "m", "v"], (s, n, t) =>
      adamStep(s.F, s.at.p, s.at.g, s.at.m, s.at.v, n, 0.01, 0.9, 0.999, 1e-8, 0.1, t, s.kernels)],
    ["AdamW", ["p", "g", "m", "v"], (s, n, t) =>
      adamwStep(s.F, s.at.p, s.at.g, s.at.m, s.at.v, n, 0.01, 0.9, 0.999, 1e-8, 0.1, t, s.kernels)],
  ];
  for (const [name, names, step] of rules) {
    it(`${name} matches the JS update to float32 rounding over 3 steps`, () => {
      for (const n of [1, 3, 4, 5, 8, 13, 64]) {
        const js = state(names, n, false), wasm = state(names, n, true);
        expect(js.kernels).toBeNull();
        expect(wasm.kernels).not.toBeNull();
        for (let t = 1; t <= 3; t++) { step(js, n, t); step(wasm, n, t); }
        for (let i = 0; i < js.total; i++) {
          const [a, b] = [js.F[i], wasm.F[i]];
          if (Number.isNaN(a)) expect(b, `n=${n}: element ${i} is outside every tensor`).toBeNaN();
          else expect(Math.abs(a - b), `n=${n} element ${i}`).toBeLessThanOrEqual(2e-6 * (1 + Math.abs(a)));
        }
        // The update moved every param (the comparison above is not of two untouched states).
        const before = state(names, n, false);
        expect(js.F.subarray(js.at.p, js.at.p + n).every((x, i) => x !== before.F[before.at.p + i])).toBe(true);
      }
    });
  }
});
