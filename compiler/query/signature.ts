// Signature help: the layer, built-in, optimizer or initialiser being called at the cursor,
// with its parameters (and defaults), and which of them the cursor is on.
import type { IToken, TokenType } from "chevrotain";
import { printType } from "../../dsl/print.ts";
import * as T from "../../dsl/tokens.ts";
import { functions, initialisers, layerSignature, optimizers, type Signature } from "./catalog.ts";
import { before, type Lexed, type OpenCall, openCall, statement } from "./context.ts";
import type { Names } from "./names.ts";

export interface CallInfo {
  signature: Signature;
  /** The parameter the cursor is on; -1 past the last. */
  active: number;
}

export function calleeAt(names: Names, lexed: Lexed, offset: number): CallInfo | undefined {
  const toks = before(lexed.tokens, offset);
  const call = openCall(toks);
  if (!call) return undefined;
  const signature = called(names, call, statement(toks), offset);
  if (!signature) return undefined;
  const { params } = signature;
  let active = call.named !== undefined ? params.findIndex((p) => p.name === call.named)
    : call.index;
  if (params.at(-1)?.variadic) active = Math.min(active, params.length - 1);
  return { signature, active: active < params.length ? active : -1 };
}

/** What a call's callee means where it stands. */
export function called(names: Names, call: OpenCall, stmt: readonly IToken[], offset: number):
  Signature | undefined {
  const head = stmt[0]?.tokenType;
  const after = (type: TokenType) =>
    stmt.some((t) => t.tokenType === type && t.startOffset < call.at);
  if (call.callee.length === 1) {
    const name = call.callee[0];
    if (head === T.Train && after(T.With)) return optimizers.get(name);
    if ((head === T.Param || head === T.State) && after(T.Equals)) return initialisers.get(name);
  }
  const def = names.reachChain(call.callee, offset)?.def;
  if (def?.kind === "builtin") return functions.get(def.name);
  if (def?.kind === "layer" && def.node?.kind === "layer") return layerSignature(def.node);
  if (def?.kind === "instance" && def.layer) {
    // Calling an instance passes its tensor arguments.
    const layer = layerSignature(def.layer);
    return { name: call.callee.join("."), kind: "layer", doc: layer.doc,
      params: def.layer.args.map((a) => ({ name: a.name, type: printType(a.type) })) };
  }
  return undefined;
}
