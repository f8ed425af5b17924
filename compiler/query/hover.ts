// What hovering shows: the dtype and shape of any expression, as elaboration computed it
// (`h: f32[64, 128]`; in a layer's body, in each instance of it; where modes differ, in
// each), a layer instance with every param and state it holds, a compile-time value
// (`units = 128`), and signatures and docs for layers, built-ins, optimizers and
// initialisers. Where elaboration did not get (a statement that failed), a name shows its
// declaration.
import type { Expr, Span } from "../../dsl/ast.ts";
import { printExpr, printType } from "../../dsl/print.ts";
import type { LayerDef } from "../front/values.ts";
import {
  docComment, functions, layerSignature, paramText, type Signature, signatureText,
} from "./catalog.ts";
import type { Def, Names } from "./names.ts";
import { isTyped, type Recording, type Seen, valueText } from "./recording.ts";
import { exprsAround, type Target } from "./target.ts";

export interface Hover {
  /** Kiln source to show as code: `x: f32[64, 784]`, `Dense(units, act = identity)(x: [N, K])`. */
  code: string;
  /** A line of prose under it. */
  doc?: string;
  span: Span;
}

/** At most this many lines of values (one per instance and mode). */
const MAX_LINES = 8;

export function hover(t: Target | undefined, offset: number, names: Names, rec: Recording):
  Hover | undefined {
  if (!t) return expressionHover(offset, names, rec);
  if (t.kind === "import") return { code: `import "${t.path}"`, span: t.span };
  if (t.kind === "signature") return signatureHover(t.signature, t.span);
  if (t.kind === "param") {
    return { code: paramText(t.param), doc: `an argument of ${t.signature.name}`, span: t.span };
  }
  const { def, path, span, use } = t;
  // What elaboration bound the name to, where it is used or where it is declared.
  const seen = (use ? rec.values.get(use) : def.span && rec.bindings.get(def.span)) ?? [];
  const shown = (label: (s: Seen) => string = () => path) => valueLines(seen, label);
  const doc = def.node && declarationText(def.node);
  switch (def.kind) {
    case "input": case "output": case "binding": case "loop": case "dim":
      return { code: shown(() => (def.kind === "dim" ? `dim ${path}` : path)) ?? (doc || path),
        doc: def.kind === "loop"
        ? "a loop variable, known at compile time" : def.kind === "dim" ? dimDoc(def)
          : use && doc || undefined, span };
    case "param": case "state":
      // In a layer's body, the param of each instance: `fc1.W`, `fc2.W`.
      return { code: shown((s) => (s.inst && !path.includes(".") ? `${s.inst}.${path}` : path))
        ?? def.name, doc, span };
    case "instance": return instanceHover(def, path, span, seen, rec);
    case "hyper": case "arg": case "pattern": {
      const part = layerPart(def, span);
      return { ...part, code: shown() ?? part.code };
    }
    case "step": {
      const s = def.node?.kind === "train" ? def.node : undefined;
      const over = s?.over.length ? ` over ${s.over.map(printExpr).join(", ")}` : "";
      return { code: s ? `train ${s.name}: minimize ${printExpr(s.loss)}${over} with ` +
        printExpr(s.optimizer) : def.name, span };
    }
    case "layer": return signatureHover(layerSignature(def.node as LayerDef), span);
    case "builtin": {
      const h = signatureHover(functions.get(def.name)!, span);
      // On the callee, what the call gave: `relu(x @ W): f32[64, 128]`.
      const call = use && calledBy(use, offset, names);
      const result = call && valueLines(rec.values.get(call) ?? [], () => label(call));
      return result ? { ...h, code: `${h.code}\n${result}` } : h;
    }
    case "model": return { code: `model ${def.name}`, doc: def.node && docComment(def.node), span };
    case "training":
      return { code: "training: bool", doc: "true in training steps, false in predict", span };
  }
}

/** An expression that is not a name: `x @ W: f32[64, 128]`; a literal argument as the
 * parameter it fills: `rate = 0.2`. */
function expressionHover(offset: number, names: Names, rec: Recording): Hover | undefined {
  const path = exprsAround(names, offset)?.path ?? [];
  const e = path.at(-1);
  if (!e) return undefined;
  if (e.kind === "num" || e.kind === "str" || e.kind === "bool") {
    return argumentHover(e, path, rec);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const code = valueLines(rec.values.get(path[i]) ?? [], () => label(path[i]));
    if (code) return { code, span: path[i].span };
  }
  return undefined;
}

/** A literal passed to a call elaboration bound: the parameter it fills. */
function argumentHover(e: Expr, path: readonly Expr[], rec: Recording): Hover | undefined {
  const [call, pipe] = [path.at(-2), path.at(-3)];
  if (call?.kind !== "call") return undefined;
  // `x |> f(a)` is called with the pipe's span.
  const seen = rec.calls.get(pipe?.kind === "pipe" && pipe.right === call ? pipe.span : call.span);
  const param = seen && Object.keys(seen.bound).find((k) => seen.bound[k]?.span === e.span);
  if (!param) return undefined;
  const callee = seen.callee;
  const owner = callee.kind === "function" ? callee.name : callee.kind === "layer"
    ? callee.def.name : callee.inst.prefix;
  return { code: `${param} = ${printExpr(e)}`, doc: `an argument of ${owner}`, span: e.span };
}

