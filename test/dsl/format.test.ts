// The formatter: comments kept where they belong, blank lines kept (at most one), long lines
// broken, files with syntax errors refused; and over the examples, the prelude, random trees
// laid out badly and random models: idempotent, every comment kept in order, same tree.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Program } from "../../dsl/ast.ts";
import { format, shape } from "../../dsl/format.ts";
import { parse } from "../../dsl/parse.ts";
import { printProgram } from "../../dsl/print.ts";
import { lexer } from "../../dsl/tokens.ts";
import * as T from "../../dsl/tokens.ts";
import { models, runs as modelRuns } from "../property/arbitrary.ts";
import { runs, shownProgram } from "./arbitrary.ts";

function formatted(src: string, width?: number): string {
  const r = format(src, { file: "f.kiln", width });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.text;
}

const lines = (...ls: string[]) => `${ls.join("\n")}\n`;
const comments = (src: string): string[] => lexer.tokenize(src).groups.comments.map((t) =>
  t.image.trimEnd());

/** What the formatter promises for any file it accepts. */
function expectFormatted(src: string): string {
  const out = formatted(src);
  expect(formatted(out)).toBe(out);
  expect(comments(out)).toEqual(comments(src));
  expect(shape(parse(out, "f.kiln").program)).toBe(shape(parse(src, "f.kiln").program));
  return out;
}

describe("kiln fmt", () => {
  it("lays statements out one per line with canonical spacing", () => {
    expect(formatted("dim B=64\nmodel M{input x:f32[B,3];h=relu( x@x )\noutput h}"))
      .toBe(lines("dim B = 64", "", "model M {", "  input x: f32[B, 3]", "  h = relu(x @ x)",
        "  output h", "}"));
  });

  it("keeps leading, trailing, opening and closing comments in their places", () => {
    const src = lines(
      "# file header",
      "",
      "dim B = 4   # batch",
      "model M {   # the model",
      "  # the input",
      "  input x: f32[B, 2]",
      "  output y = x # same",
      "  # nothing after this",
      "}  # end of M",
      "# end of file",
    );
    expect(expectFormatted(src)).toBe(lines(
      "# file header",
      "",
      "dim B = 4   # batch",
      "",
      "model M {   # the model",
      "  # the input",
      "  input x: f32[B, 2]",
      "  output y = x  # same",
      "  # nothing after this",
      "}  # end of M",
      "# end of file",
    ));
  });

  it("keeps a trailing comment's column, continued on the lines below it", () => {
    const src = lines(
      "dim Z = 2          # noise dims: few, so the",
      "                   # generator folds them",
      "dim LONGER_NAME=3 # moved right of the code",
    );
    expect(expectFormatted(src)).toBe(lines(
      "dim Z = 2          # noise dims: few, so the",
      "                   # generator folds them",
      "dim LONGER_NAME = 3  # moved right of the code",
    ));
  });

  it("keeps one blank line of several, and none at the start or end of a block", () => {
    const src = "model M {\n\n\n  a = 1\n\n\n\n  b = 2\n  c = 3\n\n}\n";
    expect(expectFormatted(src)).toBe(lines("model M {", "  a = 1", "", "  b = 2", "  c = 3",
      "}"));
  });

  it("moves comments from inside a statement it joins onto one line above the statement", () => {
    const src = lines(
      "model M {",
      "  logits = x     # first",
      "    |> fc1       # second",
      "    |> fc2       # third",
      "}",
    );
    expect(expectFormatted(src)).toBe(lines(
      "model M {",
      "  # first",
      "  # second",
      "  logits = x |> fc1 |> fc2  # third",
      "}",
    ));
  });

  it("splits statements joined by ';' onto lines of their own", () => {
    expect(formatted("model M { a = 1; b = 2 # c\n}"))
      .toBe(lines("model M {", "  a = 1", `  b = 2${" ".repeat(16)}# c`, "}"));
  });

  it("breaks a long line: pipe chains before '|>', operators after, arguments one a line", () => {
    const src = lines(
      "model M {",
      "  h = input_tensor |> first_layer |> second_layer |> dropout(0.5) |> third_layer",
      "  loss = cross_entropy(logits, labels) + 0.0001 * l2(fc1.W, fc2.W) + mse(a, b)",
      "  y = concat([first_tensor, second_tensor, third_tensor], axis = 1)",
      "}",
    );
    expect(formatted(src, 60)).toBe(lines(
      "model M {",
      "  h = input_tensor",
      "    |> first_layer",
      "    |> second_layer",
      "    |> dropout(0.5)",
      "    |> third_layer",
      "  loss = cross_entropy(logits, labels) +",
      "    0.0001 * l2(fc1.W, fc2.W) +",
      "    mse(a, b)",
      "  y = concat(",
      "    [first_tensor, second_tensor, third_tensor],",
      "    axis = 1",
      "  )",
      "}",
    ));
  });

  it("refuses a file with syntax errors, with the parser's diagnostics", () => {
    const r = format("model M {\n  x = (1 +\n}\n", { file: "bad.kiln" });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error",
      message: expect.stringMatching(/^expected/), span: { file: "bad.kiln", line: 3 } });
  });

  it("writes \\n line ends and two-space indents whatever the file used", () => {
    expect(formatted("dim B = 1  # b\r\nmodel M {\r\n\toutput y = B\r\n}\r\n"))
      .toBe(lines("dim B = 1  # b", "", "model M {", "  output y = B", "}"));
  });

  it("formats a file of comments only, and an empty file", () => {
    expect(formatted("  # one\n\n\n# two   \n")).toBe("# one\n\n# two\n");
    expect(formatted("\n\n")).toBe("");
  });
});

