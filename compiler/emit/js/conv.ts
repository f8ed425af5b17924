// Convolutions and pooling in JS. The convolutions lower to im2col: a sample's patches are
// copied into the kernel's scratch as a [C*KH*KW, Ho*Wo] matrix, which matmul.ts's product
// (register-blocked JS, or WebAssembly SIMD in float32 modules) multiplies by the weights.
// bench/conv.ts measures this against direct loops: on the CNN example's shapes the JS
// product is on par with them, the SIMD one 2-3x faster on the second convolution (and about
// even on the first, whose products are only 9 deep). With the SIMD kernels the batch runs
// in chunks of samples, one im2col call and one product per chunk (chunkSamples); the bias
// is where the forward product's accumulators start and the filter gradient's products
// accumulate into it: no JS pass over either. Where the forward's patches are kept for the
// filter gradient (compiler/passes/keepPatches.ts), `patches` makes them for the whole batch
// and the products read their slices of them instead of making their own.
import { size } from "../../ir/shape.ts";
import { type Geom, geom, pair, patchElements, pointwise, type Pool, poolGeom }
  from "../../ops/conv.ts";
import { storedGeom } from "../../ops/patches.ts";
import type { Fn } from "../wasm/encoder.ts";
import { address, type WasmKernels } from "../wasm/kernels.ts";
import { matmulFn, type ProductStart, type Samples } from "../wasm/matmul.ts";
import { patchFn, zerosFn } from "../wasm/patches.ts";
import { poolFn, type PoolKind, tiles } from "../wasm/pool.ts";
import { type Namer, type Ref, rowsOf } from "./loops.ts";
import { matmulKernel, productFallback, productKey, simdPays } from "./matmul.ts";
import type { EmitContext, JsOp } from "./types.ts";

const at = (r: Ref, off: string) => ({ arr: r.arr, off: `${r.off} + ${off}` });

/**
 * Loops over one sample's patch matrix S [C*KH*KW, Ho*Wo] (row (c, kh, kw), column (i, j))
 * and the image element x[c, i*sh + kh - pt, j*sw + kw - pl] each entry reads. `inside`
 * gets the two offsets where the element is in the image; `outside`, if given, S's offset
 * where it falls in the padding. Column bounds are worked out per row, outside the loops.
 */
