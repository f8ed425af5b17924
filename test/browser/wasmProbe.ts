// What the WebAssembly limits test runs in a page and in a worker: compile modules of given
// sizes synchronously (new WebAssembly.Module, as Kiln's kernels are compiled at create())
// and say what happened. The same file is the worker's script.

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
}

/** A valid module of exactly `size` bytes: the header and one custom section of padding. */
export function paddedModule(size: number): Uint8Array {
  for (let pad = size - 11; pad >= 0; pad--) {
    const head = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, ...uleb(2 + pad), 1, 0x78];
    if (head.length + pad === size) {
      const bytes = new Uint8Array(size);
      bytes.set(head);
      return bytes;
    }
  }
  throw new RangeError(`no module of ${size} bytes`);
}

/** A module exporting one function whose body is `nops` nop instructions: `size` grows with
 * its code, which an engine compiles, not only reads. */
export function codeModule(nops: number): Uint8Array {
  const body = [0, ...new Array<number>(nops).fill(1), 0x0b];
  const fn = [...uleb(body.length), ...body];
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0,
    7, 5, 1, 1, 0x6b, 0, 0, 10, ...uleb(fn.length + 1), 1, ...fn]);
}

/** "ok", or the error's class and message. */
export function compiles(bytes: Uint8Array, instantiate = false): string {
  try {
    const m = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
    if (instantiate) new WebAssembly.Instance(m);
    return "ok";
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

/** What a model of the compiled module at `url` (relative to the page) runs on here. */
async function backendOf(url: string): Promise<string> {
  return (await import(new URL(url, document.baseURI).href)).create().backend;
}

/** Compiles a padded module of `size` bytes in a fresh worker. */
function inWorker(size: number): Promise<string> {
  return new Promise((ok, fail) => {
    const w = new Worker(import.meta.url, { type: "module" });
    w.onmessage = (e) => {
      w.terminate();
      ok(e.data);
    };
    w.onerror = (e) => fail(new Error(`worker: ${e.message}`));
    w.postMessage(size);
  });
}

if (typeof window === "undefined") {
  self.onmessage = (e: MessageEvent<number>) => postMessage(compiles(paddedModule(e.data)));
} else {
  const wasmProbe = { paddedModule, codeModule, compiles, backendOf, inWorker };
  Object.assign(globalThis, { wasmProbe });
}
