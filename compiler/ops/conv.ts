// Convolution and pooling over NCHW images.
//
// conv2d's gradients are ops of their own: conv2d_input_grad (the transposed convolution)
// and conv2d_weight_grad. Each of the three differentiates into the other two, so
// gradients of gradients work. Their kernels lower to im2col: one sample's patches are
// copied into the kernel's scratch as a [C*KH*KW, Ho*Wo] matrix, which matmul.ts's product
// (register-blocked JS, or WebAssembly SIMD in float32 modules) multiplies by the weights.
// bench/conv.ts measures this against direct loops: on the CNN example's shapes the JS
// product is on par with them, the SIMD one 2-3x faster on the second convolution (and
// about even on the first, whose products are only 9 deep).
//
// Max pooling is a composite (builtins.ts): max_pool2d_indices finds each window's first
// maximum, `take` gathers it, and take's gradient (scatter_add) routes gradients back.
import type { Attrs, Node } from "../graph.ts";
import { ShapeError, showShape, size } from "../graph.ts";
import { tensor } from "../tensor.ts";
import type { Namer, Ref } from "../emit/loops.ts";
import { matmulKernel } from "./matmul.ts";
import { simdOrJs } from "../emit/simd.ts";
import { SIMD_PATCH_FIELDS } from "../../runtime/simd.ts";
import type { EmitContext, OpDef } from "./types.ts";

/** Sizes of one convolution: input [N, C, H, W], weights [O, C, KH, KW], output
 * [N, O, Ho, Wo]; stride (sh, sw); zero padding above (pt) and left (pl). */
export interface Geom {
  N: number; C: number; H: number; W: number;
  O: number; KH: number; KW: number;
  Ho: number; Wo: number;
  sh: number; sw: number; pt: number; pl: number;
}

const pair = (v: unknown) => v as [number, number];
const quad = (v: unknown) => v as [number, number, number, number];

/** Output length of a window of `k` sliding by `s` over `n` padded by `p0` and `p1`. */
export function slidingSize(n: number, k: number, s: number, p0 = 0, p1 = 0): number {
  return Math.floor((n + p0 + p1 - k) / s) + 1;
}

/** Geometry from the input's and the weights' shapes and attrs { stride, pad }. */
function geom(x: readonly number[], w: readonly number[], attrs: Attrs): Geom {
  const [sh, sw] = pair(attrs.stride);
  const [pt, pl, pb, pr] = quad(attrs.pad);
  const [N, C, H, W] = x;
  const [O, , KH, KW] = w;
  return { N, C, H, W, O, KH, KW, sh, sw, pt, pl,
    Ho: slidingSize(H, KH, sh, pt, pb), Wo: slidingSize(W, KW, sw, pl, pr) };
}

function checkImage(op: string, what: string, n: Node, layout: string): void {
  if (n.dtype !== "f" || n.shape.length !== 4) {
    throw new ShapeError(`${op} needs ${what} ${layout} of floats but got ` +
      showShape(n.shape, n.dtype));
  }
}

function checkAttrs(op: string, attrs: Attrs): void {
  const [sh, sw] = pair(attrs.stride);
  const pad = quad(attrs.pad);
  if (!(sh >= 1 && sw >= 1) || !pad.every((p) => p >= 0)) {
    throw new ShapeError(`${op} needs strides >= 1 and paddings >= 0 but got stride ` +
      `[${sh}, ${sw}] and padding [${pad.join(", ")}]`);
  }
}

/** Checks x [N, C, H, W] against w [O, C, KH, KW]: channels agree, the kernel fits. */
function convGeom(op: string, x: Node, w: Node, attrs: Attrs): Geom {
  checkImage(op, "an image", x, "[N, C, H, W]");
  checkImage(op, "weights", w, "[O, C, KH, KW]");
  checkAttrs(op, attrs);
  if (w.shape[1] !== x.shape[1]) {
    throw new ShapeError(`${op} needs weights [O, C, KH, KW] with C = ${x.shape[1]} (the ` +
      `image's channels) but got ${showShape(w.shape, w.dtype)}`);
  }
  const g = geom(x.shape, w.shape, attrs);
  if (g.Ho < 1 || g.Wo < 1) {
    throw new ShapeError(`${op}'s ${g.KH}x${g.KW} kernel does not fit the ${g.H}x${g.W} image ` +
      `padded by [${quad(attrs.pad).join(", ")}]`);
  }
  return g;
}

