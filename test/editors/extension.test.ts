// The VS Code extension as VS Code reads it: a manifest whose contributions point at files
// that exist, a language configuration that indents and comments as Kiln is written, and
// `npm run package:vscode` making a .vsix (offline) with the documented layout.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "editors/vscode";
const json = (file: string) => JSON.parse(readFileSync(join(DIR, file), "utf8"));
const manifest = json("package.json");

describe("the VS Code extension", () => {
  it("contributes the kiln language, its configuration and grammar, and starts on it", () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: "kiln", extensions: [".kiln"] });
    const [grammar] = manifest.contributes.grammars;
    expect(grammar.language).toBe("kiln");
    expect(json(grammar.path).scopeName).toBe(grammar.scopeName);
    expect(json(language.configuration).comments).toEqual({ lineComment: "#" });
    expect(manifest.activationEvents).toContain("onLanguage:kiln");
    expect(manifest.main).toBe("./dist/extension.js");
  });

  it("indents after a line opening a block and outdents at its '}'", () => {
    const { increaseIndentPattern, decreaseIndentPattern } =
      json("language-configuration.json").indentationRules;
    const opens = new RegExp(increaseIndentPattern);
    for (const line of ["model M {", "  for t in 0..T {  # steps", "layer L(a)(x: [N]) {"]) {
      expect([line, opens.test(line)]).toEqual([line, true]);
    }
    for (const line of ["  x = 1", "  y = f(x)  # {", '  s = "{"', "}"]) {
      expect([line, opens.test(line)]).toEqual([line, false]);
    }
    expect(new RegExp(decreaseIndentPattern).test("  }")).toBe(true);
  });

  it("packages as a .vsix holding the manifest, the bundled client and the grammar", () => {
    execFileSync("npm", ["run", "--silent", "package:vscode"], { stdio: "pipe" });
    const vsix = readFileSync(join(DIR, "dist/kiln-vscode.vsix"));
    // A zip names its entries uncompressed, in its directory.
    for (const entry of ["extension.vsixmanifest", "[Content_Types].xml",
      "extension/package.json", "extension/dist/extension.js",
      "extension/syntaxes/kiln.tmLanguage.json", "extension/language-configuration.json"]) {
      expect([entry, vsix.includes(entry)]).toEqual([entry, true]);
    }
    expect(vsix.includes("extension/src/")).toBe(false);
    // The client library is bundled in; only VS Code's own API is left to require.
    const bundle = readFileSync(join(DIR, "dist/extension.js"), "utf8");
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...required].filter((m) => !m.startsWith("node:") && !NODE_MODULES.has(m)))
      .toEqual(["vscode"]);
  });
});

const NODE_MODULES = new Set(["fs", "path", "os", "child_process", "crypto", "net", "util",
  "events", "stream", "url", "assert", "process", "tty", "buffer"]);
