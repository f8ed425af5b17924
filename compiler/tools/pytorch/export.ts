// `kiln export --pytorch`: a model file as one Python module for PyTorch. The runtime
// (builtins.py, runtime.py, safetensors.py) comes first, then the dims, one class per layer
// definition the model uses and one for the model. The classes follow the source;
// elaboration supplies what the source leaves to the compiler (every instance's
// hyperparameters, every param's shape, which state updates each train step applies).
import type { Program, Span, TopLevel } from "../../../dsl/ast.ts";
import { type Diagnostic, KilnError } from "../../../dsl/diagnostics.ts";
import { type CompileOptions, InternalError, load } from "../../compile.ts";
import { BUILTINS } from "../../front/builtins/table.ts";
import { emptyDecls } from "../../front/decls.ts";
import { globalScope } from "../../front/elaborate/globals.ts";
import { Elaborator } from "../../front/elaborate/statements.ts";
import { PRELUDE_FILE } from "../../front/prelude.ts";
import { ErrorLog } from "../../front/recovery.ts";
import type { Scope } from "../../front/scope.ts";
import type { Instance, Value } from "../../front/values.ts";
import { Budget, limitsOf } from "../../limits.ts";
import { buildModel } from "../../model.ts";
import type { Kind, LayerDef, Py } from "./expressions.ts";
import type { ExportContext } from "./functions.ts";
import { layerClass } from "./layers.ts";
import { modelClass } from "./model.ts";
import type { ModelItem } from "./parts.ts";
import { PythonNames } from "./names.ts";
import { pythonRuntime } from "./runtime.ts";
import { torchLayers } from "./torchLayers.ts";

export type ExportOptions = Pick<CompileOptions, "file" | "model" | "dims" | "host" | "limits">;

export interface ExportResult {
  ok: boolean;
  /** The Python module's text. */
  python: string;
  /** The model's class in it. */
  className: string;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}



/** Records the model's instances as elaboration makes them. */
class InstanceElaborator extends Elaborator {
  instances(): ReadonlyMap<string, Instance> {
    return this.modelInstances;
  }
}

export function exportPyTorch(source: string, options: ExportOptions = {}): ExportResult {
  const sources = new Map<string, string>();
  const result: ExportResult = { ok: false, python: "", className: "", diagnostics: [], sources };
  try {
    const programs = load(source, options, sources);
    const limits = limitsOf(options.limits);
    const ir = buildModel(programs, { model: options.model, dims: options.dims, limits });
    const item = chosenModel(programs, options.model);
    const log = new ErrorLog(programs.map((p) => p.file), limits.errors);
    const budget = new Budget(limits.steps);
    const globals = globalScope(programs, options.dims ?? {}, log, budget);
    const instances = modelInstances(item, globals, log, budget);
    const failures: Diagnostic[] = [];
    const runtime = pythonRuntime();
    const names = new PythonNames(runtime.moduleNames);
    const layers = new Map<string, LayerDef>();
    const dims: [string, number][] = [];
    const global = new Map<string, Py>();
    for (const [name, v] of globals.vars) {
      if (v.kind === "layer") layers.set(name, v.def);
      if (v.kind === "number") dims.push([name, v.value]);
      if (v.kind === "layer" || v.kind === "number") {
        const kind = v.kind === "layer" ? "layer" : "int";
        global.set(name, { code: names.global(name), prec: 15, kind });
      }
    }
    const members = new Map<LayerDef, Set<string>>();
    const ctx: ExportContext = {
      names, globals: global, builtins: new Set(Object.keys(BUILTINS)), rows: runtime.builtins,
      layer: (name) => layers.get(name),
      tensorMembers: (def) =>
        members.get(def) ?? members.set(def, declaredTensors(def.body)).get(def)!,
      fail: (message, span) => failures.push({ severity: "error", message, span }),
    };
    const text = (span: Span) => sources.get(span.file)!.slice(span.start, span.end);
    const where = (span: Span) => `${span.file}:${span.line}`;
    const used = usedLayers(instances);
    const classes = programs.flatMap((p) => p.items.flatMap((i) => {
      if (i.kind !== "layer" || !used.has(i)) return [];
      return [layerClass(i, ctx, { header: header(i, text), where: where(i.nameSpan),
        hyperKinds: hyperKinds(i, instances),
        extra: i.span.file === PRELUDE_FILE ? torchLayers().get(i.name)?.split("\n") ?? [] : [] })
        .join("\n")];
    }));
    // The model's class may not take the name of a layer's class or of a dim.
    const taken = new Set([...layers.keys(), ...dims.map(([k]) => k)].map((k) => names.global(k)));
    let cls = names.global(item.name);
    while (taken.has(cls)) cls += "_";
    const parts = { item, ir, instances, text, where, className: cls };
    const model = modelClass(parts, ctx);
    if (failures.length) throw new KilnError(failures);
    result.className = cls;
    result.python = [usage(result.className, options.file ?? "model.kiln", ir), runtime.text,
      "", "# ---- the model ----", ...dims.map(([k, v]) => `${names.global(k)} = ${v}`),
      "", "", classes.join("\n\n\n"), "", "", model.join("\n"), ""].join("\n");
    result.diagnostics = ir.warnings;
    result.ok = true;
  } catch (e) {
    if (e instanceof KilnError) result.diagnostics = e.diagnostics;
    else throw new InternalError(e, sources);
  }
  return result;
}

