// `kiln lsp`: the language server, over stdio (vscode-languageserver). It checks a document
// as it is typed (debounced) and publishes every diagnostic at its place, and answers hover,
// definition, completion, signature help, document symbols and formatting from the query API
// (compiler/query). It holds no state but the open documents and their latest analysis.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CompletionItemKind, createConnection, DiagnosticSeverity, type Diagnostic as LspDiagnostic,
  type DocumentSymbol, type Location, MarkupKind, ProposedFeatures, type Range,
  type SignatureInformation, StreamMessageReader, StreamMessageWriter, SymbolKind,
  TextDocuments, TextDocumentSyncKind,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Span } from "../../dsl/ast.ts";
import type { Diagnostic } from "../../dsl/diagnostics.ts";
import { format } from "../../dsl/format.ts";
import { PRELUDE_FILE } from "../front/prelude.ts";
import type { FileHost } from "../host.ts";
import { nodeHost } from "../nodeHost.ts";
import { signatureLabel } from "../query/catalog.ts";
import type { CompletionKind } from "../query/complete.ts";
import { analyze, type DocSymbol, type Query } from "../query/index.ts";
import type { SymbolKind as KilnSymbolKind } from "../query/symbols.ts";

export interface ServerOptions {
  /** How long typing must pause before a document is checked again (default 150 ms). */
  debounceMs?: number;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

// Found from the package's root (the package resolving itself by name), which a checkout and an
// installed package (whose compiled code sits elsewhere under dist/) share.
const PRELUDE_PATH = join(dirname(createRequire(import.meta.url).resolve("kiln-ml/package.json")),
  "dsl/prelude.kiln");

/** Serves until the client says exit or closes the input, when the protocol library ends the
 * process (exit code 0 after a shutdown request, 1 without). */
export function runLsp(options: ServerOptions = {}): Promise<never> {
  const connection = createConnection(ProposedFeatures.all,
    new StreamMessageReader(options.input ?? process.stdin),
    new StreamMessageWriter(options.output ?? process.stdout));
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; query: Query }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const debounce = options.debounceMs ?? 150;

  const fileOf = (uri: string) => (uri.startsWith("file:") ? fileURLToPath(uri) : uri);
  const uriOf = (file: string) => (file === PRELUDE_FILE ? pathToFileURL(PRELUDE_PATH).href
    : file.startsWith("/") ? pathToFileURL(file).href : file);
  // An import open in the editor is read as it stands there, saved or not.
  const host: FileHost = { resolve: nodeHost.resolve, readFile: (path, maxBytes) =>
    documents.get(pathToFileURL(path).href)?.getText() ?? nodeHost.readFile(path, maxBytes) };

  const query = (doc: TextDocument): Query => {
    const cached = analyses.get(doc.uri);
    if (cached?.version === doc.version) return cached.query;
    const q = analyze(doc.getText(), { file: fileOf(doc.uri), host });
    analyses.set(doc.uri, { version: doc.version, query: q });
    return q;
  };

  const publish = (uri: string) => {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const q = query(doc);
    const diagnostics = q.diagnostics.map((d) => toLsp(d, q, doc));
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  };

