// The VS Code extension's TextMate grammar, run by VS Code's own tokenizer (vscode-textmate
// over the Oniguruma regex engine, as the editor runs it): the token scopes of every example
// and of the prelude are kept as goldens (UPDATE_GOLDENS=1 rewrites them), so a grammar change
// reads as a diff; and every built-in, layer, optimizer and initialiser is highlighted as one.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import oniguruma from "vscode-oniguruma";
import vsctm from "vscode-textmate";
import { beforeAll, describe, expect, it } from "vitest";
import { functions, initialisers, optimizers } from "../../compiler/query/catalog.ts";
import { prelude } from "../../compiler/front/prelude.ts";
import { expectGolden } from "../support/goldens.ts";

const GRAMMAR = "editors/vscode/syntaxes/kiln.tmLanguage.json";
let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === "source.kiln"
      ? vsctm.parseRawGrammar(readFileSync(GRAMMAR, "utf8"), GRAMMAR) : null),
  });
  grammar = (await registry.loadGrammar("source.kiln"))!;
});

/** Each line's tokens with their scopes (the root and the `.kiln` suffix left out). */
function tokenize(source: string): { text: string; scopes: string[] }[][] {
  let stack = vsctm.INITIAL;
  return source.split("\n").map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex),
      scopes: t.scopes.slice(1).map((s) => s.replace(/\.kiln$/, "")) }));
  });
}

/** The golden text: each source line, then its scoped tokens. */
function scopes(source: string): string {
  const lines = source.split("\n");
  return tokenize(source).map((tokens, i) => {
    const shown = tokens.filter((t) => t.scopes.length)
      .map((t) => `${JSON.stringify(t.text)} ${t.scopes.join(" ")}`);
    return `${lines[i]}\n${shown.map((s) => `  ${s}\n`).join("")}`;
  }).join("");
}

const files = [...readdirSync("examples").filter((f) => f.endsWith(".kiln"))
  .map((f) => `examples/${f}`), "dsl/prelude.kiln"];

describe("the TextMate grammar", () => {
  it.each(files)("scopes %s as its golden says", (file) => {
    const name = file.replace(/^.*\//, "").replace(".kiln", ".txt");
    expectGolden(`test/editors/goldens/${name}`, scopes(readFileSync(file, "utf8")));
  });

  /** The scopes of `word` where it stands in `line`. */
  const scopeOf = (line: string, word: string) => {
    const token = tokenize(line)[0].find((t) => t.text === word);
    return token?.scopes.at(-1);
  };

  it("highlights every built-in function, prelude layer, optimizer and initialiser", () => {
    for (const name of functions.keys()) {
      expect([name, scopeOf(`y = ${name}(x)`, name)]).toEqual([name, "support.function.builtin"]);
    }
    for (const item of prelude().program.items) {
      if (item.kind !== "layer") continue;
      expect([item.name, scopeOf(`fc = ${item.name}(4)`, item.name)])
        .toEqual([item.name, "support.class.layer"]);
    }
    for (const name of optimizers.keys()) {
      const line = `train s: minimize loss with ${name}(lr = 0.1)`;
      expect([name, scopeOf(line, name)]).toEqual([name, "support.function.optimizer"]);
    }
    for (const name of initialisers.keys()) {
      expect([name, scopeOf(`param W: [4] = ${name}`, name)])
        .toEqual([name, "support.function.initialiser"]);
    }
  });

  it("tells declarations, named arguments, members and operators apart", () => {
    const line = "  h = x @ fc1.W |> dropout(rate = 0.5) ** 2  # note";
    expect(tokenize(line)[0].filter((t) => t.scopes.length).map((t) => [t.text, t.scopes.at(-1)]))
      .toEqual([
        ["h", "variable.other.definition"], ["=", "keyword.operator.assignment"],
        ["x", "variable.other"], ["@", "keyword.operator.matmul"], ["fc1", "variable.other"],
        [".", "punctuation.accessor"], ["W", "variable.other.member"],
        ["|>", "keyword.operator.pipe"], ["dropout", "support.function.builtin"],
        ["(", "punctuation.section.parens.begin"], ["rate", "variable.parameter.named"],
        ["=", "keyword.operator.assignment"], ["0.5", "constant.numeric.float"],
        [")", "punctuation.section.parens.end"], ["**", "keyword.operator.arithmetic.power"],
        ["2", "constant.numeric.integer"], ["#", "punctuation.definition.comment"],
        [" note", "comment.line.number-sign"],
      ]);
    expect(scopeOf("layer Emb(vocab, dim)(ids: i32[...]) {", "dim"))
      .toBe("variable.parameter.hyper");
    expect(scopeOf("dim D = 4", "D")).toBe("variable.other.constant.dim");
    expect(scopeOf('c = Conv2D(4, padding = "sa\\q")', "\\q")).toBe("invalid.illegal.escape");
  });
});
