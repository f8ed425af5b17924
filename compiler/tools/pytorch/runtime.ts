// The Python runtime every exported module starts with: builtins.py (Kiln's built-in
// functions, one method of class Builtins each, between the `# kiln:builtins` and
// `# kiln:end` markers: the export's table, keyed by the built-in's name), runtime.py (the
// model's context and the base classes) and safetensors.py (the weights files), joined
// (embedded at build time by scripts/build-runtime.mjs).
import { PYTHON_FILES } from "./python.generated.ts";

export interface PythonRuntime {
  text: string;
  /** Built-in functions with a method in class Builtins. */
  builtins: ReadonlySet<string>;
  /** Names the runtime defines at module level (imports, classes, functions, constants). */
  moduleNames: readonly string[];
}

const PARTS = ["builtins.py", "runtime.py", "safetensors.py"];

let cached: PythonRuntime | undefined;

export function pythonRuntime(): PythonRuntime {
  if (cached) return cached;
  const text = PARTS.map((f) => PYTHON_FILES[f]).join("\n\n");
  const lines = text.split("\n");
  const begin = lines.findIndex((l) => l.trim() === "# kiln:builtins");
  const end = lines.findIndex((l) => l.trim() === "# kiln:end");
  const builtins = new Set(lines.slice(begin, end).flatMap((l) => {
    const m = /^ {4}def (\w+)\(self/.exec(l);
    return m ? [m[1]] : [];
  }));
  const moduleNames = lines.flatMap((l) => {
    const m = /^(?:class|def) (\w+)|^(\w+) = |^import (\w+)$|^import \S+ as (\w+)$/.exec(l) ??
      /^from \S+ import ()()()()(.+)$/.exec(l);
    if (!m) return [];
    if (m[5]) return m[5].split(",").map((s) => s.trim().split(" as ").at(-1)!);
    return [m[1] ?? m[2] ?? m[3] ?? m[4]];
  });
  cached = { text, builtins, moduleNames };
  return cached;
}
