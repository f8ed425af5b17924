// The query API on the examples and on models with mistakes, as goldens: for every name in
// the file, what hovering shows and where its definition is, so a change to either reads as
// a diff. A model with a syntax or shape error still answers for the rest of the file (from
// the syntax tree; shapes only where the model builds).
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, it } from "vitest";
import { analyze } from "../../../compiler/query/index.ts";
import { lexer } from "../../../dsl/tokens.ts";
import * as T from "../../../dsl/tokens.ts";
import { expectGolden } from "../../support/goldens.ts";

const GOLDENS = "test/compiler/query/goldens";

/** One line per name: `line:col name | hover | -> definition`. */
function answers(file: string, source: string): string {
  const q = analyze(source, { file });
  const out = q.diagnostics.map((d) =>
    `# ${d.severity} ${d.span ? `${d.span.line}:${d.span.col}` : ""} ${d.message}`);
  for (const t of lexer.tokenize(source).tokens) {
    if (t.tokenType !== T.Identifier) continue;
    const h = q.typeAt(t.startOffset);
    const d = q.definitionAt(t.startOffset);
    const where = d ? ` -> ${d.file === file ? "" : `${basename(d.file)}:`}${d.line}:${d.col}` : "";
    out.push(`${t.startLine}:${t.startColumn} ${t.image} | ${h ? h.code.split("\n").join("; ")
      : "-"}${where}`);
  }
  return `${out.join("\n")}\n`;
}

const examples = readdirSync("examples").filter((f) => f.endsWith(".kiln"));
const mlp = readFileSync("examples/mnist_mlp.kiln", "utf8");
const broken: [string, string][] = [
  // A half-typed line: the rest of the file still answers, from the tree.
  ["mlp_syntax_error", mlp.replace("  fc2 = Dense(10)", "  fc2 = Dense(10\n  h = fc1.")],
  // A shape mistake: no model is built, so only declared shapes are known.
  ["mlp_shape_error", mlp.replace("f32[B, 784]", "f32[B, 28, 28]")],
];

describe("query goldens", () => {
  it.each(examples)("examples/%s", (f) => {
    const file = `examples/${f}`;
    const golden = `${GOLDENS}/${f.replace(".kiln", ".txt")}`;
    expectGolden(golden, answers(file, readFileSync(file, "utf8")));
  });

  it.each(broken)("%s", (name, source) => {
    expectGolden(`${GOLDENS}/${name}.txt`, answers(`${name}.kiln`, source));
  });
});
