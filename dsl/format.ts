// `kiln fmt`: a file laid out by the printer, comments kept. A file with syntax errors is
// refused with its diagnostics rather than mangled; and the result is checked to parse back
// to the same tree with the same comments (as black's safe mode does) before it is handed
// out, so a printer bug can cost a user a formatting, never their program.
import type { Program } from "./ast.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { parse } from "./parse.ts";
import { printProgram, stripSpans, WIDTH } from "./print.ts";

export interface FormatOptions {
  /** The file name for diagnostics (default "model.kiln"). */
  file?: string;
  /** The line width to fit (default 100). */
  width?: number;
}

export type FormatResult =
  | { ok: true; text: string; changed: boolean; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function format(source: string, options: FormatOptions = {}): FormatResult {
  const file = options.file ?? "model.kiln";
  const parsed = parse(source, file);
  if (parsed.diagnostics.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics: parsed.diagnostics };
  }
  const text = printProgram(parsed.program, { width: options.width ?? WIDTH });
  const again = parse(text, file);
  if (again.diagnostics.length || shape(again.program) !== shape(parsed.program)) {
    return { ok: false, diagnostics: [{ severity: "error", message: "internal error in the " +
      "formatter: its output would not read back as the same program; the file is left as it " +
      "is (please report this, with the file)", span: parsed.program.span }] };
  }
  return { ok: true, text, changed: text !== source, diagnostics: parsed.diagnostics };
}

/** The tree as the formatter must keep it: structure and comment texts, not places or the
 * blank lines it is free to drop; keys sorted, so two trees compare as strings. */
export function shape(p: Program): string {
  return JSON.stringify(stripSpans(p), (k, v) => {
    const blankOnly = k === "trivia" && Object.keys(v).every((key) => key === "blankBefore");
    if (k === "blankBefore" || blankOnly) return undefined;
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}
