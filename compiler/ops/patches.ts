// A convolution's patches as a value of their own, for the forward convolution and its
// filter gradient to share (compiler/passes/keepPatches.ts builds these after
// differentiation; no model writes them, and they pass no gradient).
//
// patches(x) is im2col over the batch: x [N, C, H, W] -> [N, C*KH*KW, Ho*Wo], sample n's
// matrix S with S[(c, kh, kw), (i, j)] = x[n, c, i*sh + kh - pt, j*sw + kw - pl] (zero in the
// padding). conv2d_patches(S, w, b?) is conv2d(x, w, b) from them, and
// conv2d_weight_grad_patches(S, g) is conv2d_weight_grad(x, g).
import type { Attrs, Node, Shape } from "../ir/types.ts";
import { ShapeError, showShape } from "../ir/shape.ts";
import { tensor } from "../ir/tensor.ts";
import { checkImage, convGeom, type Geom, geom, pair } from "./conv.ts";
import type { OpDef } from "./types.ts";

/** Calls fn(offset in x or -1 in the padding, offset in S) for every patch entry. */
function forEachPatch(g: Geom, fn: (xi: number, si: number) => void): void {
  const { N, C, H, W, KH, KW, Ho, Wo, sh, sw, pt, pl } = g;
  let si = 0;
  for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) {
    for (let kh = 0; kh < KH; kh++) for (let kw = 0; kw < KW; kw++) {
      for (let i = 0; i < Ho; i++) for (let j = 0; j < Wo; j++, si++) {
        const h = i * sh + kh - pt, w = j * sw + kw - pl;
        fn(h < 0 || h >= H || w < 0 || w >= W ? -1 : ((n * C + c) * H + h) * W + w, si);
      }
    }
  }
}

/** The geometry of the convolution whose patches S [N, ...] are, given its weights' shape and
 * attrs { stride, pad, size: [H, W] }. */
export const storedGeom = (s: Shape, w: Shape, attrs: Attrs): Geom =>
  geom([s[0], w[1], ...pair(attrs.size)], w, attrs);

/** The geometry of the convolution whose patches S are, given its weights' shape [O, C, KH,
 * KW] and attrs { stride, pad, size: [H, W] } (the image's size). S must be [N, C*KH*KW,
 * Ho*Wo]. */
export function patchesGeom(op: string, s: Node, w: Node, attrs: Attrs): Geom {
  if (s.dtype !== "f" || s.shape.length !== 3) {
    throw new ShapeError(`${op} needs patches [N, C*KH*KW, Ho*Wo] of floats but got ` +
      showShape(s.shape, s.dtype));
  }
  const x = { ...s, shape: [s.shape[0], w.shape[1], ...pair(attrs.size)] };
  const g = convGeom(op, x, w, attrs);
  if (s.shape[1] !== g.C * g.KH * g.KW || s.shape[2] !== g.Ho * g.Wo) {
    throw new ShapeError(`${op} needs patches [${g.N}, ${g.C * g.KH * g.KW}, ${g.Ho * g.Wo}] ` +
      `but got ${showShape(s.shape, s.dtype)}`);
  }
  return g;
}

/** Weights [O, C, KH, KW] for the patches S of a filter gradient: C from S's rows. */
function gradWeights(s: Node, gy: Node, attrs: Attrs): Node {
  const [KH, KW] = pair(attrs.kernel);
  return { ...gy, shape: [gy.shape[1], Math.floor(s.shape[1] / (KH * KW)), KH, KW] };
}

