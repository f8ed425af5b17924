// A Kiln model as a KilnModel subclass (runtime.py): its instances, params and state built as
// Kiln elaborated them; `outputs` and one method per loss, each a slice of the model's body;
// `forward` choosing between them (the entry DistributedDataParallel calls); one torch.optim
// optimizer and one `train_<step>` method per train statement.
import type { Stmt } from "../../../dsl/ast.ts";
import { OPTIMIZERS } from "../../optim/table.ts";
import { init } from "./build.ts";
import { type Py, stringLiteral } from "./expressions.ts";
import { type ExportContext, FunctionWriter } from "./functions.ts";
import { gradTargets } from "./grads.ts";
import type { ModelParts } from "./parts.ts";
import { holds, slice, units } from "./slices.ts";
import { appliedUpdates, optimizers, trainMethod } from "./steps.ts";
import { boundIn } from "./walk.ts";

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
    ...(renamed.length
      ? [`    ATTRS = {${renamed.map((k) => `${q(k)}: ${q(n.path(k))}`).join(", ")}}`] : []),
    `    STEPS = {${m.ir.steps.map((s) => `${q(s.decl.name)}: ` +
      `(${list(OPTIMIZERS[s.decl.optimizer.name].slots)}, ${list(s.params)})`).join(", ")}}`, "",
    ...init(m, ctx), "", ...optimizers(m.ir.steps), ""];
  const inputs = [...d.inputs.keys()];
  const py = new Map(inputs.map((i) => [i, n.local(i)]));
  const lossKw = ["loss", "loss_name", "kiln_loss"].find((k) => ![...py.values()].includes(k))!;
  const params = inputs.map((i) => `${py.get(i)}=None, `).join("");
  out.push(`    def forward(self, ${params}*, ${lossKw}=None):`,
    `        """The outputs, or with ${lossKw}=NAME that loss, in the model's mode (Kiln's predict`,
    `        is the outputs in eval mode: model.predict(...)). Train steps call this."""`);
  const bodies: string[][] = [];
  const call = (name: string, args: string[]) =>
    `self.${name}(${args.map((a) => py.get(a)).join(", ")})`;
  const outputsFn = body(m, ctx, "outputs", new Set(m.item.body.flatMap((s, i) =>
    holds(s, (x) => x.kind === "output") ? [i] : [])));
  out.push(`        if ${lossKw} is None:`,
    `            return ${call("outputs", outputsFn.inputs)}`);
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
  const ir = m.ir.steps.find((s) => s.decl.name === step);
  const applied = new Set(ir ? appliedUpdates(m, ir) : []);
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
  const number = p.kind === "int" || p.kind === "num" || p.kind === "bool";
  return number ? `kiln.as_tensor(${p.code})` : p.code;
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

