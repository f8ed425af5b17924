// One model's WebAssembly kernels: every SIMD kernel its entry points call, built once per
// distinct structure (kind and sizes, or an elementwise program) and exported from one
// module as k0, k1, ... The emitted JS calls them through `W`, the module's exports over the
// arena's memory, or runs its own loops where `W` is null (float64 arenas, engines without
// SIMD, pages whose Content-Security-Policy forbids compiling WebAssembly).
import { type Fn, moduleBytes } from "./encoder.ts";

/** How emitted code asks whether the module has its WebAssembly kernels. */
const SIMD_TEST = "if (W !== null)";

/** The byte address kernels take for element offset `o` into F (an expression). */
export function address(o: string | number): string {
  return typeof o === "number" ? String(o * 4) : /^[\w$]+$/.test(o) ? `${o} * 4` : `(${o}) * 4`;
}

/** The identifier emitted code names the module's shared kernel scratch by (an element
 * offset into F, past everything the memory planner placed): see `sharedFloats`. */
export const SHARED_SCRATCH = "PACK";

/**
 * Kernels built by any module of this process, by key. A key names what its function computes
 * (one module's exports already rely on that: two calls with one key get one kernel), so a
 * later compile takes the function an earlier one built: recompiling an edited model (the
 * playground, a test suite, a bench) builds only the kernels that changed. Functions are
 * never changed once built (encoder.ts also keeps each one's bytes). Bounded by the bytes of
 * code held, not the count: past the limit, the oldest go (the newest stays, however large).
 */
export class BuiltKernels {
  private readonly fns = new Map<string, Fn>();
  private held = 0;
  constructor(readonly limit: number) {}

  /** The function for `key`, built by `make` if no earlier compile kept one. */
  get(key: string, make: () => Fn): Fn {
    let fn = this.fns.get(key);
    if (fn === undefined) {
      this.fns.set(key, fn = make());
      this.held += fn.code.length;
      for (const [k, old] of this.fns) {
        if (this.held <= this.limit || this.fns.size === 1) break;
        this.fns.delete(k);
        this.held -= old.code.length;
      }
    }
    return fn;
  }

  /** Bytes of code held, and functions. */
  get bytes(): number {
    return this.held;
  }
  get size(): number {
    return this.fns.size;
  }
}

/** 1 MiB of code: the nine examples' 423 kernels are about 233 KB encoded. As number arrays
 * with their encoded copies, a byte of code takes 5-9 bytes of memory. */
const built = new BuiltKernels(1 << 20);

export class WasmKernels {
  private readonly fns: Fn[] = [];
  private readonly byKey = new Map<string, number>();
  /** Floats of scratch the kernels share (the packed products' B blocks): one region for the
   * whole module, reserved past the arena's planned tensors. Kernels run one at a time and
   * keep nothing there between calls, so any number of them can share it. */
  sharedFloats = 0;
  /** Tables of exports that emitted code picks from at run time, by their exports. */
  private readonly tables = new Map<string, string>();

  /** The export computing `key`, built by `make` the first time it is asked for. */
  export(key: string, make: () => Fn): string {
    let k = this.byKey.get(key);
    if (k === undefined) {
      k = this.fns.length;
      this.fns.push(built.get(key, make));
      this.byKey.set(key, k);
    }
    return `k${k}`;
  }

  /**
   * The name of a table of these exports, in this order, declared once in create() after `W`
   * (null where `W` is): for a call whose kernel depends on a size read at run time (the
   * rows of a batch that varies: runtime/fallback.ts, kilnRows).
   */
  table(exports: readonly string[]): string {
    const key = exports.join(", ");
    let name = this.tables.get(key);
    if (name === undefined) this.tables.set(key, name = `T${this.tables.size}`);
    return name;
  }

  /** The statements declaring every table. */
  tableDeclarations(): string {
    return [...this.tables].map(([key, name]) =>
      `const ${name} = W && [${key.split(", ").map((k) => `W.${k}`).join(", ")}];\n`).join("");
  }

  get count(): number {
    return this.fns.length;
  }

  /** Kernels of their own, for code made only to be measured. */
  scratch(): WasmKernels {
    return new WasmKernels();
  }

  /** The module's bytes, or null if no kernel was asked for. */
  bytes(): Uint8Array<ArrayBuffer> | null {
    return this.fns.length ? moduleBytes(this.fns) : null;
  }

  /**
   * Statements that call the kernel where the module has its WebAssembly exports (`W`), else
   * run `js`. `offsets` are element offsets into F, which views the arena from byte 0: the
   * kernel takes them as byte addresses, 4 bytes an element.
   */
  callOrJs(key: string, make: () => Fn, offsets: readonly (string | number)[], js: string,
    /** Arguments after the addresses, as they are. */
    rest: readonly string[] = []): string {
    const k = this.export(key, make);
    const args = [...offsets.map(address), ...rest].join(", ");
    return `${SIMD_TEST} W.${k}(${args});\nelse {\n${js}}\n`;
  }

  /** Whether kernel code `body` calls one of these kernels (for `kiln stats`). */
  called(body: string): boolean {
    return body.includes(SIMD_TEST);
  }
}
