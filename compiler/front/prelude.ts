// The prelude of built-in layers (dsl/prelude.kiln, embedded at build time by
// scripts/build-runtime.mjs so the compiler reads no file of its own), parsed once per process.
import type { Program } from "../../dsl/ast.ts";
import { KilnError } from "../../dsl/diagnostics.ts";
import { parse } from "../../dsl/index.ts";
import { PRELUDE_FILES } from "./prelude.generated.ts";

export const PRELUDE_FILE = "<prelude>";
let cached: { program: Program; source: string } | undefined;

export function prelude(): { program: Program; source: string } {
  if (cached) return cached;
  const source = PRELUDE_FILES["prelude.kiln"];
  const { program, diagnostics } = parse(source, PRELUDE_FILE);
  if (diagnostics.some((d) => d.severity === "error")) throw new KilnError(diagnostics);
  cached = { program, source };
  return cached;
}
