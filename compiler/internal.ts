// Internal compiler errors: an exception that is not a KilnError is a bug in Kiln, not a
// mistake in the model. The stages it passes through note where in the model file they
// were (innermost first), so the report can still point the user at the line that
// triggered the bug: a workaround is often to write that line differently.
import type { Span } from "../dsl/ast.ts";
import type { Diagnostic, Sources } from "../dsl/diagnostics.ts";

/** Where to send a report; printed with every internal error. */
export const REPORT_HELP = "This is a bug in Kiln, not in your model. Please report it with the " +
  "model file, the command you ran and this whole message (see docs/errors.md, \"Internal " +
  "compiler errors\"); until it is fixed, writing the line it points at differently may avoid it.";

const places = new WeakMap<object, Span[]>();

/** Records that exception `e` passed through the model code at `span` (call innermost first). */
export function locate(e: unknown, span: Span | undefined): void {
  if (span === undefined || typeof e !== "object" || e === null) return;
  const list = places.get(e) ?? [];
  if (list.at(-1) !== span) list.push(span);
  places.set(e, list);
}

/** Thrown by compile() for a bug in Kiln; `diagnostic` says where in the model it happened. */
export class InternalError extends Error {
  readonly diagnostic: Diagnostic;
  /** `sources`: the model's source texts, so the report can quote the line. */
  constructor(readonly cause: unknown, readonly sources?: Sources) {
    const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`internal compiler error: ${what}`);
    this.name = "InternalError";
    const [span, ...callers] = (typeof cause === "object" && cause !== null && places.get(cause)) || [];
    this.diagnostic = { severity: "error", message: this.message, span,
      notes: callers.map((s) => ({ message: "while compiling this", span: s })) };
  }

  /** The JavaScript stack of the original exception, for the report. */
  get detail(): string {
    return this.cause instanceof Error && this.cause.stack ? this.cause.stack : String(this.cause);
  }
}

/** V8's stack overflow: a model nested beyond what the compiler's recursion can follow. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
