// Goldens: each kind of mistake gives exactly the text in cases.ts, and docs/errors.md
// shows every one of them (with KILN_UPDATE_DOCS=1, this test rewrites that part of it).
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, formatDiagnostics } from "../../compiler/index.ts";
import { type Case, SECTIONS } from "./cases.ts";

const DOC = new URL("../../docs/errors.md", import.meta.url);
const BEGIN = "<!-- diagnostics: generated from test/diagnostics/cases.ts -->";
const END = "<!-- end of diagnostics -->";

function report(c: Case): { ok: boolean; text: string } {
  const r = compile(c.source, { file: c.file ?? "m.kiln", declarations: false,
    readFile: (path) => { throw new Error(`no file ${path} in this test`); }, ...c.options });
  return { ok: r.ok, text: `${formatDiagnostics(r.diagnostics, r.sources)}\n` };
}

/** The doc's section for every case: its source, and what kiln prints for it. */
function render(): string {
  const fence = (lang: string, text: string) => `\`\`\`${lang}\n${text.replace(/\n$/, "")}\n\`\`\``;
  return SECTIONS.map(([section, cases]) => `## ${section}\n\n` + cases.map((c) => {
    const flags = [...Object.entries(c.options?.dims ?? {}).map(([k, v]) => `--dim ${k}=${v}`),
      ...(c.options?.model ? [`--model ${c.options.model}`] : [])];
    const how = flags.length ? ` (with \`${flags.join(" ")}\`)` : "";
    // A line thousands of characters long (deep nesting) is shown cut.
    const source = c.source.replace(/^.{120,}$/gm, (l) =>
      `${l.slice(0, 40)} ... (${l.length} characters in all) ... ${l.slice(-20)}`);
    return `### ${c.title}\n<a id="${c.id}"></a>\n\n${fence("kiln", source)}\n\nprints${how}\n\n` +
      fence("text", c.expected);
  }).join("\n\n")).join("\n\n");
}

describe("diagnostics", () => {
  for (const [section, cases] of SECTIONS) {
    describe(section, () => {
      it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
        const r = report(c);
        expect(r.text).toBe(c.expected);
        // Only warnings let a model compile.
        expect(r.ok).toBe(!/^(\S*: )?error: /m.test(c.expected));
      });
    });
  }

  it("has one row per id", () => {
    const ids = SECTIONS.flatMap(([, cases]) => cases.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never shows a JavaScript stack trace or an internal error", () => {
    for (const [, cases] of SECTIONS) {
      for (const c of cases) expect(c.expected).not.toMatch(/\n\s+at |internal|undefined|NaN/);
    }
  });

  it("are all shown in docs/errors.md", () => {
    const doc = readFileSync(DOC, "utf8");
    const [before, rest] = doc.split(BEGIN);
    const after = rest?.split(END)[1];
    expect(after, `docs/errors.md needs the markers ${BEGIN} and ${END}`).toBeDefined();
    const fresh = `${before}${BEGIN}\n\n${render()}\n\n${END}${after}`;
    if (process.env.KILN_UPDATE_DOCS) writeFileSync(DOC, fresh);
    else expect(doc, "run KILN_UPDATE_DOCS=1 npx vitest run test/diagnostics").toBe(fresh);
  });
});
