// The editor: CodeMirror 6 with Kiln's highlighting, and the compiler's worker behind it for
// diagnostics as you type, types on hover, completion and the signature of the call being
// written (the query API, as the language server serves them).
import { autocompletion, type CompletionContext } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { type Diagnostic, linter, lintGutter } from "@codemirror/lint";
import { StateEffect, StateField } from "@codemirror/state";
import { EditorView, hoverTooltip, showTooltip, type Tooltip, ViewPlugin } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { Compiler } from "./compiler.ts";
import type { SignatureHelp } from "./protocol.ts";

const KEYWORDS = new RegExp("^(dim|layer|model|import|input|param|state|update|output|for|in|" +
  "train|minimize|over|with|return)\\b");

/** Kiln's tokens, as the TextMate grammar of editors/vscode colours them (in brief). */
const kiln = StreamLanguage.define<null>({
  name: "kiln",
  startState: () => null,
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match("#")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/)) return "number";
    if (stream.match(KEYWORDS)) return "keyword";
    if (stream.match(/^(true|false|training)\b/)) return "atom";
    if (stream.match(/^(f32|i32)\b/)) return "typeName";
    if (stream.match(/^[A-Za-z_]\w*/)) {
      return stream.peek() === "(" ? "variableName.function" : "variableName";
    }
    if (stream.match(/^(\|>|\*\*|\.\.\.?|<=|>=|==|!=|[-+*/@<>=?:])/)) return "operator";
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "#" } },
});

/** The signature shown above the cursor while it is inside a call's parentheses. */
const setSignature = StateEffect.define<Tooltip | null>();
const signature = StateField.define<Tooltip | null>({
  create: () => null,
  update(shown, tr) {
    for (const e of tr.effects) if (e.is(setSignature)) return e.value;
    return shown && { ...shown, pos: tr.changes.mapPos(shown.pos) };
  },
  provide: (field) => showTooltip.from(field),
});

function signatureDom(help: SignatureHelp): HTMLElement {
  const dom = document.createElement("div");
  dom.className = "kiln-signature";
  const code = dom.appendChild(document.createElement("pre"));
  const at = help.params[help.active];
  code.append(help.label.slice(0, at?.[0] ?? help.label.length));
  if (at) {
    code.appendChild(document.createElement("b")).textContent = help.label.slice(at[0], at[1]);
    code.append(help.label.slice(at[1]));
  }
  if (help.doc) dom.appendChild(document.createElement("p")).textContent = help.doc;
  return dom;
}

/** Asks for the signature after the cursor moves or the text changes (a pause of 100 ms). */
function signatureHelp(compiler: Compiler) {
  return ViewPlugin.define((view) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    return {
      update(u) {
        if (!u.docChanged && !u.selectionSet) return;
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const ask = ++asked, pos = view.state.selection.main.head;
          const help = await compiler.ask({ kind: "signature", text: view.state.doc.toString(),
            offset: pos });
          if (ask !== asked) return;
          const tooltip: Tooltip | null = help && { pos, above: true,
            create: () => ({ dom: signatureDom(help) }) };
          view.dispatch({ effects: setSignature.of(tooltip) });
        }, 100);
      },
      destroy: () => clearTimeout(timer),
    };
  });
}

export function createEditor(parent: HTMLElement, text: string, compiler: Compiler,
  onChecked: (errors: number) => void): EditorView {
  const lint = linter(async (view) => {
    const problems = await compiler.ask({ kind: "check", text: view.state.doc.toString() });
    onChecked(problems.filter((p) => p.severity === "error").length);
    const end = view.state.doc.length;
    return problems.map((p): Diagnostic => ({ from: Math.min(p.from, end),
      to: Math.min(Math.max(p.to, p.from), end), severity: p.severity, message: p.message }));
  }, { delay: 150 });

  const hover = hoverTooltip(async (view, pos) => {
    const t = await compiler.ask({ kind: "type", text: view.state.doc.toString(), offset: pos });
    if (!t) return null;
    return { pos: t.from, end: t.to, above: true, create: () => {
      const dom = document.createElement("div");
      dom.className = "kiln-hover";
      const code = dom.appendChild(document.createElement("pre"));
      code.textContent = t.code;
      if (t.doc) dom.appendChild(document.createElement("p")).textContent = t.doc;
      return { dom };
    } };
  }, { hoverTime: 250 });

  const complete = async (context: CompletionContext) => {
    const text = context.state.doc.toString();
    const { from, options } = await compiler.ask({ kind: "complete", text, offset: context.pos });
    if (!options.length || (from === context.pos && !context.explicit &&
      !/[.(,=:\s]$/.test(text.slice(0, context.pos)))) return null;
    return { from, options };
  };

  return new EditorView({ parent, doc: text, extensions: [basicSetup, kiln, lint, lintGutter(),
    hover, autocompletion({ override: [complete] }), signature, signatureHelp(compiler),
    EditorView.lineWrapping] });
}
