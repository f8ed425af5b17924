// Matrix products in JS: register-blocked, shape-specialized loops (PERF-NOTES), or the
// WebAssembly SIMD kernel (compiler/emit/wasm/matmul.ts) where the module has one.
import { dims, flags } from "../../ops/matmul.ts";
import { broadcastStrides, strides } from "../../ir/tensor.ts";
import { EPILOGUE_INPUTS, matmulFn, type ProductStart } from "../wasm/matmul.ts";
import { epilogueArgs, epilogueKey, type ProductEpilogue } from "../wasm/epilogue.ts";
import { address, SHARED_SCRATCH, type WasmKernels } from "../wasm/kernels.ts";
import { packedFn, packs, packScratch } from "../wasm/packed.ts";
import { type Namer, type Ref, ROWS, rowsOf, zeroTail } from "./loops.ts";
import type { Node } from "../../ir/types.ts";
import type { JsOp } from "./types.ts";

/**
 * The register block for an M x N product: at least 8 accumulators where the shape allows
 * (PERF-NOTES), at most 12 (V8 spills past that). bench/matmul.ts measured 2x4, 4x2 and 4x4
 * within noise of each other at 256^3 and at the MLP's shapes, and 1x8 ~25% faster than 1x4
 * for a single row (batch-1 inference), where each B element is used once.
 */
function tile(M: number, N: number): [number, number] {
  if (M === 1) return [1, Math.min(N, 8)];
  if (N === 1) return [Math.min(M, 8), 1];
  if (N < 4) return [Math.min(M, 4), N];
  return [2, 4];
}

/**
 * One shape-specialized product C = op(A) op(B) of an M x K by K x N block, with A read in
 * place as [K, M] when `ta` and B as [N, K] when `tb`. Register blocks accumulate in doubles
 * (no fround: PERF-NOTES), walking A and B with pointers advanced by constant strides; the
 * ragged right and bottom edges are blocks of the leftover width and height, not 1 x 1.
 */
export function matmulKernel(c: Ref, a: Ref, b: Ref, d: { M: number; K: number; N: number },
  ta: boolean, tb: boolean, nm: Namer, simd?: WasmKernels,
  /** Each accumulator's start (default 0): a bias, or C itself to accumulate into it. */
  init?: (row: string, col: string) => string): string {
  if (!simd || init || !simdPays(d, ta, tb) || [a, b, c].some((r) => r.arr !== "F")) {
    return jsMatmul(c, a, b, d, ta, tb, nm, init);
  }
  // Float32 arenas are WebAssembly memory: the SIMD product runs there, in place. Where it
  // cannot, the runtime's one generic product (runtime/fallback.ts) computes the same sums.
  const { M, K, N } = d;
  const js = productFallback(c, a, b, d, ta, tb);
  if (!tb && packs(M, K, N)) {
    simd.sharedFloats = Math.max(simd.sharedFloats, packScratch(K, N));
    return simd.callOrJs(`mmp ${M} ${K} ${N} ${+ta}`, () => packedFn(M, K, N, ta),
      [a.off, b.off, c.off, SHARED_SCRATCH], js);
  }
  return simd.callOrJs(productKey(d, ta, tb), () => matmulFn(M, K, N, ta, tb),
    [a.off, b.off, c.off], js);
}

/**
 * C = D + op(A) B as one SIMD kernel call (a product whose epilogue starts by adding a matrix
 * D, rows `dRow` floats apart: a recurrent step's input projection), or undefined where the
 * product has no such kernel (A B^T, packed or tiny products, tensors outside the arena).
 */
export function addendCall(c: Ref, a: Ref, b: Ref, dm: Ref, dRow: number,
  d: { M: number; K: number; N: number }, ta: boolean, simd: WasmKernels): string | undefined {
  const { M, K, N } = d;
  if (!simdPays(d, ta, false) || packs(M, K, N) || [a, b, c, dm].some((r) => r.arr !== "F")) {
    return undefined;
  }
  const start = `addend ${dRow}` as const;
  const k = simd.export(productKey(d, ta, false, start), () => matmulFn(M, K, N, ta, false, start));
  return `W.${k}(${[a.off, b.off, c.off, dm.off].map(address).join(", ")});\n`;
}