/**
 * The model's instances as both modes' elaborations make them, merged: an instance keeps the
 * hyperparameters of its first binding (training mode runs first, as in buildModel), and
 * gets the params, state and nested instances either mode's calls create (a layer called
 * only in eval mode, `training ? x : norm(x)`, makes its params there).
 */
function modelInstances(item: ModelItem, globals: Scope, log: ErrorLog, budget: Budget):
  Map<string, Instance> {
  const decls = emptyDecls(item.name);
  const [train, evalMode] = [true, false].map((training) => {
    const e = new InstanceElaborator(globals, decls, training, log, budget);
    e.run(item.body);
    return e.instances();
  });
  return mergeInstances(train, evalMode);
}

function mergeInstances(a: ReadonlyMap<string, Instance>, b: ReadonlyMap<string, Instance>):
  Map<string, Instance> {
  const out = new Map(a);
  for (const [name, y] of b) {
    const x = out.get(name);
    out.set(name, !x ? y : { ...x, children: mergeInstances(x.children, y.children),
      params: new Map([...y.params, ...x.params]), state: new Map([...y.state, ...x.state]) });
  }
  return out;
}

function chosenModel(programs: readonly Program[], name: string | undefined): ModelItem {
  const isModel = (i: TopLevel): i is ModelItem => i.kind === "model";
  const all = programs.flatMap((p) => p.items.filter(isModel));
  return name === undefined ? programs.at(-1)!.items.filter(isModel).at(-1)!
    : all.find((m) => m.name === name)!;
}

/** `layer Dense(units, act = identity)(x: [N, K])`, as written. */
function header(def: LayerDef, text: (s: Span) => string): string {
  const whole = text(def.span);
  return whole.slice(0, whole.indexOf("{")).trim().replace(/\s+/g, " ");
}

/** Layers with instances, and layers passed as hyperparameters. */
function usedLayers(instances: ReadonlyMap<string, Instance>): Set<LayerDef> {
  const used = new Set<LayerDef>();
  const value = (v: Value): void => {
    if (v.kind === "layer") used.add(v.def);
    if (v.kind === "list" || v.kind === "tuple") v.items.forEach(value);
  };
  const visit = (inst: Instance) => {
    used.add(inst.def);
    inst.hyper.forEach(value);
    inst.children.forEach(visit);
  };
  instances.forEach(visit);
  return used;
}

/** What each hyperparameter of `def` holds over all its instances. */
function hyperKinds(def: LayerDef, instances: ReadonlyMap<string, Instance>): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  const visit = (inst: Instance) => {
    if (inst.def === def) {
      for (const [name, v] of inst.hyper) {
        const k = kindOf(v);
        const was = kinds.get(name);
        kinds.set(name, was === undefined || was === k ? k
          : (was === "int" || was === "num") && (k === "int" || k === "num") ? "num" : "unknown");
      }
    }
    inst.children.forEach(visit);
  };
  instances.forEach(visit);
  return kinds;
}

function kindOf(v: Value): Kind {
  switch (v.kind) {
    case "number": return Number.isInteger(v.value) ? "int" : "num";
    case "bool": return "bool";
    case "list": return "list";
    case "layer": return "layer";
    case "tensor": return "tensor";
    default: return "other";
  }
}

function declaredTensors(body: readonly import("../../../dsl/ast.ts").Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const s of body) {
    if (s.kind === "param" || s.kind === "state") out.add(s.name);
    if (s.kind === "for") declaredTensors(s.body).forEach((x) => out.add(x));
  }
  return out;
}

/** The module's docstring: how to use the class. */
function usage(cls: string, file: string, ir: import("../../model.ts").ModelIR): string {
  const d = ir.decls;
  const feeds = [...d.inputs.values()].map((i) => i.name).join(", ");
  const step = ir.steps[0]?.decl.name;
  return [`"""${cls}: ${file} exported for PyTorch by \`kiln export --pytorch\`.`, "",
    `    model = ${cls}(seed=0)              # or dtype=torch.float64, device="cuda"`,
    `    model.load_safetensors("weights.safetensors")   # what a Kiln module's save() wrote`,
    ...(step ? [`    loss = model.train_${step}(${feeds})     # one optimizer step, training mode`]
      : []),
    `    outputs = model.predict(${[...d.inputs.values()].filter((i) => ir.predict.nodes
      .some((n) => n.op === "input" && n.attrs.name === i.name)).map((i) => i.name).join(", ")})` +
      `   # Kiln's predict: the outputs in eval mode`,
    `    model.save_safetensors("weights.safetensors")   # for a Kiln module's load()`, "",
    `Inputs: ${[...d.inputs.values()].map((i) => `${i.name} ${i.dtype === "i" ? "int" : "float"}` +
      `[${i.shape.join(", ")}]`).join(", ") || "none"}. See docs/pytorch.md.`, '"""'].join("\n");
}
