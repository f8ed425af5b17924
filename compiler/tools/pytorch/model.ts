// A Kiln model as a KilnModel subclass (runtime.py): its instances, params and state built as
// Kiln elaborated them; `outputs` and one method per loss, each a slice of the model's body;
// `forward` choosing between them (the entry DistributedDataParallel calls); one torch.optim
// optimizer and one `train_<step>` method per train statement.
import type { Span, Stmt, TopLevel } from "../../../dsl/ast.ts";
import type { OptimizerSpec } from "../../front/decls.ts";
import type { ModelIR, StepIR } from "../../model.ts";
import type { Instance, Value } from "../../front/values.ts";
import { numberLiteral, type Py, stringLiteral } from "./expressions.ts";
import { type ExportContext, FunctionWriter } from "./functions.ts";
import { gradTargets } from "./grads.ts";
import { literal } from "./layers.ts";
import { holds, slice, units } from "./slices.ts";
import { boundIn } from "./walk.ts";

type ModelItem = Extract<TopLevel, { kind: "model" }>;

export interface ModelParts {
  item: ModelItem;
  ir: ModelIR;
  /** The model's instances by binding name, as elaboration made them. */
  instances: ReadonlyMap<string, Instance>;
  /** Source text at a span, for docstrings. */
  text(span: Span): string;
  where(span: Span): string;
  /** The Python class's name. */
  className: string;
}

const q = stringLiteral;

export function modelClass(m: ModelParts, ctx: ExportContext): string[] {
  const n = ctx.names;
  const d = m.ir.decls;
  const taken = new Set(["forward", "outputs", "predict", "make_optimizers",
    ...[...m.instances.keys(), ...d.params.keys(), ...d.state.keys()]
      .filter((k) => !k.includes(".")).map((k) => n.attribute(k))]);
  const method = (base: string) => {
    let name = base;
    while (taken.has(name)) name += "_";
    taken.add(name);
    return name;
  };
  const losses = new Map(d.steps.map((s) => [s.lossName, s]));
  const lossMethods = new Map([...losses.keys()].map((l) => [l, method(n.attribute(l))]));
  const renamed = [...d.params.keys(), ...d.state.keys()].filter((k) => n.path(k) !== k);
  const out = [`class ${m.className}(KilnModel):`,
    `    """model ${d.name}  (${m.where(m.item.nameSpan)})"""`,
    `    MODEL = ${q(d.name)}`,
    `    PARAMS = ${list([...d.params.keys()])}`,
    `    STATE = ${list([...d.state.keys()])}`,
    ...(renamed.length ? [`    ATTRS = {${renamed.map((k) => `${q(k)}: ${q(n.path(k))}`).join(", ")}}`] : []),
    `    STEPS = {${m.ir.steps.map((s) => `${q(s.decl.name)}: (${q(s.decl.optimizer.name)}, ` +
      `${list(s.params)})`).join(", ")}}`, "",
    ...init(m, ctx), "", ...optimizers(m.ir.steps), ""];
  const inputs = [...d.inputs.keys()];
  const py = new Map(inputs.map((i) => [i, n.local(i)]));
  const lossKw = ["loss", "loss_name", "kiln_loss"].find((k) => ![...py.values()].includes(k))!;
  out.push(`    def forward(self, ${inputs.map((i) => `${py.get(i)}=None, `).join("")}*, ${lossKw}=None):`,
    `        """The outputs, or with ${lossKw}=NAME that loss, in the model's mode (Kiln's predict`,
    `        is the outputs in eval mode: model.predict(...)). Train steps call this."""`);
  const bodies: string[][] = [];
  const call = (name: string, args: string[]) => `self.${name}(${args.map((a) => py.get(a)).join(", ")})`;
  const outputsFn = body(m, ctx, "outputs", new Set(m.item.body.flatMap((s, i) =>
    holds(s, (x) => x.kind === "output") ? [i] : [])));
  out.push(`        if ${lossKw} is None:`, `            return ${call("outputs", outputsFn.inputs)}`);
  bodies.push(outputsFn.lines);
  const lossInputs = new Map<string, string[]>();
  for (const [loss, step] of losses) {
    const fn = body(m, ctx, lossMethods.get(loss)!, targetsOf(m, step.name), step.name);
    out.push(`        if ${lossKw} == ${q(loss)}:`,
      `            return ${call(lossMethods.get(loss)!, fn.inputs)}`);
    bodies.push(fn.lines);
    lossInputs.set(loss, fn.inputs);
  }
  out.push(`        raise ValueError(f"no loss named {${lossKw}!r}; the model's losses are ` +
    `${[...losses.keys()].map((l) => `'${l}'`).join(", ") || "none"}")`, "");
  for (const b of bodies) out.push(...b, "");
  for (const s of m.ir.steps) {
    const args = lossInputs.get(s.decl.lossName)!.map((i) => py.get(i)!);
    out.push(...trainMethod(m, s, method(`train_${s.decl.name}`), lossKw, args), "");
  }
  return out;
}

