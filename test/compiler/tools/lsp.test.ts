// `kiln lsp` driven as an editor drives it: the bin started as a child process, spoken to over
// stdio by vscode-jsonrpc's client: open, change, diagnostics at their ranges, hover,
// definition, completion, signature help, symbols, formatting, shutdown.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter,
} from "vscode-jsonrpc/node.js";

const BIN = fileURLToPath(new URL("../../../bin/kiln.mjs", import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), "kiln-lsp-"));
const uri = pathToFileURL(join(DIR, "model.kiln")).href;

const model = (loss: string) => `dim B = 2

model M {
  input x: f32[B, 3]
  input y: i32[B]
  fc1 = Dense(4, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> fc2
  output probs = softmax(logits)
  ${loss}
  train step: minimize loss with adam(lr = 1e-3)
}
`;
const good = model("loss = cross_entropy(logits, y)");

interface Published {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number };
    end: { line: number; character: number } }; severity: number; message: string;
    relatedInformation?: unknown[] }[];
}

let child: ChildProcess;
let client: MessageConnection;
const published: Published[] = [];
const waiters: { version: number; done: (p: Published) => void }[] = [];

/** The diagnostics published for `version` of the document. */
function diagnosticsFor(version: number): Promise<Published> {
  const seen = published.find((p) => p.version === version);
  if (seen) return Promise.resolve(seen);
  return new Promise((done) => waiters.push({ version, done }));
}

const position = (text: string, needle: string, at = 0) => {
  const offset = text.indexOf(needle) + at;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
};
const doc = { textDocument: { uri } };

beforeAll(async () => {
  child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  client = createMessageConnection(new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!));
  client.onNotification("textDocument/publishDiagnostics", (p: Published) => {
    published.push(p);
    for (const w of waiters.filter((x) => x.version === p.version)) w.done(p);
  });
  client.listen();
  const init = await client.sendRequest("initialize", { processId: process.pid, rootUri: null,
    capabilities: {} }) as { capabilities: Record<string, unknown> };
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true,
    documentFormattingProvider: true, documentSymbolProvider: true });
  await client.sendNotification("initialized", {});
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri,
    languageId: "kiln", version: 1, text: good } });
});

afterAll(() => {
  client?.dispose();
  child?.kill();
});

