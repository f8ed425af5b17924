// Completion: what may be written at the cursor. Keywords where a statement or item starts,
// an instance's params after `fc1.`, optimizers after `with`, initialisers after a param's
// `=`, dtypes after an input's `:`, the keyword arguments of the call the cursor is in, and
// otherwise every name in scope (bindings, dims, layers, built-ins).
import * as T from "../../dsl/tokens.ts";
import {
  functions, initialisers, layerSignature, optimizers, type Signature, signatureText,
} from "./catalog.ts";
import {
  before, braceDepth, inText, type Lexed, nameChain, openCall, statement,
} from "./context.ts";
import { declarationText } from "./hover.ts";
import type { Def, Names } from "./names.ts";
import type { Recording } from "./recording.ts";
import { called } from "./signature.ts";

export type CompletionKind = "keyword" | "function" | "layer" | "instance" | "variable" | "dim"
  | "optimizer" | "initialiser" | "argument" | "member" | "type";

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** A signature, a declaration or a shape. */
  detail?: string;
  doc?: string;
  /** What to insert, where it is not the label: `axis = `. */
  insert?: string;
}

const TOP = ["dim", "layer", "model", "import"];
const IN_MODEL = ["input", "param", "state", "update", "output", "for", "train"];
const IN_LAYER = ["param", "state", "update", "for", "return"];

const keywords = (words: readonly string[]): Completion[] =>
  words.map((label) => ({ label, kind: "keyword" }));

export function completionsAt(names: Names, lexed: Lexed, rec: Recording, source: string,
  offset: number): Completion[] {
  if (inText(lexed, offset)) return [];
  let wordStart = offset;
  while (wordStart > 0 && /\w/.test(source[wordStart - 1])) wordStart--;
  const toks = before(lexed.tokens, wordStart);
  const last = toks.at(-1)?.tokenType;
  if (last === T.Dot) return members(names, rec, nameChain(toks, toks.length - 2), offset);
  const stmt = statement(toks);
  const head = stmt[0]?.tokenType;
  if (stmt.length === 0) {
    if (braceDepth(toks) === 0) return keywords(TOP);
    const item = names.place(offset).item;
    const words = item?.kind === "layer" ? IN_LAYER : item?.kind === "model" ? IN_MODEL
      : [...new Set([...IN_MODEL, ...IN_LAYER])];
    const variables = scope(names, rec, offset).filter((c) => c.kind === "variable");
    return [...keywords(words), ...variables];
  }
  if (head === T.Train) {
    if (stmt.length === 3 && last === T.Colon) return keywords(["minimize"]);
    if (last === T.With) return table(optimizers, "optimizer");
    if (last === T.Over || (last === T.Comma && stmt.some((t) => t.tokenType === T.Over) &&
      !stmt.some((t) => t.tokenType === T.With))) {
      return scope(names, rec, offset).filter((c) => c.kind === "instance");
    }
  }
  if (head === T.Input && last === T.Colon) {
    return ["f32", "i32"].map((label) => ({ label, kind: "type" as const }));
  }
  if ((head === T.Param || head === T.State) && last === T.Equals && !openCall(toks)) {
    return table(initialisers, "initialiser");
  }
  const call = openCall(toks);
  const args: Completion[] = [];
  if (call && !call.inList && (last === T.LParen || last === T.Comma)) {
    const signature = called(names, call, stmt, offset);
    for (const [i, p] of (signature?.params ?? []).entries()) {
      // Given already, by position or by name; tensors of an instance are positional.
      const given = i < call.positional || call.given.has(p.name);
      if (given || p.variadic || p.type !== undefined) continue;
      args.push({ label: `${p.name} =`, kind: "argument", insert: `${p.name} = `,
        detail: p.default === undefined ? `${signature!.name}: required`
          : `default ${p.default}` });
    }
  }
  return [...args, ...scope(names, rec, offset), ...keywords(["true", "false"])];
}

function table(rows: ReadonlyMap<string, Signature>, kind: CompletionKind): Completion[] {
  return [...rows.values()].map((s) => ({ label: s.name, kind, detail: signatureText(s),
    doc: s.doc }));
}

/** After `fc1.` or `gen.l1.`: the params, state and nested instances of that instance. */
function members(names: Names, rec: Recording, chain: string[], offset: number): Completion[] {
  if (!chain.length) return [];
  const layer = names.reachChain(chain, offset)?.def.layer;
  if (!layer) return [];
  const path = chain.join(".");
  return names.members(layer).map((m) => ({
    label: m.name, kind: m.kind === "instance" ? "instance" : "member",
    detail: rec.members.get(`${path}.${m.name}`) ?? describe(m),
  }));
}

/** Every name seen at the offset. */
function scope(names: Names, rec: Recording, offset: number): Completion[] {
  return [...names.visible(offset).values()].map((d) => ({ label: d.name, ...about(d, rec) }));
}

function about(d: Def, rec: Recording): Omit<Completion, "label"> {
  switch (d.kind) {
    case "builtin": {
      const s = functions.get(d.name)!;
      return { kind: "function", detail: signatureText(s), doc: s.doc };
    }
    case "layer": {
      const s = layerSignature(d.node as Parameters<typeof layerSignature>[0]);
      return { kind: "layer", detail: signatureText(s), doc: s.doc || undefined };
    }
    case "dim": return { kind: "dim", detail: describe(d) };
    case "instance": return { kind: "instance", detail: describe(d) };
    default: return { kind: "variable", detail: (d.span && rec.boundText(d.span)) ?? describe(d) };
  }
}

/** A definition as a short line: `dim B = 64`, `fc = Dense(128)`, `param W: [K] = zeros`. */
function describe(d: Def): string {
  return (d.node && declarationText(d.node)) || d.kind;
}
