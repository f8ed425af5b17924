// An emitted kernel body made callable as a module makes it: over one arena F of `floats`
// elements, which is WebAssembly memory with the body's SIMD kernels bound to `W` where it
// was emitted with some (as in a float32 module), else a plain buffer with `W` null.
import type { WasmKernels } from "../compiler/emit/wasm/kernels.ts";
import { allocateMemory } from "../runtime/model/memory.ts";

export function liveKernel(body: string, floats: number, simd?: WasmKernels,
  extra: Record<string, unknown> = {}): { F: Float32Array; run: () => void } {
  const bytes = simd?.bytes() ?? null;
  const memory = allocateMemory(floats * 4, bytes ? Buffer.from(bytes).toString("base64") : null);
  const F = new Float32Array(memory.buffer, 0, floats);
  const names = Object.keys(extra);
  const run = new Function("F", "W", ...names, `return function kernel() {\n${body}};`)(
    F, memory.kernels, ...names.map((n) => extra[n])) as () => void;
  return { F, run };
}
