// conv2d forward kernels for small images: the im2col kernel the compiler emits (patches
// copied to scratch, then matmul.ts's product: register-blocked JS, or WebAssembly SIMD in
// float32 modules) against direct loops (the sample copied into a zero-padded buffer, then
// 4 output channels x 2 output columns of accumulators with the KH x KW taps unrolled).
// Shapes: the two convolutions of examples/mnist_cnn.kiln at its batch of 32, and at twice
// its width (the first version of the example). `npx tsx bench/conv.ts` prints GFLOP/s.
import { Namer } from "../compiler/emit/js/loops.ts";
import type { Node } from "../compiler/ir/types.ts";
import { CONV_JS } from "../compiler/emit/js/conv.ts";
import { type Geom, slidingSize } from "../compiler/ops/conv.ts";
import { WasmKernels } from "../compiler/emit/wasm/kernels.ts";
import { liveKernel } from "./kernel.ts";
import { FULL, type MeasureOptions, measure, table } from "./harness.ts";

export interface ConvShape {
  name: string;
  N: number; C: number; H: number; O: number; K: number; pad: number;
}

export const SHAPES: ConvShape[] = [
  { name: "conv1 32x1x28x28, 8 3x3", N: 32, C: 1, H: 28, O: 8, K: 3, pad: 1 },
  { name: "conv2 32x8x14x14, 16 3x3", N: 32, C: 8, H: 14, O: 16, K: 3, pad: 1 },
  { name: "conv1 32x1x28x28, 16 3x3", N: 32, C: 1, H: 28, O: 16, K: 3, pad: 1 },
  { name: "conv2 32x16x14x14, 32 3x3", N: 32, C: 16, H: 14, O: 32, K: 3, pad: 1 },
];

function geomOf(s: ConvShape): Geom {
  const Ho = slidingSize(s.H, s.K, 1, s.pad, s.pad);
  return { N: s.N, C: s.C, H: s.H, W: s.H, O: s.O, KH: s.K, KW: s.K, Ho, Wo: Ho, sh: 1, sw: 1,
    pt: s.pad, pl: s.pad };
}

/** The conv2d node and its inputs' nodes at a shape. */
function nodes(s: ConvShape) {
  const g = geomOf(s);
  const node = (id: number, shape: number[]): Node => ({ id, op: "input", inputs: [], attrs: {},
    shape, dtype: "f" });
  const x = node(0, [g.N, g.C, g.H, g.W]), w = node(1, [g.O, g.C, g.KH, g.KW]);
  const out = { ...node(2, [g.N, g.O, g.Ho, g.Wo]), op: "conv2d" as const, inputs: [0, 1],
    attrs: { stride: [1, 1], pad: [s.pad, s.pad, s.pad, s.pad] } };
  return { out, ins: [x, w] };
}

/** Where the im2col kernel's tensors sit: X, Wt, Y and the scratch S (the kernel's, or the
 * direct loops' padded sample, whichever is larger), one after another in one arena F, as in
 * a module. */
function arenaLayout(s: ConvShape): { x: number; w: number; y: number; s: number; total: number } {
  const g = geomOf(s), { out, ins } = nodes(s);
  const x = 0, w = x + g.N * g.C * g.H * g.W, y = w + g.O * g.C * g.KH * g.KW;
  const sc = y + g.N * g.O * g.Ho * g.Wo;
  const scratch = Math.max(CONV_JS.conv2d.scratch(out, ins), g.C * (g.H + 2) * (g.W + 2));
  return { x, w, y, s: sc, total: sc + scratch };
}

/** The compiler's own kernel, through the op table's emitter, over the arena F. */
function im2colKernel(s: ConvShape, simd?: WasmKernels): string {
  const at = arenaLayout(s), { out, ins } = nodes(s);
  return CONV_JS.conv2d.kernel!({ node: out, ins, out: { arr: "F", off: at.y },
    args: [{ arr: "F", off: at.x }, { arr: "F", off: at.w }], nm: new Namer(), rng: "R",
    scratch: { arr: "F", off: at.s }, dtype: "f32", simd });
}

