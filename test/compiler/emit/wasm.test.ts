// The WebAssembly SIMD kernels float32 modules run over their arena (compiler/emit/wasm/),
// against definitions: products against a naive triple loop on ragged sizes around every
// block size, in every layout, with operands at offsets in a memory whose every other float
// is NaN (so a read past a row that leaked into a result would show); im2col and col2im
// against their definitions; every elementwise op's form against its JS expression on NaN,
// infinities and both zeros; and the emitted kernels calling them, or their JS loops.
import { describe, expect, it } from "vitest";
import { Namer } from "../../../compiler/emit/js/loops.ts";
import { matmulKernel } from "../../../compiler/emit/js/matmul.ts";
import { JS_OPS } from "../../../compiler/emit/js/ops.ts";
import { elementwiseFn } from "../../../compiler/emit/wasm/elementwise.ts";
import { type Fn, moduleBytes } from "../../../compiler/emit/wasm/encoder.ts";
import { WasmKernels } from "../../../compiler/emit/wasm/kernels.ts";
import { matmulFn } from "../../../compiler/emit/wasm/matmul.ts";
import { packedFn, packScratch } from "../../../compiler/emit/wasm/packed.ts";
import { type ElementwiseOp, SIMD_OPS } from "../../../compiler/emit/wasm/ops.ts";
import { type PatchGeom, patchFn, zerosFn } from "../../../compiler/emit/wasm/patches.ts";
import { poolFn, type PoolKind, tiles } from "../../../compiler/emit/wasm/pool.ts";
import { type ReduceOp, reduceFn, type ReduceProgram } from "../../../compiler/emit/wasm/reduce.ts";
import { strides } from "../../../compiler/ir/tensor.ts";
import type { OpName } from "../../../compiler/ir/types.ts";
import { type Pool, poolGeom } from "../../../compiler/ops/conv.ts";
import { OPS } from "../../../compiler/ops/table.ts";
import { mismatch } from "../../property/harness.ts";
import { SIMD_PAD } from "../../../runtime/model/memory.ts";
import { LAYOUTS, naive, values } from "../../support/matmul.ts";

/** A memory of `floats` (plus the pad kernels may read into) and `fn` instantiated over it. */
function kernel(fn: Fn, floats: number) {
  const pages = Math.ceil((floats * 4 + SIMD_PAD) / 65536);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const k = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes([fn])), { e: { m: memory } })
    .exports.k0 as (...addresses: number[]) => void;
  return { F: new Float32Array(memory.buffer, 0, floats), k };
}

/** A, B and C placed after `gap` floats each, everything else NaN. */
function product(M: number, K: number, N: number, ta: boolean, tb: boolean, gap: number) {
  const ao = gap, bo = ao + M * K + gap, co = bo + K * N + gap, total = co + M * N + gap;
  const { F, k } = kernel(matmulFn(M, K, N, ta, tb), total);
  F.fill(NaN);
  const a = values(M * K, M + 2 * K), b = values(K * N, N);
  F.set(a, ao);
  F.set(b, bo);
  k(ao * 4, bo * 4, co * 4);
  return { F, a, b, co };
}