const list = (xs: readonly string[]) => `[${xs.map(q).join(", ")}]`;

/** The units of a step's loss: its train statement and the model-level updates it applies. */
function targetsOf(m: ModelParts, step: string): Set<number> {
  const applied = new Set(m.ir.steps.find((s) => s.decl.name === step)?.graph.outputs
    .filter((o) => o.role === "state").map((o) => o.name));
  return new Set(m.item.body.flatMap((s, i) => holds(s, (x) =>
    (x.kind === "train" && x.name === step) || (x.kind === "update" && applied.has(x.name)))
    ? [i] : []));
}

/** A method computing the outputs (no `step`) or a step's loss from the statements it needs. */
function body(m: ModelParts, ctx: ExportContext, name: string, targets: Set<number>,
  step?: string): { inputs: string[]; lines: string[] } {
  const us = units(m.item.body, (l) => ctx.layer(l) !== undefined);
  const kept = slice(us, targets).map((i) => us[i].stmt);
  const tracked = gradTargets(kept, ctx);
  const write = (taken: ReadonlySet<string>) => {
    const f = new FunctionWriter(ctx, taken, tracked);
    const train = kept.findIndex((s) => s.kind === "train" && s.name === step);
    const lossStmt = train >= 0 ? kept[train] as Extract<Stmt, { kind: "train" }> : undefined;
    const direct = lossStmt !== undefined && train === kept.length - 1;
    const result = lossStmt && !direct ? fresh("value", kept) : "";
    kept.forEach((s, i) => {
      if (s === lossStmt && direct) f.line(`return ${tensorCode(f.expr(s.loss))}`);
      else if (s === lossStmt) f.line(`${result} = ${tensorCode(f.expr(s.loss))}`);
      else if (s.kind === "for" && step && holds(s, (x) => x.kind === "train" && x.name === step)) {
        throw new Error("internal: a train statement inside a loop");
      } else {
        const later = kept.slice(i + 1).flatMap((x) => boundIn([x]));
        f.stmt(s);
        if (s.kind === "output" && later.includes(s.name)) snapshot(f, s.name);
      }
    });
    if (!step) f.line(`return {${f.outputs.map(([k, v]) => `${q(k)}: ${v}`).join(", ")}}`);
    else if (!direct) f.line(`return ${result}`);
    const inputs = kept.flatMap((s) => (s.kind === "input" ? [s.name] : []));
    const args = inputs.map((i) => ctx.names.local(i, taken));
    const what = step ? `the loss of train step '${step}'` : "the outputs";
    const head = [`    def ${name}(${["self", ...args].join(", ")}):`,
      `        """${what[0].toUpperCase()}${what.slice(1)}, in the model's current mode."""`,
      ...(f.usesKiln ? ["        kiln = self.kiln"] : [])];
    return { f, inputs, lines: [...head, ...f.lines] };
  };
  let r = write(new Set());
  const clash = r.f.boundNames().filter((x) => r.f.globalsRead.has(x));
  if (clash.length) r = write(new Set(clash));
  return { inputs: r.inputs, lines: r.lines };
}

