// What every example does first: compile its model file and create the model.
import { readFileSync } from "node:fs";
import { compile, type CompileOptions, formatDiagnostics, importModule } from "../compiler/index.ts";

export interface Compiled {
  model: any;
  compileMs: number;
  params: number;
  moduleKiB: number;
}

/** Compiles examples/NAME (dims and other options as given) and creates it with `seed`. */
export async function compileExample(name: string, options: CompileOptions = {}, seed = 1,
  log: (s: string) => void = console.log): Promise<Compiled> {
  const t0 = performance.now();
  const source = readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
  const r = compile(source, { file: `examples/${name}`, ...options });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  const compileMs = performance.now() - t0;
  const moduleKiB = r.js.length / 1024;
  log(`compiled examples/${name} in ${compileMs.toFixed(0)} ms: ${r.stats!.params} params, ` +
    `module ${moduleKiB.toFixed(0)} KiB, arena ${(r.stats!.arenaBytes / 2 ** 20).toFixed(1)} MiB`);
  const model = (await importModule(r.js)).create({ seed });
  return { model, compileMs, params: r.stats!.params, moduleKiB };
}
