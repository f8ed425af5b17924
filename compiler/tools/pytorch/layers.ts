// A Kiln layer definition as a torch.nn.Module class: the hyperparameters are the
// constructor's arguments (kept as attributes), the tensor arguments forward's, and the body
// is forward's. The params, state and nested instances are made by the model that builds
// the instance, in the shapes Kiln elaborated.
import type { Expr, Span, Stmt } from "../../../dsl/ast.ts";
import { type Kind, type LayerDef, numberLiteral, stringLiteral } from "./expressions.ts";
import { type ExportContext, FunctionWriter } from "./functions.ts";
import { gradTargets } from "./grads.ts";

/** Python for a default written as a literal (`0.1`, `"same"`, `-1`), else undefined. */
export function literal(e: Expr): string | undefined {
  if (e.kind === "num") return numberLiteral(e.value).code;
  if (e.kind === "str") return stringLiteral(e.value);
  if (e.kind === "bool") return e.value ? "True" : "False";
  if (e.kind === "unary" && e.operand.kind === "num") return numberLiteral(-e.operand.value).code;
  return undefined;
}

export interface LayerInfo {
  /** `layer Dense(units, act = identity)(x: [N, K])` as written, and where. */
  header: string;
  where: string;
  /** The kind of each hyperparameter over every instance made of the layer. */
  hyperKinds: ReadonlyMap<string, Kind>;
  /** More lines for the class (the prelude layers' PyTorch counterparts). */
  extra: readonly string[];
}

export function layerClass(def: LayerDef, ctx: ExportContext, info: LayerInfo): string[] {
  const n = ctx.names;
  const hypers = def.hyper.map((h) => ({ h, py: n.local(h.name), attr: n.attribute(h.name) }));
  checkMembers(def, ctx);
  const params = hypers.map(({ h, py }) =>
    h.default ? `${py}=${literal(h.default) ?? "None"}` : py);
  const out = [`class ${n.global(def.name)}(KilnModule):`,
    `    """${info.header.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"')}  (${info.where})"""`, "",
    `    def __init__(${["self", ...params].join(", ")}):`, "        super().__init__()",
    ...hypers.map(({ py, attr }) => `        self.${attr} = ${py}`), ""];
  const args = def.args.map((a) => n.local(a.name));
  out.push(`    def forward(${["self", ...args].join(", ")}):`, ...forwardBody(def, ctx, info));
  if (info.extra.length) out.push("", ...info.extra);
  return out;
}

function forwardBody(def: LayerDef, ctx: ExportContext, info: LayerInfo): string[] {
  const tracked = gradTargets(def.body, ctx);
  const write = (taken: ReadonlySet<string>) => {
    const f = new FunctionWriter(ctx, taken, tracked);
    const prologue: string[] = [];
    const line = (s: string) => prologue.push(`        ${s}`);
    for (const h of def.hyper) f.bind(h.name, info.hyperKinds.get(h.name) ?? "unknown");
    if (def.hyper.length) {
      const pys = def.hyper.map((h) => f.name(h.name, h.span).code);
      line(`${pys.join(", ")} = ${def.hyper.map((h) => `self.${ctx.names.attribute(h.name)}`).join(", ")}`);
    }
    for (const h of def.hyper) {
      if (!h.default || literal(h.default) !== undefined) continue;
      const py = f.name(h.name, h.span).code;
      line(`if ${py} is None:`);
      line(`    ${py} = ${f.expr(h.default).code}`);
    }
    const bound = new Set([...def.hyper.map((h) => h.name), "training"]);
    for (const a of def.args) {
      const py = f.bind(a.name, "tensor");
      const t = a.type;
      if (t.rest !== undefined && t.dims.length === 0) {
        line(`${py} = kiln.as_tensor(${py})`);
        f.usesKiln = true;
      }
      if (tracked.has(a.name)) {
        line(`${py} = kiln.track(${py})`);
        f.usesKiln = true;
      }
      // Capitalised names not yet bound bind the dims they match; Kiln checked the rest.
      const binds: [string, string][] = [];
      t.dims.forEach((d, i) => {
        if (d.kind !== "name" || !/^[A-Z]/.test(d.name) || bound.has(d.name)) return;
        bound.add(d.name);
        const axis = t.rest === undefined || i < t.rest ? i : i - t.dims.length;
        binds.push([f.bind(d.name, "int"), `${py}.shape[${axis}]`]);
      });
      bound.add(a.name);
      if (!binds.length) continue;
      const whole = t.rest === undefined && binds.length === t.dims.length;
      line(whole ? `${binds.map((b) => b[0]).join(", ")} = ${py}.shape`
        : `${binds.map((b) => b[0]).join(", ")} = ${binds.map((b) => b[1]).join(", ")}`);
    }
    f.stmts(def.body);
    const head = f.usesKiln ? ["        kiln = self.kiln"] : [];
    return { f, lines: [...head, ...prologue, ...f.lines] };
  };
  let r = write(new Set());
  const clash = r.f.boundNames().filter((x) => r.f.globalsRead.has(x));
  if (clash.length) r = write(new Set(clash));
  return r.lines;
}

/** Hyperparameters are attributes beside the params, state and instances: one name each. */
function checkMembers(def: LayerDef, ctx: ExportContext): void {
  const members = new Map<string, Span>();
  const visit = (body: readonly Stmt[]) => body.forEach((s) => {
    if (s.kind === "param" || s.kind === "state") members.set(s.name, s.nameSpan);
    if (s.kind === "assign" && s.targets.length === 1 && s.value.kind === "call" &&
      s.value.callee.kind === "name" && ctx.layer(s.value.callee.name)) {
      members.set(s.targets[0].name, s.targets[0].span);
    }
    if (s.kind === "for") visit(s.body);
  });
  visit(def.body);
  for (const h of def.hyper) {
    const at = members.get(h.name);
    if (at) {
      ctx.fail(`cannot export layer '${def.name}': its hyperparameter '${h.name}' and a ` +
        `member of the same name would be one attribute of the PyTorch module`, at);
    }
  }
}
