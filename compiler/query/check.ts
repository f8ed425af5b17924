// The checks of `kiln compile`, without emitting a module: every diagnostic, and the model
// as built (what it declares, with shapes), in the time an editor has between keystrokes.
// It stops before optimization, differentiation of the gradients entries and emission:
// test/compiler/query/check.test.ts holds it to compile()'s diagnostics over the cases of
// docs/errors.md. One differs: a file without a model is not an error in an editor.
import type { Program } from "../../dsl/ast.ts";
import { type Diagnostic, KilnError } from "../../dsl/diagnostics.ts";
import { type CompileOptions, load } from "../compile.ts";
import { InternalError, isStackOverflow } from "../internal.ts";
import { buildModel, type ModelIR } from "../model.ts";
import { limitsOf } from "../limits.ts";

export interface Checked {
  /** The prelude, the imports and the file, last; absent if a file could not be parsed. */
  programs?: Program[];
  diagnostics: Diagnostic[];
  /** The chosen model (`model`, default the last), if it compiled. */
  ir?: ModelIR;
  /** Every source text read, by file name. */
  sources: Map<string, string>;
}

export type CheckOptions = Pick<CompileOptions, "file" | "model" | "dims" | "host" | "limits">;

export function check(source: string, options: CheckOptions = {}): Checked {
  const sources = new Map<string, string>();
  let programs: Program[] | undefined;
  try {
    programs = load(source, options, sources);
    // A file of layers and dims is one to import (the prelude is one): not a mistake here.
    if (!programs.at(-1)!.items.some((i) => i.kind === "model") && options.model === undefined) {
      return { programs, diagnostics: [], sources };
    }
    const ir = buildModel(programs, { model: options.model, dims: options.dims, optimize: 0,
      predictOnly: true, limits: limitsOf(options.limits) });
    return { programs, diagnostics: ir.warnings, ir, sources };
  } catch (e) {
    if (e instanceof KilnError) return { programs, diagnostics: e.diagnostics, sources };
    // An editor keeps running: a bug in Kiln is one more diagnostic.
    const internal = e instanceof InternalError ? e : new InternalError(e, sources);
    const message = isStackOverflow(e)
      ? "the model is nested too deeply to compile (the compiler ran out of stack)"
      : internal.message;
    return { programs, diagnostics: [{ ...internal.diagnostic, message }], sources };
  }
}