/**
 * C = epilogue(op(A) B) as one SIMD kernel call, the epilogue applied to the sums as they
 * are stored (compiler/emit/wasm/epilogue.ts; `inputs` the places in F of its inputs and
 * other outputs), or undefined where the product has no such kernel (A B^T, tiny products,
 * tensors outside the arena).
 */
export function epilogueCall(c: Ref, a: Ref, b: Ref, d: { M: number; K: number; N: number },
  ta: boolean, simd: WasmKernels, e: ProductEpilogue, inputs: readonly (string | number)[]):
  string | undefined {
  const { M, K, N } = d;
  // Fewer rows than a register tile (a batch of 1) take the kernel's row-remainder path,
  // where the epilogue in the stores cost more than the separate pass it saves: predict of
  // the MNIST MLP at batch 1 took 11.0 us fused against 8.1 us (one process, 08:57 UTC).
  if (M < 4 || !simdPays(d, ta, false) || [a, b, c].some((r) => r.arr !== "F") ||
    epilogueArgs(e) > EPILOGUE_INPUTS) return undefined;
  const packed = packs(M, K, N);
  if (packed) simd.sharedFloats = Math.max(simd.sharedFloats, packScratch(K, N));
  const k = packed
    ? simd.export(`mmp ${M} ${K} ${N} ${+ta}${epilogueKey(e)}`, () => packedFn(M, K, N, ta, e))
    : simd.export(productKey(d, ta, false) + epilogueKey(e),
      () => matmulFn(M, K, N, ta, false, "zero", undefined, e));
  const args = [a.off, b.off, c.off, ...(packed ? [SHARED_SCRATCH] : []), ...inputs];
  return `W.${k}(${args.map(address).join(", ")});\n`;
}

/** What a float32 module's product runs where it has no SIMD kernels. */
export function productFallback(c: Ref, a: Ref, b: Ref, d: { M: number; K: number; N: number },
  ta: boolean, tb: boolean): string {
  return `kilnProduct(F, ${a.off}, ${b.off}, ${c.off}, ${d.M}, ${d.K}, ${d.N}, ${ta}, ${tb});\n`;
}

/** The SIMD product kernel's key in the module's table. */
export function productKey({ M, K, N }: { M: number; K: number; N: number }, ta: boolean,
  tb: boolean, start: ProductStart = "zero"): string {
  return `mm ${M} ${K} ${N} ${+ta} ${+tb}${start === "zero" ? "" : ` ${start}`}`;
}

/**
 * When the SIMD kernel runs instead of the JS loops: at least one full vector along the axis
 * it vectorizes (compiler/emit/wasm/matmul.ts: k for A B^T, C's rows for A^T B^T, computed
 * as C^T, C's columns otherwise), and enough work to pay for the call into WebAssembly.
 */
export function simdPays({ M, K, N }: { M: number; K: number; N: number }, ta: boolean, tb: boolean): boolean {
  const vectorized = tb ? (ta ? M : K) : N;
  return vectorized >= 4 && 2 * M * K * N >= 1024;
}

/** `trips` may give the rows' or the depth's count as an expression read at run time (a
 * batch that varies); strides stay the bound's `d`. */