describe("kiln fmt on the repository's models", () => {
  const files = [...readdirSync("examples").filter((f) => f.endsWith(".kiln"))
    .map((f) => `examples/${f}`), "dsl/prelude.kiln"];
  it.each(files)("%s is formatted already", (file) => {
    const src = readFileSync(file, "utf8");
    expect(expectFormatted(src)).toBe(src);
  });
});

// Tokens after which a line may break without ending the statement (dsl/newlines.ts).
const continues = new Set<string>([...T.binaryOps, T.Equals, T.Comma, T.Question, T.Colon,
  T.DotDot, T.LParen, T.LBracket, T.LBrace].map((t) => t.name));

/**
 * `text` laid out badly from a list of choices: extra spaces, lines broken where they may
 * be, blank lines, and comments at the ends of lines and on lines of their own.
 */
function scramble(text: string, choices: number[]): string {
  let k = 0;
  const pick = (n: number) => choices[k++ % choices.length] % n;
  let n = 0;
  const note = (kind: string) => `# ${kind}${n++} a note`;
  const pad = () => " ".repeat(pick(5));
  const tokens = lexer.tokenize(text).tokens;
  let out = "";
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.tokenType === T.Newline) {
      if (pick(3) === 0) out += `${pad()} ${note("t")}`;
      out += "\n".repeat(1 + pick(3) * pick(2));
      if (pick(3) === 0) out += `${pad()}${note("o")}\n`;
      out += pad();
      return;
    }
    out += t.image;
    if (!next || next.tokenType === T.Newline) return;
    if (continues.has(t.tokenType.name) && pick(4) === 0) {
      out += ` ${pick(2) ? note("i") : ""}\n${pad()}`;
    } else {
      const gap = text.slice(t.endOffset! + 1, next.startOffset);
      out += gap && gap + pad();
    }
  });
  return out;
}

const withoutTrivia = (p: Program): Program =>
  JSON.parse(JSON.stringify(p, (k, v) => (k === "trivia" ? undefined : v)));

describe("kiln fmt over random files", () => {
  it("is idempotent, keeps every comment in order and the tree, on trees laid out badly", () => {
    const noise = fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 });
    fc.assert(fc.property(shownProgram, noise, (p, choices) => {
      const src = scramble(printProgram(p), choices);
      expect(shape(withoutTrivia(parse(src, "g.kiln").program))).toBe(shape(p));
      expectFormatted(src);
    }), { seed: 42, numRuns: runs });
  });

  it("is idempotent and keeps the tree of generated models", () => {
    fc.assert(fc.property(models(), (g) => {
      expectFormatted(g.source);
    }), { seed: 42, numRuns: modelRuns(100, 2000) });
  });
});