/** Direct loops, stride 1: 4 output channels x 2 columns per block (O % 4 = 0, Wo even). */
function directKernel(s: ConvShape): string {
  const g = geomOf(s);
  const Hp = g.H + 2 * s.pad, Wp = g.W + 2 * s.pad, CKK = g.C * g.KH * g.KW;
  let taps = "";
  for (let kh = 0; kh < g.KH; kh++) {
    for (let kw = 0; kw < g.KW; kw++) {
      const xo = kh * Wp + kw, wo = kh * g.KW + kw;
      taps += `x0 = S[xb + ${xo}]; x1 = S[xb + ${xo + 1}]; ` +
        `w0 = Wt[wb + ${wo}]; w1 = Wt[wb + ${CKK + wo}]; ` +
        `w2 = Wt[wb + ${2 * CKK + wo}]; w3 = Wt[wb + ${3 * CKK + wo}];\n` +
        `s00 += w0 * x0; s01 += w0 * x1; s10 += w1 * x0; s11 += w1 * x1; ` +
        `s20 += w2 * x0; s21 += w2 * x1; s30 += w3 * x0; s31 += w3 * x1;\n`;
    }
  }
  return `for (let n = 0; n < ${g.N}; n++) {\n` +
    `S.fill(0, 0, ${g.C * Hp * Wp});\n` +
    `for (let c = 0; c < ${g.C}; c++) for (let h = 0; h < ${g.H}; h++) ` +
    `for (let w = 0; w < ${g.W}; w++) S[c * ${Hp * Wp} + (h + ${s.pad}) * ${Wp} + w + ${s.pad}] = ` +
    `X[n * ${g.C * g.H * g.W} + c * ${g.H * g.W} + h * ${g.W} + w];\n` +
    `for (let o = 0; o < ${g.O}; o += 4) for (let i = 0; i < ${g.Ho}; i++) ` +
    `for (let j = 0; j < ${g.Wo}; j += 2) {\n` +
    `let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;\n` +
    `let x0, x1, w0, w1, w2, w3;\n` +
    `for (let c = 0; c < ${g.C}; c++) {\n` +
    `const xb = c * ${Hp * Wp} + i * ${Wp} + j, wb = o * ${CKK} + c * ${g.KH * g.KW};\n` +
    `${taps}}\n` +
    `const yb = n * ${g.O * g.Ho * g.Wo} + o * ${g.Ho * g.Wo} + i * ${g.Wo} + j;\n` +
    `Y[yb] = s00; Y[yb + 1] = s01; Y[yb + ${g.Ho * g.Wo}] = s10; ` +
    `Y[yb + ${g.Ho * g.Wo + 1}] = s11; Y[yb + ${2 * g.Ho * g.Wo}] = s20; ` +
    `Y[yb + ${2 * g.Ho * g.Wo + 1}] = s21; Y[yb + ${3 * g.Ho * g.Wo}] = s30; ` +
    `Y[yb + ${3 * g.Ho * g.Wo + 1}] = s31;\n}\n}\n`;
}

/** A kernel as a callable over seeded operands. The im2col kernel runs over one arena (its
 * products take the WebAssembly SIMD kernels when `simd`, as in a float32 module); the direct
 * one over the arrays X, Wt, Y and S. `Y` is the output either way. */
function compileKernel(body: string, s: ConvShape, simd?: WasmKernels) {
  const g = geomOf(s), at = arenaLayout(s);
  // X, Wt, Y and S are bound after F is made: they view it.
  const views: Record<string, unknown> = {};
  const { F, run } = liveKernel(`const { X, Wt, Y, S } = views;\n${body}`, at.total, simd, { views });
  const X = F.subarray(at.x, at.w).map((_, i) => Math.sin(i));
  const Wt = F.subarray(at.w, at.y).map((_, i) => Math.cos(i));
  F.set(X, at.x);
  F.set(Wt, at.w);
  const Y = F.subarray(at.y, at.s), S = F.subarray(at.s);
  Object.assign(views, { X, Wt, Y, S });
  return { run, Y, g };
}

export interface ConvRow { shape: string; kernel: string; gflops: number; ms: number }

export async function convBench(o: MeasureOptions): Promise<{ rows: ConvRow[]; maxDiff: number[] }> {
  const rows: ConvRow[] = [];
  const maxDiff: number[] = [];
  for (const s of SHAPES) {
    const g = geomOf(s);
    const js = compileKernel(im2colKernel(s), s), b = compileKernel(directKernel(s), s);
    const kernels = new WasmKernels();
    const simd = [compileKernel(im2colKernel(s, kernels), s, kernels)];
    for (const k of [js, b, ...simd]) k.run();
    for (const k of [b, ...simd]) {
      maxDiff.push(js.Y.reduce((m, v, i) => Math.max(m, Math.abs(v - k.Y[i]) / (1 + Math.abs(v))), 0));
    }
    const flops = 2 * g.N * g.O * g.Ho * g.Wo * g.C * g.KH * g.KW;
    const ts = await measure([{ name: "im2col + JS product", samples: 0, step: js.run },
      { name: "direct JS, 4x2 blocks", samples: 0, step: b.run },
      ...simd.map((k) => ({ name: "im2col + SIMD product", samples: 0, step: k.run }))], o);
    for (const t of ts) {
      rows.push({ shape: s.name, kernel: t.name, gflops: flops / t.seconds / 1e9,
        ms: t.seconds * 1e3 });
    }
  }
  return { rows, maxDiff };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, maxDiff } = await convBench(FULL);
  console.log(table(["shape", "kernel", "GFLOP/s", "ms"],
    rows.map((r) => [r.shape, r.kernel, r.gflops, r.ms])));
  console.log(`largest relative difference between the kernels' outputs: ${Math.max(...maxDiff)}`);
}
