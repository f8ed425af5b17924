// The query API on the examples and on models with mistakes, as goldens: for every name in
// the file, what hovering shows and where its definition is, and for every operator and call
// the type of its expression and the signature inside its parentheses, so a change to any
// reads as a diff. A model with a syntax or shape error still answers for the rest of the
// file, shapes included.
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, it } from "vitest";
import { analyze } from "../../../compiler/query/index.ts";
import { lexer } from "../../../dsl/tokens.ts";
import * as T from "../../../dsl/tokens.ts";
import { expectGolden } from "../../support/goldens.ts";

const GOLDENS = "test/compiler/query/goldens";

/** One line per name: `line:col name | hover | -> definition`; one per operator and call:
 * `line:col @ | hover` (the expression's type), and inside a call's parentheses, `line:col (
 * | signature, active parameter`. */
function answers(file: string, source: string): string {
  const q = analyze(source, { file });
  const out = q.diagnostics.map((d) =>
    `# ${d.severity} ${d.span ? `${d.span.line}:${d.span.col}` : ""} ${d.message}`);
  const flat = (code: string | undefined) => (code ? code.split("\n").join("; ") : "-");
  for (const t of lexer.tokenize(source).tokens) {
    const at = `${t.startLine}:${t.startColumn} ${t.image}`;
    if (t.tokenType === T.Identifier) {
      const d = q.definitionAt(t.startOffset);
      const where = d ? ` -> ${d.file === file ? "" : `${basename(d.file)}:`}${d.line}:${d.col}`
        : "";
      out.push(`${at} | ${flat(q.typeAt(t.startOffset)?.code)}${where}`);
    } else if (T.binaryOps.includes(t.tokenType)) {
      out.push(`${at} | ${flat(q.typeAt(t.startOffset)?.code)}`);
    } else if (t.tokenType === T.LParen) {
      const c = q.calleeAt(t.startOffset + 1);
      const sig = c ? `${c.signature.name}(${c.signature.params.map((p, i) =>
        (i === c.active ? `[${p.name}]` : p.name)).join(", ")})` : "-";
      out.push(`${at} | ${flat(q.typeAt(t.startOffset)?.code)} | ${sig}`);
    }
  }
  return `${out.join("\n")}\n`;
}

const examples = readdirSync("examples").filter((f) => f.endsWith(".kiln"));
const mlp = readFileSync("examples/mnist_mlp.kiln", "utf8");
const broken: [string, string][] = [
  // A half-typed line: the rest of the file still answers, from the tree.
  ["mlp_syntax_error", mlp.replace("  fc2 = Dense(10)", "  fc2 = Dense(10\n  h = fc1.")],
  // A shape mistake: the statements before it and those not depending on it still answer.
  ["mlp_shape_error", mlp.replace("f32[B, 784]", "f32[B, 28, 28]")],
  // A call being typed in the middle of a file, and a name misspelt below it.
  ["mlp_typing", mlp.replace("  output probs = softmax(logits)",
    "  h = dropout(logits, \n  output probs = softmax(logit)")],
  // A recurrent cell written in the file, run by a loop; a shape mistake on the last line.
  ["rnn_loop", `dim B = 4
dim T = 3

# One step of a plain recurrent cell.
layer Cell(units)(x: [N, D], h: [N, units]) {
  param Wx: [D, units] = glorot_uniform
  param Wh: [units, units] = orthogonal
  return tanh(x @ Wx + h @ Wh)
}

model Rnn {
  input xs: f32[B, T, 8]
  cell = Cell(16)
  h = zeros([B, 16])
  hs = []
  for t in 0..T {
    h = cell(xs[:, t], h)
    hs = hs + [h]
  }
  output last = h
  output all = stack(hs, axis = 1)
  bad = all @ h
}
`],
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
