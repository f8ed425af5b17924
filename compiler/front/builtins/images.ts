// Built-in functions over images [N, C, H, W] and sequences of channels [N, C, L]:
// convolutions (conv1d, conv2d, conv2d_transpose), pooling and upsampling. conv1d is conv2d
// over images one row high; conv2d_transpose is the op conv2d_input_grad, the gradient of
// conv2d for its input, which is what a transposed convolution computes.
import { error } from "../../../dsl/diagnostics.ts";
import { showShape } from "../../ir/shape.ts";
import { describe } from "../values.ts";
import { type A, type Bound, pairArg, toInt, toTensor } from "./args.ts";
import { type Builtin, type BuiltinContext, T } from "./types.ts";

/** The tensor argument `a` as a float tensor of `rank`, or an error naming `layout`. */
function floats(c: BuiltinContext, a: A, what: string, role: string, layout: string,
  rank: number): { id: number; shape: readonly number[] } {
  const id = toTensor(c.b, a, what);
  const n = c.b.node(id);
  if (n.dtype !== "f" || n.shape.length !== rank) {
    throw error(`${what} needs ${role} ${layout} of floats but got ${showShape(n.shape, n.dtype)}`,
      a.span);
  }
  return { id, shape: n.shape };
}

/**
 * Zero padding before and after each of the given axes: an integer (or, for images, a
 * [height, width] pair) pads both sides; "valid" is 0; "same" makes each output
 * ceil(input / stride) long, the odd pixel going after (as in TensorFlow and PyTorch).
 */
function convPadding(what: string, a: A | undefined, sizes: readonly number[],
  kernel: readonly number[], stride: readonly number[]): { before: number[]; after: number[] } {
  if (a?.value.kind === "string") {
    const mode = a.value.value;
    if (mode === "valid") return { before: sizes.map(() => 0), after: sizes.map(() => 0) };
    if (mode !== "same") {
      throw error(`${what}'s padding must be an integer${sizes.length > 1 ? ", a pair" : ""}, ` +
        `"same" or "valid" but got ${describe(a.value)}`, a.span);
    }
    const total = sizes.map((n, d) =>
      Math.max((Math.ceil(n / stride[d]) - 1) * stride[d] + kernel[d] - n, 0));
    const before = total.map((t) => Math.floor(t / 2));
    return { before, after: total.map((t, d) => t - before[d]) };
  }
  const p = sizes.length === 1 ? [nonNegative(a, `${what}'s padding`)]
    : pairArg(a, [0, 0], `${what}'s padding`, 0);
  return { before: p, after: p };
}

function nonNegative(a: A | undefined, what: string, min = 0): number {
  if (!a) return min;
  const v = toInt(a, what);
  if (v < min) throw error(`${what} must be an integer >= ${min} but got ${v}`, a.span);
  return v;
}

/** The bias argument: a float [O] for O output channels. */
function biasArg(c: BuiltinContext, a: A, what: string, O: number): number {
  const id = toTensor(c.b, a, `${what}'s bias`);
  const n = c.b.node(id);
  if (n.dtype !== "f" || n.shape.length !== 1 || n.shape[0] !== O) {
    throw error(`${what} needs a bias [${O}] (one per output channel) but got ` +
      `${showShape(n.shape, n.dtype)}`, a.span);
  }
  return id;
}

