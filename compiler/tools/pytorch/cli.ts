// `kiln export FILE --pytorch [-o OUT.py]`: writes the Python module (default: FILE's name
// with .py, beside it). Exit codes as the other commands: 1 for a mistake in the model or
// what cannot be exported exactly.
import { basename, dirname, extname, join } from "node:path";
import { formatDiagnostics } from "../../../dsl/diagnostics.ts";
import { type ExportOptions, exportPyTorch } from "./export.ts";

/** `write` writes the module, refusing a path that is a model file read (`read`) or that
 * cannot be written, as the other commands do. */
export function exportCommand(source: string, file: string, out: string | undefined,
  options: ExportOptions, write: (path: string, text: string, read: Iterable<string>) => void):
  number {
  const r = exportPyTorch(source, { ...options, file });
  if (r.diagnostics.length) {
    process.stderr.write(formatDiagnostics(r.diagnostics, r.sources) + "\n");
  }
  if (!r.ok) return 1;
  const path = out ?? join(dirname(file), `${basename(file, extname(file))}.py`);
  write(path, r.python, r.sources.keys());
  process.stdout.write(`wrote ${path} (${r.python.length} bytes): class ${r.className}, ` +
    `a torch.nn.Module; load a Kiln module's weights with model.load_safetensors(path)\n`);
  return 0;
}
