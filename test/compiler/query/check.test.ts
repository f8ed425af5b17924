// The language server's check (no emission) reports what `kiln compile` reports, for every
// kind of mistake docs/errors.md lists, and for the examples.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, formatDiagnostics, memoryHost } from "../../../compiler/index.ts";
import { check } from "../../../compiler/query/check.ts";
import { SECTIONS } from "../../diagnostics/cases.ts";

/** Found only by emission (the arena is sized as the module is written), and a file with no
 * model, which in an editor is a file to import. */
const DIFFERENT = new Set(["model-too-large", "no-model"]);

describe("the check without emission", () => {
  const cases = SECTIONS.flatMap(([, cs]) => cs).filter((c) => !DIFFERENT.has(c.id));
  it.each(cases.map((c) => [c.id, c] as const))("reports what compile does: %s", (_, c) => {
    const options = { file: c.file ?? "m.kiln", host: memoryHost(), ...c.options };
    const full = compile(c.source, { ...options, declarations: false });
    const quick = check(c.source, options);
    expect(formatDiagnostics(quick.diagnostics, quick.sources))
      .toBe(formatDiagnostics(full.diagnostics, full.sources));
    expect(quick.ir !== undefined).toBe(full.ok);
  });

  it("checks a file of layers and dims, such as the prelude, without a mistake", () => {
    const r = check(readFileSync("dsl/prelude.kiln", "utf8"), { file: "dsl/prelude.kiln" });
    expect(r.diagnostics).toEqual([]);
    expect(r.programs?.at(-1)?.items.length).toBeGreaterThan(5);
  });

  it.each(readdirSync("examples").filter((f) => f.endsWith(".kiln")))(
    "builds examples/%s with no diagnostic", (f) => {
      const r = check(readFileSync(`examples/${f}`, "utf8"), { file: `examples/${f}` });
      expect(r.diagnostics).toEqual([]);
      expect(r.ir?.decls.params.size).toBeGreaterThan(0);
    });
});
