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

/**
 * Characters a terminal would not show, or would show as something else (controls, zero
 * widths, byte-order marks, bidirectional overrides, spaces other than ' '), as `\u200b`,
 * so a message never carries an invisible one.
 */
export function visible(text: string): string {
  return text.replace(/(?![ \t])[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Source texts split into lines once per formatting, however many diagnostics quote them. */
type Lines = (file: string) => string[] | undefined;

function formatOne(severity: Severity, message: string, span: Span | undefined,
  lines: Lines): string {
  if (!span) return `${severity}: ${message}`;
  const head = `${visible(span.file)}:${span.line}:${span.col}: ${severity}: ${message}`;
  const line = lines(span.file)?.[span.line - 1];
  if (line === undefined) return head;
  const width = span.endLine === span.line ? Math.max(1, span.endCol - span.col) : 1;
  // A long line (a minified file read as a model) is shown around the place, cut with "…".
  const at = span.col - 1;
  const [from, to] = line.length <= SHOWN ? [0, line.length]
    : [Math.max(0, at - AROUND), Math.min(line.length, at + Math.min(width, AROUND) + AROUND)];
  const lead = from > 0 ? "…" : "", tail = to < line.length ? "…" : "";
  // Shown with invisible characters spelt out, the caret under the spelt-out text; tabs
  // stay tabs under the caret so it lines up in any terminal.
  const before = lead + visible(line.slice(from, at));
  const marked = visible(line.slice(at, Math.min(at + width, to)));
  const pad = before.replace(/[^\t]/g, " ");
  return `${head}\n  ${lead}${visible(line.slice(from, to))}${tail}\n  ` +
    `${pad}${"^".repeat(Math.max(1, marked.length))}`;
}

/** Lines longer than SHOWN characters are shown AROUND characters either side of the place. */
const SHOWN = 160, AROUND = 60;

function lineCache(sources: Sources | undefined): Lines {
  const split = new Map<string, string[] | undefined>();
  return (file) => {
    if (!split.has(file)) split.set(file, sourceOf(sources, file)?.split(/\r?\n/));
    return split.get(file);
  };
}

function formatWith(d: Diagnostic, lines: Lines): string {
  const parts = [formatOne(d.severity, d.message, d.span, lines)];
  for (const n of d.notes ?? []) parts.push(formatOne("note", n.message, n.span, lines));
  return parts.join("\n");
}

export function formatDiagnostic(d: Diagnostic, sources?: Sources): string {
  return formatWith(d, lineCache(sources));
}

export function formatDiagnostics(ds: readonly Diagnostic[], sources?: Sources): string {
  const lines = lineCache(sources);
  return ds.map((d) => formatWith(d, lines)).join("\n");
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
