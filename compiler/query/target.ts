// What is written at an offset: a name (a use or its declaration), a member (`fc1.W`), an
// optimizer or initialiser name, or an import. Hover and go-to-definition both start here.
import type { Expr, Span, Stmt, TopLevel } from "../../dsl/ast.ts";
import {
  functions, initialisers, optimizers, type ParamInfo, type Signature,
} from "./catalog.ts";
import { type Def, exprsAt, exprsOf, type Names } from "./names.ts";

export type Target =
  /** `path`: the dotted name from the model, for names reached through instances; `use`: the
   * name's expression, where it is used rather than declared. */
  | { kind: "def"; def: Def; path: string; span: Span; use?: Expr }
  | { kind: "signature"; signature: Signature; span: Span }
  /** A named argument's name, `lr` in `adam(lr = 1e-3)`: the parameter it sets. */
  | { kind: "param"; signature: Signature; param: ParamInfo; span: Span }
  | { kind: "import"; path: string; span: Span };

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** The innermost statement or item at `offset`, and the expressions in it around `offset`,
 * outermost first. */
export function exprsAround(names: Names, offset: number):
  { node: Stmt | TopLevel; path: Expr[] } | undefined {
  const { item, stmts } = names.place(offset);
  if (!item) return undefined;
  const node: Stmt | TopLevel = stmts.at(-1) ?? item;
  return { node, path: exprsAt(exprsOf(node), offset) };
}

export function targetAt(names: Names, offset: number): Target | undefined {
  const around = exprsAround(names, offset);
  if (!around) return undefined;
  const { node, path } = around;
  if (node.kind === "import") return { kind: "import", path: node.path, span: node.span };
  const declared = declarationAt(names, node, offset);
  if (declared) return declared;
  const e = path.at(-1);
  if (!e) return undefined;
  const special = namedSignature(node, path);
  if (special) return { kind: "signature", signature: special, span: e.span };
  if (e.kind === "call") return argumentAt(names, node, path, offset);
  if (e.kind === "member" && !within(e.nameSpan, offset)) return undefined;
  const reached = names.reach(e, e.span.start);
  if (!reached) return undefined;
  return { kind: "def", def: reached.def, path: reached.path,
    span: e.kind === "member" ? e.nameSpan : e.span, use: e };
}

/** The name a statement or item declares, if `offset` is on it. */
function declarationAt(names: Names, node: Stmt | TopLevel, offset: number): Target | undefined {
  const def = (d: Def | undefined, span: Span): Target | undefined =>
    d && { kind: "def", def: d, path: d.name, span };
  switch (node.kind) {
    case "input": case "param": case "state": case "output":
      if (!within(node.nameSpan, offset)) return undefined;
      // `output y` names a binding made before it.
      if (node.kind === "output" && !node.value) {
        return def(names.resolve(node.name, node.span.start), node.nameSpan);
      }
      return def(names.defines(node)[0] ?? { name: node.name, kind: "output", span: node.nameSpan,
        node }, node.nameSpan);
    case "update":
      return within(node.nameSpan, offset)
        ? def(names.resolve(node.name, node.span.start), node.nameSpan) : undefined;
    case "assign": {
      const t = node.targets.find((x) => within(x.span, offset));
      return t && def(names.defines(node).find((d) => d.name === t.name), t.span);
    }
    case "train":
      return within(node.nameSpan, offset)
        ? def({ name: node.name, kind: "step", span: node.nameSpan, node }, node.nameSpan)
        : undefined;
    case "for":
      return within(node.variableSpan, offset)
        ? def({ name: node.variable, kind: "loop", span: node.variableSpan, node },
          node.variableSpan)
        : undefined;
    case "dim": case "layer": case "model": {
      if (within(node.nameSpan, offset)) {
        const kind = node.kind === "dim" ? "dim" : node.kind === "layer" ? "layer" : "model";
        return def({ name: node.name, kind, span: node.nameSpan, node }, node.nameSpan);
      }
      if (node.kind !== "layer") return undefined;
      // A hyperparameter's or argument's name, not its default or pattern.
      const p = [...node.hyper, ...node.args].find((x) =>
        offset >= x.span.start && offset <= x.span.start + x.name.length);
      return p && def(names.resolve(p.name, node.body[0]?.span.start ?? node.span.end - 1),
        { ...p.span, end: p.span.start + p.name.length, endCol: p.span.col + p.name.length });
    }
    default:
      return undefined;
  }
}

/** `adam` in `with adam(...)`, `glorot_uniform` in `param W: [...] = glorot_uniform`: names
 * that mean an optimizer or initialiser where they stand, not a function. */
function namedSignature(node: Stmt | TopLevel, path: readonly Expr[]): Signature | undefined {
  const root = path[0];
  const e = path.at(-1)!;
  const head = root.kind === "call" ? root.callee : root;
  if (e !== head || head.kind !== "name") return undefined;
  return rootSignature(node, root, head.name);
}

function rootSignature(node: Stmt | TopLevel, root: Expr, name: string): Signature | undefined {
  if (node.kind === "train" && root === node.optimizer) return optimizers.get(name);
  if ((node.kind === "param" || node.kind === "state") && root === node.init) {
    return initialisers.get(name);
  }
  return undefined;
}

/** The parameter a named argument's name sets: a layer's hyperparameter (with its place), or
 * a built-in's, optimizer's or initialiser's. */
function argumentAt(names: Names, node: Stmt | TopLevel, path: readonly Expr[], offset: number):
  Target | undefined {
  const call = path.at(-1) as Extract<Expr, { kind: "call" }>;
  const arg = call.args.find((a) => a.name !== undefined && offset >= a.span.start &&
    offset <= a.span.start + a.name.length);
  if (!arg?.name) return undefined;
  const span = { ...arg.span, end: arg.span.start + arg.name.length,
    endLine: arg.span.line, endCol: arg.span.col + arg.name.length };
  const callee = call.callee;
  const calleeName = callee.kind === "name" ? callee.name : "";
  let signature = path.length === 1 ? rootSignature(node, call, calleeName) : undefined;
  if (!signature) {
    const def = names.reach(callee, callee.span.start)?.def;
    if (def?.kind === "layer" && def.node?.kind === "layer") {
      const h = def.node.hyper.find((x) => x.name === arg.name);
      return h && { kind: "def", path: h.name, span,
        def: { name: h.name, kind: "hyper", span: h.span, node: def.node } };
    }
    if (def?.kind === "builtin") signature = functions.get(def.name);
  }
  const param = signature?.params.find((p) => p.name === arg.name);
  return signature && param && { kind: "param", signature, param, span };
}
