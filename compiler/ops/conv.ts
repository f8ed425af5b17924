// Convolution and pooling over NCHW images.
//
// conv2d's gradients are ops of their own: conv2d_input_grad (the transposed convolution)
// and conv2d_weight_grad. Each of the three differentiates into the other two, so
// gradients of gradients work. How they are computed (im2col and products) is the
// emitter's: compiler/emit/js/conv.ts.
//
// Max pooling: max_pool2d gives each window's maximum, max_pool2d_grad gives the gradient to
// each window's first maximum, found again from x (so no indices are stored between them).
// The gradient of max_pool2d_grad for g (second order) is a composite: max_pool2d_indices
// finds each first maximum and `take` gathers the windows' values there.
import type { Attrs, Node } from "../ir/types.ts";
import { ShapeError, showShape, size } from "../ir/shape.ts";
import { tensor } from "../ir/tensor.ts";
import type { OpDef } from "./types.ts";

/** Sizes of one convolution: input [N, C, H, W], weights [O, C, KH, KW], output
 * [N, O, Ho, Wo]; stride (sh, sw); zero padding above (pt) and left (pl). */
export interface Geom {
  N: number; C: number; H: number; W: number;
  O: number; KH: number; KW: number;
  Ho: number; Wo: number;
  sh: number; sw: number; pt: number; pl: number;
}

export const pair = (v: unknown) => v as [number, number];
const quad = (v: unknown) => v as [number, number, number, number];

/** Output length of a window of `k` sliding by `s` over `n` padded by `p0` and `p1`. */
export function slidingSize(n: number, k: number, s: number, p0 = 0, p1 = 0): number {
  return Math.floor((n + p0 + p1 - k) / s) + 1;
}

/** Geometry from the input's and the weights' shapes and attrs { stride, pad }. */
export function geom(x: readonly number[], w: readonly number[], attrs: Attrs): Geom {
  const [sh, sw] = pair(attrs.stride);
  const [pt, pl, pb, pr] = quad(attrs.pad);
  const [N, C, H, W] = x;
  const [O, , KH, KW] = w;
  return { N, C, H, W, O, KH, KW, sh, sw, pt, pl,
    Ho: slidingSize(H, KH, sh, pt, pb), Wo: slidingSize(W, KW, sw, pl, pr) };
}

export function checkImage(op: string, what: string, n: Node, layout: string): void {
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
export function convGeom(op: string, x: Node, w: Node, attrs: Attrs): Geom {
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
export const pointwise = (g: Geom) => g.KH === 1 && g.KW === 1 && g.sh === 1 && g.sw === 1 &&
  g.pt === 0 && g.pl === 0 && g.Ho === g.H && g.Wo === g.W;

export const patchElements = (g: Geom) => (pointwise(g) ? 0 : g.C * g.KH * g.KW * g.Ho * g.Wo);

const convAttrs = (n: Node) => ({ stride: n.attrs.stride, pad: n.attrs.pad });

// ---- pooling ------------------------------------------------------------------------------

/** Pooling sizes: attrs { size: [kh, kw], stride: [sh, sw] } over x [N, C, H, W]. */
export interface Pool { NC: number; H: number; W: number; kh: number; kw: number; sh: number;
  sw: number; Ho: number; Wo: number }

export function poolGeom(op: string, shape: readonly number[], attrs: Attrs): Pool {
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

/** Calls fn(offset in x of the window's first maximum, output offset) for every window. */
function forEachMax(p: Pool, x: ArrayLike<number>, fn: (xi: number, oi: number) => void): void {
  const best = new Float64Array(p.NC * p.Ho * p.Wo), at = new Int32Array(best.length);
  forEachWindow(p, (xi, oi, first) => {
    if (first || x[xi] > best[oi]) { best[oi] = x[xi]; at[oi] = xi; }
  });
  at.forEach((xi, oi) => fn(xi, oi));
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
    flops: (_n, ins) => 2 * ins[1].shape[1] * ins[1].shape[2] * ins[1].shape[3],
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
    flops: (n, ins) => 2 * ins[0].shape[1] * ins[0].shape[2] * ins[0].shape[3] *
      ins[1].shape[2] * ins[1].shape[3] / (n.shape[2] * n.shape[3]),
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
    flops: (_n, ins) => 2 * ins[1].shape[0] * ins[1].shape[2] * ins[1].shape[3],
  },
  /** Window maxima: x [N, C, H, W] -> [N, C, Ho, Wo]; attrs { size: [kh, kw], stride:
   * [sh, sw] }. */
  max_pool2d: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      checkImage("max_pool2d", "an image", ins[0], "[N, C, H, W]");
      const p = poolGeom("max_pool2d", ins[0].shape, attrs);
      return { shape: [ins[0].shape[0], ins[0].shape[1], p.Ho, p.Wo], dtype: "f" };
    },
    grad: (n, g, b) => [b.add("max_pool2d_grad", [n.inputs[0], g], poolAttrs(n))],
    eval: (ins, n) => {
      const x = ins[0];
      const out = tensor(n.shape);
      forEachMax(poolGeom("max_pool2d", x.shape, n.attrs), x.data, (xi, oi) => {
        out.data[oi] = x.data[xi];
      });
      return out;
    },
    flops: (n) => pair(n.attrs.size)[0] * pair(n.attrs.size)[1],
  },
  /** max_pool2d's gradient: (x [N, C, H, W], g [N, C, Ho, Wo]) -> [N, C, H, W], each window's
   * g added at its first maximum in x (row-major order), zeros elsewhere. */
  max_pool2d_grad: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [x, g] = ins;
      checkImage("max_pool2d_grad", "an image", x, "[N, C, H, W]");
      const p = poolGeom("max_pool2d_grad", x.shape, attrs);
      const want = [x.shape[0], x.shape[1], p.Ho, p.Wo];
      if (g.dtype !== "f" || g.shape.join() !== want.join()) {
        throw new ShapeError(`max_pool2d_grad of ${showShape(x.shape, "f")} needs a gradient ` +
          `[${want.join(", ")}] but got ${showShape(g.shape, g.dtype)}`);
      }
      return { shape: x.shape, dtype: "f" };
    },
    grad: (n, gg, b) => {
      const [x, g] = n.inputs;
      const at = b.add("max_pool2d_indices", [x], poolAttrs(n));
      const picked = b.add("take", [b.reshape(gg, [size(b.shape(x)), 1]), at]);
      return [null, b.reshape(picked, b.shape(g))];
    },
    eval: (ins, n) => {
      const [x, g] = ins;
      const out = tensor(n.shape);
      forEachMax(poolGeom("max_pool2d_grad", x.shape, n.attrs), x.data, (xi, oi) => {
        out.data[xi] += g.data[oi];
      });
      return out;
    },
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
      forEachMax(poolGeom("max_pool2d", x.shape, n.attrs), x.data, (xi, oi) => (out.data[oi] = xi));
      return out;
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
  },
} satisfies Record<string, OpDef>;
