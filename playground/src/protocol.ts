// What the page and the compiler's worker (compiler.worker.ts) say to each other. Offsets are
// the editor's, 0-based UTF-16 indices into the text, as the query API's.

/** A diagnostic at offsets of the model file. */
export interface Problem {
  from: number;
  to: number;
  severity: "error" | "warning" | "info";
  message: string;
}

export interface TypeInfo {
  from: number;
  to: number;
  code: string;
  doc?: string;
}

/** The call the cursor is in: its signature, each parameter's [start, end) in the label. */
export interface SignatureHelp {
  label: string;
  params: [number, number][];
  /** The parameter the cursor is on; -1 past the last. */
  active: number;
  doc?: string;
}

export interface Suggestion {
  label: string;
  /** CodeMirror's completion type. */
  type: string;
  detail?: string;
  info?: string;
  apply?: string;
}

/** A model compiled in the page: the module, its declarations, a picture of its graph. */
export interface Compiled {
  ok: boolean;
  problems: Problem[];
  js: string;
  dts: string;
  /** The model by its layers (`kiln graph`'s picture), as SVG. */
  svg: string;
  /** meta.inputs and meta.outputs, for the training panel. */
  inputs: { name: string; dtype: string; shape: number[] }[];
  steps: string[];
}

export type Request =
  | { kind: "check"; text: string }
  | { kind: "type"; text: string; offset: number }
  | { kind: "complete"; text: string; offset: number }
  | { kind: "signature"; text: string; offset: number }
  | { kind: "compile"; text: string };

export interface Answers {
  check: Problem[];
  type: TypeInfo | null;
  complete: { from: number; options: Suggestion[] };
  signature: SignatureHelp | null;
  compile: Compiled;
}

export type Reply = { id: number; value: unknown } | { id: number; error: string };
