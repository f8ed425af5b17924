// GFLOP/s of the matrix-product kernel the compiler emits (matmulKernel), at 256x256x256 in
// all four transpose layouts, at 1024^3, and at the shapes the MLP's and the CNN's steps
// run. Each kernel is wrapped the way the module wraps it: its own function over typed
// arrays held in the enclosing closure.
// Two columns: the JS register-blocked loops (what float64 modules and engines without
// WebAssembly SIMD run), and what float32 modules run: the SIMD kernel over the arena where
// it pays, else the same JS loops.
import { Namer } from "../compiler/emit/js/loops.ts";
import { matmulKernel } from "../compiler/emit/js/matmul.ts";
import { SHARED_SCRATCH, WasmKernels } from "../compiler/emit/wasm/kernels.ts";
import { type MeasureOptions, measure } from "./harness.ts";
import { liveKernel } from "./kernel.ts";

export interface Shape {
  name: string;
  M: number;
  K: number;
  N: number;
  ta: boolean;
  tb: boolean;
}

export const SHAPES: Shape[] = [
  { name: "256^3 A B", M: 256, K: 256, N: 256, ta: false, tb: false },
  { name: "256^3 A^T B", M: 256, K: 256, N: 256, ta: true, tb: false },
  { name: "256^3 A B^T", M: 256, K: 256, N: 256, ta: false, tb: true },
  { name: "256^3 A^T B^T", M: 256, K: 256, N: 256, ta: true, tb: true },
  { name: "MLP fc1 forward 64x784 @ 784x128", M: 64, K: 784, N: 128, ta: false, tb: false },
  { name: "MLP fc1.W grad (64x784)^T @ 64x128", M: 784, K: 64, N: 128, ta: true, tb: false },
  { name: "MLP fc1 input grad 64x128 @ (784x128)^T", M: 64, K: 128, N: 784, ta: false, tb: true },
  { name: "MLP fc2 forward 64x128 @ 128x10", M: 64, K: 128, N: 10, ta: false, tb: false },
  { name: "MLP fc1 at batch 1: 1x784 @ 784x128", M: 1, K: 784, N: 128, ta: false, tb: false },
  { name: "1024^3 A B", M: 1024, K: 1024, N: 1024, ta: false, tb: false },
  // The CNN's convolutions, one sample's product each (compiler/emit/js/conv.ts).
  { name: "CNN conv1 forward 8x9 @ 9x784", M: 8, K: 9, N: 784, ta: false, tb: false },
  { name: "CNN conv2 forward 16x72 @ 72x196", M: 16, K: 72, N: 196, ta: false, tb: false },
  { name: "CNN conv2 input grad (16x72)^T @ 16x196", M: 72, K: 16, N: 196, ta: true, tb: false },
  { name: "CNN conv2 filter grad 16x196 @ (72x196)^T", M: 16, K: 196, N: 72, ta: false, tb: true },
  { name: "CNN conv1 filter grad 8x784 @ (9x784)^T", M: 8, K: 784, N: 9, ta: false, tb: true },
];

/** The emitted kernel for one shape as a callable over seeded operands in one arena, as in a
 * module; `simd` makes the arena WebAssembly memory and binds the SIMD kernel, as a float32
 * module does (else the JS loops run, as in float64 modules). */
export function kernel(s: Shape, simd = false): { run: () => void; c: Float32Array; a: Float32Array; b: Float32Array } {
  const d = { M: s.M, K: s.K, N: s.N };
  const [ao, bo, co] = [0, s.M * s.K, s.M * s.K + s.K * s.N];
  const total = co + s.M * s.N;
  const kernels = simd ? new WasmKernels() : undefined;
  const body = matmulKernel({ arr: "F", off: co }, { arr: "F", off: ao }, { arr: "F", off: bo },
    d, s.ta, s.tb, new Namer(), kernels);
  // The packed products' scratch, which a module reserves past its tensors.
  const shared = kernels?.sharedFloats ?? 0;
  const { F, run } = liveKernel(body, total + shared, kernels, shared ? { [SHARED_SCRATCH]: total } : {});
  const a = F.subarray(ao, bo).map((_, i) => Math.sin(i)), b = F.subarray(bo, co).map((_, i) => Math.cos(i));
  F.set(a, ao);
  F.set(b, bo);
  return { run, a, b, c: F.subarray(co, total) };
}

export interface MatmulRow {
  shape: string;
  M: number;
  K: number;
  N: number;
  ta: boolean;
  tb: boolean;
  /** The JS loops, wall clock and CPU time. */
  gflops: number;
  cpuGflops: number;
  /** What float32 modules run: the SIMD product where it pays, else the same JS loops. */
  simdGflops: number;
  simdCpuGflops: number;
}

export async function matmulBench(o: MeasureOptions): Promise<{ rows: MatmulRow[] }> {
  const rows: MatmulRow[] = [];
  // One shape at a time: several kernels in one measure() would share the warm-up and
  // blur which one a noisy minute hit, and shapes are not compared with each other.
  for (const s of SHAPES) {
    const flops = 2 * s.M * s.K * s.N;
    const rate = async (simd: boolean) => {
      const [t] = await measure([{ name: s.name, samples: 0, step: kernel(s, simd).run }], o);
      return [flops / t.seconds / 1e9, flops / t.cpuSeconds / 1e9];
    };
    const [gflops, cpuGflops] = await rate(false);
    const [simdGflops, simdCpuGflops] = await rate(true);
    rows.push({ shape: s.name, M: s.M, K: s.K, N: s.N, ta: s.ta, tb: s.tb, gflops, cpuGflops, simdGflops, simdCpuGflops });
  }
  return { rows };
}