describe("SIMD product kernels", () => {
  for (const [ta, tb] of LAYOUTS) {
    it(`match a naive product around the block sizes (ta=${ta}, tb=${tb})`, () => {
      for (const M of [1, 2, 3, 4, 5, 9]) for (const K of [1, 3, 4, 5, 9]) for (const N of [1, 3, 4, 7, 8, 9, 17, 33]) {
        const { F, a, b, co } = product(M, K, N, ta, tb, 3);
        expect([...F.subarray(co, co + M * N)], `M=${M} K=${K} N=${N}`).toEqual(naive(a, b, M, K, N, ta, tb));
        expect([...F.subarray(co - 3, co), ...F.subarray(co + M * N)].every(Number.isNaN),
          "writes stay inside C").toBe(true);
      }
    });
  }

  it("start from C (A B, A^T B, A B^T), a bias per row of C (A B) or a matrix (A B, A^T B)", () => {
    const starts = [["accumulate", false, false], ["accumulate", true, false],
      ["accumulate", false, true], ["rowBias", false, false], ["addend", false, false],
      ["addend", true, false]] as const;
    for (const [how, ta, tb] of starts) {
      for (const M of [1, 3, 4, 5, 9]) for (const K of [1, 4, 9]) for (const N of [1, 3, 4, 9, 17]) {
        // D, the matrix added, has rows N + 3 floats apart (a view), NaN between them.
        const start = how === "addend" ? `addend ${N + 3}` as const : how;
        const ao = 3, bo = ao + M * K + 3, co = bo + K * N + 3, d = co + M * N + 3;
        const { F, k } = kernel(matmulFn(M, K, N, ta, tb, start), d + M * (N + 3) + 3);
        F.fill(NaN);
        const a = values(M * K, M + K), b = values(K * N, N), c = values(M * N, 7), bias = values(M, 2);
        F.set(a, ao); F.set(b, bo);
        if (how === "addend") c.forEach((v, i) => (F[d + Math.floor(i / N) * (N + 3) + i % N] = v));
        else F.set(bias, d);
        if (start === "accumulate") F.set(c, co);
        k(ao * 4, bo * 4, co * 4, d * 4);
        const want = naive(a, b, M, K, N, ta, tb)
          .map((v, i) => v + (how === "rowBias" ? bias[Math.floor(i / N)] : c[i]));
        const what = `${start} ta=${ta} tb=${tb} M=${M} K=${K} N=${N}`;
        expect([...F.subarray(co, co + M * N)], what).toEqual(want);
        expect([...F.subarray(co - 3, co), ...F.subarray(co + M * N, d)].every(Number.isNaN), what)
          .toBe(true);
      }
    }
    expect(() => matmulFn(4, 4, 4, true, true, "accumulate")).toThrow(/starting from/);
    expect(() => matmulFn(4, 4, 4, false, true, "rowBias")).toThrow(/starting from/);
    expect(() => matmulFn(4, 4, 4, false, true, "addend 4")).toThrow(/starting from/);
  });

  it("over samples: a product per sample in one call (A B, A^T B, a bias), A B^T along every sample's k", () => {
    const kinds = [[false, false, "zero"], [false, false, "rowBias"], [true, false, "zero"],
      [false, true, "zero"], [false, true, "accumulate"]] as const;
    for (const [ta, tb, start] of kinds) {
      for (const [M, K, N] of [[3, 5, 7], [4, 9, 17], [9, 4, 8], [5, 1, 3]]) for (const n of [1, 2, 5]) {
        // A is shared by every sample (a convolution's weights) but in A B^T (a filter
        // gradient's, which sums over them): each sample's operands and C a few NaN apart.
        const sa = tb ? M * K + 2 : 0, sb = K * N + 3, sc = tb ? 0 : M * N + 1;
        const ao = 3, bo = ao + (tb ? n * sa : M * K) + 3, co = bo + n * sb + 3;
        const d = co + (tb ? M * N : n * sc) + 3;
        const { F, k } = kernel(matmulFn(M, K, N, ta, tb, start, { a: sa, b: sb, c: sc }), d + M + 3);
        F.fill(NaN);
        const as = Array.from({ length: tb ? n : 1 }, (_, i) => values(M * K, M + K + i));
        const bs = Array.from({ length: n }, (_, i) => values(K * N, N + 2 * i));
        const bias = values(M, 2), c0 = values(M * N, 7);
        as.forEach((a, i) => F.set(a, ao + i * sa));
        bs.forEach((b, i) => F.set(b, bo + i * sb));
        F.set(bias, d);
        if (start === "accumulate") F.set(c0, co);
        k(ao * 4, bo * 4, co * 4, d * 4, n);
        const what = `${start} ta=${ta} tb=${tb} M=${M} K=${K} N=${N} n=${n}`;
        const each = bs.map((b, i) => naive(as[tb ? i : 0], b, M, K, N, ta, tb));
        if (tb) {
          const want = each.reduce((t, c) => t.map((v, j) => v + c[j]),
            start === "accumulate" ? [...c0] : new Array(M * N).fill(0));
          expect([...F.subarray(co, co + M * N)], what).toEqual(want);
          expect([...F.subarray(co + M * N, d)].every(Number.isNaN), what).toBe(true);
          continue;
        }
        each.forEach((c, i) => {
          const want = c.map((v, j) => v + (start === "rowBias" ? bias[Math.floor(j / N)] : 0));
          const at = co + i * sc;
          expect([...F.subarray(at, at + M * N)], `${what} sample ${i}`).toEqual(want);
          expect(Number.isNaN(F[at + M * N]), `${what}: writes stay inside C`).toBe(true);
        });
      }
    }
    expect(() => matmulFn(4, 4, 4, true, true, "zero", { a: 0, b: 16, c: 16 })).toThrow(/over samples/);
  });

  it("packing B in blocks: match a naive product across block edges, writing only C", () => {
    for (const ta of [false, true]) {
      for (const [M, K, N] of [[8, 1, 8], [9, 5, 16], [13, 300, 264], [6, 256, 520], [4, 513, 24]]) {
        const ao = 3, bo = ao + M * K + 3, co = bo + K * N + 3, po = co + M * N + 3;
        const { F, k } = kernel(packedFn(M, K, N, ta), po + packScratch(K, N, ta));
        F.fill(NaN);
        const a = values(M * K, M + K), b = values(K * N, N);
        F.set(a, ao); F.set(b, bo);
        k(ao * 4, bo * 4, co * 4, po * 4);
        const what = `ta=${ta} M=${M} K=${K} N=${N}`;
        expect([...F.subarray(co, co + M * N)], what).toEqual(naive(a, b, M, K, N, ta, false));
        expect([...F.subarray(co - 3, co), ...F.subarray(co + M * N, po)].every(Number.isNaN), what)
          .toBe(true);
      }
    }
    expect(() => packedFn(8, 8, 12, false)).toThrow(/multiple of 8/);
  });

  it("reads past a tensor at the arena's end stay inside the memory's pad", () => {
    // B last, with a ragged width: edge loads reach up to 3 floats past its end.
    const M = 1, K = 5, N = 7;
    const { F, k } = kernel(matmulFn(M, K, N, false, false), M * N + M * K + K * N);
    const a = values(M * K, 1), b = values(K * N, 2);
    F.set(a, M * N);
    F.set(b, M * N + M * K);
    k((M * N) * 4, (M * N + M * K) * 4, 0);
    expect([...F.subarray(0, M * N)]).toEqual(naive(a, b, M, K, N, false, false));
  });

  it("are what the emitted kernel calls where the module has them, and the fallback product where not", async () => {
    const { kilnProduct } = await import("../../../runtime/fallback.ts");
    const M = 12, K = 40, N = 72, ao = 0, bo = M * K, co = bo + K * N;
    const simd = new WasmKernels();
    const body = matmulKernel({ arr: "F", off: co }, { arr: "F", off: ao }, { arr: "F", off: bo },
      { M, K, N }, true, false, new Namer(), simd);
    expect(simd.count).toBe(1);
    expect(body).toMatch(/^if \(W !== null\) W\.k0\(/);
    const { F, k } = kernel(matmulFn(M, K, N, true, false), co + M * N);
    const a = values(M * K, 1), b = values(K * N, 2);
    F.set(a, ao);
    F.set(b, bo);
    let calls = 0;
    for (const W of [{ k0: (...x: number[]) => { calls++; k(...x); } }, null]) {
      F.fill(0, co, co + M * N);
      new Function("F", "W", "kilnProduct", body)(F, W, kilnProduct);
      expect([...F.subarray(co, co + M * N)]).toEqual(naive(a, b, M, K, N, true, false));
    }
    expect(calls).toBe(1);
  });

  it("are emitted for every layout, once per distinct product, not for tiny products or other arrays", () => {
    const refs = { c: { arr: "F", off: 0 }, a: { arr: "F", off: 0 }, b: { arr: "F", off: 0 } };
    const simd = new WasmKernels();
    const emitted = (ta: boolean, tb: boolean, a = refs.a, dims = { M: 16, K: 16, N: 16 }) =>
      simd.called(matmulKernel(refs.c, a, refs.b, dims, ta, tb, new Namer(), simd));
    for (const [ta, tb] of LAYOUTS) expect(emitted(ta, tb)).toBe(true);
    expect(emitted(false, false)).toBe(true);
    expect(simd.count).toBe(LAYOUTS.length);
    // A^T B^T vectorizes C's rows: with 3 of them, the JS loops.
    expect(emitted(true, true, refs.a, { M: 3, K: 64, N: 64 })).toBe(false);
    expect(emitted(false, false, { arr: "G", off: 0 })).toBe(false);
    expect(emitted(false, false, refs.a, { M: 2, K: 2, N: 4 })).toBe(false);
    // Float64 modules have no SIMD kernels.
    expect(matmulKernel(refs.c, refs.a, refs.b, { M: 16, K: 16, N: 16 }, false, false, new Namer()))
      .not.toContain("W.");
  });
});

describe("SIMD im2col and col2im", () => {
  /** S[(c, kh, kw), (i, j)] = x[c, i*sh + kh - pt, j + kw - pl], 0 in the padding. */
  function naivePatches(g: PatchGeom, x: Float32Array): number[] {
    const S: number[] = [];
    for (let c = 0; c < g.C; c++) for (let kh = 0; kh < g.KH; kh++) for (let kw = 0; kw < g.KW; kw++) {
      for (let i = 0; i < g.Ho; i++) for (let j = 0; j < g.Wo; j++) {
        const h = i * g.sh + kh - g.pt, w = j * g.sw + kw - g.pl;
        S.push(h >= 0 && h < g.H && w >= 0 && w < g.W ? x[(c * g.H + h) * g.W + w] : 0);
      }
    }
    return S;
  }

  const geoms: PatchGeom[] = [];
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
      const { F, k } = kernel(patchFn(g, false), nx + ns + 8);
      F.fill(NaN);
      const x = values(nx, g.C + g.H);
      F.set(x, 2);
      k(2 * 4, (nx + 6) * 4);
      const what = JSON.stringify(g);
      expect([...F.subarray(nx + 6, nx + 6 + ns)], what).toEqual(naivePatches(g, x));
      expect([...F.subarray(nx + 2, nx + 6), ...F.subarray(nx + 6 + ns)].every(Number.isNaN), what).toBe(true);
    }
  });

  it("over samples: im2col and col2im of n samples in one call are each sample's", () => {
    for (const g of geoms) {
      const nx = g.C * g.H * g.W, ns = g.C * g.KH * g.KW * g.Ho * g.Wo, n = 3;
      const what = JSON.stringify(g);
      const im2col = kernel(patchFn(g, false, true), n * (nx + ns) + 8);
      im2col.F.fill(NaN);
      const xs = values(n * nx, g.C + g.H);
      im2col.F.set(xs, 2);
      im2col.k(2 * 4, (n * nx + 6) * 4, n);
      for (let i = 0; i < n; i++) {
        const at = n * nx + 6 + i * ns;
        expect([...im2col.F.subarray(at, at + ns)], `${what} sample ${i}`)
          .toEqual(naivePatches(g, xs.subarray(i * nx, (i + 1) * nx)));
      }
      expect([...im2col.F.subarray(n * nx + 6 + n * ns)].every(Number.isNaN), what).toBe(true);
      // col2im over n samples adds what one sample's kernel adds, sample by sample.
      const batch = kernel(patchFn(g, true, true), n * (nx + ns)), one = kernel(patchFn(g, true), nx + ns);
      const x0 = values(n * nx, 3), s = values(n * ns, g.KW);
      batch.F.set(x0, 0);
      batch.F.set(s, n * nx);
      batch.k(0, n * nx * 4, n);
      for (let i = 0; i < n; i++) {
        one.F.set(x0.subarray(i * nx, (i + 1) * nx), 0);
        one.F.set(s.subarray(i * ns, (i + 1) * ns), nx);
        one.k(0, nx * 4);
        expect([...batch.F.subarray(i * nx, (i + 1) * nx)], `${what} sample ${i}`)
          .toEqual([...one.F.subarray(0, nx)]);
      }
    }
  });

  it("col2im adds every patch element back where im2col read it (its adjoint)", () => {
    for (const g of geoms) {
      const nx = g.C * g.H * g.W, ns = g.C * g.KH * g.KW * g.Ho * g.Wo;
      const { F, k } = kernel(patchFn(g, true), nx + ns);
      const x0 = values(nx, 3), s = values(ns, g.KW);
      F.set(x0, 0);
      F.set(s, nx);
      k(0, nx * 4);
      // x += P^T s, where P is im2col's 0/1 matrix: column k of P^T is im2col of unit x_k.
      const want = [...x0];
      for (let j = 0; j < nx; j++) {
        const unit = new Float32Array(nx);
        unit[j] = 1;
        naivePatches(g, unit).forEach((p, r) => (want[j] += p * s[r]));
      }
      expect([...F.subarray(0, nx)], JSON.stringify(g)).toEqual(want.map(Math.fround));
    }
  });

  it("zero exactly the floats they are given (before col2im adds into them)", () => {
    for (const n of [1, 3, 4, 9, 64]) {
      const { F, k } = kernel(zerosFn(n), n + 6);
      F.fill(NaN);
      k(2 * 4);
      expect([...F.subarray(2, 2 + n)].every((v) => Object.is(v, 0)), `n=${n}`).toBe(true);
      expect([...F.subarray(0, 2), ...F.subarray(2 + n)].every(Number.isNaN), `n=${n}`).toBe(true);
    }
  });

  it("refuse a column stride other than 1", () => {
    expect(() => patchFn({ ...geoms[0], sw: 2 }, false)).toThrow(/column stride of 1/);
  });
});

