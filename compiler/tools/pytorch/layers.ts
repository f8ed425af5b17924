// A Kiln layer definition as a torch.nn.Module class: the hyperparameters are the
// constructor's arguments (kept as attributes), the tensor arguments forward's, and the body
// is forward's. The params, state and nested instances are made by the model that builds
// the instance, in the shapes Kiln elaborated.
import type { Expr, Span, Stmt } from "../../../dsl/ast.ts";
import { type Kind, type LayerDef, numberLiteral, stringLiteral } from "./expressions.ts";
import { type Binding, type ExportContext, FunctionWriter } from "./functions.ts";
import { gradTargets } from "./grads.ts";

/** Python for a default written as a literal (`0.1`, `"same"`, `-1`), else undefined. */
export function literal(e: Expr): string | undefined {
  // As written (1e-5), unless integral: Python then needs an int (it may be a dim).
  if (e.kind === "num") return Number.isInteger(e.value) ? numberLiteral(e.value).code : e.text;
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
    `    """${docstring(info.header)}  (${info.where})"""`, "",
    `    def __init__(${["self", ...params].join(", ")}):`, "        super().__init__()",
    ...hypers.map(({ py, attr }) => `        self.${attr} = ${py}`), ""];
  // An argument with a default is None unless given; forward computes the default.
  const args = def.args.map((a) => `${n.local(a.name)}${a.default ? "=None" : ""}`);
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
    const hyper = def.hyper.map((h) => ({ h,
      b: f.bindTo(h.name, { py: ctx.names.local(h.name),
        kind: info.hyperKinds.get(h.name) ?? "unknown" }),
      fallback: undefined as { code: string; reads: Binding[] } | undefined }));
    // A default that is no literal (`stride = size`, `act = identity`): the constructor takes
    // None, forward computes it (seeing the hyperparameters before it, as in Kiln).
    for (const x of hyper) {
      if (!x.h.default || literal(x.h.default) !== undefined) continue;
      hyper.forEach((y) => (y.b.used = false));
      const code = f.expr(x.h.default).code;
      x.fallback = { code, reads: hyper.filter((y) => y.b.used).map((y) => y.b) };
    }
    hyper.forEach((y) => (y.b.used = false));
    const bound = new Set([...def.hyper.map((h) => h.name), "training"]);
    const dims: { b: Binding; from: string; axis: number; whole: boolean }[] = [];
    for (const a of def.args) {
      const fallback = a.default && !(a.default.kind === "name" && a.default.name === "none")
        ? f.expr(a.default).code : undefined;
      const py = f.bind(a.name, "tensor");
      if (fallback !== undefined) line(`${py} = ${fallback} if ${py} is None else ${py}`);
      const t = a.type;
      if (tracked.has(a.name)) {
        line(`${py} = kiln.track(${py})`);
        f.usesKiln = true;
      }
      // Capitalised names not yet bound bind the dims they match (Kiln checked the rest);
      // written after the body, when it is known which of them it reads.
      t.dims.forEach((d, i) => {
        if (d.kind !== "name" || !/^[A-Z]/.test(d.name) || bound.has(d.name)) return;
        bound.add(d.name);
        const axis = t.rest === undefined || i < t.rest ? i : i - t.dims.length;
        dims.push({ b: f.bindTo(d.name, { py: ctx.names.local(d.name), kind: "int" }), from: py,
          axis, whole: t.rest === undefined });
      });
      bound.add(a.name);
    }
    f.stmts(def.body);
    for (const x of [...hyper].reverse()) {
      if (x.b.used) x.fallback?.reads.forEach((b) => (b.used = true));
    }
    const read = hyper.filter((x) => x.b.used);
    if (read.length) {
      line(`${read.map((x) => x.b.py).join(", ")} = ` +
        `${read.map((x) => `self.${ctx.names.attribute(x.h.name)}`).join(", ")}`);
    }
    for (const x of read) {
      if (!x.fallback) continue;
      line(`if ${x.b.py} is None:`);
      line(`    ${x.b.py} = ${x.fallback.code}`);
    }
    for (const from of new Set(dims.map((x) => x.from))) {
      const all = dims.filter((x) => x.from === from), read = all.filter((x) => x.b.used);
      if (!read.length) continue;
      const unpack = all[0].whole && all.length === def.args.find((a) =>
        ctx.names.local(a.name) === from)!.type.dims.length;
      const axes = read.map((x) => `${from}.shape[${x.axis}]`);
      line(unpack ? `${all.map((x) => x.b.used ? x.b.py : "_").join(", ")} = ${from}.shape`
        : `${read.map((x) => x.b.py).join(", ")} = ${axes.join(", ")}`);
    }
    const head = f.usesKiln ? ["        kiln = self.kiln"] : [];
    return { f, lines: [...head, ...prologue, ...f.lines] };
  };
  let r = write(new Set());
  const clash = r.f.boundNames().filter((x) => r.f.globalsRead.has(x));
  if (clash.length) r = write(new Set(clash));
  return r.lines;
}

/** Source text inside a Python docstring. */
export const docstring = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/"""/g, "'''");

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
