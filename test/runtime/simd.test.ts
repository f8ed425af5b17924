// The WebAssembly SIMD products that float32 modules run over their arena, against a naive
// triple loop (test/support): ragged sizes around every block size, the three layouts they
// have, operands at offsets in a memory whose every other float is NaN (so a read past a row
// that leaked into a result would show), and the emitted kernel taking that path.
import { describe, expect, it, vi } from "vitest";
import { Namer } from "../../compiler/emit/js/loops.ts";
import { simdName, simdNamesIn } from "../../compiler/emit/simd.ts";
import { matmulKernel } from "../../compiler/emit/js/matmul.ts";
import { adamStep, adamwStep, momentumStep, rmspropStep, sgdStep } from "../../runtime/optimizers.ts";
import { allocateArena, SIMD_EW_OPS, SIMD_MAX_BYTES, SIMD_PAD, SIMD_PATCH_FIELDS, simdAvailable,
  simdKernel, simdMake, simdPatchBytes, type SimdPatchGeom, simdUpdateKernels } from "../../runtime/simd.ts";
import { JS_OPS } from "../../compiler/emit/js/ops.ts";
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

  for (const [ta, tb] of LAYOUTS) {
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
    const name = simdName("mm", [M, K, N, 1, 0]);
    expect(simdNamesIn(body)).toEqual([{ name, kind: "mm", params: [M, K, N, 1, 0] }]);
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

  it("are emitted for every layout, not for operands outside the arena or tiny products", () => {
    const refs = { c: { arr: "F", off: 0 }, a: { arr: "F", off: 0 }, b: { arr: "F", off: 0 } };
    const d = { M: 16, K: 16, N: 16 };
    const emitted = (ta: boolean, tb: boolean, a = refs.a, dims = d) =>
      simdNamesIn(matmulKernel(refs.c, a, refs.b, dims, ta, tb, new Namer())).length > 0;
    expect(emitted(false, false)).toBe(true);
    for (const [ta, tb] of LAYOUTS) expect(emitted(ta, tb)).toBe(true);
    // A^T B^T vectorizes C's rows: with 3 of them, the JS loops.
    expect(emitted(true, true, refs.a, { M: 3, K: 64, N: 64 })).toBe(false);
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

describe("SIMD im2col and col2im", () => {
  /** S[(c, kh, kw), (i, j)] = x[c, i*sh + kh - pt, j + kw - pl], 0 in the padding. */
  function naivePatches(g: SimdPatchGeom, x: Float32Array): number[] {
    const S: number[] = [];
    for (let c = 0; c < g.C; c++) for (let kh = 0; kh < g.KH; kh++) for (let kw = 0; kw < g.KW; kw++) {
      for (let i = 0; i < g.Ho; i++) for (let j = 0; j < g.Wo; j++) {
        const h = i * g.sh + kh - g.pt, w = j * g.sw + kw - g.pl;
        S.push(h >= 0 && h < g.H && w >= 0 && w < g.W ? x[(c * g.H + h) * g.W + w] : 0);
      }
    }
    return S;
  }

  const geoms: SimdPatchGeom[] = [];
  for (const [C, H, W] of [[1, 5, 7], [2, 9, 4], [3, 6, 13], [1, 3, 40]]) {
    for (const [KH, KW] of [[1, 1], [3, 3], [2, 3], [3, 1]]) {
      for (const [pt, pl, pb, pr] of [[0, 0, 0, 0], [1, 1, 1, 1], [2, 0, 1, 2]]) {
        for (const sh of [1, 2]) {
          const Ho = Math.floor((H + pt + pb - KH) / sh) + 1, Wo = W + pl + pr - KW + 1;
          if (Ho >= 1 && Wo >= 1) geoms.push({ C, H, W, KH, KW, Ho, Wo, sh, sw: 1, pt, pl });
        }
      }
    }
  }

  it(`im2col matches the definition on ${geoms.length} geometries, writing only S`, () => {
    for (const g of geoms) {
      const nx = g.C * g.H * g.W, ns = g.C * g.KH * g.KW * g.Ho * g.Wo;
      const { buffer, memory } = allocateArena((nx + ns + 8) * 4, true);
      const F = new Float32Array(buffer, 0, nx + ns + 8).fill(NaN);
      const x = values(nx, g.C + g.H);
      F.set(x, 2);
      simdMake(memory, "im2col", SIMD_PATCH_FIELDS.map((f) => g[f]))!(2 * 4, (nx + 6) * 4);
      const what = JSON.stringify(g);
      expect([...F.subarray(nx + 6, nx + 6 + ns)], what).toEqual(naivePatches(g, x));
      expect([...F.subarray(nx + 2, nx + 6), ...F.subarray(nx + 6 + ns)].every(Number.isNaN), what).toBe(true);
    }
  });

  it("are skipped where the engine refuses to compile them synchronously (a browser's main thread)", () => {
    const { memory } = allocateArena(1 << 20, true);
    const big: SimdPatchGeom = { C: 3, H: 224, W: 224, KH: 7, KW: 7, Ho: 112, Wo: 112, sh: 2, sw: 1,
      pt: 3, pl: 3 };
    const params = SIMD_PATCH_FIELDS.map((f) => big[f]);
    expect(simdPatchBytes(big, false).length).toBeGreaterThan(SIMD_MAX_BYTES);
    // What Chrome's main thread does past 4 KB; Node.js compiles it.
    const Module = WebAssembly.Module;
    vi.stubGlobal("WebAssembly", { ...WebAssembly, Module: function (bytes: Uint8Array<ArrayBuffer>) {
      if (bytes.length > SIMD_MAX_BYTES) throw new RangeError("WebAssembly.Module(): Buffer size is larger than 4KB");
      return new Module(bytes);
    } });
    try {
      expect(simdMake(memory, "im2col", params)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(simdMake(memory, "im2col", params)).not.toBeNull();
  });

  it("col2im adds every patch element back where im2col read it (its adjoint)", () => {
    for (const g of geoms) {
      const nx = g.C * g.H * g.W, ns = g.C * g.KH * g.KW * g.Ho * g.Wo;
      const { buffer, memory } = allocateArena((nx + ns) * 4, true);
      const F = new Float32Array(buffer, 0, nx + ns);
      const x0 = values(nx, 3), s = values(ns, g.KW);
      F.set(x0, 0);
      F.set(s, nx);
      simdMake(memory, "col2im", SIMD_PATCH_FIELDS.map((f) => g[f]))!(0, nx * 4);
      // x += P^T s, where P is im2col's 0/1 matrix: column k of P^T is im2col of unit x_k.
      const want = [...x0];
      for (let k = 0; k < nx; k++) {
        const unit = new Float32Array(nx);
        unit[k] = 1;
        naivePatches(g, unit).forEach((p, r) => (want[k] += p * s[r]));
      }
      expect([...F.subarray(0, nx)], JSON.stringify(g)).toEqual(want.map(Math.fround));
    }
  });
});

describe("SIMD elementwise kernels", () => {
  // Every op against its JS expression from the op table, on float32 values that include
  // NaN, infinities and both zeros, rounded to float32 as a module stores them.
  const specials = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, -2.5, 3e38, -3e38, 1e-45];
  const n = 64;
  const pick = (seed: number) => Float32Array.from({ length: n },
    (_, i) => (i % 3 === 0 ? specials[(i / 3 + seed * 5) % specials.length] : ((i * 37 + seed * 11) % 29) / 4 - 3));
  for (const [op, code] of Object.entries(SIMD_EW_OPS)) {
    it(`${op} matches its JS expression on every input, NaN and -0 included`, () => {
      const arity = op === "where" ? 3 : ["neg", "relu", "sqrt", "abs", "float"].includes(op) ? 1 : 2;
      const ins = [pick(1), pick(2), pick(3)].slice(0, arity);
      const total = (arity + 1) * n;
      const { buffer, memory } = allocateArena(total * 4, true);
      const F = new Float32Array(buffer, 0, total);
      ins.forEach((a, k) => F.set(a, k * n));
      const args = [0, 1, 2].map((k) => (k < arity ? k : 0));
      simdMake(memory, "ew", [n / 4, arity, 1, 1, code, ...args, 0, 0])!(...ins.map((_, k) => 4 * k * n), 4 * arity * n);
      const expr = new Function("a", "b", "c", `return ${JS_OPS[op as keyof typeof JS_OPS].expr!(["a", "b", "c"], {}, "f32", "R")};`);
      const want = Array.from({ length: n }, (_, i) => Math.fround(expr(...ins.map((a) => a[i]))));
      const got = [...F.subarray(arity * n)];
      got.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i])),
        `${op}(${ins.map((a) => a[i]).join(", ")}): ${v}, not ${want[i]}`).toBe(true));
    });
  }
});
