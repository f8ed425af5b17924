// fast-check arbitraries of generated models, and the run counts of the property tests.
import fc from "fast-check";
import { type GenOptions, type Generated, generate } from "./generate.ts";

export const DEEP = Number(process.env.KILN_DEEP ?? 0) > 0;

/** Runs per property: `fast` in npm test, `deep` under npm run test:deep. */
export const runs = (fast: number, deep: number) => (DEEP ? deep : fast);

/** Per-test timeout to go with `runs`. */
export const timeout = (fast: number) => (DEEP ? 3_600_000 : fast);

/** A generated model that prints as its .kiln source, so fast-check's counterexample (after
 * shrinking the choices behind it) is the smallest failing model file. */
export function models(options: GenOptions = {}): fc.Arbitrary<Generated> {
  // size "max": lengths spread over the whole range (fast-check favours short arrays
  // otherwise, and a short choice list makes a model of little more than leaves).
  return fc.array(fc.nat(0xffff), { maxLength: 300, size: "max" }).map((choices) => {
    const g = generate(choices, options);
    return Object.assign(g, { [fc.toStringMethod]: () => `\n${g.source}` });
  });
}

/** Counts of what the runs covered, printed after the tests so a report can quote them. */
export class Coverage {
  private readonly seen = new Set<string>();
  readonly counts = new Map<string, number>();
  /** Counts a program's items once, however often shrinking runs it again. */
  add(source: string, items: Iterable<string>): void {
    if (this.seen.has(source)) return;
    this.seen.add(source);
    for (const k of items) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  get programs(): number {
    return this.seen.size;
  }
  summary(what: string): string {
    const list = [...this.counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    return `${what}: ${this.programs} programs; ${this.counts.size} kinds: ${list.join(", ")}`;
  }
}
