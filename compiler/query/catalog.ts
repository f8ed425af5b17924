// What an editor shows for the names the language gives: each built-in function, optimizer
// and initialiser with its parameters, their defaults, and one line saying what it does,
// read from the compiler's own tables (front/builtins/table.ts, optim/table.ts,
// front/specs.ts); and layers' signatures, from their definitions.
import type { Comment } from "../../dsl/ast.ts";
import { printExpr, printType } from "../../dsl/print.ts";
import { paramSpec } from "../front/builtins/args.ts";
import { BUILTINS } from "../front/builtins/table.ts";
import { INITIALISERS } from "../front/specs.ts";
import type { LayerDef } from "../front/values.ts";
import { type OptimizerDef, OPTIMIZERS } from "../optim/table.ts";

export interface ParamInfo {
  name: string;
  /** As source text; absent for a required parameter. */
  default?: string;
  /** `l2(a, b, ...)`: any number of tensors. */
  variadic?: boolean;
  /** A layer instance's tensor argument: its pattern, `[N, K]`. */
  type?: string;
}

export type SignatureKind = "function" | "layer" | "optimizer" | "initialiser";

export interface Signature {
  name: string;
  kind: SignatureKind;
  params: ParamInfo[];
  doc: string;
  /** Layers: the tensor arguments with their patterns, as `(x: [N, K])`. */
  args?: string;
}

function params(specs: readonly string[]): ParamInfo[] {
  return specs.map((p) => {
    const { name, variadic, optional, default: value } = paramSpec(p);
    return variadic ? { name, variadic } : optional ? { name, default: value ?? "none" }
      : { name };
  });
}

/** A default as written in docs: `1e-3` rather than `0.001`. */
const written = (v: number | boolean) =>
  (typeof v === "number" && v !== 0 && Math.abs(v) < 1e-2 ? v.toExponential() : String(v));

/** Every optimizer also takes these (docs/language.md). */
const COMMON_OPTIMIZER_ARGS: Record<string, string> = { weight_decay: "0", clip_norm: "none" };

export const functions: ReadonlyMap<string, Signature> = new Map(Object.entries(BUILTINS)
  .map(([name, b]) => [name, { name, kind: "function", params: params(b.params), doc: b.doc }]));

export const optimizers: ReadonlyMap<string, Signature> = new Map(Object.entries(OPTIMIZERS)
  .map(([name, o]: [string, OptimizerDef]) => {
    const given = Object.entries(o.defaults).map(([k, v]) => ({ name: k, default: written(v) }));
    const common = Object.entries(COMMON_OPTIMIZER_ARGS).filter(([k]) => !(k in o.defaults))
      .map(([k, v]) => ({ name: k, default: v }));
    return [name, { name, kind: "optimizer", params: [...given, ...common], doc: o.doc }];
  }));

export const initialisers: ReadonlyMap<string, Signature> = new Map(Object.entries(INITIALISERS)
  .map(([name, r]) => [name, { name, kind: "initialiser", params: params(r.params),
    doc: r.doc }]));

/** A layer's signature from its definition (a user's, an import's or the prelude's); its
 * doc is the comment above the definition. */
export function layerSignature(def: LayerDef): Signature {
  const params = def.hyper.map((h): ParamInfo => (h.default
    ? { name: h.name, default: printExpr(h.default) } : { name: h.name }));
  const args = def.args.map((a) => `${a.name}: ${printType(a.type)}`).join(", ");
  return { name: def.name, kind: "layer", params, doc: docComment(def), args: `(${args})` };
}

/** The paragraph of comments right above a definition, as one line of text. */
export function docComment(def: { trivia?: { leading?: Comment[]; blankBefore?: boolean } }):
  string {
  const leading = def.trivia?.leading ?? [];
  if (def.trivia?.blankBefore) return "";
  let from = leading.length;
  while (from > 0 && !leading[from - 1].blankBefore) from--;
  return leading.slice(Math.max(from - 1, 0)).map((c) => c.text.replace(/^#\s?/, "")).join(" ");
}

/** `adam(lr = 1e-3, beta1 = 0.9, ...)`. */
export function signatureText(s: Signature): string {
  return signatureLabel(s).label;
}

/** A signature's text and where each parameter sits in it, [start, end) (an editor marks the
 * one the cursor is on). */
export function signatureLabel(s: Signature): { label: string; params: [number, number][] } {
  let label = `${s.name}(`;
  const params: [number, number][] = [];
  s.params.forEach((p, i) => {
    if (i > 0) label += ", ";
    const text = paramText(p);
    params.push([label.length, label.length + text.length]);
    label += text;
  });
  return { label: `${label})${s.args ?? ""}`, params };
}

export function paramText(p: ParamInfo): string {
  if (p.variadic) return `${p.name}...`;
  if (p.type !== undefined) return `${p.name}: ${p.type}`;
  return p.default === undefined ? p.name : `${p.name} = ${p.default}`;
}
