// The Python runtime every exported module starts with (runtime.py): its text, the built-in
// functions it implements (one method of class Kiln each, between the `# kiln:builtins` and
// `# kiln:end` markers: the export table, keyed by the built-in's name) and the names it
// defines at module level, which the model's own names must not take.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface PythonRuntime {
  text: string;
  /** Built-in functions with a method in class Kiln. */
  builtins: ReadonlySet<string>;
  /** Names runtime.py defines at module level (imports, classes, functions, constants). */
  moduleNames: readonly string[];
}

let cached: PythonRuntime | undefined;

export function pythonRuntime(): PythonRuntime {
  if (cached) return cached;
  const text = readFileSync(fileURLToPath(new URL("./runtime.py", import.meta.url)), "utf8");
  const lines = text.split("\n");
  const begin = lines.findIndex((l) => l.trim() === "# kiln:builtins");
  const end = lines.findIndex((l) => l.trim() === "# kiln:end");
  const builtins = new Set(lines.slice(begin, end).flatMap((l) => {
    const m = /^ {4}def (\w+)\(self/.exec(l);
    return m ? [m[1]] : [];
  }));
  const moduleNames = lines.flatMap((l) => {
    const m = /^(?:class|def) (\w+)|^(\w+) = |^import (\w+)$|^from \S+ import (.+)$/.exec(l);
    if (!m) return [];
    if (m[4]) return m[4].split(",").map((s) => s.trim().split(" as ").at(-1)!);
    return [m[1] ?? m[2] ?? m[3]];
  });
  moduleNames.push(...lines.flatMap((l) => /^import \S+ as (\w+)$/.exec(l)?.slice(1) ?? []));
  cached = { text, builtins, moduleNames };
  return cached;
}
