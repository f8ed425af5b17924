// Diagnostics: every problem in a model file, reported as
//   file:line:col: error: message
//     <the source line>
//     <a caret under the place>
// A `note` may follow (for example the call site of a layer whose body failed).
import type { Span } from "./ast.ts";

export type Severity = "error" | "warning" | "note";

export interface Diagnostic {
  severity: Severity;
  message: string;
  span?: Span;
  /** Further places that explain this one (e.g. "in the call of Dense here"). */
  notes?: { message: string; span?: Span }[];
}

/** Thrown by any stage for a mistake in the user's model; caught at the library boundary. */
export class KilnError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map((d) => d.message).join("\n"));
    this.name = "KilnError";
    this.diagnostics = list;
  }
}

export function error(message: string, span?: Span, notes?: Diagnostic["notes"]): KilnError {
  return new KilnError({ severity: "error", message, span, notes });
}

/** Source texts by file name, so diagnostics can quote the line they point at. */
export type Sources = ReadonlyMap<string, string> | Record<string, string>;

function sourceOf(sources: Sources | undefined, file: string): string | undefined {
  if (!sources) return undefined;
  if (sources instanceof Map) return sources.get(file);
  return (sources as Record<string, string>)[file];
}

function formatOne(severity: Severity, message: string, span: Span | undefined,
  sources: Sources | undefined): string {
  if (!span) return `${severity}: ${message}`;
  const head = `${span.file}:${span.line}:${span.col}: ${severity}: ${message}`;
  const text = sourceOf(sources, span.file);
  if (text === undefined) return head;
  const line = text.split(/\r?\n/)[span.line - 1];
  if (line === undefined) return head;
  const width = span.endLine === span.line ? Math.max(1, span.endCol - span.col) : 1;
  // Tabs stay tabs under the caret so it lines up in any terminal.
  const pad = line.slice(0, span.col - 1).replace(/[^\t]/g, " ");
  return `${head}\n  ${line}\n  ${pad}${"^".repeat(Math.min(width, Math.max(1, line.length - span.col + 1)))}`;
}

export function formatDiagnostic(d: Diagnostic, sources?: Sources): string {
  const parts = [formatOne(d.severity, d.message, d.span, sources)];
  for (const n of d.notes ?? []) parts.push(formatOne("note", n.message, n.span, sources));
  return parts.join("\n");
}

export function formatDiagnostics(ds: readonly Diagnostic[], sources?: Sources): string {
  return ds.map((d) => formatDiagnostic(d, sources)).join("\n");
}

/** The span covering both a and b (a first). */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol,
    start: a.start, end: b.end };
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
 * for "did you mean" suggestions: `adma` is one edit from `adam`, as a typist sees it. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], before[j - 2] + 1);
      }
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length];
}

/** " (did you mean `x`?)" for the closest candidate within a small distance, else "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && bestD <= limit ? `; did you mean '${best}'?` : "";
}
