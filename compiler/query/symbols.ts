// A document's outline: its dims, layers (with their params, state and instances) and models
// (with their inputs, params, state, instances, outputs and train steps).
import type { Span, Stmt, TopLevel } from "../../dsl/ast.ts";
import { printExpr, printType } from "../../dsl/print.ts";
import { layerSignature, signatureText } from "./catalog.ts";
import type { Names } from "./names.ts";

export type SymbolKind = "model" | "layer" | "dim" | "import" | "input" | "param" | "state"
  | "output" | "step" | "instance";

export interface DocSymbol {
  name: string;
  kind: SymbolKind;
  detail?: string;
  /** The whole statement or item. */
  span: Span;
  /** Its name. */
  selection: Span;
  children: DocSymbol[];
}

export function symbols(names: Names): DocSymbol[] {
  return names.main.items.map((t) => item(names, t));
}

function item(names: Names, t: TopLevel): DocSymbol {
  const sym = (kind: SymbolKind, name: string, selection: Span, detail?: string,
    children: DocSymbol[] = []): DocSymbol => ({ name, kind, detail, span: t.span, selection,
    children });
  switch (t.kind) {
    case "dim": return sym("dim", t.name, t.nameSpan, `= ${printExpr(t.value)}`);
    case "import": return sym("import", t.path, t.span);
    case "layer": return sym("layer", t.name, t.nameSpan, signatureText(layerSignature(t)),
      body(names, t.body));
    case "model": return sym("model", t.name, t.nameSpan, undefined, body(names, t.body));
  }
}

function body(names: Names, stmts: readonly Stmt[]): DocSymbol[] {
  return stmts.flatMap((s): DocSymbol[] => {
    const sym = (kind: SymbolKind, name: string, selection: Span, detail?: string): DocSymbol[] =>
      [{ name, kind, detail, span: s.span, selection, children: [] }];
    switch (s.kind) {
      case "input": return sym("input", s.name, s.nameSpan, printType(s.type));
      case "param": case "state":
        return sym(s.kind, s.name, s.nameSpan,
          `[${s.dims.map(printExpr).join(", ")}] = ${printExpr(s.init)}`);
      case "output": return sym("output", s.name, s.nameSpan, s.value && printExpr(s.value));
      case "train":
        return sym("step", s.name, s.nameSpan,
          `minimize ${printExpr(s.loss)} with ${printExpr(s.optimizer)}`);
      case "assign": {
        const layer = s.targets.length === 1 ? names.layerCalled(s.value) : undefined;
        return layer ? sym("instance", s.targets[0].name, s.targets[0].span, printExpr(s.value))
          : [];
      }
      case "for": return body(names, s.body);
      default: return [];
    }
  });
}