/** Calls fn(xi, wi, oi) for every product x[xi] * w[wi] that output element oi sums. */
function forEachTap(g: Geom, fn: (xi: number, wi: number, oi: number) => void): void {
  const { N, C, H, W, O, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  for (let n = 0; n < N; n++) for (let o = 0; o < O; o++) {
    for (let i = 0; i < Ho; i++) for (let j = 0; j < Wo; j++) {
      const oi = ((n * O + o) * Ho + i) * Wo + j;
      for (let c = 0; c < C; c++) for (let kh = 0; kh < KH; kh++) for (let kw = 0; kw < KW; kw++) {
        const h = i * sh + kh - pt, w = j * sw + kw - pl;
        if (h < 0 || h >= H || w < 0 || w >= W) continue;
        fn(((n * C + c) * H + h) * W + w, ((o * C + c) * KH + kh) * KW + kw, oi);
      }
    }
  }
}

/** 1x1 kernels with stride 1 and no padding: a sample's patch matrix is the sample itself. */
const pointwise = (g: Geom) => g.KH === 1 && g.KW === 1 && g.sh === 1 && g.sw === 1 &&
  g.pt === 0 && g.pl === 0 && g.Ho === g.H && g.Wo === g.W;

const patchElements = (g: Geom) => (pointwise(g) ? 0 : g.C * g.KH * g.KW * g.Ho * g.Wo);

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
function im2col(g: Geom, x: Ref, s: Ref, nm: Namer): string {
  return patchSimd("im2col", g, x, s, patchLoops(g, x, s, nm,
    (xi, si) => `${s.arr}[${si}] = ${x.arr}[${xi}]`, (si) => `${s.arr}[${si}] = 0`));
}

/** col2im: x += the patches in S, each added back where it was read from. */
function col2im(g: Geom, s: Ref, x: Ref, nm: Namer): string {
  return patchSimd("col2im", g, x, s, patchLoops(g, x, s, nm,
    (xi, si) => `${x.arr}[${xi}] += ${s.arr}[${si}]`));
}

/** The patch loops as runtime/simd.ts's SIMD kernel where the module has it: column stride 1
 * (runs of whole rows), both tensors in the arena. */
function patchSimd(kind: "im2col" | "col2im", g: Geom, x: Ref, s: Ref, js: string): string {
  if (g.sw !== 1 || x.arr !== "F" || s.arr !== "F") return js;
  return simdOrJs(kind, SIMD_PATCH_FIELDS.map((f) => g[f]), [x.off, s.off], js);
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
    const [o, p, v] = ["o", "p", "v"].map((s) => c.nm.fresh(s));
    bias = `for (let ${o} = 0; ${o} < ${g.O}; ${o}++) {\nconst ${v} = ${b.arr}[${b.off} + ${o}];\n` +
      `for (let ${p} = ${yn.off} + ${o} * ${P}; ${p} < ${yn.off} + ${o} * ${P} + ${P}; ${p}++) ` +
      `${yn.arr}[${p}] += ${v};\n}\n`;
  }
  return `for (let ${n} = 0; ${n} < ${g.N}; ${n}++) {\n` +
    (pointwise(g) ? "" : im2col(g, xn, cols, c.nm)) +
    matmulKernel(yn, w, cols, { M: g.O, K, N: P }, false, false, c.nm) + bias + "}\n";
}

/** dx[n] = col2im(w^T @ g[n]), per sample. */
function emitInputGrad(c: EmitContext, g: Geom): string {
  const [gy, w] = c.args;
  const n = c.nm.fresh("n");
  const K = g.C * g.KH * g.KW, P = g.Ho * g.Wo;
  const dx = at(c.out, `${n} * ${g.C * g.H * g.W}`);
  const gn = at(gy, `${n} * ${g.O * P}`);
  const dims = { M: K, K: g.O, N: P };
  const body = pointwise(g) ? matmulKernel(dx, w, gn, dims, true, false, c.nm)
    : matmulKernel(c.scratch!, w, gn, dims, true, false, c.nm) +
      zeroLoop(dx, g.C * g.H * g.W, c.nm) + col2im(g, c.scratch!, dx, c.nm);
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
    (pointwise(g) ? "" : im2col(g, xn, cols, c.nm)) +
    matmulKernel(part, at(gy, `${n} * ${g.O * P}`), cols, { M: g.O, K: P, N: K }, false, true,
      c.nm) +
    `for (let ${i} = 0; ${i} < ${g.O * K}; ${i}++) ` +
    `${dw.arr}[${dw.off} + ${i}] += ${part.arr}[${part.off} + ${i}];\n}\n`;
}

