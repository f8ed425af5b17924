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
import { type ElementwiseOp, SIMD_OPS } from "../../../compiler/emit/wasm/ops.ts";
import { type PatchGeom, patchFn } from "../../../compiler/emit/wasm/patches.ts";
import { OPS } from "../../../compiler/ops/table.ts";
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

  it("have a form, or a null that says they run in JS, for every elementwise op", () => {
    const elementwise = Object.keys(OPS).filter((op) => OPS[op as ElementwiseOp].kind === "elementwise" &&
      op !== "broadcast");
    expect(ops.sort()).toEqual(elementwise.sort());
    expect(ops.filter((op) => SIMD_OPS[op] === null).sort()).toEqual(["elu", "erf", "exp",
      "leaky_relu", "log", "pow", "sigmoid", "sign", "softplus", "tanh"]);
  });

  for (const op of ops.filter((o) => SIMD_OPS[o] !== null)) {
    it(`${op} matches its JS expression on every input, NaN and -0 included`, () => {
      const arity = OPS[op].arity as number;
      const ins = [pick(1), pick(2), pick(3)].slice(0, arity);
      const { F, k } = kernel(elementwiseFn({ vectors: n / 4, splats: ins.map(() => false),
        literals: [], outputs: [0],
        members: [{ op, args: ins.map((_, j) => ({ input: j })) }] }), (arity + 1) * n);
      ins.forEach((a, j) => F.set(a, j * n));
      k(...ins.map((_, j) => 4 * j * n), 4 * arity * n);
      const expr = new Function("a", "b", "c", `return ${JS_OPS[op].expr!(["a", "b", "c"], {}, "f32", "R")};`);
      const want = Array.from({ length: n }, (_, i) => Math.fround(expr(...ins.map((a) => a[i]))));
      const got = [...F.subarray(arity * n)];
      got.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i])),
        `${op}(${ins.map((a) => a[i]).join(", ")}): ${v}, not ${want[i]}`).toBe(true));
    });
  }

  it("splat a one-element input across the loop, and take literals and earlier members", () => {
    const x = pick(4);
    // y = (x - s) * 2.5, with s one float read once.
    const { F, k } = kernel(elementwiseFn({ vectors: n / 4, splats: [false, true], literals: [2.5],
      outputs: [1], members: [{ op: "sub", args: [{ input: 0 }, { input: 1 }] },
        { op: "mul", args: [{ member: 0 }, { literal: 0 }] }] }), 2 * n + 1);
    F.set(x, 0);
    F[n] = -0.75;
    k(0, 4 * n, 4 * (n + 1));
    const got = [...F.subarray(n + 1)];
    got.forEach((v, i) => expect(v).toBe(Math.fround(Math.fround(x[i] + 0.75) * 2.5)));
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