/** The call whose callee is `callee`, if `offset` is on that callee. */
function calledBy(callee: Expr, offset: number, names: Names): Expr | undefined {
  const path = exprsAround(names, offset)?.path ?? [];
  const i = path.indexOf(callee);
  const parent = path[i - 1];
  if (parent?.kind === "call" && parent.callee === callee) {
    // `x |> relu` and `x |> f(a)` are calls made by the pipe around them.
    const pipe = path[i - 2];
    return pipe?.kind === "pipe" && pipe.right === parent ? pipe : parent;
  }
  return parent?.kind === "pipe" && parent.right === callee ? parent : undefined;
}

/** An expression as a label: its source, cut short. */
function label(e: Expr): string {
  const text = printExpr(e);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The values one label took in one instance's body: in training mode, then in eval mode. */
interface Group {
  label: string;
  sep: string;
  inst?: string;
  texts: [string[], string[]];
}

/**
 * `label: type` (tensors) or `label = value` (compile-time values), a line per context where
 * there are several: the instance whose body it is in (`# fc1`), and the mode where the modes
 * differ (`dropout`, `training ? a : b`). Values that differ in one context (a loop's
 * iterations) are joined with `|`.
 */
function valueLines(seen: readonly Seen[], labelOf: (s: Seen) => string): string | undefined {
  if (!seen.length) return undefined;
  const groups = new Map<string, Group>();
  for (const s of seen) {
    const label = labelOf(s);
    const inst = s.inst === undefined || label.startsWith(`${s.inst}.`) ? undefined : s.inst;
    const key = `${label}\0${inst ?? ""}`;
    // A number that varies with a bounded batch shows its bound: `B <= 64`.
    const varying = s.v.kind === "number" && s.v.varying !== undefined;
    const g = groups.get(key) ?? { label, inst,
      sep: isTyped(s.v) ? ": " : varying ? " <= " : " = ", texts: [[], []] };
    groups.set(key, g);
    const texts = g.texts[s.training ? 0 : 1];
    const text = valueText(s.v);
    if (!texts.includes(text)) texts.push(text);
  }
  // Instances that saw the same values share a line: `N = 8  # b1, b2`.
  const merged = new Map<string, { g: Group; insts: string[] }>();
  for (const g of groups.values()) {
    const key = `${g.label}\0${g.texts[0].join("\0")}\0\0${g.texts[1].join("\0")}`;
    const m = merged.get(key) ?? { g, insts: [] };
    if (g.inst !== undefined) m.insts.push(g.inst);
    merged.set(key, m);
  }
  const lines: string[] = [];
  for (const { g, insts } of merged.values()) {
    const [training, predict] = g.texts;
    const same = !training.length || !predict.length ||
      (training.length === predict.length && training.every((t) => predict.includes(t)));
    const line = (texts: string[], mode?: string) => {
      const where = [...insts, ...(mode ? [mode] : [])].join(", ");
      const shown = texts.length > 5 ? [...texts.slice(0, 4), "…"] : texts;
      lines.push(`${g.label}${g.sep}${shown.join(" | ")}${where ? `  # ${where}` : ""}`);
    };
    if (same) line(training.length ? training : predict);
    else {
      line(training, "training");
      line(predict, "predict");
    }
  }
  const more = lines.length - MAX_LINES;
  return more > 0 ? [...lines.slice(0, MAX_LINES), `# and ${more} more`].join("\n")
    : lines.join("\n");
}

/** `fc1 = Dense(128)`, then every param and state of the instance, nested ones included. */
function instanceHover(def: Def, path: string, span: Span, seen: readonly Seen[],
  rec: Recording): Hover {
  const prefixes = [...new Set(seen.flatMap((s) => (s.v.kind === "instance"
    ? [s.v.inst.prefix] : [])))];
  const made = def.node?.kind === "assign" ? ` = ${printExpr(def.node.value)}` : "";
  const members = prefixes.flatMap((p) => [...rec.members]
    .filter(([k]) => k.startsWith(`${p}.`)).map(([k, v]) => `${k}: ${v}`));
  const head = prefixes.length && prefixes[0] !== path ? `${path}${made}  # ${prefixes.join(", ")}`
    : `${path}${made}`;
  return { code: [head, ...members].join("\n"), doc: def.layer && docComment(def.layer), span };
}

function signatureHover(s: Signature, span: Span): Hover {
  return { code: signatureText(s), doc: s.doc || undefined, span };
}

function dimDoc(def: Def): string | undefined {
  return def.node?.kind === "dim" ? docComment(def.node) || undefined : undefined;
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
    case "dim": return `dim ${n.name} ${n.bound ? "<=" : "="} ${printExpr(n.value)}`;
    case "assign": {
      const names = n.targets.map((t) => t.name).join(", ");
      return `${n.targets.length > 1 ? `(${names})` : names} = ${printExpr(n.value)}`;
    }
    default: return "";
  }
}
