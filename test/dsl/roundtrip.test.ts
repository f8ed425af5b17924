// parse(print(ast)) = ast over random trees (at any line width), and parse never throws on
// random token soup.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Program } from "../../dsl/ast.ts";
import { formatDiagnostics } from "../../dsl/diagnostics.ts";
import { parse } from "../../dsl/parse.ts";
import { shape } from "../../dsl/format.ts";
import { printExpr, printProgram, stripSpans } from "../../dsl/print.ts";
import { runs, shownExpr, shownProgram } from "./arbitrary.ts";

function reparse(text: string): Program {
  const r = parse(text, "g.kiln");
  if (r.diagnostics.length) {
    throw new Error(`${formatDiagnostics(r.diagnostics, { "g.kiln": text })}\n--- in:\n${text}`);
  }
  return r.program;
}

describe("printer round trip", () => {
  it("parse(printExpr(e)) gives e back", () => {
    fc.assert(fc.property(shownExpr, (e) => {
      const p = reparse(`dim D = ${printExpr(e)}`).items[0];
      expect(p.kind === "dim" && stripSpans(p.value)).toEqual(stripSpans(e));
    }), { seed: 42, numRuns: runs });
  });

  it("parse(printProgram(p)) gives p back, for models and layers", () => {
    fc.assert(fc.property(shownProgram, (p) => {
      expect(shape(reparse(printProgram(p)))).toBe(shape(p));
    }), { seed: 42, numRuns: runs });
  });

  // At 100 columns few random trees need a line broken; at 16 nearly every one does.
  it("parse(printProgram(p)) gives p back with lines broken to fit a narrow width", () => {
    fc.assert(fc.property(shownProgram, (p) => {
      const text = printProgram(p, { width: 16 });
      expect(shape(reparse(text))).toBe(shape(p));
    }), { seed: 42, numRuns: runs });
  });
});

// Pieces of the language, good and bad, that random soup is made of.
const pieces = ["dim", "layer", "model", "import", "input", "param", "state", "update",
  "output", "for", "in", "train", "minimize", "over", "with", "return", "true", "false", "f32",
  "i32", "x", "training", "B", "1", "0.5", "1e-3", '"s"', '"open', "+", "-", "*", "/", "**",
  "@", "<", "<=", "==", "!=", "=", "|>", "?", ":", "..", ",", ".", "(", ")", "[", "]", "{",
  "}", ";", "\n", "# note\n", "$", "\\"];
const soup = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "", "\n")),
  { maxLength: 60 }).map((parts) => parts.map(([p, s]) => p + s).join(""));

describe("robustness", () => {
  it("never throws on random token soup, and places every diagnostic in the file", () => {
    fc.assert(fc.property(soup, (src) => {
      const started = performance.now();
      const r = parse(src, "s.kiln");
      expect(performance.now() - started).toBeLessThan(500);
      for (const d of r.diagnostics) {
        expect(d.span!.start).toBeGreaterThanOrEqual(0);
        expect(d.span!.end).toBeLessThanOrEqual(src.length);
        expect(d.message).not.toMatch(/-->|Expecting|token of type|EOF/);
      }
      expect(() => formatDiagnostics(r.diagnostics, { "s.kiln": src })).not.toThrow();
    }), { seed: 42, numRuns: 500 });
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (src) => {
      expect(parse(src, "s.kiln").program.file).toBe("s.kiln");
    }), { seed: 42, numRuns: 300 });
  });

  it("never throws on printed programs with a piece cut out or pasted in", () => {
    const edit = fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom("", ...pieces));
    fc.assert(fc.property(shownProgram, edit, (p, [at, cut, paste]) => {
      const text = printProgram(p);
      const i = text.length ? at % text.length : 0;
      const src = text.slice(0, i) + paste + text.slice(i + cut);
      const r = parse(src, "s.kiln");
      for (const d of r.diagnostics) {
        expect(d.span!.end).toBeLessThanOrEqual(src.length);
        expect(d.message).toMatch(/^(expected|unexpected|unterminated|unknown|a number needs)/);
      }
    }), { seed: 42, numRuns: runs });
  });
});