describe("kiln lsp", () => {
  it("publishes no diagnostics for a good model, then each mistake at its range as it is typed",
    async () => {
      expect((await diagnosticsFor(1)).diagnostics).toEqual([]);
      // Two edits in quick succession: only the last is checked, and at its version.
      const bad = model("loss = cross_entropy(logits, y) + mean(x @ x)");
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 },
        contentChanges: [{ text: model("loss = cross_entropy(") }] });
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 },
        contentChanges: [{ text: bad }] });
      const p = await diagnosticsFor(3);
      expect(published.some((x) => x.version === 2)).toBe(false);
      expect(published.filter((x) => x.version === 1)).toHaveLength(1);
      expect(p.diagnostics).toEqual([expect.objectContaining({
        severity: 1, source: "kiln",
        message: "@ cannot multiply f32[2, 3] by f32[2, 3] (the inner dims 3 and 2 differ)",
        range: { start: position(bad, "x @ x"), end: position(bad, "x @ x", 5) } })]);
    });

  it("publishes warnings too, with their severity", async () => {
    const text = good.replace("  fc1 = Dense(4, act = relu)",
      "  param unused: [3] = zeros\n  fc1 = Dense(4, act = relu)");
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 4 },
      contentChanges: [{ text }] });
    const { diagnostics } = await diagnosticsFor(4);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 2,
      message: "step 'step' trains 'unused' but its loss does not depend on it",
      range: { start: position(text, "train step"), end: position(text, "1e-3)", 5) } })]);
  });

  it("reports syntax errors at their place", async () => {
    const text = good.replace("output probs", "output probs probs");
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 5 },
      contentChanges: [{ text }] });
    const { diagnostics } = await diagnosticsFor(5);
    expect(diagnostics[0]).toMatchObject({ severity: 1,
      range: { start: position(text, "probs probs", 6) } });
  });

  it("shows a mistake in an imported file at the import of that file", async () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, "ok.kiln"), "dim C = 3\n");
    writeFileSync(join(DIR, "lib.kiln"), "dim D = 3 +\n");
    const text = `import "ok.kiln"\nimport "lib.kiln"\n${good}`;
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 9 },
      contentChanges: [{ text }] });
    const { diagnostics } = await diagnosticsFor(9);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 1,
      message: `${join(DIR, "lib.kiln")}:1:12: expected an expression but found end of file`,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 17 } } })]);
    expect(diagnostics[0].relatedInformation).toEqual([{ message: expect.any(String),
      location: { uri: pathToFileURL(join(DIR, "lib.kiln")).href, range: expect.anything() } }]);
  });

  it("answers hover, definition, completion, signature help, symbols and formatting", async () => {
    const text = good.replace("  output probs", "  w = fc1.\n  output probs");
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 6 },
      contentChanges: [{ text: good }] });
    await diagnosticsFor(6);

    const hover = await client.sendRequest("textDocument/hover",
      { ...doc, position: position(good, "x |>") }) as { contents: { value: string } };
    expect(hover.contents.value).toContain("x: f32[2, 3]");
    const fc1 = await client.sendRequest("textDocument/hover",
      { ...doc, position: position(good, "fc1 |>", 1) }) as { contents: { value: string } };
    expect(fc1.contents.value).toContain("fc1.W: f32[3, 4]");

    const def = await client.sendRequest("textDocument/definition",
      { ...doc, position: position(good, "fc1 |>") }) as { uri: string; range: unknown };
    expect(def).toEqual({ uri, range: { start: position(good, "fc1 ="),
      end: position(good, "fc1 =", 3) } });
    const dense = await client.sendRequest("textDocument/definition",
      { ...doc, position: position(good, "Dense(4") }) as { uri: string };
    expect(dense.uri).toMatch(/dsl\/prelude\.kiln$/);

    const sig = await client.sendRequest("textDocument/signatureHelp",
      { ...doc, position: position(good, "lr = 1e-3") }) as {
      signatures: { label: string; parameters: { label: [number, number] }[] }[];
      activeParameter: number };
    const { label, parameters } = sig.signatures[0];
    expect(label).toMatch(/^adam\(lr = 1e-3, beta1 = 0.9/);
    expect(label.slice(...parameters[sig.activeParameter].label)).toBe("lr = 1e-3");

    const symbols = await client.sendRequest("textDocument/documentSymbol", doc) as
      { name: string; children?: { name: string }[] }[];
    expect(symbols.map((s) => s.name)).toEqual(["B", "M"]);
    expect(symbols[1].children!.map((c) => c.name))
      .toEqual(["x", "y", "fc1", "fc2", "probs", "step"]);

    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 7 },
      contentChanges: [{ text }] });
    const items = await client.sendRequest("textDocument/completion",
      { ...doc, position: position(text, "fc1.\n", 4) }) as { label: string; detail: string }[];
    expect(items.map((i) => i.label)).toEqual(["W", "b"]);

    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 8 },
      contentChanges: [{ text: good.replace("dim B = 2", "dim B=2   # batch") }] });
    const edits = await client.sendRequest("textDocument/formatting",
      { ...doc, options: { tabSize: 2, insertSpaces: true } }) as { newText: string }[];
    expect(edits.map((e) => e.newText)).toEqual([good.replace("dim B = 2", "dim B = 2  # batch")]);
  });

  it("exits with 0 after shutdown and exit", async () => {
    const exited = new Promise<number | null>((done) => child.on("exit", done));
    await client.sendRequest("shutdown");
    await client.sendNotification("exit");
    expect(await exited).toBe(0);
  });
});
