// The train steps: one torch.optim optimizer per step, with Kiln's hyperparameters, and one
// `train_<step>` method, which runs the step's loss (through DistributedDataParallel if
// given), backward, clipping, the update, and the state updates the step applies.
import type { OptimizerSpec } from "../../front/decls.ts";
import type { StepIR } from "../../model.ts";
import { numberLiteral, stringLiteral } from "./expressions.ts";
import { docstring } from "./layers.ts";
import type { ModelParts } from "./parts.ts";

const q = stringLiteral;
const list = (xs: readonly string[]) => `[${xs.map(q).join(", ")}]`;

export function optimizers(steps: readonly StepIR[]): string[] {
  const made = steps.filter((s) => s.params.length);
  return ["    def make_optimizers(self):",
    "        \"\"\"One torch.optim optimizer per train step, over the params it trains.\"\"\"",
    "        p = self.kiln_tensor", "        return {",
    ...made.map((s) =>
      `            ${q(s.decl.name)}: ${optimizerCode(s.decl.optimizer, s.params)},`),
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
      return `torch.optim.RMSprop(${ps}, lr=${num("lr")}, alpha=${num("alpha")}, ` +
        `eps=${num("eps")}${wd})`;
    case "adam": case "adamw":
      return `torch.optim.${o.name === "adam" ? "Adam" : "AdamW"}(${ps}, lr=${num("lr")}, ` +
        `betas=(${num("beta1")}, ${num("beta2")}), eps=${num("eps")}` +
        `${o.name === "adamw" ? `, weight_decay=${num("weight_decay")}` : wd})`;
  }
}

/** The state updates a step applies (its graph also writes its params and optimizer slots). */
export function appliedUpdates(m: ModelParts, s: StepIR): string[] {
  return s.graph.outputs.filter((o) => o.role === "state" && m.ir.decls.state.has(o.name))
    .map((o) => o.name);
}

export function trainMethod(m: ModelParts, s: StepIR, name: string, lossKw: string,
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
  const updates = appliedUpdates(m, s);
  const clip = s.decl.optimizer.args.clip_norm;
  const opt = `self.optimizers[${step}]`;
  return [`    def ${name}(${["self", ...args].join(", ")}, *, ${forward}=None):`,
    `        """${docstring(m.text(s.decl.span))}  (${m.where(s.decl.span)})`,
    `        One optimizer step, as Kiln's train(feeds, ${step}); returns the loss before the`,
    `        update. ${forward}: what computes the loss (a DistributedDataParallel of this model).`,
    `        """`,
    `        ${run} = self if ${forward} is None else ${forward}`,
    `        ${run}.train()`,
    "        self.kiln.begin_step()",
    "        self.zero_grad(set_to_none=True)",
    `        ${value} = ${run}(${[...args.map((a) => `${a}=${a}`),
      `${lossKw}=${q(s.decl.lossName)}`].join(", ")})`,
    ...(s.params.length ? [`        ${value}.backward()`,
      ...(typeof clip === "number"
        ? [`        torch.nn.utils.clip_grad_norm_(${opt}.param_groups[0]["params"], ` +
          `${numberLiteral(clip).code})`]
        : []),
      `        ${opt}.step()`] : []),
    `        self.kiln.end_step(${step}, ${list(updates)})`,
    `        return ${value}.detach()`];
}
