// The library in Node: what `import ... from "kiln-ml"` gives. Compile a model file to a
// module's JS and declarations, or straight to a live module; check its gradients. Imports
// of model files are read from disk unless `options.host` says otherwise (the browser entry,
// compiler/browser.ts, has the same calls over a host it is given).
import type { Program } from "../dsl/ast.ts";
import * as core from "./compile.ts";
import type { CompileOptions, CompileResult, LiveModule } from "./compile.ts";
import { nodeHost } from "./nodeHost.ts";
import * as check from "./tools/gradcheck.ts";
import * as pytorch from "./tools/pytorch/export.ts";
import type { GradcheckOptions, GradcheckReport } from "./tools/gradcheck.ts";
import type { ExportOptions, ExportResult } from "./tools/pytorch/export.ts";

export {
  type CompileOptions, type CompileResult, type CompileStats, formatDiagnostics, importModule,
  InternalError, KilnError, type LiveModule,
} from "./compile.ts";
export { type FileHost, memoryHost } from "./host.ts";
export { nodeHost } from "./nodeHost.ts";
export type { GradcheckOptions, GradcheckReport, GradcheckRow } from "./tools/gradcheck.ts";
export { format, type FormatOptions, type FormatResult } from "../dsl/format.ts";
export type { ExportOptions, ExportResult } from "./tools/pytorch/export.ts";

const onDisk = <T extends { host?: CompileOptions["host"] }>(options: T): T =>
  ({ host: nodeHost, ...options });

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  return core.compile(source, onDisk(options));
}

/** Parses the file and everything it imports; the prelude comes first. */
export function load(source: string, options: CompileOptions, sources: Map<string, string>):
  Program[] {
  return core.load(source, onDisk(options), sources);
}

/** Compiles and imports the module in this process; throws with formatted diagnostics. */
export async function compileToModel(source: string, options: CompileOptions = {}):
  Promise<LiveModule> {
  return core.importModule(core.compileOrThrow(source, onDisk(options)));
}

export function gradcheck(source: string, options: GradcheckOptions = {}):
  Promise<GradcheckReport> {
  return check.gradcheck(source, onDisk(options));
}

/** The model as a PyTorch module (`kiln export --pytorch`). */
export function exportPyTorch(source: string, options: ExportOptions = {}): ExportResult {
  return pytorch.exportPyTorch(source, onDisk(options));
}
