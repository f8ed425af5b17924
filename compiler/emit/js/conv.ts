// Convolutions and pooling in JS. The convolutions lower to im2col: one sample's patches
// are copied into the kernel's scratch as a [C*KH*KW, Ho*Wo] matrix, which matmul.ts's
// product (register-blocked JS, or WebAssembly SIMD in float32 modules) multiplies by the
// weights. bench/conv.ts measures this against direct loops: on the CNN example's shapes the
// JS product is on par with them, the SIMD one 2-3x faster on the second convolution (and
// about even on the first, whose products are only 9 deep). With the SIMD kernels, the bias
// is where the forward product's accumulators start and the filter gradient's per-sample
// products accumulate into it: no JS pass over either.
import { size } from "../../ir/shape.ts";
import { type Geom, geom, patchElements, pointwise, type Pool, poolGeom } from "../../ops/conv.ts";
import type { Fn } from "../wasm/encoder.ts";
import type { WasmKernels } from "../wasm/kernels.ts";
import { matmulFn, type ProductStart } from "../wasm/matmul.ts";
import { patchFn, zerosFn } from "../wasm/patches.ts";
import { poolFn, type PoolKind, tiles } from "../wasm/pool.ts";
import type { Namer, Ref } from "./loops.ts";
import { matmulKernel, productKey, simdPays } from "./matmul.ts";
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

