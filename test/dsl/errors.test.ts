import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../dsl/diagnostics.ts";
import { parse } from "../../dsl/parse.ts";

/** The diagnostics of `src` as the CLI prints them. */
function report(src: string): string {
  const r = parse(src, "m.kiln");
  return formatDiagnostics(r.diagnostics, { "m.kiln": src });
}
const messages = (src: string): string[] => parse(src, "m.kiln").diagnostics.map((d) => d.message);
const places = (src: string): string[] =>
  parse(src, "m.kiln").diagnostics.map((d) => `${d.span?.line}:${d.span?.col}`);

describe("recovery", () => {
  it("reports three errors in three statements, each at its place", () => {
    const src = [
      "model M {",
      "  input x f32[B, 784]",
      "  h = fc1(x",
      "  y = h * * 2",
      "  output probs = softmax(y)",
      "}",
    ].join("\n");
    expect(places(src)).toEqual(["2:11", "3:12", "4:11"]);
    expect(messages(src)).toEqual([
      "expected ':' but found 'f32'",
      "expected ')' but found end of line",
      "expected an expression but found '*'",
    ]);
  });

  it("keeps going across top-level items and still builds the rest of the tree", () => {
    const src = "dim B = = 3\nlayer L(a)(x) { return x }\nmodel M {\n  y = 1 2\n  z = 3\n}\n";
    const r = parse(src, "m.kiln");
    expect(r.diagnostics.map((d) => `${d.span?.line}:${d.span?.col} ${d.message}`)).toEqual([
      "1:9 expected an expression but found '='",
      "2:13 expected ':' but found ')'",
      "4:9 expected end of line but found a number",
    ]);
    const model = r.program.items.find((i) => i.kind === "model");
    expect(model?.kind === "model" && model.body.map((s) => s.kind)).toEqual(["assign", "assign"]);
  });

  it("fills a missing expression with the placeholder name '', spanning nothing", () => {
    const r = parse("model M {\n  x = )\n  y = f(1,)\n}", "m.kiln");
    expect(r.diagnostics).toHaveLength(2);
    const m = r.program.items[0];
    if (m.kind !== "model") throw new Error("no model");
    expect(m.body.map((s) => s.kind === "assign" && s.targets[0].name)).toEqual(["x", "y"]);
    expect(m.body[0].kind === "assign" && m.body[0].value).toMatchObject(
      { kind: "name", name: "", span: { line: 2, endLine: 2 } });
    const hole = (m.body[0] as { value: { span: { start: number; end: number } } }).value.span;
    expect(hole.end).toBe(hole.start);
  });

  it("reports one error per broken statement, not the cascade after it", () => {
    expect(messages("model M {\n  input x [B]\n}")).toEqual(["expected ':' but found '['"]);
  });

  it("reports an error in a statement that follows a broken one on the next line", () => {
    expect(places("model M {\n  y = x + z = [1]\n  output = 3\n}")).toEqual(["2:13", "3:10"]);
  });

  it("treats ';' as the end of a statement, even inside parentheses", () => {
    expect(messages("model M { x = f(a; b) }")).toEqual(
      ["expected ')' but found ';'", "expected '=' but found ')'"]);
  });

  it("reports a positional argument after a named one", () => {
    expect(messages("model M { y = f(a = 1, 2) }")).toEqual([
      "expected a named argument (positional arguments come first) but found a positional " +
      "one after 'a ='",
    ]);
  });

  it("never yields two diagnostics for one place", () => {
    const r = parse("model M { x = ((((( }\nmodel N { y = ]]] }", "m.kiln");
    const starts = r.diagnostics.map((d) => d.span?.start);
    expect(new Set(starts).size).toBe(starts.length);
  });
});

describe("messages", () => {
  it.each([
    ["model M { x = 1 y = 2 }", "expected end of line but found a name"],
    ["model M { x = }", "expected an expression but found '}'"],
    ["model M { x = f(1 }", "expected ')' but found '}'"],
    ["model M { x = y[] }", "expected an index but found ']'"],
    ["model M { x = () }", "expected an expression but found ')'"],
    ["model M { x = a.1 }", "expected a name but found a number"],
    ["model M { = }", "expected a statement or '}' but found '='"],
    ["model M { input x: [B] }", "expected 'f32' or 'i32' but found '['"],
    ["model M { for t in 0 4 { } }", "expected '..' but found a number"],
    ["model M { train s minimize l with sgd(1) }", "expected ':' but found 'minimize'"],
    ["model M { train s: minimize l over with sgd(1) }", "expected a name but found 'with'"],
    ["model M { (a, 1) = f(x) }", "expected a name but found a number"],
    ["model M { x = 1 } }", "expected end of line but found '}'"],
    ["}", "expected 'dim', 'layer', 'model' or 'import' but found '}'"],
    ["x = 1", "expected 'dim', 'layer', 'model' or 'import' but found a name"],
    ["import model", "expected a string but found 'model'"],
    ["dim = 3", "expected a name but found '='"],
  ])("%s: %s", (src, message) => {
    expect(messages(src)).toEqual([message]);
  });
});