  documents.onDidOpen((e) => publish(e.document.uri));
  documents.onDidChangeContent((e) => {
    // Opening fires this too, after onDidOpen has checked that version.
    if (analyses.get(e.document.uri)?.version === e.document.version) return;
    clearTimeout(timers.get(e.document.uri));
    timers.set(e.document.uri, setTimeout(() => publish(e.document.uri), debounce));
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const range = (s: Span): Range => ({ start: { line: s.line - 1, character: s.col - 1 },
    end: { line: s.endLine - 1, character: s.endCol - 1 } });
  const location = (s: Span): Location => ({ uri: uriOf(s.file), range: range(s) });

  /** A diagnostic of this file at its place; one in another file at a note in this one, or
   * at the import of that file (else the first import), so nothing is lost. */
  function toLsp(d: Diagnostic, q: Query, doc: TextDocument): LspDiagnostic {
    const here = (s: Span | undefined) => s !== undefined && s.file === q.file;
    const imports = q.program.items.filter((i) => i.kind === "import");
    const anchor = [d.span, ...(d.notes ?? []).map((n) => n.span)].find(here)
      ?? imports.find((i) => host.resolve(i.path, q.file) === d.span?.file)?.span
      ?? imports[0]?.span;
    const where = d.span && !here(d.span) ? `${d.span.file}:${d.span.line}:${d.span.col}: ` : "";
    return {
      range: anchor ? range(anchor) : { start: doc.positionAt(0), end: doc.positionAt(0) },
      severity: d.severity === "error" ? DiagnosticSeverity.Error
        : d.severity === "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: "kiln",
      message: `${where}${d.message}`,
      relatedInformation: [...(d.span && !here(d.span) ? [{ span: d.span, message: d.message }]
        : []), ...(d.notes ?? [])].flatMap((n) => (n.span
        ? [{ location: location(n.span), message: n.message }] : [])),
    };
  }

  /** Runs a request on an open document; a bug in Kiln answers nothing and is logged. */
  const on = <T>(uri: string, f: (q: Query, doc: TextDocument) => T): T | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    try {
      return f(query(doc), doc);
    } catch (e) {
      connection.console.error(`kiln: ${e instanceof Error ? e.stack : String(e)}`);
      return null;
    }
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      completionProvider: { triggerCharacters: ["."] },
      signatureHelpProvider: { triggerCharacters: ["(", ","], retriggerCharacters: ["="] },
      documentSymbolProvider: true,
      documentFormattingProvider: true,
    },
    serverInfo: { name: "kiln" },
  }));

  connection.onHover(({ textDocument, position }) => on(textDocument.uri, (q, doc) => {
    const h = q.typeAt(doc.offsetAt(position));
    if (!h) return null;
    const value = `\`\`\`kiln\n${h.code}\n\`\`\`${h.doc ? `\n\n${h.doc}` : ""}`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: range(h.span) };
  }));

  connection.onDefinition(({ textDocument, position }) => on(textDocument.uri, (q, doc) => {
    const s = q.definitionAt(doc.offsetAt(position));
    return s ? location(s) : null;
  }));

  connection.onCompletion(({ textDocument, position }) => on(textDocument.uri, (q, doc) =>
    q.completionsAt(doc.offsetAt(position)).map((c) => ({
      label: c.label, kind: COMPLETION_KINDS[c.kind], detail: c.detail,
      documentation: c.doc, insertText: c.insert,
    }))));

  connection.onSignatureHelp(({ textDocument, position }) => on(textDocument.uri, (q, doc) => {
    const call = q.calleeAt(doc.offsetAt(position));
    if (!call) return null;
    const s = call.signature;
    const { label, params } = signatureLabel(s);
    const parameters: SignatureInformation["parameters"] = params.map((at) => ({ label: at }));
    const active = call.active >= 0 ? call.active : s.params.length;
    return { signatures: [{ label, documentation: s.doc || undefined, parameters,
      activeParameter: active }], activeSignature: 0, activeParameter: active };
  }));

  connection.onDocumentSymbol(({ textDocument }) => on(textDocument.uri, (q) =>
    q.symbols().map(function toSymbol(s: DocSymbol): DocumentSymbol {
      return { name: s.name, kind: SYMBOL_KINDS[s.kind], detail: s.detail, range: range(s.span),
        selectionRange: range(s.selection), children: s.children.map(toSymbol) };
    })));

  // A file with syntax errors is not formatted; its diagnostics already say why.
  connection.onDocumentFormatting(({ textDocument }) => on(textDocument.uri, (q, doc) => {
    const r = format(doc.getText(), { file: q.file });
    if (!r.ok || !r.changed) return [];
    return [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) },
      newText: r.text }];
  }));

  documents.listen(connection);
  connection.listen();
  return new Promise(() => {});
}

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword, function: CompletionItemKind.Function,
  layer: CompletionItemKind.Class, instance: CompletionItemKind.Variable,
  variable: CompletionItemKind.Variable, dim: CompletionItemKind.Constant,
  optimizer: CompletionItemKind.Function, initialiser: CompletionItemKind.Function,
  argument: CompletionItemKind.Property, member: CompletionItemKind.Field,
  type: CompletionItemKind.TypeParameter,
};

const SYMBOL_KINDS: Record<KilnSymbolKind, SymbolKind> = {
  model: SymbolKind.Class, layer: SymbolKind.Class, dim: SymbolKind.Constant,
  import: SymbolKind.Module, input: SymbolKind.Variable, param: SymbolKind.Field,
  state: SymbolKind.Field, output: SymbolKind.Property, step: SymbolKind.Method,
  instance: SymbolKind.Object,
};