/** y = x convolved with w along one axis: conv2d over images one row high. */
function conv1d(c: BuiltinContext, a: Bound): number {
  const x = floats(c, a.x!, "conv1d", "an input", "[N, C, L]", 3);
  const w = floats(c, a.w!, "conv1d", "weights", "[O, C, K]", 3);
  const [N, C, L] = x.shape, [O, Cw, K] = w.shape;
  if (Cw !== C) {
    throw error(`conv1d needs weights [O, C, K] with C = ${C} (the input's channels) but got ` +
      `${showShape(w.shape, "f")}`, a.w!.span);
  }
  const s = nonNegative(a.stride, "conv1d's stride", 1);
  const { before: [p0], after: [p1] } = convPadding("conv1d", a.padding, [L], [K], [s]);
  const Lo = Math.floor((L + p0 + p1 - K) / s) + 1;
  if (Lo < 1) {
    throw error(`conv1d's kernel of ${K} does not fit the ${L} steps of ` +
      `${showShape(x.shape, "f")} padded by ${p0}`, a.w!.span);
  }
  const ins = [c.b.reshape(x.id, [N, C, 1, L]), c.b.reshape(w.id, [O, C, 1, K])];
  if (a.bias) ins.push(biasArg(c, a.bias, "conv1d", O));
  const y = c.b.add("conv2d", ins, { stride: [1, s], pad: [0, p0, 0, p1] });
  return c.b.reshape(y, [N, O, Lo]);
}

/**
 * PyTorch's ConvTranspose2d: x [N, C_in, H, W], w [C_in, C_out, KH, KW] to [N, C_out, Ho, Wo]
 * with Ho = (H - 1) * stride - 2 * padding + KH + output_padding. It is the gradient of a
 * conv2d from [N, C_out, Ho, Wo] to x's shape for its input, and so the op conv2d_input_grad.
 */
function conv2dTranspose(c: BuiltinContext, a: Bound): number {
  const what = "conv2d_transpose";
  const x = floats(c, a.x!, what, "an image", "[N, C_in, H, W]", 4);
  const w = floats(c, a.w!, what, "weights", "[C_in, C_out, KH, KW]", 4);
  const [, C, H, W] = x.shape, [Cw, O, KH, KW] = w.shape;
  if (Cw !== C) {
    throw error(`${what} needs weights [C_in, C_out, KH, KW] with C_in = ${C} (the image's ` +
      `channels) but got ${showShape(w.shape, "f")}`, a.w!.span);
  }
  const stride = pairArg(a.stride, [1, 1], `${what}'s stride`, 1);
  const pad = pairArg(a.padding, [0, 0], `${what}'s padding`, 0);
  const extra = pairArg(a.output_padding, [0, 0], `${what}'s output_padding`, 0);
  if (extra.some((e, d) => e >= stride[d])) {
    throw error(`${what}'s output_padding must be smaller than its stride [${stride.join(", ")}]` +
      ` but got [${extra.join(", ")}]`, a.output_padding!.span);
  }
  const out = [H, W].map((n, d) => (n - 1) * stride[d] - 2 * pad[d] + [KH, KW][d] + extra[d]);
  if (out.some((n) => n < 1)) {
    throw error(`${what} of ${showShape(x.shape, "f")} with ${KH}x${KW} kernels, stride ` +
      `[${stride.join(", ")}] and padding [${pad.join(", ")}] leaves no output ` +
      `(${out.join("x")})`, a.x!.span);
  }
  const y = c.b.add("conv2d_input_grad", [x.id, w.id],
    { stride, pad: [pad[0], pad[1], pad[0], pad[1]], size: out });
  if (!a.bias) return y;
  return c.b.add("add", [y, c.b.reshape(biasArg(c, a.bias, what, O), [O, 1, 1])]);
}

/** The [out, n] matrix of PyTorch's bilinear interpolation along one axis (align_corners =
 * False): output i reads input (i + 0.5) / scale - 0.5, clamped to the first pixel below. */
function bilinearWeights(n: number, scale: number): number[] {
  const out = n * scale;
  const m = new Array<number>(out * n).fill(0);
  for (let i = 0; i < out; i++) {
    const src = Math.max(0, (i + 0.5) / scale - 0.5);
    const i0 = Math.min(Math.floor(src), n - 1), i1 = Math.min(i0 + 1, n - 1);
    const t = src - i0;
    m[i * n + i0] += 1 - t;
    m[i * n + i1] += t;
  }
  return m;
}

/** Nearest: each pixel repeated scale times along each axis. Bilinear: two products with
 * constant interpolation matrices, one per axis, so the gradient is the transposed ones. */
