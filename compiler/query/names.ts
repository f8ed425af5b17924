// Names in the syntax tree: what the name at a place refers to, which names a place sees,
// and which instance of which layer a dotted name (`gen.l1.W`) reaches. Syntax only, so it
// answers in files that do not compile too; where elaboration knows better (a name rebound
// inside a loop, a layer chosen by a hyperparameter), the hooks in query/index.ts will say.
import type { Expr, Program, Span, Stmt, TopLevel } from "../../dsl/ast.ts";
import type { LayerDef } from "../front/values.ts";
import { functions } from "./catalog.ts";

export type DefKind = "dim" | "layer" | "model" | "input" | "param" | "state" | "binding"
  | "instance" | "output" | "loop" | "hyper" | "arg" | "pattern" | "builtin" | "training"
  | "step";

export interface Def {
  name: string;
  kind: DefKind;
  /** Where the name is written in its definition; absent for the language's own. */
  span?: Span;
  /** The statement or item that defines it. */
  node?: Stmt | TopLevel;
  /** Instances: the layer they are made of. */
  layer?: LayerDef;
}

type Model = Extract<TopLevel, { kind: "model" }>;
type Item = LayerDef | Model;

/** Where an offset is: its top-level item, and the statements around it, outermost first. */
export interface Place {
  item?: TopLevel;
  stmts: Stmt[];
}

const isBlock = (t: TopLevel | undefined): t is Item => t?.kind === "layer" || t?.kind === "model";
const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

export class Names {
  /** By name: the main file's over its imports' over the prelude's. */
  readonly layers = new Map<string, LayerDef>();
  readonly dims = new Map<string, Extract<TopLevel, { kind: "dim" }>>();

  /** `programs`: the prelude and imports first, the main file last. */
  constructor(programs: readonly Program[], readonly main: Program) {
    for (const p of programs) {
      for (const t of p.items) {
        if (t.kind === "layer") this.layers.set(t.name, t);
        if (t.kind === "dim") this.dims.set(t.name, t);
      }
    }
  }

  place(offset: number): Place {
    const item = this.main.items.find((t) => within(t.span, offset));
    const stmts: Stmt[] = [];
    let body = isBlock(item) ? item.body : [];
    for (;;) {
      const s = body.find((x) => within(x.span, offset));
      if (!s) break;
      stmts.push(s);
      if (s.kind !== "for") break;
      body = s.body;
    }
    return { item, stmts };
  }

  /** Every name seen at `offset`, later definitions over earlier ones. */
  visible(offset: number): Map<string, Def> {
    const out = new Map<string, Def>();
    for (const [name] of functions) out.set(name, { name, kind: "builtin" });
    for (const [name, def] of this.layers) {
      out.set(name, { name, kind: "layer", span: def.nameSpan, node: def });
    }
    for (const [name, d] of this.dims) {
      out.set(name, { name, kind: "dim", span: d.nameSpan, node: d });
    }
    const { item } = this.place(offset);
    if (!isBlock(item)) return out;
    out.set("training", { name: "training", kind: "training" });
    if (item.kind === "layer") {
      for (const a of item.args) {
        a.type.dims.forEach((d) => {
          if (d.kind === "name" && /^[A-Z]/.test(d.name) && !out.has(d.name)) {
            out.set(d.name, { name: d.name, kind: "pattern", span: d.span, node: item });
          }
        });
      }
      for (const h of item.hyper) {
        out.set(h.name, { name: h.name, kind: "hyper", span: h.span, node: item });
      }
      for (const a of item.args) {
        out.set(a.name, { name: a.name, kind: "arg", span: a.span, node: item });
      }
    }
    this.bindBefore(item.body, offset, out);
    return out;
  }

  /** Binds what the statements before `offset` define, entering a loop that holds it. */
  private bindBefore(body: readonly Stmt[], offset: number, out: Map<string, Def>): void {
    for (const s of body) {
      if (s.span.end <= offset) {
        for (const d of this.defines(s)) out.set(d.name, d);
      } else if (s.kind === "for" && within(s.span, offset)) {
        out.set(s.variable, { name: s.variable, kind: "loop", span: s.variableSpan, node: s });
        this.bindBefore(s.body, offset, out);
        return;
      } else return;
    }
  }

