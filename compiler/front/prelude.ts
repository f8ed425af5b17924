// The prelude of built-in layers (dsl/prelude.kiln), parsed once per process.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Program } from "../../dsl/ast.ts";
import { KilnError } from "../../dsl/diagnostics.ts";
import { parse } from "../../dsl/index.ts";

export const PRELUDE_FILE = "<prelude>";
let cached: { program: Program; source: string } | undefined;

export function prelude(): { program: Program; source: string } {
  if (cached) return cached;
  const source = readFileSync(fileURLToPath(new URL("../../dsl/prelude.kiln", import.meta.url)), "utf8");
  const { program, diagnostics } = parse(source, PRELUDE_FILE);
  if (diagnostics.some((d) => d.severity === "error")) throw new KilnError(diagnostics);
  cached = { program, source };
  return cached;
}