function jsMatmul(c: Ref, a: Ref, b: Ref, d: { M: number; K: number; N: number },
  ta: boolean, tb: boolean, nm: Namer, init?: (row: string, col: string) => string,
  trips: { M?: string; K?: string } = {}): string {
  const { M, N } = d;
  const K = trips.K ?? d.K;
  const sAi = ta ? 1 : d.K, sAk = ta ? M : 1, sBj = tb ? d.K : 1, sBk = tb ? 1 : N;
  // With M read at run time: 2-row blocks over the rows, then a last row if M is odd.
  const [RB, CB] = trips.M ? [2, tile(M, N)[1]] : tile(M, N);
  const M0 = M - (M % RB), N0 = N - (N % CB);
  const i = nm.fresh("i"), j = nm.fresh("j"), k = nm.fresh("k");
  const pa = nm.fresh("pa"), pb = nm.fresh("pb"), pc = nm.fresh("pc");
  const plus = (base: string, n: number) => (n ? `${base} + ${n}` : base);
  const block = (rows: number, cols: number, iv: string, jv: string) => {
    const acc = (r: number, q: number) => `s${r}_${q}`;
    let s = "";
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < cols; q++) s += `let ${acc(r, q)} = ${init ? init(`${iv} + ${r}`, `${jv} + ${q}`) : "0"}; `;
    }
    s += `\nfor (let ${k} = 0, ${pa} = ${a.off} + ${iv} * ${sAi}, ${pb} = ${b.off} + ${jv} * ${sBj}; ` +
      `${k} < ${K}; ${k}++, ${pa} += ${sAk}, ${pb} += ${sBk}) {\n`;
    for (let r = 0; r < rows; r++) s += `const a${r} = ${a.arr}[${plus(pa, r * sAi)}]; `;
    for (let q = 0; q < cols; q++) s += `const b${q} = ${b.arr}[${plus(pb, q * sBj)}]; `;
    s += "\n";
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) s += `${acc(r, q)} += a${r} * b${q}; `;
    s += `\n}\nconst ${pc} = ${c.off} + ${iv} * ${N} + ${jv};\n`;
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) s += `${c.arr}[${plus(pc, r * N + q)}] = ${acc(r, q)}; `;
    return `{\n${s}\n}\n`;
  };
  const rows = (body: (iv: string) => string) =>
    (M0 > 0 ? `for (let ${i} = 0; ${i} < ${M0}; ${i} += ${RB}) {\n${body(i)}}\n` : "");
  const cols = (iv: string, height: number) => (N0 > 0
    ? `for (let ${j} = 0; ${j} < ${N0}; ${j} += ${CB}) ${block(height, CB, iv, j)}` : "") +
    (N0 < N ? block(height, N - N0, iv, String(N0)) : "");
  if (trips.M) {
    const m = nm.fresh("m");
    return `const ${m} = ${trips.M};\nfor (let ${i} = 0; ${i} + 1 < ${m}; ${i} += 2) {\n` +
      `${cols(i, 2)}}\nif (${m} & 1) {\n${cols(`(${m} - 1)`, 1)}}\n`;
  }
  return rows((iv) => cols(iv, RB)) + (M0 < M ? cols(String(M0), M - M0) : "");
}

export const MATMUL_JS = {
  matmul: {
    kernel: ({ node, ins, out, args, nm, simd, bound }) => {
      const { ta, tb } = flags(node);
      const [a, b] = ins;
      const d = dims(a.shape, b.shape, ta, tb);
      const nb = d.batch.reduce((x, y) => x * y, 1);
      if (nb === 1 && bound && (a.lead || b.lead || a.slab || b.slab)) {
        return varyingProduct(out, args[0], args[1], d, { ta, tb, a, b, bound }, nm, simd);
      }
      if (nb === 1) return matmulKernel(out, args[0], args[1], d, ta, tb, nm, simd);
      // Batched: walk the batch with each operand's broadcast strides (0 where broadcast).
      const sa = broadcastStrides(a.shape.slice(0, -2), d.batch);
      const sb = broadcastStrides(b.shape.slice(0, -2), d.batch);
      const bs = strides(d.batch);
      const t = nm.fresh("t"), oa = nm.fresh("oa"), ob = nm.fresh("ob");
      let offs = `let ${oa} = ${args[0].off}, ${ob} = ${args[1].off};\n`;
      d.batch.forEach((_, dd) => {
        offs += `{ const q = Math.floor(${t} / ${bs[dd]}) % ${d.batch[dd]}; ` +
          `${oa} += q * ${sa[dd] * d.M * d.K}; ${ob} += q * ${sb[dd] * d.K * d.N}; }\n`;
      });
      const body = matmulKernel({ arr: out.arr, off: `${out.off} + ${t} * ${d.M * d.N}` },
        { arr: args[0].arr, off: oa }, { arr: args[1].arr, off: ob }, d, ta, tb, nm, simd);
      // Over a batch that varies, the leading batch axis runs over the batch fed.
      const count = bound && node.lead ? rowsOf(nb, bound) : nb;
      return `for (let ${t} = 0; ${t} < ${count}; ${t}++) {\n${offs}${body}}\n`;
    },
  },
} satisfies Record<string, JsOp>;