const convAttrs = (n: Node) => ({ stride: n.attrs.stride, pad: n.attrs.pad });

// ---- pooling ------------------------------------------------------------------------------

/** Pooling sizes: attrs { size: [kh, kw], stride: [sh, sw] } over x [N, C, H, W]. */
interface Pool { NC: number; H: number; W: number; kh: number; kw: number; sh: number;
  sw: number; Ho: number; Wo: number }

function poolGeom(op: string, shape: readonly number[], attrs: Attrs): Pool {
  const [kh, kw] = pair(attrs.size), [sh, sw] = pair(attrs.stride);
  const [N, C, H, W] = shape;
  if (!(kh >= 1 && kw >= 1 && sh >= 1 && sw >= 1)) {
    throw new ShapeError(`${op} needs window sizes and strides >= 1 but got size [${kh}, ${kw}]` +
      ` and stride [${sh}, ${sw}]`);
  }
  if (kh > H || kw > W) {
    throw new ShapeError(`${op}'s ${kh}x${kw} window does not fit the ${H}x${W} image of ` +
      `${showShape(shape, "f")}`);
  }
  return { NC: N * C, H, W, kh, kw, sh, sw, Ho: slidingSize(H, kh, sh), Wo: slidingSize(W, kw, sw) };
}

/** Calls fn(window element's offset in x, output offset) for every window element. */
function forEachWindow(p: Pool, fn: (xi: number, oi: number, first: boolean) => void): void {
  for (let nc = 0; nc < p.NC; nc++) for (let i = 0; i < p.Ho; i++) for (let j = 0; j < p.Wo; j++) {
    const oi = (nc * p.Ho + i) * p.Wo + j;
    for (let a = 0; a < p.kh; a++) for (let b = 0; b < p.kw; b++) {
      fn((nc * p.H + i * p.sh + a) * p.W + j * p.sw + b, oi, a === 0 && b === 0);
    }
  }
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

const poolAttrs = (n: Node) => ({ size: n.attrs.size, stride: n.attrs.stride });

export const CONV_OPS = {
  /** conv2d(x [N, C, H, W], w [O, C, KH, KW], b? [O]) -> [N, O, Ho, Wo]: attrs { stride:
   * [sh, sw], pad: [top, left, bottom, right] }. Cross-correlation, as in PyTorch. */
  conv2d: {
    kind: "kernel",
    arity: "variadic",
    shape: (ins, attrs) => {
      const [x, w, b] = ins;
      if (ins.length < 2 || ins.length > 3) throw new ShapeError("conv2d takes x, w and a bias");
      const g = convGeom("conv2d", x, w, attrs);
      if (b && (b.dtype !== "f" || b.shape.length !== 1 || b.shape[0] !== g.O)) {
        throw new ShapeError(`conv2d needs a bias [${g.O}] but got ${showShape(b.shape, b.dtype)}`);
      }
      return { shape: [g.N, g.O, g.Ho, g.Wo], dtype: "f" };
    },
    grad: (n, gy, b) => {
      const [x, w, bias] = n.inputs;
      const [H, W] = b.shape(x).slice(2);
      const [KH, KW] = b.shape(w).slice(2);
      return [
        b.add("conv2d_input_grad", [gy, w], { ...convAttrs(n), size: [H, W] }),
        b.add("conv2d_weight_grad", [x, gy], { ...convAttrs(n), kernel: [KH, KW] }),
        ...(bias === undefined ? [] : [b.sum(gy, [0, 2, 3])]),
      ];
    },
    eval: (ins, n) => {
      const [x, w, b] = ins;
      const g = geom(x.shape, w.shape, n.attrs);
      const out = tensor(n.shape);
      forEachTap(g, (xi, wi, oi) => (out.data[oi] += x.data[xi] * w.data[wi]));
      const P = g.Ho * g.Wo;
      if (b) out.data.forEach((v, i) => (out.data[i] = v + b.data[Math.floor(i / P) % g.O]));
      return out;
    },
    scratch: (n, ins) => patchElements(geom(ins[0].shape, ins[1].shape, n.attrs)),
    flops: (_n, ins) => 2 * ins[1].shape[1] * ins[1].shape[2] * ins[1].shape[3],
    emit: (c) => emitConv(c, geom(c.ins[0].shape, c.ins[1].shape, c.node.attrs)),
  },
  /** The gradient of conv2d for its input, a transposed convolution: (g [N, O, Ho, Wo],
   * w [O, C, KH, KW]) -> [N, C, H, W]; attrs conv2d's and { size: [H, W] }. */
  conv2d_input_grad: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [gy, w] = ins;
      checkImage("conv2d_input_grad", "a gradient", gy, "[N, O, Ho, Wo]");
      const [H, W] = pair(attrs.size);
      const x = { ...gy, shape: [gy.shape[0], w.shape[1], H, W] };
      const g = convGeom("conv2d_input_grad", x, w, attrs);
      if (gy.shape[1] !== g.O || gy.shape[2] !== g.Ho || gy.shape[3] !== g.Wo) {
        throw new ShapeError(`conv2d_input_grad needs a gradient [${g.N}, ${g.O}, ${g.Ho}, ` +
          `${g.Wo}] but got ${showShape(gy.shape, gy.dtype)}`);
      }
      return { shape: x.shape, dtype: "f" };
    },
    grad: (n, gx, b) => {
      const [gy, w] = n.inputs;
      const [KH, KW] = b.shape(w).slice(2);
      return [
        b.add("conv2d", [gx, w], convAttrs(n)),
        b.add("conv2d_weight_grad", [gx, gy], { ...convAttrs(n), kernel: [KH, KW] }),
      ];
    },
    eval: (ins, n) => {
      const [gy, w] = ins;
      const g = geom(n.shape, w.shape, n.attrs);
      const out = tensor(n.shape);
      forEachTap(g, (xi, wi, oi) => (out.data[xi] += gy.data[oi] * w.data[wi]));
      return out;
    },
    scratch: (n, ins) => patchElements(geom(n.shape, ins[1].shape, n.attrs)),
    flops: (n, ins) => 2 * ins[0].shape[1] * ins[0].shape[2] * ins[0].shape[3] *
      ins[1].shape[2] * ins[1].shape[3] / (n.shape[2] * n.shape[3]),
    emit: (c) => emitInputGrad(c, geom(c.node.shape, c.ins[1].shape, c.node.attrs)),
  },
  /** The gradient of conv2d for its weights: (x [N, C, H, W], g [N, O, Ho, Wo]) ->
   * [O, C, KH, KW]; attrs conv2d's and { kernel: [KH, KW] }. */
  conv2d_weight_grad: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [x, gy] = ins;
      checkImage("conv2d_weight_grad", "a gradient", gy, "[N, O, Ho, Wo]");
      const [KH, KW] = pair(attrs.kernel);
      const shape = [gy.shape[1], x.shape[1], KH, KW];
      const g = convGeom("conv2d_weight_grad", x, { ...gy, shape }, attrs);
      if (gy.shape[0] !== g.N || gy.shape[2] !== g.Ho || gy.shape[3] !== g.Wo) {
        throw new ShapeError(`conv2d_weight_grad needs a gradient [${g.N}, ${g.O}, ${g.Ho}, ` +
          `${g.Wo}] but got ${showShape(gy.shape, gy.dtype)}`);
      }
      return { shape, dtype: "f" };
    },
    grad: (n, gw, b) => {
      const [x, gy] = n.inputs;
      const [H, W] = b.shape(x).slice(2);
      return [
        b.add("conv2d_input_grad", [gy, gw], { ...convAttrs(n), size: [H, W] }),
        b.add("conv2d", [x, gw], convAttrs(n)),
      ];
    },
    eval: (ins, n) => {
      const [x, gy] = ins;
      const g = geom(x.shape, n.shape, n.attrs);
      const out = tensor(n.shape);
      forEachTap(g, (xi, wi, oi) => (out.data[wi] += x.data[xi] * gy.data[oi]));
      return out;
    },
    scratch: (n, ins) => patchElements(geom(ins[0].shape, n.shape, n.attrs)) + size(n.shape),
    flops: (_n, ins) => 2 * ins[1].shape[0] * ins[1].shape[2] * ins[1].shape[3],
    emit: (c) => emitWeightGrad(c, geom(c.ins[0].shape, c.node.shape, c.node.attrs)),
  },
  /** The offset in x of each window's maximum, the first in row-major order on ties:
   * x [N, C, H, W] -> i32 [N, C, Ho, Wo]; attrs { size: [kh, kw], stride: [sh, sw] }. */
  max_pool2d_indices: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      checkImage("max_pool2d", "an image", ins[0], "[N, C, H, W]");
      const p = poolGeom("max_pool2d", ins[0].shape, attrs);
      return { shape: [ins[0].shape[0], ins[0].shape[1], p.Ho, p.Wo], dtype: "i" };
    },
    eval: (ins, n) => {
      const x = ins[0];
      const out = tensor(n.shape);
      const best = new Float64Array(out.data.length);
      forEachWindow(poolGeom("max_pool2d", x.shape, n.attrs), (xi, oi, first) => {
        if (first || x.data[xi] > best[oi]) { best[oi] = x.data[xi]; out.data[oi] = xi; }
      });
      return out;
    },
    emit: ({ node, ins, out, args, nm }) => {
      const x = args[0];
      const best = nm.fresh("best"), arg = nm.fresh("arg");
      return windowLoops(poolGeom("max_pool2d", ins[0].shape, node.attrs), x, nm,
        (xo) => `let ${best} = ${x.arr}[${xo}], ${arg} = ${xo};\n`,
        (xi) => `if (${x.arr}[${xi}] > ${best}) { ${best} = ${x.arr}[${xi}]; ${arg} = ${xi}; }\n`,
        // Offsets count from the image's start, not from wherever x sits in memory.
        (oi) => `${out.arr}[${out.off} + ${oi}] = ${arg} - ${x.off};\n`);
    },
  },
  /** Window means: x [N, C, H, W] -> [N, C, Ho, Wo]; attrs { size, stride }. */
  avg_pool2d: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      checkImage("avg_pool2d", "an image", ins[0], "[N, C, H, W]");
      const p = poolGeom("avg_pool2d", ins[0].shape, attrs);
      return { shape: [ins[0].shape[0], ins[0].shape[1], p.Ho, p.Wo], dtype: "f" };
    },
    grad: (n, g, b) => {
      const [H, W] = b.shape(n.inputs[0]).slice(2);
      return [b.add("avg_pool2d_grad", [g], { ...poolAttrs(n), image: [H, W] })];
    },
    eval: (ins, n) => {
      const out = tensor(n.shape);
      const p = poolGeom("avg_pool2d", ins[0].shape, n.attrs);
      forEachWindow(p, (xi, oi) => (out.data[oi] += ins[0].data[xi] / (p.kh * p.kw)));
      return out;
    },
    flops: (n) => pair(n.attrs.size)[0] * pair(n.attrs.size)[1],
    emit: ({ node, ins, out, args, nm }) => {
      const p = poolGeom("avg_pool2d", ins[0].shape, node.attrs);
      const s = nm.fresh("s");
      return windowLoops(p, args[0], nm, () => `let ${s} = 0;\n`,
        (xi) => `${s} += ${args[0].arr}[${xi}];\n`,
        (oi) => `${out.arr}[${out.off} + ${oi}] = ${s} / ${p.kh * p.kw};\n`);
    },
  },
  /** avg_pool2d's gradient: g [N, C, Ho, Wo] -> [N, C, H, W], each window's share spread
   * over it; attrs { size, stride, image: [H, W] }. */
  avg_pool2d_grad: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      const g = ins[0];
      checkImage("avg_pool2d_grad", "a gradient", g, "[N, C, Ho, Wo]");
      const shape = [g.shape[0], g.shape[1], ...pair(attrs.image)];
      const p = poolGeom("avg_pool2d_grad", shape, attrs);
      if (p.Ho !== g.shape[2] || p.Wo !== g.shape[3]) {
        throw new ShapeError(`avg_pool2d_grad of ${showShape(shape, "f")} needs a gradient ` +
          `[${g.shape[0]}, ${g.shape[1]}, ${p.Ho}, ${p.Wo}] but got ${showShape(g.shape, g.dtype)}`);
      }
      return { shape, dtype: "f" };
    },
    grad: (n, g, b) => [b.add("avg_pool2d", [g], poolAttrs(n))],
    eval: (ins, n) => {
      const out = tensor(n.shape);
      const p = poolGeom("avg_pool2d_grad", n.shape, n.attrs);
      forEachWindow(p, (xi, oi) => (out.data[xi] += ins[0].data[oi] / (p.kh * p.kw)));
      return out;
    },
    emit: ({ node, out, args, nm }) => {
      const p = poolGeom("avg_pool2d_grad", node.shape, node.attrs);
      const v = nm.fresh("v");
      const g = args[0];
      return zeroLoop(out, p.NC * p.H * p.W, nm) + windowLoops(p, { arr: out.arr, off: out.off },
        nm, (_xo, oi) => `const ${v} = ${g.arr}[${g.off} + ${oi}] / ${p.kh * p.kw};\n`,
        (xi) => `${out.arr}[${xi}] += ${v};\n`, () => "");
    },
  },
} satisfies Record<string, OpDef>;
