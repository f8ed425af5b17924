import { describe, expect, it } from "vitest";
import { dropInsignificantNewlines } from "../../dsl/newlines.ts";
import { lexer } from "../../dsl/tokens.ts";

/** The token images after the pass, newlines shown as `;;`. */
function layout(src: string): string {
  const tokens = dropInsignificantNewlines(lexer.tokenize(src).tokens);
  return tokens.map((t) => (t.tokenType.name === "Newline" ? ";;" : t.image)).join(" ");
}

describe("newline rules", () => {
  it("keeps newlines between statements and collapses blank and comment lines", () => {
    expect(layout("a = 1\n\n# note\n\nb = 2\n")).toBe("a = 1 ;; b = 2");
  });

  it("drops newlines at the start and end of the file", () => {
    expect(layout("\n\n# header\na\n\n")).toBe("a");
  });

  it("drops newlines after an operator, '=', ',', '?', ':' and '..'", () => {
    expect(layout("x = a +\n b")).toBe("x = a + b");
    expect(layout("x =\n a")).toBe("x = a");
    expect(layout("train s:\n minimize l over a,\n b with o")).toBe(
      "train s : minimize l over a , b with o");
    expect(layout("x = t ?\n a :\n b")).toBe("x = t ? a : b");
    expect(layout("for t in 0..\n4 {")).toBe("for t in 0 .. 4 {");
  });

  it("drops newlines before a line starting with '|>', '?' or ':'", () => {
    expect(layout("y = x\n  |> f(1)\n  |> g\nz = 1")).toBe("y = x |> f ( 1 ) |> g ;; z = 1");
    expect(layout("y = t\n ? a\n : b")).toBe("y = t ? a : b");
  });

  it("drops newlines inside brackets around items", () => {
    expect(layout("y = f(\n  a,\n  b = 2\n)")).toBe("y = f ( a , b = 2 )");
    expect(layout("y = [\n 1\n , 2\n + 3\n]")).toBe("y = [ 1 , 2 + 3 ]");
  });

  it("keeps a newline inside brackets where no item continues, so the error stays local", () => {
    expect(layout("y = f(a\nz = 2")).toBe("y = f ( a ;; z = 2");
  });

  it("drops newlines just inside braces but keeps them between statements", () => {
    expect(layout("model M {\n\n  a = 1\n  b = 2\n\n}\nmodel N {\n}")).toBe(
      "model M { a = 1 ;; b = 2 } ;; model N { }");
  });

  it("treats ';' as a separator and collapses it with newlines", () => {
    expect(layout("a = 1; b = 2;\n\nc = 3;")).toBe("a = 1 ; b = 2 ; c = 3");
    expect(layout("{ ; a = 1 ; }")).toBe("{ a = 1 }");
  });

  it("restores statement newlines after an unclosed '(' once its block closes", () => {
    expect(layout("model M { a = f(\n}\nmodel N {}")).toBe("model M { a = f ( } ;; model N { }");
  });
});
