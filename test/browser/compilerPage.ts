// The compiler's test page (compiler.html loads it) and its worker (the same file): compile a
// model from files held in memory, import the module, train it a few steps and predict, with
// the browser entry as bundled (/kiln.js), on the main thread or in a Web Worker. Node runs
// the same function over the Node entry, for the test to compare.

export interface CompileRun {
  /** Model files by path; `file` is the one compiled. */
  files: Record<string, string>;
  file: string;
  dtype: "f32" | "f64";
  x: number[];
  y: number[];
  steps: number;
}

export interface CompileRunResult {
  js: string;
  losses: number[];
  probs: number[];
}

/** What both entries give (compiler/index.ts, compiler/browser.ts). */
export interface Library {
  compile(source: string, options: object): { js: string; diagnostics: unknown; sources: unknown };
  compileToModel(source: string, options: object): Promise<{ create(o?: object): any }>;
  memoryHost(files: Record<string, string>): object;
  formatDiagnostics(diagnostics: never, sources: never): string;
}

export async function compileAndRun(kiln: Library, r: CompileRun): Promise<CompileRunResult> {
  const options = { file: r.file, dtype: r.dtype, host: kiln.memoryHost(r.files) };
  const { js } = kiln.compile(r.files[r.file], { ...options, declarations: false });
  const model = (await kiln.compileToModel(r.files[r.file], options)).create({ seed: 3 });
  const Floats = r.dtype === "f32" ? Float32Array : Float64Array;
  const feeds = { x: Floats.from(r.x), y: Int32Array.from(r.y) };
  const losses: number[] = [];
  for (let i = 0; i < r.steps; i++) losses.push(model.train(feeds));
  return { js, losses, probs: Array.from(model.predict(feeds).probs as ArrayLike<number>) };
}

/** The diagnostics of compiling the run's file, formatted. */
export function diagnosticsOf(kiln: Library, r: CompileRun): string {
  const c = kiln.compile(r.files[r.file], { file: r.file, host: kiln.memoryHost(r.files) });
  return kiln.formatDiagnostics(c.diagnostics as never, c.sources as never);
}

const KILN = "/kiln.js";
const load = async () => (await import(/* @vite-ignore */ KILN)) as Library;

if (typeof document !== "undefined") {
  (globalThis as Record<string, unknown>).kilnCompiler = {
    here: async (r: CompileRun) => compileAndRun(await load(), r),
    diagnosticsHere: async (r: CompileRun) => diagnosticsOf(await load(), r),
    inWorker: (r: CompileRun) => new Promise((resolve, reject) => {
      const worker = new Worker(import.meta.url, { type: "module" });
      worker.onmessage = (e) => {
        worker.terminate();
        if (e.data.error) reject(new Error(e.data.error));
        else resolve(e.data.result);
      };
      worker.postMessage(r);
    }),
  };
} else if ("WorkerGlobalScope" in globalThis) {
  self.onmessage = async (e: MessageEvent<CompileRun>) => {
    try {
      self.postMessage({ result: await compileAndRun(await load(), e.data) });
    } catch (err) {
      self.postMessage({ error: String((err as Error).stack ?? err) });
    }
  };
}