function patchLoops(g: Geom, x: Ref, s: Ref, nm: Namer, inside: (xi: string, si: string) => string,
  outside?: (si: string) => string): string {
  const { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  const [c, kh, kw, i, j] = ["c", "kh", "kw", "i", "j"].map((v) => nm.fresh(v));
  const [row, j0, j1, h, so, xo] = ["row", "j0", "j1", "h", "so", "xo"].map((v) => nm.fresh(v));
  const fill = (from: string, to: string) => (outside
    ? `for (let ${j} = ${from}; ${j} < ${to}; ${j}++) ${outside(`${so} + ${j}`)};\n` : "");
  return `let ${row} = ${s.off};\n` +
    `for (let ${c} = 0; ${c} < ${C}; ${c}++) for (let ${kh} = 0; ${kh} < ${KH}; ${kh}++) ` +
    `for (let ${kw} = 0; ${kw} < ${KW}; ${kw}++, ${row} += ${Ho * Wo}) {\n` +
    // Columns j0 <= j < j1 read inside the image: 0 <= j*sw + kw - pl < W.
    `const ${j0} = Math.min(${Wo}, Math.max(0, Math.ceil((${pl} - ${kw}) / ${sw})));\n` +
    `const ${j1} = Math.max(${j0}, Math.min(${Wo}, ` +
    `Math.floor((${W - 1 + pl} - ${kw}) / ${sw}) + 1));\n` +
    `for (let ${i} = 0; ${i} < ${Ho}; ${i}++) {\n` +
    `const ${h} = ${i} * ${sh} + ${kh} - ${pt}, ${so} = ${row} + ${i} * ${Wo};\n` +
    `if (${h} < 0 || ${h} >= ${H}) {\n${fill("0", String(Wo))}continue;\n}\n` +
    `const ${xo} = ${x.off} + ${c} * ${H * W} + ${h} * ${W} + ${kw} - ${pl};\n` +
    fill("0", j0) +
    `for (let ${j} = ${j0}; ${j} < ${j1}; ${j}++) ` +
    `${inside(`${xo} + ${j} * ${sw}`, `${so} + ${j}`)};\n` +
    fill(j1, String(Wo)) +
    `}\n}\n`;
}

/** im2col: S = the patches of the sample at x. */
function im2col(g: Geom, x: Ref, s: Ref, nm: Namer, simd?: WasmKernels): string {
  return patchSimd(simd, false, g, x, s, patchLoops(g, x, s, nm,
    (xi, si) => `${s.arr}[${si}] = ${x.arr}[${xi}]`, (si) => `${s.arr}[${si}] = 0`));
}

/** col2im: x += the patches in S, each added back where it was read from. */
function col2im(g: Geom, s: Ref, x: Ref, nm: Namer, simd?: WasmKernels): string {
  return patchSimd(simd, true, g, x, s, patchLoops(g, x, s, nm,
    (xi, si) => `${x.arr}[${xi}] += ${s.arr}[${si}]`));
}

/** The patch loops as a SIMD kernel (compiler/emit/wasm/patches.ts) where the module has
 * one: column stride 1 (runs of whole rows), both tensors in the arena. */
function patchSimd(simd: WasmKernels | undefined, col2im: boolean, g: Geom, x: Ref, s: Ref,
  js: string): string {
  if (!simd || g.sw !== 1 || x.arr !== "F" || s.arr !== "F") return js;
  const [key, make] = patchKernel(g, col2im);
  return simd.callOrJs(key, make, [x.off, s.off], js);
}

/** The patch kernel's key and how it is made: one sample's, or with `samples` (the kernel's
 * third argument) any number's. */
function patchKernel(g: Geom, col2im: boolean, samples = false): [string, () => Fn] {
  const { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  const patch = { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl };
  return [`${col2im ? "col2im" : "im2col"} ${Object.values(patch).join(" ")}${samples ? " n" : ""}`,
    () => patchFn(patch, col2im, samples)];
}

/** zeroLoop as a SIMD kernel where the module has one and r is in the arena. */
function zeros(r: Ref, n: number, nm: Namer, simd?: WasmKernels): string {
  const js = zeroLoop(r, n, nm);
  return simd && r.arr === "F" ? simd.callOrJs(`zeros ${n}`, () => zerosFn(n), [r.off], js) : js;
}

function zeroLoop(r: Ref, n: number, nm: Namer): string {
  const i = nm.fresh("z");
  return `for (let ${i} = 0; ${i} < ${n}; ${i}++) ${r.arr}[${r.off} + ${i}] = 0;\n`;
}

const CHUNK_FLOATS = 32 * 1024;

/**
 * Samples per chunk: as many as keep a chunk's patches within CHUNK_FLOATS, so that each
 * convolution is one im2col call and one product per chunk (the whole batch where it fits).
 * im2col writes a chunk's patches and the product reads them right after (O/2 times over for
 * the filter gradient), so they should stay in L2: 128 KB fits a 256 KB L2 with room for the
 * chunk's output. Measured on the CNN's shapes (docs/performance.md): chunks of 128 or 256
 * KB run as fast as one sample at a time, the whole batch's patches (1.8 MB for its conv2)
 * 1.25x slower. It also bounds how much a module's arena grows: a chunk's patches in each
 * convolution's scratch, not one sample's.
 */
function chunkSamples(g: Geom): number {
  const per = patchElements(g);
  if (!per) return g.N;
  // As many chunks as the bound needs, of equal size but for the last: 32 samples of 9 per
  // chunk at most make 4 chunks of 8, not 9, 9, 9 and 5.
  const most = Math.max(1, Math.min(g.N, Math.floor(CHUNK_FLOATS / per)));
  return Math.ceil(g.N / Math.ceil(g.N / most));
}

/** The scratch a convolution's kernels need for their patches: one chunk's. */
const chunkPatches = (g: Geom) => chunkSamples(g) * patchElements(g);

/** Samples the kernel runs over: the batch fed where it varies (`dim B <= 64`), else N. */
function fed(c: EmitContext, g: Geom, lead: number | undefined): string {
  return c.bound && lead ? rowsOf(g.N, c.bound) : String(g.N);
}

/**
 * Statements where the module has its WebAssembly kernels: the batch in chunks of samples
 * (chunkSamples), each chunk's patches made by one im2col call (unless `patches` is false,
 * or x is `stored` patches) and its product(s) `product(s, m, cols, mm)` given the chunk's
 * first sample s, its sample count m and where its patch matrices start. `mm(start,
 * samples)` names the product kernel over a chunk. Undefined where the patches or the products have no SIMD kernel.
 */
function simdChunks(c: EmitContext, g: Geom, x: Ref, d: { M: number; K: number; N: number },
  ta: boolean, tb: boolean,
  o: { refs: readonly Ref[]; samples: string; patches: boolean; stored: boolean },
  product: (s: string, m: string, cols: Ref,
    mm: (start: ProductStart, samples: Samples) => string) => string): string | undefined {
  const { simd } = c;
  if (!simd || !simdPays(d, ta, tb) || [x, c.out, ...o.refs].some((r) => r.arr !== "F") ||
    (!pointwise(g) && !o.stored && (g.sw !== 1 || c.scratch?.arr !== "F"))) return undefined;
  const { M, K, N } = d;
  const mm = (start: ProductStart, samples: Samples) =>
    `W.${simd.export(`${productKey(d, ta, tb, start)} samples ${Object.values(samples).join(" ")}`,
      () => matmulFn(M, K, N, ta, tb, start, samples))}`;
  const [s, m] = [c.nm.fresh("s"), c.nm.fresh("m")];
  const xs = `${x.off} + ${s} * ${o.stored ? patchElements(g) : g.C * g.H * g.W}`;
  const cols = pointwise(g) || o.stored ? { arr: "F", off: xs } : c.scratch!;
  const cs = chunkSamples(g);
  const im2col = pointwise(g) || !o.patches || o.stored ? ""
    : `W.${simd.export(...patchKernel(g, false, true))}(${address(xs)}, ${address(cols.off)}, ${m});\n`;
  return `for (let ${s} = 0; ${s} < ${o.samples}; ${s} += ${cs}) {\n` +
    `const ${m} = Math.min(${cs}, ${o.samples} - ${s});\n${im2col}${product(s, m, cols, mm)}}\n`;
}

/** Floats apart of consecutive samples' patch matrices in a chunk (x's samples where the
 * convolution reads x as its patches). */
const patchStride = (g: Geom) => (pointwise(g) ? g.C * g.H * g.W : patchElements(g));

/** y = w @ patches(x) (+ b), one product per chunk of samples: with SIMD kernels, the bias is
 * where each product's accumulators start; in JS, per sample, the bias a pass of its own.
 * `stored`: x is the patches, made already. */
function emitConv(c: EmitContext, g: Geom, stored: boolean): string {
  const [x, w, b] = c.args;
  const P = g.Ho * g.Wo, d = { M: g.O, K: g.C * g.KH * g.KW, N: P };
  const samples = fed(c, g, c.node.lead);
  const simd = simdChunks(c, g, x, d, false, false,
    { refs: c.args, samples, patches: true, stored },
    (s, m, cols, mm) =>
      `${mm(b ? "rowBias" : "zero", { a: 0, b: patchStride(g), c: g.O * P })}(${address(w.off)}, ` +
      `${address(cols.off)}, (${c.out.off} + ${s} * ${g.O * P}) * 4, ${b ? `${address(b.off)}` : 0}, ` +
      `${m});\n`);
  return simd ? `if (W !== null) {\n${simd}} else {\n${jsConv(c, g, samples, true, stored)}}\n`
    : jsConv(c, g, samples, false, stored);
}

/** Per-sample loops over products: matmul.ts's, or with `generic`, the runtime's one
 * product, where they are the fallback of SIMD kernels (W null) and ask for no kernel. */
function product(c: EmitContext, generic: boolean, out: Ref, a: Ref, b: Ref,
  d: { M: number; K: number; N: number }, ta: boolean, tb: boolean): string {
  return generic ? productFallback(out, a, b, d, ta, tb)
    : matmulKernel(out, a, b, d, ta, tb, c.nm, c.simd);
}

/** Sample n's patch matrix: x's sample where x is the patches (`stored`) or the image of a
 * pointwise convolution; else made from the image's sample `xn` in scratch. */
function sampleCols(c: EmitContext, g: Geom, x: Ref, n: string,
  stored: boolean): { cols: Ref; xn?: Ref } {
  const xn = at(x, `${n} * ${stored ? patchElements(g) : g.C * g.H * g.W}`);
  return pointwise(g) || stored ? { cols: xn } : { cols: c.scratch!, xn };
}

function jsConv(c: EmitContext, g: Geom, samples: string, generic: boolean,
  stored: boolean): string {
  const [x, w, b] = c.args;
  const n = c.nm.fresh("n");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const { cols, xn } = sampleCols(c, g, x, n, stored);
  const yn = at(c.out, `${n} * ${g.O * P}`);
  let bias = "";
  if (b) {
    const [o, p, v] = ["ch", "p", "v"].map((s) => c.nm.fresh(s));
    bias = `for (let ${o} = 0; ${o} < ${g.O}; ${o}++) {\nconst ${v} = ${b.arr}[${b.off} + ${o}];\n` +
      `for (let ${p} = ${yn.off} + ${o} * ${P}; ${p} < ${yn.off} + ${o} * ${P} + ${P}; ${p}++) ` +
      `${yn.arr}[${p}] += ${v};\n}\n`;
  }
  return `for (let ${n} = 0; ${n} < ${samples}; ${n}++) {\n` +
    (xn ? im2col(g, xn, cols, c.nm, generic ? undefined : c.simd) : "") +
    product(c, generic, yn, w, cols, { M: g.O, K, N: P }, false, false) + bias + "}\n";
}

/** dx = col2im(w^T @ g): with SIMD kernels one product and one col2im call per chunk of
 * samples (dx zeroed first), else per sample. */
function emitInputGrad(c: EmitContext, g: Geom): string {
  const [gy, w] = c.args;
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo, CHW = g.C * g.H * g.W;
  const dims = { M: K, K: g.O, N: P };
  const samples = fed(c, g, c.node.lead);
  const simd = simdChunks(c, g, c.out, dims, true, false,
    { refs: c.args, samples, patches: false, stored: false },
    (s, m, cols, mm) => {
      const to = pointwise(g) ? cols : c.scratch!;
      const product = `${mm("zero", { a: 0, b: g.O * P, c: patchStride(g) })}(${address(w.off)}, ` +
        `(${gy.off} + ${s} * ${g.O * P}) * 4, ${address(to.off)}, 0, ${m});\n`;
      return pointwise(g) ? product : product +
        `W.${c.simd!.export(...patchKernel(g, true, true))}((${c.out.off} + ${s} * ${CHW}) * 4, ` +
        `${address(to.off)}, ${m});\n`;
    });
  if (!simd) return jsInputGrad(c, g, samples, false);
  const zero = pointwise(g) ? "" : zeros(c.out, g.N * CHW, c.nm, c.simd);
  return `if (W !== null) {\n${zero}${simd}} else {\n${jsInputGrad(c, g, samples, true)}}\n`;
}

function jsInputGrad(c: EmitContext, g: Geom, samples: string, generic: boolean): string {
  const [gy, w] = c.args;
  const n = c.nm.fresh("n");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const dx = at(c.out, `${n} * ${g.C * g.H * g.W}`);
  const gn = at(gy, `${n} * ${g.O * P}`);
  const dims = { M: K, K: g.O, N: P };
  const simd = generic ? undefined : c.simd;
  const body = pointwise(g) ? product(c, generic, dx, w, gn, dims, true, false)
    : product(c, generic, c.scratch!, w, gn, dims, true, false) +
      zeros(dx, g.C * g.H * g.W, c.nm, simd) + col2im(g, c.scratch!, dx, c.nm, simd);
  return `for (let ${n} = 0; ${n} < ${samples}; ${n}++) {\n${body}}\n`;
}

/** dw = sum over samples of g[n] @ patches(x[n])^T: with SIMD kernels one product per chunk
 * of samples, along k = the chunk's samples x Ho*Wo, each chunk's accumulating into dw (the
 * first one's starting from zeros). `stored`: x is the patches, made already. */
function emitWeightGrad(c: EmitContext, g: Geom, stored: boolean): string {
  const [x, gy] = c.args;
  const P = g.Ho * g.Wo, d = { M: g.O, K: P, N: g.C * g.KH * g.KW };
  const samples = fed(c, g, c.ins[0].lead);
  const simd = simdChunks(c, g, x, d, false, true,
    { refs: c.args, samples, patches: true, stored },
    (s, m, cols, mm) => {
      const over = { a: g.O * P, b: patchStride(g), c: 0 };
      return `(${s} === 0 ? ${mm("zero", over)} : ${mm("accumulate", over)})(` +
        `(${gy.off} + ${s} * ${g.O * P}) * 4, ${address(cols.off)}, ${address(c.out.off)}, 0, ${m});\n`;
    });
  const js = (generic: boolean) => jsWeightGrad(c, g, samples, generic, stored);
  return simd ? `if (W !== null) {\n${simd}} else {\n${js(true)}}\n` : js(false);
}

/** In JS (or with the SIMD product but not the patches' kernel): each sample's product goes
 * to scratch (after the patches, if it makes them) and is added in. */
function jsWeightGrad(c: EmitContext, g: Geom, samples: string, generic: boolean,
  stored: boolean): string {
  const [x, gy] = c.args;
  const n = c.nm.fresh("n"), i = c.nm.fresh("i");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const { cols, xn } = sampleCols(c, g, x, n, stored);
  const part = at(c.scratch!, String(stored ? 0 : patchElements(g)));
  const dw = c.out;
  return zeroLoop(dw, g.O * K, c.nm) + `for (let ${n} = 0; ${n} < ${samples}; ${n}++) {\n` +
    (xn ? im2col(g, xn, cols, c.nm, generic ? undefined : c.simd) : "") +
    product(c, generic, part, at(gy, `${n} * ${g.O * P}`), cols, { M: g.O, K: P, N: K }, false,
      true) +
    `for (let ${i} = 0; ${i} < ${g.O * K}; ${i}++) ` +
    `${dw.arr}[${dw.off} + ${i}] += ${part.arr}[${part.off} + ${i}];\n}\n`;
}

/** The patches of the batch fed: with SIMD kernels one im2col call over all its samples. */
function emitPatches(c: EmitContext, g: Geom): string {
  const [x] = c.args;
  const samples = fed(c, g, c.node.lead);
  const n = c.nm.fresh("n");
  const js = (simd?: WasmKernels) => `for (let ${n} = 0; ${n} < ${samples}; ${n}++) {\n` +
    `${im2col(g, at(x, `${n} * ${g.C * g.H * g.W}`), at(c.out, `${n} * ${patchElements(g)}`),
      c.nm, simd)}}\n`;
  if (!c.simd || g.sw !== 1 || x.arr !== "F" || c.out.arr !== "F") return js(c.simd);
  return c.simd.callOrJs(...patchKernel(g, false, true), [x.off, c.out.off], js(), [samples]);
}

/** Loops over the windows: `head(xo, oi)` opens each (xo: its top-left), `cell(xi)` runs
 * for each of its elements, `tail(oi)` closes it. Small windows are unrolled. */
function windowLoops(p: Pool, x: Ref, nm: Namer, head: (xo: string, oi: string) => string,
  cell: (xi: string) => string, tail: (oi: string) => string): string {
  const [nc, i, j, a, b, oi, xo] = ["nc", "i", "j", "a", "b", "oi", "xo"].map((v) => nm.fresh(v));
  let cells = "";
  if (p.kh * p.kw <= 16) {
    for (let r = 0; r < p.kh; r++) {
      for (let q = 0; q < p.kw; q++) cells += cell(`${xo} + ${r * p.W + q}`);
    }
  } else {
    cells = `for (let ${a} = 0; ${a} < ${p.kh}; ${a}++) ` +
      `for (let ${b} = 0; ${b} < ${p.kw}; ${b}++) {\n${cell(`${xo} + ${a} * ${p.W} + ${b}`)}}\n`;
  }
  return `let ${oi} = 0;\n` +
    `for (let ${nc} = 0; ${nc} < ${p.NC}; ${nc}++) for (let ${i} = 0; ${i} < ${p.Ho}; ${i}++) ` +
    `for (let ${j} = 0; ${j} < ${p.Wo}; ${j}++, ${oi}++) {\n` +
    `const ${xo} = ${x.off} + ${nc} * ${p.H * p.W} + ${i} * ${p.sh * p.W} + ${j} * ${p.sw};\n` +
    `${head(xo, oi)}${cells}${tail(oi)}}\n`;
}

/** Pooling's SIMD kernel (compiler/emit/wasm/pool.ts) where the module has one: tensors in
 * the arena; gradients where windows tile the image; windows of at most MAX_CELLS elements
 * (the kernel unrolls a window, four times over: larger ones, a global pooling, run in JS). */
function poolSimd(c: EmitContext, p: Pool, kind: PoolKind, js: string): string {
  const refs = [...c.args, c.out];
  if (!c.simd || refs.some((r) => r.arr !== "F") || (kind.endsWith("grad") && !tiles(p)) ||
    p.kh * p.kw > MAX_CELLS) return js;
  const key = `pool ${kind} ${Object.values(p).join(" ")}`;
  return c.simd.callOrJs(key, () => poolFn(p, kind), refs.map((r) => r.off), js);
}

const MAX_CELLS = 64;

/** The first maximum of each window: `best` its value, `arg` its offset in x. */
function maxLoops(p: Pool, x: Ref, nm: Namer, tail: (best: string, arg: string, oi: string) => string) {
  const best = nm.fresh("best"), arg = nm.fresh("arg");
  return windowLoops(p, x, nm, (xo) => `let ${best} = ${x.arr}[${xo}], ${arg} = ${xo};\n`,
    (xi) => `if (${x.arr}[${xi}] > ${best}) { ${best} = ${x.arr}[${xi}]; ${arg} = ${xi}; }\n`,
    (oi) => tail(best, arg, oi));
}

export const CONV_JS = {
  conv2d: {
    scratch: (n, ins) => chunkPatches(geom(ins[0].shape, ins[1].shape, n.attrs)),
    kernel: (c) => emitConv(c, geom(c.ins[0].shape, c.ins[1].shape, c.node.attrs), false),
  },
  conv2d_input_grad: {
    scratch: (n, ins) => chunkPatches(geom(n.shape, ins[1].shape, n.attrs)),
    kernel: (c) => emitInputGrad(c, geom(c.node.shape, c.ins[1].shape, c.node.attrs)),
  },
  conv2d_weight_grad: {
    scratch: (n, ins) => {
      const g = geom(ins[0].shape, n.shape, n.attrs);
      return Math.max(chunkPatches(g), patchElements(g) + size(n.shape));
    },
    kernel: (c) => emitWeightGrad(c, geom(c.ins[0].shape, c.node.shape, c.node.attrs), false),
  },
  patches: {
    kernel: (c) => emitPatches(c, geom(c.ins[0].shape, [1, c.ins[0].shape[1],
      ...pair(c.node.attrs.kernel)], c.node.attrs)),
  },
  conv2d_patches: {
    kernel: (c) => emitConv(c, storedGeom(c.ins[0].shape, c.ins[1].shape, c.node.attrs), true),
  },
  conv2d_weight_grad_patches: {
    // The JS loops' per-sample product.
    scratch: (n) => size(n.shape),
    kernel: (c) => emitWeightGrad(c, storedGeom(c.ins[0].shape, c.node.shape, c.node.attrs), true),
  },
  max_pool2d: {
    kernel: (c) => {
      const p = poolGeom("max_pool2d", c.ins[0].shape, c.node.attrs);
      return poolSimd(c, p, "max", maxLoops(p, c.args[0], c.nm,
        (best, _arg, oi) => `${c.out.arr}[${c.out.off} + ${oi}] = ${best};\n`));
    },
  },
  max_pool2d_grad: {
    kernel: (c) => {
      const p = poolGeom("max_pool2d_grad", c.node.shape, c.node.attrs);
      const [x, g] = c.args;
      // dx's element at the same offset from dx's start as the maximum's from x's.
      return poolSimd(c, p, "max_grad", zeroLoop(c.out, p.NC * p.H * p.W, c.nm) +
        maxLoops(p, x, c.nm, (_best, arg, oi) =>
          `${c.out.arr}[${c.out.off} + ${arg} - ${x.off}] += ${g.arr}[${g.off} + ${oi}];\n`));
    },
  },
  max_pool2d_indices: {
    kernel: ({ node, ins, out, args, nm }) => maxLoops(
      poolGeom("max_pool2d", ins[0].shape, node.attrs), args[0], nm,
      // Offsets count from the image's start, not from wherever x sits in memory.
      (_best, arg, oi) => `${out.arr}[${out.off} + ${oi}] = ${arg} - ${args[0].off};\n`),
  },
  avg_pool2d: {
    kernel: (c) => {
      const p = poolGeom("avg_pool2d", c.ins[0].shape, c.node.attrs);
      const s = c.nm.fresh("s"), x = c.args[0];
      return poolSimd(c, p, "avg", windowLoops(p, x, c.nm, () => `let ${s} = 0;\n`,
        (xi) => `${s} += ${x.arr}[${xi}];\n`,
        (oi) => `${c.out.arr}[${c.out.off} + ${oi}] = ${s} / ${p.kh * p.kw};\n`));
    },
  },
  avg_pool2d_grad: {
    kernel: (c) => {
      const { node, out, args, nm } = c;
      const p = poolGeom("avg_pool2d_grad", node.shape, node.attrs);
      const v = nm.fresh("v");
      const g = args[0];
      return poolSimd(c, p, "avg_grad", zeroLoop(out, p.NC * p.H * p.W, nm) +
        windowLoops(p, { arr: out.arr, off: out.off }, nm,
          (_xo, oi) => `const ${v} = ${g.arr}[${g.off} + ${oi}] / ${p.kh * p.kw};\n`,
          (xi) => `${out.arr}[${xi}] += ${v};\n`, () => ""));
    },
  },
} satisfies Record<string, JsOp>;
