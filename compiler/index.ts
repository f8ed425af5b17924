// The library: what `import ... from "kiln"` gives. Compile a model file to a module's JS and
// declarations, or straight to a live module; check its gradients.
export {
  compile, type CompileOptions, type CompileResult, type CompileStats, compileToModel,
  formatDiagnostics, importModule, InternalError, KilnError, type LiveModule, load,
} from "./compile.ts";
export {
  gradcheck, type GradcheckOptions, type GradcheckReport, type GradcheckRow,
} from "./tools/gradcheck.ts";
export { format, type FormatOptions, type FormatResult } from "../dsl/format.ts";
export {
  type ExportOptions, type ExportResult, exportPyTorch,
} from "./tools/pytorch/export.ts";
