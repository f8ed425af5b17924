// Error recovery: one run reports every independent mistake of a file, as rustc and tsc do.
// A statement that fails has its diagnostic recorded here and its names bound to poison;
// any later use of a poisoned name abandons that statement silently, so one mistake is
// reported once and never again through what depends on it.
import type { Span } from "../../dsl/ast.ts";
import { type Diagnostic, KilnError } from "../../dsl/diagnostics.ts";


/** Thrown where a poisoned value is used; caught by the statement that used it. */
export class Poisoned extends Error {
  constructor() {
    super("a poisoned value escaped error recovery");
  }
}

/** One instance: a use of poison is routine, not worth a stack trace each time. */
export const POISONED = new Poisoned();

/** Thrown when checking can go no further: the graph is full, so every later statement
 * would fail the same way, or MAX_FOUND errors have been found. */
export const STOP = new Error("checking stopped");

interface Entry {
  d: Diagnostic;
  /** The file's place among the programs (-1: no file, as for a --dim), then the offset. */
  rank: number;
  start: number;
}

/** The errors found so far, reported in source order once the checking is done. */
export class ErrorLog {
  private readonly entries: Entry[] = [];
  private readonly keys = new Set<string>();
  private readonly files: Map<string, number>;
  private stopped = false;
  /** Checking stops after this many: each error costs time in proportion to the names it
   * could have meant, so a file of thousands of broken lines would otherwise take minutes. */
  private readonly found: number;

  /** `files`: the programs' file names in load order (prelude, imports, main file); at most
   * `shown` errors are shown, the rest counted in a closing note (compiler/limits.ts). */
  constructor(files: readonly string[], private readonly shown: number) {
    this.files = new Map(files.map((f, i) => [f, i]));
    this.found = 5 * shown;
  }

  /**
   * Records `e`, which happened while checking `at` (a model statement or top-level item):
   * the errors are sorted by that place, so a mistake inside a layer is listed where the
   * model calls it. `notes` are appended to each diagnostic (the calls it happened in).
   */
  add(e: KilnError, at: Span | undefined, notes: Diagnostic["notes"] = []): void {
    this.record(e, at, notes);
    if (this.entries.length >= this.found) {
      this.stopped = true;
      throw STOP;
    }
  }

  private record(e: KilnError, at: Span | undefined, notes: Diagnostic["notes"] = []): void {
    for (const d of e.diagnostics) {
      // The same mistake is met again by the other mode's run, a second instance of a
      // layer, or a second call: once is enough.
      const key = `${d.span ? `${d.span.file}:${d.span.start}:${d.span.end}` : ""} ${d.message}`;
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      if (notes.length) d.notes = [...(d.notes ?? []), ...notes];
      const rank = at ? this.files.get(at.file) ?? -1 : -1;
      this.entries.push({ d, rank, start: at?.start ?? 0 });
    }
  }

  /** Runs `work`, which records errors here, and throws them all if it recorded any, stopped
   * early, or failed with a mistake of its own. */
  collect<T>(work: () => T): T {
    let out: T | undefined;
    try {
      out = work();
    } catch (e) {
      if (e instanceof KilnError) this.record(e, undefined);
      else if (e !== STOP) throw e;
    }
    if (this.entries.length) throw this.collected();
    return out as T;
  }

  /** The errors in source order, at most `shown` of them. */
  private collected(): KilnError {
    const sorted = [...this.entries].sort((a, b) => a.rank - b.rank || a.start - b.start)
      .map((x) => x.d);
    return capErrors(sorted, this.shown, this.stopped ? this.found : undefined);
  }
}

/** The first `shown` diagnostics and a note counting the rest; `stoppedAt`: checking stopped
 * after that many, so the count is a lower bound. */
export function capErrors(ds: readonly Diagnostic[], shown: number, stoppedAt?: number): KilnError {
  const more = ds.length - shown;
  if (more <= 0) return new KilnError([...ds]);
  const only = `only the first ${shown} are shown`;
  return new KilnError([...ds.slice(0, shown), { severity: "note", message: stoppedAt !== undefined
    ? `and at least ${more} more errors (${only}; checking stops after ${stoppedAt})`
    : `and ${more} more error${more === 1 ? "" : "s"} (${only})` }]);
}

/** Thrown where a loop whose body is traced once meets what a loop node cannot express (its
 * index used as a dim, a carry changing shape): the loop is unrolled instead, and `reason`
 * is what `kiln stats` says about it (compiler/front/elaborate/loops.ts). */
export class Unrollable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
