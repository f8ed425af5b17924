// A model's memory: one arena for every tensor, a WebAssembly memory when the module's SIMD
// kernels compile on this engine (they then read and write the tensors in place), else a plain
// ArrayBuffer and the module's JS loops. A page whose Content-Security-Policy forbids
// compiling WebAssembly, or an engine without SIMD, gets the JS loops and one warning.
import { unzlib } from "../inflate.ts";

/** Bytes past the arena's end that a kernel's edge loads may touch (compiler/emit/wasm). */
export const SIMD_PAD = 16;

/** What became of a module's kernels on this engine: compiled, or why not. */
interface Compiled {
  module: WebAssembly.Module | null;
  reason: string;
}

/** By the kernels' bytes: each module compiles its kernels once, for every model it creates. */
const compiled = new Map<string, Compiled>();
let warned = false;

/** Base64 to bytes, without atob, which not every engine has. */
function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  for (let i = 0, o = 0; i < text.length; i += 4) {
    const n = (digits.indexOf(text[i]) << 18) | (digits.indexOf(text[i + 1]) << 12) |
      ((digits.indexOf(text[i + 2]) & 63) << 6) | (digits.indexOf(text[i + 3]) & 63);
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** `base64`: the kernels' WebAssembly module, zlib-compressed (compiler/emit/module.ts). */
function compileKernels(base64: string): Compiled {
  let c = compiled.get(base64);
  if (c === undefined) {
    try {
      if (typeof WebAssembly !== "object") throw new Error("this engine has no WebAssembly");
      c = { module: new WebAssembly.Module(unzlib(decodeBase64(base64))), reason: "" };
    } catch (e) {
      c = { module: null, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
    compiled.set(base64, c);
  }
  return c;
}

export interface Memory {
  buffer: ArrayBuffer;
  /** The kernels' exports over `buffer`, or null where they did not compile. */
  kernels: Record<string, (...addresses: number[]) => void> | null;
  /** "simd" or "js": which path the module's kernels take. */
  backend: "simd" | "js";
  /** Why the JS path, where the module has SIMD kernels that did not compile. */
  reason: string;
}

/** False in the runtime bundles of float64 modules, which have no SIMD kernels
 * (scripts/build-runtime.mjs defines it), so that they carry none of the code that compiles
 * them; undefined (SIMD kept) where the runtime runs unbundled. */
declare const KILN_SIMD: boolean | undefined;

/** The arena for `bytes`, with the module's kernels over it where they compile. */
export function allocateMemory(bytes: number, wasm: string | null): Memory {
  const simd = typeof KILN_SIMD === "undefined" || KILN_SIMD;
  const c = wasm === null || !simd ? null : compileKernels(wasm);
  if (c?.module) {
    const pages = Math.ceil((bytes + SIMD_PAD) / 65536);
    let memory: WebAssembly.Memory | null = null;
    try {
      memory = new WebAssembly.Memory({ initial: Math.max(1, pages), maximum: Math.max(1, pages) });
    } catch {
      // Larger than this engine's WebAssembly memories: a plain buffer, below.
    }
    if (memory !== null) {
      const instance = new WebAssembly.Instance(c.module, { e: { m: memory } });
      const kernels = instance.exports as Record<string, (...addresses: number[]) => void>;
      return { buffer: memory.buffer, kernels, backend: "simd", reason: "" };
    }
  }
  const reason = c === null ? "" : c.module ? "the arena is larger than a WebAssembly memory here"
    : c.reason;
  if (c !== null && !warned && typeof console === "object") {
    warned = true;
    console.warn(`kiln: this model's WebAssembly SIMD kernels cannot run here (${reason}); it ` +
      "runs its JavaScript loops instead, several times slower. Under a Content-Security-" +
      "Policy, allow 'wasm-unsafe-eval' in script-src.");
  }
  return { buffer: new ArrayBuffer(bytes), kernels: null, backend: "js", reason };
}
