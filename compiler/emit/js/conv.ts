// Convolutions and pooling in JS. The convolutions lower to im2col: one sample's patches
// are copied into the kernel's scratch as a [C*KH*KW, Ho*Wo] matrix, which matmul.ts's
// product (register-blocked JS, or WebAssembly SIMD in float32 modules) multiplies by the
// weights. bench/conv.ts measures this against direct loops: on the CNN example's shapes the
// JS product is on par with them, the SIMD one 2-3x faster on the second convolution (and
// about even on the first, whose products are only 9 deep).
import { size } from "../../ir/shape.ts";
import { type Geom, geom, patchElements, pointwise, type Pool, poolGeom } from "../../ops/conv.ts";
import type { WasmKernels } from "../wasm/kernels.ts";
import { patchFn } from "../wasm/patches.ts";
import type { Namer, Ref } from "./loops.ts";
import { matmulKernel } from "./matmul.ts";
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
  const { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  const patch = { C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl };
  const key = `${col2im ? "col2im" : "im2col"} ${Object.values(patch).join(" ")}`;
  return simd.callOrJs(key, () => patchFn(patch, col2im), [x.off, s.off], js);
}

function zeroLoop(r: Ref, n: number, nm: Namer): string {
  const i = nm.fresh("z");
  return `for (let ${i} = 0; ${i} < ${n}; ${i}++) ${r.arr}[${r.off} + ${i}] = 0;\n`;
}

/** y[n] = w @ patches(x[n]) (+ b), per sample. The bias is a pass of its own rather than
 * the product's starting value, which keeps the product on matmul.ts's SIMD path. */
function emitConv(c: EmitContext, g: Geom): string {
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
      zeroLoop(dx, g.C * g.H * g.W, c.nm) + col2im(g, c.scratch!, dx, c.nm, c.simd);
  return `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n${body}}\n`;
}

/** dw = sum over samples of g[n] @ patches(x[n])^T: each sample's product goes to scratch
 * (after the patches) and is added in, which keeps it on matmul.ts's SIMD path. */
function emitWeightGrad(c: EmitContext, g: Geom): string {
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
  max_pool2d_indices: {
    kernel: ({ node, ins, out, args, nm }) => {
      const x = args[0];
      const best = nm.fresh("best"), arg = nm.fresh("arg");
      return windowLoops(poolGeom("max_pool2d", ins[0].shape, node.attrs), x, nm,
        (xo) => `let ${best} = ${x.arr}[${xo}], ${arg} = ${xo};\n`,
        (xi) => `if (${x.arr}[${xi}] > ${best}) { ${best} = ${x.arr}[${xi}]; ${arg} = ${xi}; }\n`,
        // Offsets count from the image's start, not from wherever x sits in memory.
        (oi) => `${out.arr}[${out.off} + ${oi}] = ${arg} - ${x.off};\n`);
    },
  },
  avg_pool2d: {
    kernel: ({ node, ins, out, args, nm }) => {
      const p = poolGeom("avg_pool2d", ins[0].shape, node.attrs);
      const s = nm.fresh("s");
      return windowLoops(p, args[0], nm, () => `let ${s} = 0;\n`,
        (xi) => `${s} += ${args[0].arr}[${xi}];\n`,
        (oi) => `${out.arr}[${out.off} + ${oi}] = ${s} / ${p.kh * p.kw};\n`);
    },
  },
  avg_pool2d_grad: {
    kernel: ({ node, out, args, nm }) => {
      const p = poolGeom("avg_pool2d_grad", node.shape, node.attrs);
      const v = nm.fresh("v");
      const g = args[0];
      return zeroLoop(out, p.NC * p.H * p.W, nm) + windowLoops(p, { arr: out.arr, off: out.off },
        nm, (_xo, oi) => `const ${v} = ${g.arr}[${g.off} + ${oi}] / ${p.kh * p.kw};\n`,
        (xi) => `${out.arr}[${xi}] += ${v};\n`, () => "");
    },
  },
} satisfies Record<string, JsOp>;