describe("SIMD elementwise kernels", () => {
  // Every op against its JS expression, on float32 values that include NaN, infinities and
  // both zeros, rounded to float32 as a module stores them.
  const specials = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, -2.5, 3e38, -3e38, 1e-45];
  const n = 64;
  const pick = (seed: number) => Float32Array.from({ length: n }, (_, i) =>
    (i % 3 === 0 ? specials[(i / 3 + seed * 5) % specials.length] : ((i * 37 + seed * 11) % 29) / 4 - 3));
  const ops = Object.keys(SIMD_OPS) as ElementwiseOp[];
  /** The approximations of runtime/fastmath.ts's functions: test/compiler/emit/simdmath.test.ts
   * holds them to its contract. */
  const APPROXIMATE = new Set(["exp", "sigmoid", "tanh", "softplus", "elu"]);
  const contiguous = (inputs: number, outputs = 1) =>
    Array.from({ length: inputs + outputs }, () => [1]);

  it("have a form, or a null that says they run in JS, for every elementwise op", () => {
    const elementwise = Object.keys(OPS).filter((op) => OPS[op as ElementwiseOp].kind === "elementwise" &&
      op !== "broadcast");
    expect(ops.sort()).toEqual(elementwise.sort());
    expect(ops.filter((op) => SIMD_OPS[op] === null).sort()).toEqual(["erf", "log", "pow"]);
  });

  for (const op of ops.filter((o) => SIMD_OPS[o] !== null && !APPROXIMATE.has(o))) {
    for (const alpha of op === "leaky_relu" ? [0.01, 0.25] : [undefined]) {
      it(`${op}${alpha ? ` (alpha ${alpha})` : ""} matches its JS expression on every input, NaN and -0 included`, () => {
        const arity = OPS[op].arity as number;
        const attrs = alpha === undefined ? undefined : { alpha };
        const ins = [pick(1), pick(2), pick(3)].slice(0, arity);
        const { F, k } = kernel(elementwiseFn({ dims: [n], strides: contiguous(arity),
          inputs: arity, literals: [], outputs: [0],
          members: [{ op, args: ins.map((_, j) => ({ input: j })), attrs }] }), (arity + 1) * n);
        ins.forEach((a, j) => F.set(a, j * n));
        k(...ins.map((_, j) => 4 * j * n), 4 * arity * n);
        const expr = new Function("a", "b", "c",
          `return ${JS_OPS[op].expr!(["a", "b", "c"], attrs ?? {}, "f32", "R")};`);
        const want = Array.from({ length: n }, (_, i) => Math.fround(expr(...ins.map((a) => a[i]))));
        const got = [...F.subarray(arity * n)];
        got.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i])),
          `${op}(${ins.map((a) => a[i]).join(", ")}): ${v}, not ${want[i]}`).toBe(true));
      });
    }
  }

  it("splat a one-element input across the loop, and take literals and earlier members", () => {
    const x = pick(4);
    // y = (x - s) * 2.5, with s one float read once.
    const { F, k } = kernel(elementwiseFn({ dims: [n], strides: [[1], [0], [1]], inputs: 2,
      literals: [2.5], outputs: [1], members: [{ op: "sub", args: [{ input: 0 }, { input: 1 }] },
        { op: "mul", args: [{ member: 0 }, { literal: 0 }] }] }), 2 * n + 1);
    F.set(x, 0);
    F[n] = -0.75;
    k(0, 4 * n, 4 * (n + 1));
    const got = [...F.subarray(n + 1)];
    got.forEach((v, i) => expect(v).toBe(Math.fround(Math.fround(x[i] + 0.75) * 2.5)));
  });

  it("divide by a one-element input as a product by its reciprocal only where that is normal", () => {
    const x = pick(4);
    // y = x / s, s one float read once: within 1.5 ulp of the quotient for every divisor
    // whose reciprocal is normal; the quotient itself for zeros, infinities, NaN, extremes.
    const { F, k } = kernel(elementwiseFn({ dims: [n], strides: [[1], [0], [1]], inputs: 2,
      literals: [], outputs: [0], members: [{ op: "div", args: [{ input: 0 }, { input: 1 }] }] }),
    2 * n + 1);
    const exact = [0, -0, Infinity, -Infinity, NaN, 1e-39, -2e-38, 1e38, -(2 ** 126)];
    for (const s of [0.7, -3, 1e-30, 2 ** -125, 2 ** 125, 5e36, ...exact]) {
      F.set(x, 0);
      F[n] = s;
      k(0, 4 * n, 4 * (n + 1));
      F.subarray(n + 1).forEach((v, i) => {
        const want = Math.fround(x[i] / Math.fround(s)), what = `${x[i]} / ${s}`;
        if (exact.includes(s)) expect(v, what).toBe(want);
        else {
          expect(Math.abs(v - want) <= 1.5 * 2 ** -23 * Math.abs(want) || Object.is(v, want), what)
            .toBe(true);
        }
      });
    }
  });

  /** y[i, j] = x[i, j] * r[j] + c[i] over [rows, cols] (x a view with row stride `xRow`),
   * written between NaNs: rows of any length, broadcasts along either axis. */
  function broadcastCase(rows: number, cols: number, xRow: number, counted: boolean) {
    const x = values(rows * xRow, 7), r = values(cols, 8), c = values(rows, 9);
    const xo = 1, ro = xo + rows * xRow + 1, co = ro + cols + 1, yo = co + rows + 2;
    const total = yo + rows * cols + 5;
    const oneLevel = counted && xRow === cols && rows === 1;
    const program = { dims: oneLevel ? undefined : [rows, cols],
      strides: oneLevel ? [[1], [1], [0], [1]] : [[xRow, 1], [0, 1], [1, 0], [cols, 1]],
      inputs: 3, literals: [], outputs: [1], members: [
        { op: "mul" as const, args: [{ input: 0 }, { input: 1 }] },
        { op: "add" as const, args: [{ member: 0 }, { input: 2 }] }] };
    const { F, k } = kernel(elementwiseFn(program), total);
    F.fill(NaN);
    F.set(x, xo); F.set(r, ro); F.set(c, co);
    k(xo * 4, ro * 4, co * 4, yo * 4, ...(oneLevel ? [rows * cols] : []));
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const want = Math.fround(Math.fround(x[i * xRow + j] * r[j]) + c[i]);
        expect(F[yo + i * cols + j], `${rows}x${cols} at ${i}, ${j}`).toBe(want);
      }
    }
    expect([...F.subarray(yo - 1, yo), ...F.subarray(yo + rows * cols)].every(Number.isNaN),
      "writes stay inside y").toBe(true);
  }

  it("broadcast rows and columns, read views with a row stride, and end rows of any length", () => {
    for (const rows of [1, 2, 3]) {
      for (const cols of [1, 2, 3, 4, 5, 7, 8, 9, 13]) {
        for (const extra of [0, 3]) broadcastCase(rows, cols, cols + extra, false);
      }
    }
  });

  it("take their length as a parameter where asked, any length", () => {
    for (const cols of [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17]) broadcastCase(1, cols, cols, true);
  });
});