  /** The names a statement binds for what follows it (a loop's carry out of it). */
  defines(s: Stmt): Def[] {
    switch (s.kind) {
      case "input": case "param": case "state":
        return [{ name: s.name, kind: s.kind, span: s.nameSpan, node: s }];
      case "output":
        return s.value ? [{ name: s.name, kind: "output", span: s.nameSpan, node: s }] : [];
      case "assign": {
        const layer = s.targets.length === 1 ? this.layerCalled(s.value) : undefined;
        return s.targets.map((t) => (layer
          ? { name: t.name, kind: "instance" as const, span: t.span, node: s, layer }
          : { name: t.name, kind: "binding" as const, span: t.span, node: s }));
      }
      case "for": return s.body.flatMap((x) => this.defines(x));
      default: return [];
    }
  }

  /** `Dense(128)`: the layer a binding makes an instance of. */
  layerCalled(e: Expr): LayerDef | undefined {
    return e.kind === "call" && e.callee.kind === "name" ? this.layers.get(e.callee.name)
      : undefined;
  }

  resolve(name: string, offset: number): Def | undefined {
    return this.visible(offset).get(name);
  }

  /** The params, state and nested instances of a layer, by name. */
  members(layer: LayerDef): Def[] {
    const out: Def[] = [];
    const walk = (body: readonly Stmt[]) => {
      for (const s of body) {
        if (s.kind === "for") walk(s.body);
        else if (s.kind === "param" || s.kind === "state") out.push(...this.defines(s));
        else if (s.kind === "assign") {
          out.push(...this.defines(s).filter((d) => d.kind === "instance"));
        }
      }
    };
    walk(layer.body);
    return out;
  }

  /** What `fc1`, `gen.l1` or `gen.l1.W` written at `offset` reaches, with its dotted name
   * from the model (`gen.l1.W`) when it goes through instances. */
  reach(e: Expr, offset: number): { def: Def; path: string } | undefined {
    const chain: string[] = [];
    let x = e;
    for (; x.kind === "member"; x = x.object) chain.unshift(x.name);
    if (x.kind !== "name") return undefined;
    return this.reachChain([x.name, ...chain], offset);
  }

  reachChain(chain: readonly string[], offset: number): { def: Def; path: string } | undefined {
    let def = this.resolve(chain[0], offset);
    for (const name of chain.slice(1)) {
      def = def?.layer && this.members(def.layer).find((m) => m.name === name);
    }
    return def && { def, path: chain.join(".") };
  }

  /** Every instance a model makes, by dotted name (`gen`, `gen.l1`), nested ones included. */
  instances(model: Model): Map<string, LayerDef> {
    const out = new Map<string, LayerDef>();
    const add = (prefix: string, layer: LayerDef, depth: number) => {
      out.set(prefix, layer);
      // A layer that makes an instance of itself is an error elaboration reports.
      if (depth > 20) return;
      for (const m of this.members(layer)) {
        if (m.layer) add(`${prefix}.${m.name}`, m.layer, depth + 1);
      }
    };
    const walk = (body: readonly Stmt[]) => {
      for (const s of body) {
        for (const d of this.defines(s)) if (d.layer) add(d.name, d.layer, 0);
      }
    };
    walk(model.body);
    return out;
  }
}

/** The innermost expression holding `offset`, and the expressions around it, outermost first. */
export function exprsAt(roots: readonly Expr[], offset: number): Expr[] {
  const path: Expr[] = [];
  let level: readonly Expr[] = roots;
  for (;;) {
    const e = level.find((x) => within(x.span, offset));
    if (!e) return path;
    path.push(e);
    level = children(e);
  }
}

export function children(e: Expr): Expr[] {
  switch (e.kind) {
    case "unary": return [e.operand];
    case "binary": case "pipe": return [e.left, e.right];
    case "call": return [e.callee, ...e.args.map((a) => a.value)];
    case "member": return [e.object];
    case "index": return [e.object, ...e.items.flatMap((i) => (i.kind === "at" ? [i.value]
      : [i.start, i.end].filter((x): x is Expr => x !== undefined)))];
    case "cond": return [e.cond, e.then, e.else];
    case "list": case "tuple": return e.items;
    default: return [];
  }
}

/** The expressions a statement or item holds directly (a block's statements aside). */
export function exprsOf(n: Stmt | TopLevel): Expr[] {
  switch (n.kind) {
    case "input": return n.type.dims;
    case "param": case "state": return [...n.dims, n.init];
    case "update": case "assign": case "dim": return [n.value];
    case "output": return n.value ? [n.value] : [];
    case "for": return [n.from, n.to];
    case "train": return [n.loss, ...n.over, n.optimizer];
    case "return": return n.values;
    case "layer": return [...n.hyper.flatMap((h) => (h.default ? [h.default] : [])),
      ...n.args.flatMap((a) => a.type.dims)];
    default: return [];
  }
}