export const PATCH_OPS = {
  /** x [N, C, H, W] -> [N, C*KH*KW, Ho*Wo]; attrs { kernel: [KH, KW], stride, pad }. */
  patches: {
    kind: "kernel",
    arity: 1,
    shape: (ins, attrs) => {
      const x = ins[0];
      checkImage("patches", "an image", x, "[N, C, H, W]");
      const w = { ...x, shape: [1, x.shape[1], ...pair(attrs.kernel)] };
      const g = convGeom("patches", x, w, attrs);
      return { shape: [g.N, g.C * g.KH * g.KW, g.Ho * g.Wo], dtype: "f" };
    },
    eval: (ins, n) => {
      const x = ins[0];
      const g = geom(x.shape, [1, x.shape[1], ...pair(n.attrs.kernel)], n.attrs);
      const out = tensor(n.shape);
      forEachPatch(g, (xi, si) => (out.data[si] = xi < 0 ? 0 : x.data[xi]));
      return out;
    },
    flops: () => 0,
  },
  /** conv2d from the patches: (S [N, C*KH*KW, Ho*Wo], w [O, C, KH, KW], b? [O]) ->
   * [N, O, Ho, Wo]; attrs { stride, pad, size: [H, W] }. */
  conv2d_patches: {
    kind: "kernel",
    arity: "variadic",
    shape: (ins, attrs) => {
      const [s, w, b] = ins;
      if (ins.length < 2 || ins.length > 3) {
        throw new ShapeError("conv2d_patches takes patches, w and a bias");
      }
      const g = patchesGeom("conv2d_patches", s, w, attrs);
      if (b && (b.dtype !== "f" || b.shape.length !== 1 || b.shape[0] !== g.O)) {
        throw new ShapeError(`conv2d_patches needs a bias [${g.O}] but got ` +
          showShape(b.shape, b.dtype));
      }
      return { shape: [g.N, g.O, g.Ho, g.Wo], dtype: "f" };
    },
    eval: (ins, n) => {
      const [s, w, b] = ins;
      const [N, K, P] = s.shape, O = w.shape[0];
      const out = tensor(n.shape);
      for (let m = 0; m < N; m++) for (let o = 0; o < O; o++) for (let q = 0; q < P; q++) {
        let v = 0;
        for (let k = 0; k < K; k++) v += w.data[o * K + k] * s.data[(m * K + k) * P + q];
        out.data[(m * O + o) * P + q] = b ? v + b.data[o] : v;
      }
      return out;
    },
    flops: (_n, ins) => 2 * ins[0].shape[1],
  },
  /** conv2d_weight_grad from the patches: (S [N, C*KH*KW, Ho*Wo], g [N, O, Ho, Wo]) ->
   * [O, C, KH, KW]; attrs { stride, pad, size: [H, W], kernel: [KH, KW] }. */
  conv2d_weight_grad_patches: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [s, gy] = ins;
      checkImage("conv2d_weight_grad_patches", "a gradient", gy, "[N, O, Ho, Wo]");
      const w = gradWeights(s, gy, attrs);
      const g = patchesGeom("conv2d_weight_grad_patches", s, w, attrs);
      if (gy.shape[0] !== g.N || gy.shape[2] !== g.Ho || gy.shape[3] !== g.Wo) {
        throw new ShapeError(`conv2d_weight_grad_patches needs a gradient [${g.N}, ${g.O}, ` +
          `${g.Ho}, ${g.Wo}] but got ${showShape(gy.shape, gy.dtype)}`);
      }
      return { shape: w.shape, dtype: "f" };
    },
    eval: (ins, n) => {
      const [s, gy] = ins;
      const [N, K, P] = s.shape, O = gy.shape[1];
      const out = tensor(n.shape);
      for (let o = 0; o < O; o++) for (let k = 0; k < K; k++) {
        let v = 0;
        for (let m = 0; m < N; m++) {
          for (let q = 0; q < P; q++) {
            v += gy.data[(m * O + o) * P + q] * s.data[(m * K + k) * P + q];
          }
        }
        out.data[o * K + k] = v;
      }
      return out;
    },
    flops: (_n, ins) => 2 * ins[1].shape[0] * ins[1].shape[2] * ins[1].shape[3],
  },
} satisfies Record<string, OpDef>;
