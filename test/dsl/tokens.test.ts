import { describe, expect, it } from "vitest";
import { lexer, readString, writeString } from "../../dsl/tokens.ts";

const kinds = (src: string): string[] => lexer.tokenize(src).tokens.map((t) => t.tokenType.name);
const images = (src: string): string[] => lexer.tokenize(src).tokens.map((t) => t.image);

describe("lexer", () => {
  it("tells keywords from names that start with them", () => {
    expect(kinds("input inputs format training in int f32 f32x")).toEqual(
      ["input", "Identifier", "Identifier", "Identifier", "in", "Identifier", "f32", "Identifier"]);
  });

  it("reads every keyword", () => {
    const words = "dim layer model import input param state update output for in train " +
      "minimize over with return true false f32 i32";
    expect(kinds(words)).toEqual(words.split(" "));
  });

  it("reads integers, decimals and exponents as one number", () => {
    expect(images("0 128 0.5 1e-3 2.5E+4 3e7")).toEqual(["0", "128", "0.5", "1e-3", "2.5E+4", "3e7"]);
    expect(kinds("1e-3")).toEqual(["NumberLit"]);
  });

  it("splits a range into number, '..', number", () => {
    expect(images("0..4")).toEqual(["0", "..", "4"]);
    expect(images("0.5..T")).toEqual(["0.5", "..", "T"]);
  });

  it("prefers the longest operator", () => {
    expect(images("a**b<=c>=d==e!=f|>g..h")).toEqual(
      ["a", "**", "b", "<=", "c", ">=", "d", "==", "e", "!=", "f", "|>", "g", "..", "h"]);
    expect(kinds("+ - * / @ < > = ? : , . ( ) [ ] { } ;")).toEqual(["Plus", "Minus", "Star",
      "Slash", "At", "Less", "Greater", "Equals", "Question", "Colon", "Comma", "Dot", "LParen",
      "RParen", "LBracket", "RBracket", "LBrace", "RBrace", "Semicolon"]);
  });

  it("skips comments and keeps newlines", () => {
    expect(kinds("a # a comment with \"quotes\" and { braces\nb")).toEqual(
      ["Identifier", "Newline", "Identifier"]);
    expect(kinds("a\r\nb\rc")).toEqual(["Identifier", "Newline", "Identifier", "Newline", "Identifier"]);
  });

  it("reads strings with escapes", () => {
    const [t] = lexer.tokenize(String.raw`"a \"b\" \\ c\n"`).tokens;
    expect(t.tokenType.name).toBe("StringLit");
    expect(readString(t.image).value).toBe('a "b" \\ c\n');
  });

  it("marks a string without its closing quote", () => {
    expect(kinds('"abc\nx')).toEqual(["UnterminatedString", "Newline", "Identifier"]);
  });

  it("reports characters outside the language", () => {
    const r = lexer.tokenize("a $ b");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ offset: 2, length: 1 });
  });

  it("writes strings back with the escapes readString undoes", () => {
    for (const s of ["", "plain", 'q"uote', "back\\slash", "new\nline", "tab\t", "cr\r"]) {
      expect(readString(writeString(s)).value).toBe(s);
    }
  });
});