/**
 * A product over a batch that varies (compiler/ir/lead.ts): its rows (A's leading axis), run
 * in blocks of the SIMD kernel's tile height, or in JS with the rows' count read at run
 * time (a batch of one, or the bound's, runs the kernel written for it); or its depth (a weight
 * gradient, Aᵀ B summed over the batch), run at the bound over rows zeroed past the batch fed.
 */
function varyingProduct(c: Ref, a: Ref, b: Ref, d: { M: number; K: number; N: number },
  f: { ta: boolean; tb: boolean; a: Node; b: Node; bound: number }, nm: Namer,
  simd?: WasmKernels): string {
  const { ta, tb, bound } = f;
  if (f.a.slab || f.b.slab) {
    return zeroTail(f.a, a, bound) + zeroTail(f.b, b, bound) +
      matmulKernel(c, a, b, d, ta, tb, nm, simd);
  }
  if (ta || !f.a.lead) {
    if (simd && [a, b, c].every((r) => r.arr === "F" && !r.strides) && simdPays(d, ta, tb)) {
      return zeroTail(f.a, a, bound) + zeroTail(f.b, b, bound) +
        matmulKernel(c, a, b, d, ta, tb, nm, simd);
    }
    return jsMatmul(c, a, b, d, ta, tb, nm, undefined, { K: rowsOf(d.K, bound) });
  }
  const lead = f.a.lead!;
  const M = rowsOf(d.M, bound);
  let many: string;
  const tiled = simd && [a, b, c].every((r) => r.arr === "F" && !r.strides) && simdPays(d, ta, tb);
  if (tiled) {
    // Whole tiles of R rows, then the last few rows: each a kernel of static sizes, picked at
    // run time from a table of them (runtime/fallback.ts, kilnRows).
    const R = tb ? 2 : 4;
    const kernel = (rows: number) => simd.export(`mm ${rows} ${d.K} ${d.N} 0 ${+tb}`,
      () => matmulFn(rows, d.K, d.N, false, tb));
    const tile = kernel(R);
    const kernels = [...Array.from({ length: R - 1 }, (_, k) => kernel(k + 1)), tile];
    many = `kilnRows(F, ${simd.table(kernels)}, ${a.off}, ${b.off}, ${c.off}, ${M}, ${d.K}, ` +
      `${d.N}, ${tb});\n`;
  } else {
    many = jsMatmul(c, a, b, d, ta, tb, nm, undefined, { M });
  }
  // A full batch runs the product written for the bound: a fixed module's.
  const full = matmulKernel(c, a, b, d, ta, tb, nm, simd);
  // Where a sample is one row and the one-row kernel pays, `one` calls that kernel, and so
  // does kilnRows for a batch of one (or the generic product, as `one` does without SIMD):
  // then a batch of one is not a case of its own.
  if (tiled && lead === 1 && simdPays({ ...d, M: 1 }, false, tb) && (tb || !packs(1, d.K, d.N))) {
    return `if (${ROWS} === ${bound}) {\n${full}} else {\n${many}}\n`;
  }
  const one = matmulKernel(c, a, b, { ...d, M: lead }, ta, tb, nm, simd);
  return `if (${ROWS} === 1) {\n${one}} else if (${ROWS} === ${bound}) {\n${full}} ` +
    `else {\n${many}}\n`;
}
