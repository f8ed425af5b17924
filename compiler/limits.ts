// Limits on the total work of one compile, so that every compile ends, or fails with a clear
// error, in bounded time and memory, whatever the model file holds: the work of elaboration
// (loops and layer calls that build no graph still take time), the size of the files read,
// and the number of errors reported. Each is an option (`limits` in the library,
// `--limit NAME=N` on the command line) with a documented default (docs/language.md).
import type { Span } from "../dsl/ast.ts";
import { error, type KilnError } from "../dsl/diagnostics.ts";

export interface Limits {
  /** Elaboration steps over the whole compile (every model of the file, in both modes):
   * one per statement run, loop iteration, expression evaluated and list item joined,
   * CALL_STEPS per layer call. */
  steps: number;
  /** The largest model file read, the main one or an import, in bytes. */
  fileBytes: number;
  /** Errors shown; checking stops after five times as many. */
  errors: number;
}

/**
 * Defaults far above what real models use (examples/names_lstm.kiln unrolled over 500 steps,
 * whose graph nears the graph-size limit, takes 0.3 million steps; model files are
 * kilobytes), yet small enough that reaching one takes seconds, not minutes.
 */
export const DEFAULT_LIMITS: Limits = { steps: 10_000_000, fileBytes: 4 * 2 ** 20, errors: 20 };

/** The limits given, the defaults for the rest; a bad value is the caller's mistake. */
export function limitsOf(given: Partial<Limits> | undefined): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(given ?? {})) {
    if (!Object.hasOwn(DEFAULT_LIMITS, k)) {
      throw new TypeError(`unknown limit '${k}'; the limits are ` +
        Object.keys(DEFAULT_LIMITS).join(", "));
    }
    if (v === undefined) continue;
    if (!Number.isSafeInteger(v) || v < 1) {
      throw new TypeError(`limit ${k} must be a positive integer, not ${String(v)}`);
    }
    out[k as keyof Limits] = v;
  }
  return out;
}

/** What a layer call costs, besides its statements: it makes a frame and matches patterns,
 * some twenty times the work of a statement. */
export const CALL_STEPS = 20;

/** Elaboration steps left; shared by every elaboration of one compile. */
export class Budget {
  private used = 0;
  private spent = false;
  constructor(readonly limit: number) {}

  /** The steps used so far, to go back to (a loop traced once, then unrolled after all). */
  mark(): { used: number; spent: boolean } {
    return { used: this.used, spent: this.spent };
  }

  reset(m: { used: number; spent: boolean }): void {
    this.used = m.used;
    this.spent = m.spent;
  }

  /** Counts `n` steps taken at `span`; throws the one error when the limit is passed, then
   * `stop` (which ends checking) at every later step. */
  spend(n: number, span: Span | undefined, stop: unknown): void {
    this.used += n;
    if (this.used <= this.limit) return;
    if (this.spent) throw stop;
    this.spent = true;
    throw overBudget(this.limit, span);
  }
}

function overBudget(limit: number, span: Span | undefined): KilnError {
  return error(`compiling the model takes more than ${limit} steps (statements, loop ` +
    `iterations, expressions and list items elaborated; a layer call counts ${CALL_STEPS}), ` +
    `likely a loop that runs too often; if the model is right, raise the limit with ` +
    `--limit steps=N`, span);
}

/** Why a model file is refused: `size` bytes (when known) past the limit `max`. */
export const fileTooLarge = (size: number | undefined, max: number) => new Error(
  `it is larger than ${max} bytes${size === undefined ? "" : ` (${size})`}, the limit on a ` +
  "model file (--limit fileBytes=N raises it)");
