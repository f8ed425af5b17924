// The query API answers anywhere in a file being typed: for examples cut short or with a
// stretch deleted or repeated (as editing leaves them), analyzing never throws, never reports
// a bug in Kiln, and every question at every place gets an answer or none, never an
// exception. The trace of a tree recovery guessed at is where this could break.
// A fixed seed and a small budget in `npm test`; more cases with `npm run test:deep`.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { analyze } from "../../../compiler/query/index.ts";

const DEEP = Number(process.env.KILN_DEEP) > 0;
const EXAMPLES = readdirSync("examples").filter((f) => f.endsWith(".kiln"))
  .map((f) => readFileSync(`examples/${f}`, "utf8"));

/** An example with one edit: cut at an offset, a stretch deleted, or a stretch repeated. */
const edited = fc.tuple(fc.constantFrom(...EXAMPLES), fc.nat(), fc.nat({ max: 40 }),
  fc.constantFrom("cut", "delete", "repeat")).map(([src, at, n, how]) => {
  const i = at % (src.length + 1);
  if (how === "cut") return src.slice(0, i);
  if (how === "delete") return src.slice(0, i) + src.slice(i + n);
  return src.slice(0, i + n) + src.slice(i, i + n) + src.slice(i + n);
});

describe("the query API on files being edited", () => {
  it("answers every question at every place without throwing", () => {
    fc.assert(fc.property(edited, (src) => {
      const q = analyze(src, { file: "edited.kiln" });
      const bug = q.diagnostics.find((d) => /internal compiler error/.test(d.message));
      if (bug) throw new Error(`${bug.message}\n--- the file:\n${src}`);
      for (let at = 0; at <= src.length; at += 3) {
        q.typeAt(at);
        q.definitionAt(at);
        q.calleeAt(at);
        if (at % 12 === 0) q.completionsAt(at);
      }
      q.symbols();
    }), { seed: 13, numRuns: DEEP ? 1000 : 40 });
  }, DEEP ? 3_600_000 : 120_000);
});