describe("formatted diagnostics", () => {
  it("points past the last token when the file ends inside a block", () => {
    expect(report("model M { x = 1")).toBe([
      "m.kiln:1:16: error: expected '}' but found end of file",
      "  model M { x = 1",
      "                 ^",
    ].join("\n"));
  });

  it("says end of file for a file that stops in the middle of a call", () => {
    expect(report("model M {\n  x = f(1,\n")).toBe([
      "m.kiln:2:11: error: expected an expression but found end of file",
      "    x = f(1,",
      "            ^",
    ].join("\n"));
  });

  it("points at the end of the line for a missing ')'", () => {
    expect(report("model M {\n  x = (a + b\n  y = 2\n}\n")).toBe([
      "m.kiln:2:13: error: expected ')' but found end of line",
      "    x = (a + b",
      "              ^",
    ].join("\n"));
  });

  it("underlines the whole unexpected token", () => {
    expect(report("model M {\n  input x f32[B]\n}")).toBe([
      "m.kiln:2:11: error: expected ':' but found 'f32'",
      "    input x f32[B]",
      "            ^^^",
    ].join("\n"));
  });

  it("shows a long line around the place, cut on both sides", () => {
    const src = `model M {\n  x = ${"1 + ".repeat(500)}\u00a7 + 1\n}`;
    const [head, shown, caret] = report(src).split("\n");
    expect(head).toBe("m.kiln:2:2007: error: unexpected character '§'");
    // 60 characters before the place, and the rest of the line (shorter than 60).
    const line = src.split("\n")[1];
    expect(shown).toBe(`  …${line.slice(line.indexOf("§") - 60)}`);
    expect(caret.indexOf("^")).toBe(shown.indexOf("§"));
    expect(shown.length).toBeLessThan(140);
    const middle = report(src.replace("§ + 1", `§${" + 1".repeat(100)}`)).split("\n")[1];
    expect(middle).toMatch(/^ {2}….{60}§.{60}…$/u);
  });

  it("reports several errors in source order", () => {
    expect(report("model M {\n  x = 1 y = 2\n  z = a +* b\n}")).toBe([
      "m.kiln:2:9: error: expected end of line but found a name",
      "    x = 1 y = 2",
      "          ^",
      "m.kiln:3:10: error: expected an expression but found '*'",
      "    z = a +* b",
      "           ^",
    ].join("\n"));
  });
});

describe("lexical errors", () => {
  it("reports a character outside the language at its place and parses on", () => {
    expect(report("model M {\n  x = a $ b\n  y = = 1\n}")).toBe([
      "m.kiln:2:9: error: unexpected character '$'",
      "    x = a $ b",
      "          ^",
      "m.kiln:2:11: error: expected end of line but found a name",
      "    x = a $ b",
      "            ^",
      "m.kiln:3:7: error: expected an expression but found '='",
      "    y = = 1",
      "        ^",
    ].join("\n"));
  });

  it("groups a run of bad characters and shows control characters escaped", () => {
    expect(messages("model M { x = 1 }\n$$$")).toEqual(["unexpected characters '$$$'"]);
    expect(messages("dim B = 1\u0001")).toEqual(["unexpected character '\\u0001'"]);
    expect(messages("dim B = 1 \\")).toEqual(["unexpected character '\\'"]);
  });

  it("reports an unterminated string once and keeps its statement", () => {
    const src = 'model M {\n  y = conv2d(x, w, padding = "same)\n  z = 1\n}';
    expect(report(src)).toBe([
      "m.kiln:2:30: error: unterminated string: expected '\"' before the end of the line",
      '    y = conv2d(x, w, padding = "same)',
      "                               ^^^^^^",
      "m.kiln:2:36: error: expected ')' but found end of line",
      '    y = conv2d(x, w, padding = "same)',
      "                                     ^",
    ].join("\n"));
  });

  it("reports an unknown escape in a string", () => {
    expect(report('import "a\\qb.kiln"')).toBe([
      "m.kiln:1:10: error: unknown escape '\\q' in a string (known: \\\" \\\\ \\n \\r \\t)",
      '  import "a\\qb.kiln"',
      "           ^^",
    ].join("\n"));
  });
});

describe("robustness", () => {
  it("parses 60 levels of parentheses", () => {
    expect(messages(`dim D = ${"(".repeat(60)}1${")".repeat(60)}`)).toEqual([]);
  });

  it("reports nesting deep enough to exhaust the stack instead of throwing", () => {
    expect(messages(`dim D = ${"(".repeat(20000)}1`)).toEqual(
      ["the file is nested too deeply to parse"]);
  });

  it("handles empty input, whitespace and lone separators", () => {
    for (const src of ["", " ", "\n\n", ";", ";;\n;", "\t# c"]) {
      expect(parse(src, "m.kiln")).toMatchObject({ diagnostics: [], program: { items: [] } });
    }
  });
});