describe("the product float32 modules fall back to", () => {
  it("sums as the specialized JS product does, bit for bit, in every layout and ragged size", async () => {
    const { kilnProduct } = await import("../../../runtime/fallback.ts");
    for (const [ta, tb] of LAYOUTS) {
      for (const [M, K, N] of [[1, 1, 1], [3, 5, 7], [2, 9, 4], [5, 3, 9], [8, 16, 12]]) {
        const a = values(M * K, 5), b = values(K * N, 6);
        const want = new Float32Array(M * N), got = new Float32Array(3 + M * K + K * N + M * N);
        const body = matmulKernel({ arr: "C", off: 0 }, { arr: "A", off: 0 }, { arr: "B", off: 0 },
          { M, K, N }, ta, tb, new Namer());
        new Function("A", "B", "C", body)(a, b, want);
        got.set(a, 3);
        got.set(b, 3 + M * K);
        kilnProduct(got, 3, 3 + M * K, 3 + M * K + K * N, M, K, N, ta, tb);
        expect([...got.subarray(3 + M * K + K * N)], `${M}x${K}x${N} ${ta} ${tb}`).toEqual([...want]);
      }
    }
  });
});

describe("SIMD reductions", () => {
  /** x [A, B, C] reduced over `axes` by `op`, each element x * y first (y [B], broadcast)
   * and stored (as p), each result r then written twice: r itself and r * 2 + z (z [kept]). */
  function reductionCase(op: ReduceOp, [A, B, C]: number[], axes: number[]) {
    const shape = [A, B, C];
    const xs = strides(shape);
    const keptAxes = [0, 1, 2].filter((d) => !axes.includes(d));
    const kept = keptAxes.map((d) => shape[d]);
    const nOut = kept.reduce((a, b) => a * b, 1);
    const ys = [0, 1, 0];
    const along = axes.includes(2) ? "reduced" : "kept";
    const outStrides = strides(kept);
    const program: ReduceProgram = { op, along, kept, reduced: axes.map((d) => shape[d]),
      inner: [[...keptAxes.map((d) => xs[d]), ...axes.map((d) => xs[d])],
        [...keptAxes.map((d) => ys[d]), ...axes.map((d) => ys[d])],
        [...keptAxes.map((d) => xs[d]), ...axes.map((d) => xs[d])]], innerInputs: 2,
      producers: { members: [{ op: "mul", args: [{ input: 0 }, { input: 1 }] }], literals: [] },
      value: { member: 0 }, stored: [0],
      outer: [outStrides, outStrides, outStrides], outerInputs: 1,
      epilogue: { members: [{ op: "mul", args: [{ input: 0 }, { literal: 0 }] },
        { op: "add", args: [{ member: 0 }, { input: 1 }] }], literals: [2] },
      outputs: [{ input: 0 }, { member: 1 }] };
    const n = A * B * C;
    const x = values(n, A + B), y = values(B, 3), z = values(nOut, 4);
    const [xo, yo, zo, ro, wo] = [1, n + 2, n + B + 3, n + B + nOut + 4, n + B + 2 * nOut + 5];
    const po = wo + nOut + 3;
    const { F, k } = kernel(reduceFn(program), po + n + 2);
    F.fill(NaN);
    F.set(x, xo); F.set(y, yo); F.set(z, zo);
    k(xo * 4, yo * 4, po * 4, zo * 4, ro * 4, wo * 4);
    const acc = new Float64Array(nOut).fill(op === "sum" ? 0 : op === "max" ? -Infinity : Infinity);
    for (let a = 0; a < A; a++) for (let b = 0; b < B; b++) for (let c = 0; c < C; c++) {
      const idx = [a, b, c];
      const o = keptAxes.reduce((s, d, j) => s + idx[d] * outStrides[j], 0);
      const v = Math.fround(x[a * B * C + b * C + c] * y[b]);
      acc[o] = op === "sum" ? acc[o] + v : op === "max" ? (v > acc[o] ? v : acc[o]) : (v < acc[o] ? v : acc[o]);
    }
    const what = `${op} of [${shape}] over [${axes}]`;
    expect([...F.subarray(po, po + n)], `${what}: the stored producer`)
      .toEqual([...x].map((v, i) => Math.fround(v * y[Math.floor(i / C) % B])));
    expect(F[po + n], `${what}: writes stay inside p`).toBeNaN();
    expect([...F.subarray(ro, ro + nOut)], what).toEqual([...acc].map(Math.fround));
    expect([...F.subarray(wo, wo + nOut)], what)
      .toEqual([...acc].map((r, i) => Math.fround(Math.fround(Math.fround(r) * 2) + z[i])));
    expect([...F.subarray(ro - 1, ro), ...F.subarray(ro + nOut, ro + nOut + 1),
      ...F.subarray(wo + nOut, po)].every(Number.isNaN), `${what}: writes stay inside`).toBe(true);
  }

  for (const op of ["sum", "max", "min"] as const) {
    it(`${op} along a reduced or a kept axis, with producers and an epilogue, every tail`, () => {
      for (const shape of [[1, 1, 1], [2, 3, 5], [3, 4, 8], [2, 5, 9], [1, 7, 13], [4, 9, 3],
        [2, 3, 21], [1, 2, 30], [3, 1, 16]]) {
        for (const axes of [[2], [0, 2], [1, 2], [0, 1, 2], [0], [0, 1], [1]]) {
          reductionCase(op, shape, axes);
        }
      }
    });
  }

  it("keep NaN out of max and min, as the JS loops do", () => {
    const program: ReduceProgram = { op: "max", along: "reduced", kept: [], reduced: [6],
      inner: [[1]], innerInputs: 1, producers: { members: [], literals: [] }, value: { input: 0 },
      stored: [],
      outer: [[]], outerInputs: 0, epilogue: { members: [], literals: [] }, outputs: [{ input: 0 }] };
    const { F, k } = kernel(reduceFn(program), 8);
    F.set([NaN, -3, NaN, -1, NaN, -2], 0);
    k(0, 7 * 4);
    expect(F[7]).toBe(-1);
    F.fill(NaN, 0, 6);
    k(0, 7 * 4);
    expect(F[7]).toBe(-Infinity);
  });
});