/** The patch kernel's key and how it is made. */
function patchKernel(g: Geom, col2im: boolean): [string, () => Fn] {
  const { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  const patch = { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl };
  return [`${col2im ? "col2im" : "im2col"} ${Object.values(patch).join(" ")}`,
    () => patchFn(patch, col2im)];
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

/**
 * Statements where the module has its WebAssembly kernels: per sample, the patches (im2col's
 * SIMD kernel) and one SIMD product calling `product(n, patches)`; else `js`. Undefined where
 * the patches or the products have no SIMD kernel.
 */
function simdPerSample(c: EmitContext, g: Geom, x: Ref, d: { M: number; K: number; N: number },
  ta: boolean, tb: boolean, refs: readonly Ref[],
  product: (n: string, cols: Ref, mm: (start: ProductStart) => string) => string): string | undefined {
  const { simd } = c;
  if (!simd || !simdPays(d, ta, tb) || [x, c.out, ...refs].some((r) => r.arr !== "F") ||
    (!pointwise(g) && (g.sw !== 1 || c.scratch?.arr !== "F"))) return undefined;
  const { M, K, N } = d;
  const mm = (start: ProductStart) => `W.${simd.export(productKey(d, ta, tb, start),
    () => matmulFn(M, K, N, ta, tb, start))}`;
  const n = c.nm.fresh("n");
  const xn = `${x.off} + ${n} * ${g.C * g.H * g.W}`;
  const cols = pointwise(g) ? { arr: "F", off: xn } : c.scratch!;
  const im2col = pointwise(g) ? ""
    : `W.${simd.export(...patchKernel(g, false))}((${xn}) * 4, (${cols.off}) * 4);\n`;
  return `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n${im2col}${product(n, cols, mm)}}\n`;
}

/** y[n] = w @ patches(x[n]) (+ b), per sample: with SIMD kernels, the bias is where each
 * product's accumulators start; in JS, a pass of its own. */
function emitConv(c: EmitContext, g: Geom): string {
  const [x, w, b] = c.args;
  const P = g.Ho * g.Wo, d = { M: g.O, K: g.C * g.KH * g.KW, N: P };
  const simd = simdPerSample(c, g, x, d, false, false, c.args, (n, cols, mm) =>
    `${mm(b ? "rowBias" : "zero")}((${w.off}) * 4, (${cols.off}) * 4, ` +
    `(${c.out.off} + ${n} * ${g.O * P}) * 4${b ? `, (${b.off}) * 4` : ""});\n`);
  return simd ? `if (W !== null) {\n${simd}} else {\n${jsConv(c, g)}}\n` : jsConv(c, g);
}

function jsConv(c: EmitContext, g: Geom): string {
  const [x, w, b] = c.args;
  const n = c.nm.fresh("n");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const xn = at(x, `${n} * ${g.C * g.H * g.W}`);
  const cols = pointwise(g) ? xn : c.scratch!;
  const yn = at(c.out, `${n} * ${g.O * P}`);
  let bias = "";
  if (b) {
    const [o, p, v] = ["ch", "p", "v"].map((s) => c.nm.fresh(s));
    bias = `for (let ${o} = 0; ${o} < ${g.O}; ${o}++) {\nconst ${v} = ${b.arr}[${b.off} + ${o}];\n` +
      `for (let ${p} = ${yn.off} + ${o} * ${P}; ${p} < ${yn.off} + ${o} * ${P} + ${P}; ${p}++) ` +
      `${yn.arr}[${p}] += ${v};\n}\n`;
  }
  return `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n` +
    (pointwise(g) ? "" : im2col(g, xn, cols, c.nm, c.simd)) +
    matmulKernel(yn, w, cols, { M: g.O, K, N: P }, false, false, c.nm, c.simd) + bias + "}\n";
}

/** dx[n] = col2im(w^T @ g[n]), per sample. */
function emitInputGrad(c: EmitContext, g: Geom): string {
  const [gy, w] = c.args;
  const n = c.nm.fresh("n");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const dx = at(c.out, `${n} * ${g.C * g.H * g.W}`);
  const gn = at(gy, `${n} * ${g.O * P}`);
  const dims = { M: K, K: g.O, N: P };
  const body = pointwise(g) ? matmulKernel(dx, w, gn, dims, true, false, c.nm, c.simd)
    : matmulKernel(c.scratch!, w, gn, dims, true, false, c.nm, c.simd) +
      zeros(dx, g.C * g.H * g.W, c.nm, c.simd) + col2im(g, c.scratch!, dx, c.nm, c.simd);
  return `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n${body}}\n`;
}

/** dw = sum over samples of g[n] @ patches(x[n])^T: with SIMD kernels, each sample's
 * product accumulates into dw (the first one starting from zeros). */
function emitWeightGrad(c: EmitContext, g: Geom): string {
  const [x, gy] = c.args;
  const P = g.Ho * g.Wo, d = { M: g.O, K: P, N: g.C * g.KH * g.KW };
  const simd = simdPerSample(c, g, x, d, false, true, c.args, (n, cols, mm) =>
    `(${n} === 0 ? ${mm("zero")} : ${mm("accumulate")})((${gy.off} + ${n} * ${g.O * P}) * 4, ` +
    `(${cols.off}) * 4, (${c.out.off}) * 4);\n`);
  return simd ? `if (W !== null) {\n${simd}} else {\n${jsWeightGrad(c, g)}}\n`
    : jsWeightGrad(c, g);
}

/** In JS (or with the SIMD product but not the patches' kernel): each sample's product goes
 * to scratch (after the patches) and is added in. */
function jsWeightGrad(c: EmitContext, g: Geom): string {
  const [x, gy] = c.args;
  const n = c.nm.fresh("n"), i = c.nm.fresh("i");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const xn = at(x, `${n} * ${g.C * g.H * g.W}`);
  const cols = pointwise(g) ? xn : c.scratch!;
  const part = at(c.scratch!, String(patchElements(g)));
  const dw = c.out;
  return zeroLoop(dw, g.O * K, c.nm) + `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n` +
    (pointwise(g) ? "" : im2col(g, xn, cols, c.nm, c.simd)) +
    matmulKernel(part, at(gy, `${n} * ${g.O * P}`), cols, { M: g.O, K: P, N: K }, false, true,
      c.nm, c.simd) +
    `for (let ${i} = 0; ${i} < ${g.O * K}; ${i}++) ` +
    `${dw.arr}[${dw.off} + ${i}] += ${part.arr}[${part.off} + ${i}];\n}\n`;
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
    scratch: (n, ins) => patchElements(geom(ins[0].shape, ins[1].shape, n.attrs)),
    kernel: (c) => emitConv(c, geom(c.ins[0].shape, c.ins[1].shape, c.node.attrs)),
  },
  conv2d_input_grad: {
    scratch: (n, ins) => patchElements(geom(n.shape, ins[1].shape, n.attrs)),
    kernel: (c) => emitInputGrad(c, geom(c.node.shape, c.ins[1].shape, c.node.attrs)),
  },
  conv2d_weight_grad: {
    scratch: (n, ins) => patchElements(geom(ins[0].shape, n.shape, n.attrs)) + size(n.shape),
    kernel: (c) => emitWeightGrad(c, geom(c.ins[0].shape, c.node.shape, c.node.attrs)),
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