function upsample2d(c: BuiltinContext, a: Bound): number {
  const x = floats(c, a.x!, "upsample2d", "an image", "[N, C, H, W]", 4);
  const [N, C, H, W] = x.shape;
  const [sh, sw] = pairArg(a.scale, [2, 2], "upsample2d's scale", 1);
  const mode = a.mode?.value.kind === "string" ? a.mode.value.value : a.mode ? "" : "nearest";
  if (mode === "nearest") {
    const wide = c.b.broadcastTo(c.b.reshape(x.id, [N, C, H, 1, W, 1]), [N, C, H, sh, W, sw]);
    return c.b.reshape(wide, [N, C, H * sh, W * sw]);
  }
  if (mode !== "bilinear") {
    throw error(`upsample2d's mode must be "nearest" or "bilinear" but got ` +
      `${describe(a.mode!.value)}`, a.mode!.span);
  }
  const matrix = (shape: number[], values: number[]) =>
    c.b.add("tensor_const", [], { shape, values });
  let y = x.id;
  if (sw > 1) {
    y = c.b.add("matmul", [y, matrix([W * sw, W], bilinearWeights(W, sw))], { tb: true });
  }
  if (sh > 1) y = c.b.add("matmul", [matrix([H * sh, H], bilinearWeights(H, sh)), y]);
  return y;
}

function pool(op: "max_pool2d" | "avg_pool2d", doc: string): Builtin {
  return {
    params: ["x", "size", "stride = size"],
    doc,
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, op);
      const window = pairArg(a.size, [1, 1], `${op}'s size`, 1);
      const stride = pairArg(a.stride, window, `${op}'s stride`, 1);
      // max_pool2d: ties go to the first maximum in row-major order, which alone gets the
      // gradient (compiler/ops/conv.ts).
      return T(c.b.add(op, [x], { size: window, stride }));
    },
  };
}

export const IMAGE_BUILTINS: Record<string, Builtin> = {
  conv1d: {
    params: ["x", "w", "stride = 1", "padding = 0", "bias = none"],
    doc: "1-D cross-correlation of x [N, C, L] with w [O, C, K]; padding an int, \"valid\" or " +
      "\"same\".",
    fn: (c, a) => T(conv1d(c, a)),
  },
  conv2d: {
    params: ["x", "w", "stride = 1", "padding = 0", "bias = none"],
    doc: "2-D cross-correlation of x [N, C, H, W] with w [O, C, KH, KW]; padding an int, " +
      "[ph, pw], \"valid\" or \"same\".",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, "conv2d"), w = toTensor(c.b, a.w!, "conv2d");
      const stride = pairArg(a.stride, [1, 1], "conv2d's stride", 1);
      const xs = c.b.shape(x), ws = c.b.shape(w);
      // Wrong ranks are the op's shape rule to report; any padding lets it get there.
      const images = xs.length === 4 && ws.length === 4;
      const { before, after } = convPadding("conv2d", a.padding,
        images ? xs.slice(2) : [1, 1], images ? ws.slice(2) : [1, 1], stride);
      const ins = a.bias ? [x, w, toTensor(c.b, a.bias, "conv2d's bias")] : [x, w];
      return T(c.b.add("conv2d", ins, { stride, pad: [before[0], before[1], after[0], after[1]] }));
    },
  },
  conv2d_transpose: {
    params: ["x", "w", "stride = 1", "padding = 0", "output_padding = 0", "bias = none"],
    doc: "PyTorch's transposed convolution: x [N, C_in, H, W], w [C_in, C_out, KH, KW].",
    fn: (c, a) => T(conv2dTranspose(c, a)),
  },
  max_pool2d: pool("max_pool2d", "The maximum of each window."),
  avg_pool2d: pool("avg_pool2d", "The mean of each window."),
  upsample2d: {
    params: ["x", "scale = 2", "mode = \"nearest\""],
    doc: "Each image `scale` times larger per side, \"nearest\" or \"bilinear\".",
    fn: (c, a) => T(upsample2d(c, a)),
  },
};