describe("SIMD pooling", () => {
  // Windows of every column stride (one load, two and a shuffle, four lanes), rows ending in
  // 0-3 single windows, edges no window covers; values with ties and a few NaN.
  const pools: Pool[] = [];
  for (const [H, W] of [[4, 4], [5, 9], [7, 18], [6, 31], [3, 40]]) {
    for (const [kh, kw] of [[1, 1], [2, 2], [3, 3], [2, 3], [1, 2]]) {
      for (const [sh, sw] of [[kh, kw], [1, 1], [2, 2], [2, 3]]) {
        if (kh <= H && kw <= W) pools.push(poolGeom("p", [2, 3, H, W], { size: [kh, kw], stride: [sh, sw] }));
      }
    }
  }
  const image = (p: Pool, seed: number) => {
    const x = values(p.NC * p.H * p.W, seed);
    for (let i = 5; i < x.length; i += 23) x[i] = NaN;
    return x;
  };
  /** The kernel's result over tensors placed with NaN around them, and whether it wrote
   * only its output. */
  function run(p: Pool, kind: PoolKind, ins: Float32Array[], outLength: number) {
    const at = [3];
    for (const t of ins) at.push(at.at(-1)! + t.length + 5);
    const total = at.at(-1)! + outLength + 5;
    const { F, k } = kernel(poolFn(p, kind), total);
    F.fill(NaN);
    ins.forEach((t, i) => F.set(t, at[i]));
    const marked = Float32Array.from(F);
    k(...at.map((a) => a * 4));
    const out = F.slice(at.at(-1)!, at.at(-1)! + outLength);
    F.fill(NaN, at.at(-1)!, at.at(-1)! + outLength);
    return { out: [...out], only: F.every((v, i) => Object.is(v, marked[i])) };
  }
  const evaluate = (op: OpName, p: Pool, ins: Float32Array[], shape: number[]) => {
    const attrs = { size: [p.kh, p.kw], stride: [p.sh, p.sw] };
    const tensors = ins.map((t, i) => ({ data: Float64Array.from(t),
      shape: i === 0 && op !== "avg_pool2d_grad" ? [2, 3, p.H, p.W] : [2, 3, p.Ho, p.Wo] }));
    const node = { id: 0, op, inputs: [], attrs: op === "avg_pool2d_grad"
      ? { ...attrs, image: [p.H, p.W] } : attrs, shape, dtype: "f" as const };
    return [...OPS[op].eval(tensors as never, node, {} as never).data].map(Math.fround);
  };

  it(`max and avg match their ops' definitions on ${pools.length} geometries`, () => {
    for (const p of pools) {
      const x = image(p, p.W + p.kw), ys = p.NC * p.Ho * p.Wo;
      for (const [kind, op] of [["max", "max_pool2d"], ["avg", "avg_pool2d"]] as const) {
        const { out, only } = run(p, kind, [x], ys);
        const want = evaluate(op, p, [x], [2, 3, p.Ho, p.Wo]);
        if (kind === "max") expect(out, `${kind} ${JSON.stringify(p)}`).toEqual(want);
        else expect(mismatch(out, want, 1e-6, 1e-6), JSON.stringify(p)).toBeUndefined();
        expect(only).toBe(true);
      }
    }
  });

  it("gradients where windows tile the image write every element, g at each first maximum", () => {
    const tiling = pools.filter(tiles);
    expect(tiling.length).toBeGreaterThan(15);
    for (const p of tiling) {
      const x = image(p, p.H), g = values(p.NC * p.Ho * p.Wo, 5), xs = p.NC * p.H * p.W;
      const max = run(p, "max_grad", [x, g], xs);
      expect(max.out, JSON.stringify(p)).toEqual(evaluate("max_pool2d_grad", p, [x, g], [2, 3, p.H, p.W]));
      const avg = run(p, "avg_grad", [g], xs);
      expect(avg.out, JSON.stringify(p)).toEqual(evaluate("avg_pool2d_grad", p, [g], [2, 3, p.H, p.W]));
      expect(max.only && avg.only).toBe(true);
    }
  });

  it("refuse gradients of overlapping or gapped windows", () => {
    const p = poolGeom("p", [1, 1, 6, 6], { size: [2, 2], stride: [1, 1] });
    expect(() => poolFn(p, "max_grad")).toThrow(/stride = size/);
  });
});
