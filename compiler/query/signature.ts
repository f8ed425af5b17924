// Signature help: the layer, built-in, optimizer or initialiser being called at the cursor,
// with its parameters (and defaults), and which of them the cursor is on.
import type { IToken, TokenType } from "chevrotain";
import { printType } from "../../dsl/print.ts";
import * as T from "../../dsl/tokens.ts";
import { functions, initialisers, layerSignature, optimizers, type Signature } from "./catalog.ts";
import { before, type Lexed, type OpenCall, openCall, statement } from "./context.ts";
import type { Callee } from "../front/trace.ts";
import type { LayerDef } from "../front/values.ts";
import type { Names } from "./names.ts";
import type { Recording } from "./recording.ts";
import { exprsAround } from "./target.ts";

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
    return instanceSignature(call.callee.join("."), def.layer);
  }
  return undefined;
}

/** The call around `offset` as elaboration bound it: its callee as it was when called (`act`
 * in a layer's body is the function the instance was given), the parameter the cursor's
 * argument filled. Undefined where elaboration made no such call (a line being typed). */
export function recordedCall(names: Names, rec: Recording, offset: number): CallInfo | undefined {
  const path = exprsAround(names, offset)?.path ?? [];
  for (let i = path.length - 1; i >= 0; i--) {
    const e = path[i];
    if (e.kind !== "call" || offset <= e.callee.span.end || offset >= e.span.end) continue;
    const pipe = path[i - 1];
    const seen = rec.calls.get(pipe?.kind === "pipe" && pipe.right === e ? pipe.span : e.span);
    if (!seen) return undefined;
    const signature = signatureOf(seen.callee);
    if (!signature) return undefined;
    const arg = e.args.find((a) => a.span.start <= offset && offset <= a.span.end);
    const param = arg?.name ??
      Object.keys(seen.bound).find((k) => seen.bound[k]?.span === arg?.value.span);
    const active = param === undefined ? -1 : signature.params.findIndex((p) => p.name === param);
    return { signature, active };
  }
  return undefined;
}

function signatureOf(callee: Callee): Signature | undefined {
  switch (callee.kind) {
    case "function": return functions.get(callee.name);
    case "layer": return layerSignature(callee.def);
    case "instance": return instanceSignature(callee.inst.prefix, callee.inst.def);
  }
}

/** Calling an instance passes its tensor arguments. */
function instanceSignature(name: string, def: LayerDef): Signature {
  return { name, kind: "layer", doc: layerSignature(def).doc,
    params: def.args.map((a) => ({ name: a.name, type: printType(a.type) })) };
}
