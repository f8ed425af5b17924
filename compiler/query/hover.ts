// What hovering over a name shows: its dtype and shape where the built model knows them
// (inputs, params, state, outputs, losses, and every param of a layer instance), else its
// declaration; signatures and docs for layers, built-ins, optimizers and initialisers.
import type { Span, TopLevel } from "../../dsl/ast.ts";
import { printExpr, printType } from "../../dsl/print.ts";
import { showShape } from "../ir/shape.ts";
import type { ModelIR } from "../model.ts";
import type { LayerDef } from "../front/values.ts";
import {
  docComment, functions, layerSignature, paramText, type Signature, signatureText,
} from "./catalog.ts";
import type { Def, Names } from "./names.ts";
import type { Target } from "./target.ts";

export interface Hover {
  /** Kiln source to show as code: `x: f32[64, 784]`, `Dense(units, act = identity)(x: [N, K])`. */
  code: string;
  /** A line of prose under it. */
  doc?: string;
  span: Span;
}

type Model = Extract<TopLevel, { kind: "model" }>;

/** The shapes a built model gives names: inputs, params and state by their dotted names,
 * outputs, and losses. */
export class Shapes {
  private readonly byName = new Map<string, string>();
  readonly model?: Model;
  /** Every instance of the built model, by dotted name. */
  readonly instances = new Map<string, LayerDef>();

  constructor(ir: ModelIR | undefined, names: Names) {
    if (!ir) return;
    const d = ir.decls;
    for (const m of [d.inputs, d.params, d.state]) {
      for (const [k, v] of m) this.byName.set(k, showShape(v.shape, "dtype" in v ? v.dtype : "f"));
    }
    for (const o of ir.predict.outputs) {
      const n = ir.predict.nodes[o.node];
      if (o.role === "output") this.byName.set(o.name, showShape(n.shape, n.dtype));
    }
    for (const s of d.steps) if (!this.byName.has(s.lossName)) this.byName.set(s.lossName, "f32[]");
    this.model = names.main.items.find((t): t is Model => t.kind === "model" && t.name === d.name);
    if (this.model) for (const [k, v] of names.instances(this.model)) this.instances.set(k, v);
  }

  get(name: string): string | undefined {
    return this.byName.get(name);
  }

  /** `fc1.W: f32[784, 128]` for each param and state of an instance, nested ones included. */
  membersOf(prefix: string): string[] {
    return [...this.byName].filter(([k]) => k.startsWith(`${prefix}.`))
      .map(([k, v]) => `${k}: ${v}`);
  }
}

export function hover(t: Target, names: Names, shapes: Shapes): Hover | undefined {
  if (t.kind === "import") return { code: `import "${t.path}"`, span: t.span };
  if (t.kind === "signature") return signatureHover(t.signature, t.span);
  if (t.kind === "param") {
    return { code: paramText(t.param), doc: `an argument of ${t.signature.name}`, span: t.span };
  }
  const { def, path, span } = t;
  const typed = (name: string, doc?: string) => {
    const shape = shapes.get(name);
    return { code: shape ? `${name}: ${shape}` : name, doc, span };
  };
  const inModel = def.node && shapes.model?.body.some((s) => contains(s.span, def.node!.span));
  switch (def.kind) {
    case "input": case "output":
      return typed(path, def.node && declarationText(def.node));
    case "param": case "state": {
      if (inModel || path.includes(".")) return typed(path, def.node && declarationText(def.node));
      // In a layer's body: the param of each instance of the layer.
      const each = instancesOf(shapes, layerAround(names, span))
        .map((prefix) => typed(`${prefix}.${def.name}`).code);
      return { code: each.length ? each.join("\n") : def.name,
        doc: def.node && declarationText(def.node), span };
    }
    case "instance": {
      // In a layer's body: the members of that instance in each instance of the layer.
      const prefixes = inModel || path.includes(".") ? [path]
        : instancesOf(shapes, layerAround(names, span)).map((p) => `${p}.${def.name}`);
      const made = def.node?.kind === "assign" ? ` = ${printExpr(def.node.value)}` : "";
      return { code: [`${path}${made}`, ...prefixes.flatMap((p) => shapes.membersOf(p))].join("\n"),
        doc: def.layer && docComment(def.layer), span };
    }
    case "step": {
      const s = def.node?.kind === "train" ? def.node : undefined;
      const over = s?.over.length ? ` over ${s.over.map(printExpr).join(", ")}` : "";
      return { code: s ? `train ${s.name}: minimize ${printExpr(s.loss)}${over} with ` +
        printExpr(s.optimizer) : def.name, span };
    }
    case "binding": {
      const shape = shapes.get(path);
      return { code: shape ? `${path}: ${shape}` : (def.node && declarationText(def.node)) || path,
        span };
    }
    case "layer": return signatureHover(layerSignature(def.node as LayerDef), span);
    case "builtin": return signatureHover(functions.get(def.name)!, span);
    case "dim": {
      const d = def.node?.kind === "dim" ? def.node : undefined;
      return { code: d ? declarationText(d) : `dim ${def.name}`, doc: d && docComment(d), span };
    }
    case "model": return { code: `model ${def.name}`, doc: def.node && docComment(def.node), span };
    case "hyper": case "arg": case "pattern": return layerPart(def, span);
    case "loop": {
      const f = def.node?.kind === "for" ? def.node : undefined;
      return { code: f ? `${def.name} in ${printExpr(f.from)}..${printExpr(f.to)}` : def.name,
        doc: "a loop variable, known at compile time", span };
    }
    case "training":
      return { code: "training: bool", doc: "true in training steps, false in predict", span };
  }
}

function layerAround(names: Names, span: Span): TopLevel | undefined {
  return names.main.items.find((i) => i.kind === "layer" && contains(i.span, span));
}

/** The dotted names of the built model's instances of a layer. */
function instancesOf(shapes: Shapes, layer: TopLevel | undefined): string[] {
  return [...shapes.instances].filter(([, l]) => l === layer).map(([prefix]) => prefix);
}

function signatureHover(s: Signature, span: Span): Hover {
  return { code: signatureText(s), doc: s.doc || undefined, span };
}

function layerPart(def: Def, span: Span): Hover {
  const layer = def.node as LayerDef;
  if (def.kind === "hyper") {
    const h = layer.hyper.find((x) => x.name === def.name);
    return { code: h?.default ? `${def.name} = ${printExpr(h.default)}` : def.name,
      doc: `a hyperparameter of ${layer.name}`, span };
  }
  if (def.kind === "arg") {
    const a = layer.args.find((x) => x.name === def.name);
    return { code: a ? `${def.name}: ${printType(a.type)}` : def.name,
      doc: `a tensor argument of ${layer.name}`, span };
  }
  return { code: def.name, doc: `a dim bound by ${layer.name}'s argument patterns`, span };
}

/** A declaration as one line of source: `param W: [K, units] = glorot_uniform`. */
export function declarationText(n: NonNullable<Def["node"]>): string {
  switch (n.kind) {
    case "input": return `input ${n.name}: ${printType(n.type)}`;
    case "param": case "state":
      return `${n.kind} ${n.name}: [${n.dims.map(printExpr).join(", ")}] = ${printExpr(n.init)}`;
    case "output": return n.value ? `output ${n.name} = ${printExpr(n.value)}` : `output ${n.name}`;
    case "dim": return `dim ${n.name} = ${printExpr(n.value)}`;
    case "assign": {
      const names = n.targets.map((t) => t.name).join(", ");
      return `${n.targets.length > 1 ? `(${names})` : names} = ${printExpr(n.value)}`;
    }
    default: return "";
  }
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
