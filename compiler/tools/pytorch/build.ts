// A model's __init__: its instances with their hyperparameters, then its params and state
// with their shapes and initialisers, all as Kiln elaborated them.
import type { Expr, Span } from "../../../dsl/ast.ts";
import type { Instance, Value } from "../../front/values.ts";
import { numberLiteral, stringLiteral } from "./expressions.ts";
import type { ExportContext } from "./functions.ts";
import { literal } from "./layers.ts";
import type { ModelParts } from "./parts.ts";

const q = stringLiteral;

export function init(m: ModelParts, ctx: ExportContext): string[] {
  const n = ctx.names;
  const d = m.ir.decls;
  const lines = ["    def __init__(self, seed=0, dtype=torch.float32, device=None):",
    "        super().__init__(seed, dtype, device)", "        kiln = self.kiln"];
  const visit = (inst: Instance) => {
    lines.push(`        self.${n.path(inst.prefix)} = ${instanceCode(inst, ctx)}`);
    for (const child of inst.children.values()) visit(child);
  };
  for (const inst of m.instances.values()) visit(inst);
  for (const p of d.params.values()) {
    lines.push(`        self.${n.path(p.name)} = kiln.param(${initArgs(p.shape, p.init)})`);
  }
  for (const s of d.state.values()) {
    const path = n.path(s.name).split(".");
    const owner = path.slice(0, -1).map((x) => `.${x}`).join("");
    lines.push(`        self${owner}.register_buffer(${q(path.at(-1)!)}, ` +
      `kiln.state(${initArgs(s.shape, s.init)}))`);
  }
  lines.push("        self.kiln_ready()");
  return lines;
}

const initArgs = (shape: readonly number[], init: { kind: string; args: number[] }) =>
  [`[${shape.join(", ")}]`, q(init.kind), ...init.args.map((a) => numberLiteral(a).code)]
    .join(", ");

/** `Dense(128, act=kiln.relu)`: hyperparameters as elaborated, defaults left out. */
function instanceCode(inst: Instance, ctx: ExportContext): string {
  const args: string[] = [];
  for (const h of inst.def.hyper) {
    const v = valueCode(inst.hyper.get(h.name)!, ctx, inst.span, `${inst.def.name}'s '${h.name}'`);
    const d = h.default;
    // A default naming an earlier hyperparameter (`stride = size`) gives that one's value.
    const earlier = d?.kind === "name" && inst.hyper.has(d.name) && d.name !== h.name
      ? valueCode(inst.hyper.get(d.name)!, ctx, inst.span, "") : undefined;
    const written = d && literal(d) !== undefined ? valueCode(literalValue(d), ctx, inst.span, "")
      : undefined;
    if (!d) args.push(v);
    else if (v !== (written ?? defaultName(d, ctx) ?? earlier)) {
      args.push(`${ctx.names.local(h.name)}=${v}`);
    }
  }
  return `${ctx.names.global(inst.def.name)}(${args.join(", ")})`;
}

/** The value of a default written as a literal (`1e-5`, `-1`, `"same"`, `true`). */
function literalValue(e: Expr): Value {
  if (e.kind === "unary" && e.operand.kind === "num") {
    return { kind: "number", value: -e.operand.value, isInt: e.operand.isInt };
  }
  if (e.kind === "num") return { kind: "number", value: e.value, isInt: e.isInt };
  return e.kind === "str" ? { kind: "string", value: e.value }
    : { kind: "bool", value: (e as { value: boolean }).value };
}

/** A default naming a built-in function, as a value would be written (`kiln.identity`). */
function defaultName(e: Expr, ctx: ExportContext): string | undefined {
  return e.kind === "name" && ctx.builtins.has(e.name) ? `kiln.${e.name}` : undefined;
}

function valueCode(v: Value, ctx: ExportContext, at: Span, what: string): string {
  switch (v.kind) {
    case "number": return numberLiteral(v.value).code;
    case "bool": return v.value ? "True" : "False";
    case "string": return q(v.value);
    case "list": return `[${v.items.map((x) => valueCode(x, ctx, at, what)).join(", ")}]`;
    case "tuple": return `(${v.items.map((x) => valueCode(x, ctx, at, what)).join(", ")})`;
    case "function":
      if (!ctx.rows.has(v.name)) ctx.fail(`cannot export '${v.name}' exactly: the PyTorch ` +
        `export has no translation of this built-in yet (compiler/tools/pytorch/builtins.py)`, at);
      return `kiln.${v.name}`;
    case "layer": return ctx.names.global(v.def.name);
    default:
      ctx.fail(`cannot export this instance: its hyperparameter ${what} is ` +
        `${v.kind === "tensor" ? "a tensor" : `a ${v.kind}`}, and the PyTorch module's ` +
        `constructor takes numbers, strings, booleans, lists, functions and layers`, at);
      return "None";
  }
}