/** A loss or output that is a number (`loss = 0.5`) as the scalar tensor Kiln makes it. */
function tensorCode(p: Py): string {
  return p.kind === "int" || p.kind === "num" || p.kind === "bool" ? `kiln.as_tensor(${p.code})` : p.code;
}

/** An output whose name is bound again later: its value as the output statement left it. */
function snapshot(f: FunctionWriter, name: string): void {
  const at = f.outputs.length - 1;
  const [, py] = f.outputs[at];
  f.line(`${py}_output = ${py}`);
  f.outputs[at] = [name, `${py}_output`];
}

function fresh(base: string, body: readonly Stmt[]): string {
  const used = new Set(boundIn(body));
  let name = base;
  while (used.has(name)) name += "_";
  return name;
}

function init(m: ModelParts, ctx: ExportContext): string[] {
  const n = ctx.names;
  const d = m.ir.decls;
  const lines = ["    def __init__(self, seed=0, dtype=torch.float32, device=None):",
    "        super().__init__(seed, dtype, device)", "        kiln = self.kiln"];
  const visit = (inst: Instance) => {
    lines.push(`        self.${n.path(inst.prefix)} = ${instanceCode(inst, ctx)}`);
    for (const child of inst.children.values()) visit(child);
  };
  for (const inst of m.instances.values()) visit(inst);
  checkOwned(m, ctx);
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

/** Every param and state of an instance belongs to the instance a module stands for: a name
 * bound to a second layer (`fc = Dense(3)`, later `fc = LayerNorm()`) leaves the first one's
 * params without a module. */
function checkOwned(m: ModelParts, ctx: ExportContext): void {
  const owned = new Set<string>();
  const visit = (inst: Instance) => {
    for (const name of [...inst.params.values(), ...inst.state.values()]) owned.add(name);
    inst.children.forEach(visit);
  };
  m.instances.forEach(visit);
  const d = m.ir.decls;
  const reported = new Set<string>();
  for (const p of [...d.params.values(), ...d.state.values()]) {
    const prefix = p.name.slice(0, Math.max(0, p.name.lastIndexOf(".")));
    if (!prefix || owned.has(p.name) || reported.has(prefix)) continue;
    reported.add(prefix);
    ctx.fail(`cannot export instance '${prefix}': its name was bound to an instance of ` +
      `another layer later, and a PyTorch module has one child of each name; give each ` +
      `instance a name of its own`, binding(m.item.body, prefix.split(".")[0]) ?? p.span);
  }
}

/** Where the model first binds `name`. */
function binding(body: readonly Stmt[], name: string): Span | undefined {
  for (const s of body) {
    if (s.kind === "assign" && s.targets.some((t) => t.name === name)) return s.span;
    const inner = s.kind === "for" ? binding(s.body, name) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

const initArgs = (shape: readonly number[], init: { kind: string; args: number[] }) =>
  [`[${shape.join(", ")}]`, q(init.kind), ...init.args.map((a) => numberLiteral(a).code)].join(", ");

/** `Dense(128, act=kiln.relu)`: hyperparameters as elaborated, defaults left out. */
function instanceCode(inst: Instance, ctx: ExportContext): string {
  const args: string[] = [];
  for (const h of inst.def.hyper) {
    const v = valueCode(inst.hyper.get(h.name)!, ctx, inst.span, `${inst.def.name}'s '${h.name}'`);
    const d = h.default;
    // A default naming an earlier hyperparameter (`stride = size`) gives that one's value.
    const earlier = d?.kind === "name" && inst.hyper.has(d.name) && d.name !== h.name
      ? valueCode(inst.hyper.get(d.name)!, ctx, inst.span, "") : undefined;
    if (!d) args.push(v);
    else if (v !== (literal(d) ?? defaultName(d, ctx) ?? earlier)) {
      args.push(`${ctx.names.local(h.name)}=${v}`);
    }
  }
  return `${ctx.names.global(inst.def.name)}(${args.join(", ")})`;
}

/** A default naming a built-in function, as a value would be written (`kiln.identity`). */
function defaultName(e: import("../../../dsl/ast.ts").Expr, ctx: ExportContext): string | undefined {
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
        `export has no translation of this built-in yet (compiler/tools/pytorch/runtime.py)`, at);
      return `kiln.${v.name}`;
    case "layer": return ctx.names.global(v.def.name);
    default:
      ctx.fail(`cannot export this instance: its hyperparameter ${what} is ` +
        `${v.kind === "tensor" ? "a tensor" : `a ${v.kind}`}, and the PyTorch module's ` +
        `constructor takes numbers, strings, booleans, lists, functions and layers`, at);
      return "None";
  }
}

function optimizers(steps: readonly StepIR[]): string[] {
  const made = steps.filter((s) => s.params.length);
  return ["    def make_optimizers(self):",
    "        \"\"\"One torch.optim optimizer per train step, over the params it trains.\"\"\"",
    "        p = self.kiln_tensor", "        return {",
    ...made.map((s) => `            ${q(s.decl.name)}: ${optimizerCode(s.decl.optimizer, s.params)},`),
    "        }"];
}

/** torch.optim with Kiln's hyperparameters (Kiln's optimizers are torch.optim's rules). */
export function optimizerCode(o: OptimizerSpec, params: readonly string[]): string {
  const a = o.args;
  const num = (k: string) => numberLiteral(a[k] as number).code;
  const ps = `[${params.map((p) => `p(${q(p)})`).join(", ")}]`;
  const wd = a.weight_decay ? `, weight_decay=${num("weight_decay")}` : "";
  switch (o.name) {
    case "sgd": return `torch.optim.SGD(${ps}, lr=${num("lr")}${wd})`;
    case "momentum":
      if (!a.momentum) return `torch.optim.SGD(${ps}, lr=${num("lr")}${wd})`;
      return `torch.optim.SGD(${ps}, lr=${num("lr")}, momentum=${num("momentum")}` +
        `${a.nesterov ? ", nesterov=True" : ""}${wd})`;
    case "rmsprop":
      return `torch.optim.RMSprop(${ps}, lr=${num("lr")}, alpha=${num("alpha")}, eps=${num("eps")}${wd})`;
    case "adam": case "adamw":
      return `torch.optim.${o.name === "adam" ? "Adam" : "AdamW"}(${ps}, lr=${num("lr")}, ` +
        `betas=(${num("beta1")}, ${num("beta2")}), eps=${num("eps")}` +
        `${o.name === "adamw" ? `, weight_decay=${num("weight_decay")}` : wd})`;
  }
}

function trainMethod(m: ModelParts, s: StepIR, name: string, lossKw: string,
  args: string[]): string[] {
  const used = new Set(args);
  const local = (base: string) => {
    let x = base;
    while (used.has(x)) x += "_";
    used.add(x);
    return x;
  };
  const [run, value, forward] = [local("run"), local("value"), local("forward")];
  const step = q(s.decl.name);
  const updates = s.graph.outputs.filter((o) => o.role === "state").map((o) => o.name);
  const clip = s.decl.optimizer.args.clip_norm;
  const opt = `self.optimizers[${step}]`;
  return [`    def ${name}(${["self", ...args].join(", ")}, *, ${forward}=None):`,
    `        """${m.text(s.decl.span).replace(/"""/g, "'''")}  (${m.where(s.decl.span)})`,
    `        One optimizer step, as Kiln's train(feeds, ${step}); returns the loss before the`,
    `        update. ${forward}: what computes the loss (a DistributedDataParallel of this model).`,
    `        """`,
    `        ${run} = self if ${forward} is None else ${forward}`,
    `        ${run}.train()`,
    "        self.kiln.begin_step()",
    "        self.zero_grad(set_to_none=True)",
    `        ${value} = ${run}(${[...args.map((a) => `${a}=${a}`), `${lossKw}=${q(s.decl.lossName)}`].join(", ")})`,
    ...(s.params.length ? [`        ${value}.backward()`,
      ...(typeof clip === "number"
        ? [`        torch.nn.utils.clip_grad_norm_(${opt}.param_groups[0]["params"], ${numberLiteral(clip).code})`]
        : []),
      `        ${opt}.step()`] : []),
    `        self.kiln.end_step(${step}, ${list(updates)})`,
    `        return ${value}.detach()`];
}
