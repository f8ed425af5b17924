// Goldens: each kind of mistake gives exactly the text in cases.ts, and docs/errors.md
// shows every one of them (with KILN_UPDATE_DOCS=1, this test rewrites that part of it).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, exportPyTorch, formatDiagnostics, memoryHost } from "../../compiler/index.ts";
import { type Case, SECTIONS } from "./cases.ts";

const DOC = new URL("../../docs/errors.md", import.meta.url);
const BEGIN = "<!-- diagnostics: generated from test/diagnostics/cases.ts -->";
const END = "<!-- end of diagnostics -->";

function report(c: Case): { ok: boolean; text: string } {
  const options = { file: c.file ?? "m.kiln", declarations: false, host: memoryHost(), ...c.options };
  const r = c.pytorch ? exportPyTorch(c.source, options) : compile(c.source, options);
  return { ok: r.ok, text: `${formatDiagnostics(r.diagnostics, r.sources)}\n` };
}

/** The doc's section for every case: its source, and what kiln prints for it. */
function render(): string {
  const fence = (lang: string, text: string) => `\`\`\`${lang}\n${text.replace(/\n$/, "")}\n\`\`\``;
  return SECTIONS.map(([section, cases]) => `## ${section}\n\n` + cases.map((c) => {
    const flags = [...Object.entries(c.options?.dims ?? {}).map(([k, v]) => `--dim ${k}=${v}`),
      ...(c.options?.model ? [`--model ${c.options.model}`] : []),
      ...Object.entries(c.options?.limits ?? {}).map(([k, v]) => `--limit ${k}=${v}`)];
    const how = c.pytorch ? ` by \`kiln export --pytorch\`${flags.length ? ` ${flags.join(" ")}` : ""}`
      : flags.length ? ` (with \`${flags.join(" ")}\`)` : "";
    // A line thousands of characters long (deep nesting) is shown cut.
    const source = c.source.replace(/^.{120,}$/gm, (l) =>
      `${l.slice(0, 40)} ... (${l.length} characters in all) ... ${l.slice(-20)}`);
    return `### ${c.title}\n<a id="${c.id}"></a>\n\n${fence("kiln", source)}\n\nprints${how}\n\n` +
      fence("text", c.expected);
  }).join("\n\n")).join("\n\n");
}

/** Where the compiler's diagnostics are written: the front end, the IR and its op table, the
 * driver, and the parser (every .ts file under these folders, found, not listed). */
const SOURCE_DIRS = ["compiler/front", "compiler/ir", "compiler/ops", "compiler/tools/pytorch", "dsl"];
const tsFiles = (dir: string): string[] =>
  readdirSync(new URL(`../../${dir}/`, import.meta.url), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : []);
const SOURCES = ["compiler/model.ts", "compiler/updates.ts", "compiler/limits.ts", "compiler/index.ts",
  ...SOURCE_DIRS.flatMap(tsFiles)];

/** Messages no model file can reach, because another check catches the mistake first (or,
 * for a stack overflow, because it depends on the stack's size: see test/safety). */
const UNREACHABLE = [
  "positional arguments must come before named ones", // the parser's own message comes first
  "an input needs a dtype", // the parser requires one
  "an 'over' selection must be", // the parser takes only names there
  "the model is nested too deeply to compile",
  // Built only by gradients and passes, or after the builtin checked its arguments:
  "conv2d takes x, w and a bias", "conv2d needs a bias [", "conv2d_input_grad needs a gradient [",
  "conv2d_weight_grad needs a gradient [", "avg_pool2d_grad of ", "max_pool2d_grad of ",
  // The patches ops, built by compiler/passes/keepPatches.ts from checked convolutions:
  " needs patches [N, C*KH*KW, Ho*Wo] of floats but got ", " needs patches [",
  "conv2d_patches takes patches, w and a bias", "conv2d_patches needs a bias [",
  "conv2d_weight_grad_patches needs a gradient [",
  " needs strides >= 1 and paddings >= 0 but got stride ",
  " needs window sizes and strides >= 1 but got size [", "cannot pad ",
  "concat needs at least one tensor", " of a tensor of rank ", "arange makes no values (",
  "reverse_sequence takes x and lengths",
  ", whose dims must be positive integers", // a safety net behind every shape rule
  // A loop node's shape rule: loops are built by the elaborator and the gradients.
  "a loop needs 1 or more steps, not ", " inputs but its body takes ", ") has no position ",
  " has no update", " but its update is ", " gives the body ", "a loop output names nothing",
  "a stacked loop output has no position ", " reads no output of a loop",
  "internal error in the ", // kiln fmt's check of its own output (test/dsl/format.test.ts)
  // Every built-in has its row (test/tools/pytorch/table.test.ts checks this message).
  "exactly: the PyTorch export has no translation of this built-in yet",
];

/** The longest piece of literal text of each message written in `file` (the text between a
 * template's `${...}` parts), found after `error(`, `ShapeError(` or `message: `. */
function messageTexts(file: string): string[] {
  const src = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
  const texts: string[] = [];
  // Reads a string or template starting at i; returns its literal pieces and where it ends.
  const read = (i: number): [string[], number] => {
    const quote = src[i];
    const pieces = [""];
    let j = i + 1;
    while (j < src.length && src[j] !== quote) {
      if (src[j] === "\\") { pieces[pieces.length - 1] += src[j + 1]; j += 2; continue; }
      if (quote === "`" && src.startsWith("${", j)) {
        j = skip(j + 2);
        pieces.push("");
        continue;
      }
      pieces[pieces.length - 1] += src[j++];
    }
    return [pieces, j + 1];
  };
  // Skips the expression of a `${` whose body starts at j; returns the index after its `}`.
  const skip = (j: number): number => {
    for (let depth = 1; depth > 0; j++) {
      if (src[j] === "`" || src[j] === '"' || src[j] === "'") j = read(j)[1] - 1;
      else if (src[j] === "{") depth++;
      else if (src[j] === "}") depth--;
    }
    return j;
  };
  for (const m of src.matchAll(/(?:\berror\(|ShapeError\(|message: )\s*(?=[`"])/g)) {
    const [pieces] = read(m.index + m[0].length);
    const longest = pieces.sort((a, b) => b.length - a.length)[0];
    if (longest.trim().length >= 4) texts.push(longest);
  }
  return texts;
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

  it("cover every message the compiler has", () => {
    const shown = SECTIONS.flatMap(([, cases]) => cases.map((c) => c.expected)).join("\n");
    const missing = SOURCES.flatMap((file) => messageTexts(file)
      .filter((t) => !shown.includes(t) && !UNREACHABLE.some((u) => t.includes(u)))
      .map((t) => `${file}: ${JSON.stringify(t)}`));
    expect(missing, "add a row to test/diagnostics/cases.ts for each (or, if no model file can " +
      "reach it, list it in UNREACHABLE)").toEqual([]);
    expect(SOURCES.flatMap(messageTexts).length).toBeGreaterThan(100);
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
