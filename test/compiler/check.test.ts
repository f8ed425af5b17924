// compile(..., { emit: false }), the check an editor runs as the user types: the same
// diagnostics as a full compile for every kind of mistake docs/errors.md lists (the memory
// limit included, found before emission where the persistent tensors pass it), and for the
// examples; nothing emitted.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, formatDiagnostics, memoryHost } from "../../compiler/index.ts";
import { SECTIONS } from "../diagnostics/cases.ts";

describe("compile without emission", () => {
  const cases = SECTIONS.flatMap(([, cs]) => cs);
  it.each(cases.map((c) => [c.id, c] as const))("reports what compile does: %s", (_, c) => {
    const options = { file: c.file ?? "m.kiln", host: memoryHost(), ...c.options };
    const full = compile(c.source, { ...options, declarations: false });
    const quick = compile(c.source, { ...options, emit: false });
    expect(formatDiagnostics(quick.diagnostics, quick.sources))
      .toBe(formatDiagnostics(full.diagnostics, full.sources));
    expect(quick.ok).toBe(full.ok);
    expect(quick.js).toBe("");
  });

  it.each(readdirSync("examples").filter((f) => f.endsWith(".kiln")))(
    "checks examples/%s with no diagnostic and emits nothing", (f) => {
      const r = compile(readFileSync(`examples/${f}`, "utf8"), { file: `examples/${f}`,
        emit: false });
      expect(r.diagnostics).toEqual([]);
      expect(r.ok).toBe(true);
      expect([r.js, r.dts, r.ir, r.stats]).toEqual(["", "", undefined, undefined]);
    });

});
