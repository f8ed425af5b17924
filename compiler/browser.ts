// The library in a browser or a worker (or any JavaScript engine): `kiln-ml/browser`. The
// same calls as the Node entry, but model files are read only from the host it is given
// (`memoryHost(files)`), and a compiled module is imported from a Blob's URL. It imports no
// Node module, so a bundler takes it as it is.
import { compileOrThrow, type CompileOptions, type LiveModule } from "./compile.ts";

export {
  compile, type CompileOptions, type CompileResult, type CompileStats, formatDiagnostics,
  InternalError, KilnError, type LiveModule,
} from "./compile.ts";
export { type FileHost, memoryHost } from "./host.ts";

/** Compiles and imports the module in this page or worker; throws with formatted diagnostics.
 * A page's Content-Security-Policy must allow `blob:` scripts (`script-src 'self' blob:`). */
export async function compileToModel(source: string, options: CompileOptions = {}):
  Promise<LiveModule> {
  return importModule(compileOrThrow(source, options));
}

/** Imports a compiled module's text from a Blob's URL, released once imported. */
export async function importModule(js: string): Promise<LiveModule> {
  const url = URL.createObjectURL(new Blob([js], { type: "text/javascript" }));
  try {
    return (await import(/* @vite-ignore */ url)) as LiveModule;
  } finally {
    URL.revokeObjectURL(url);
  }
}
