// The compiler in a Web Worker, so the page keeps typing while it works: the query API
// (compiler/query/) checks the text and answers hovers, completions and signature help, and
// compile() makes the module, its declarations and `kiln graph`'s picture of the model by its
// layers (drawn by Graphviz in WebAssembly, loaded at the first compile).
import type { Diagnostic } from "../../dsl/diagnostics.ts";
import { compile } from "../../compiler/browser.ts";
import { signatureLabel } from "../../compiler/query/catalog.ts";
import { analyze, type Query } from "../../compiler/query/index.ts";
import { layersToDot } from "../../compiler/tools/dot.ts";
import { layerView } from "../../compiler/tools/layers.ts";
import type { Answers, Compiled, Problem, Reply, Request, Suggestion } from "./protocol.ts";

const FILE = "model.kiln";

/** The last text analyzed: a hover or a completion usually asks about it. */
let last: { text: string; query: Query } | undefined;

function query(text: string): Query {
  if (last?.text !== text) last = { text, query: analyze(text, { file: FILE }) };
  return last.query;
}

/** Diagnostics of this file at their offsets; one elsewhere (the prelude) at the start. */
function problems(ds: readonly Diagnostic[]): Problem[] {
  return ds.map((d) => {
    const here = d.span?.file === FILE ? d.span : undefined;
    const notes = (d.notes ?? []).map((n) => `\n${n.message}`).join("");
    return { from: here?.start ?? 0, to: here?.end ?? 0, message: d.message + notes,
      severity: d.severity === "note" ? "info" : d.severity };
  });
}

const KINDS: Record<string, string> = {
  keyword: "keyword", function: "function", layer: "class", instance: "variable",
  variable: "variable", dim: "constant", optimizer: "function", initialiser: "function",
  argument: "property", member: "property", type: "type",
};

function complete(text: string, offset: number): Answers["complete"] {
  let from = offset;
  while (from > 0 && /\w/.test(text[from - 1])) from--;
  const options = query(text).completionsAt(offset).map((c): Suggestion => ({ label: c.label,
    type: KINDS[c.kind] ?? "text", detail: c.detail, info: c.doc, apply: c.insert }));
  return { from, options };
}

async function build(text: string): Promise<Compiled> {
  const r = compile(text, { file: FILE });
  const compiled: Compiled = { ok: r.ok, problems: problems(r.diagnostics), js: r.js, dts: r.dts,
    svg: "", inputs: [], steps: [] };
  if (!r.ok || !r.ir) return compiled;
  const { ir } = r;
  compiled.inputs = [...ir.decls.inputs.values()].map((i) => ({ name: i.name,
    dtype: i.dtype === "i" ? "i32" : "f32", shape: i.shape }));
  compiled.steps = ir.steps.map((s) => s.decl.name);
  const { dotToSvg } = await import("../../compiler/tools/svg.ts");
  compiled.svg = await dotToSvg(layersToDot(layerView(ir), ir.decls.name));
  return compiled;
}

async function answer(r: Request): Promise<unknown> {
  switch (r.kind) {
    case "check": return problems(query(r.text).diagnostics);
    case "type": {
      const h = query(r.text).typeAt(r.offset);
      return h ? { from: h.span.start, to: h.span.end, code: h.code, doc: h.doc } : null;
    }
    case "complete": return complete(r.text, r.offset);
    case "signature": {
      const call = query(r.text).calleeAt(r.offset);
      if (!call) return null;
      const { label, params } = signatureLabel(call.signature);
      return { label, params, active: call.active, doc: call.signature.doc || undefined };
    }
    case "compile": return build(r.text);
  }
}

self.addEventListener("message", (e: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = e.data;
  answer(request).then((value) => self.postMessage({ id, value } satisfies Reply),
    (err: unknown) => self.postMessage({ id, error: String(err) } satisfies Reply));
});
