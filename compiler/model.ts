// From a parsed program to the entry graphs of one model: predict (eval mode), one graph per
// train step (loss, gradients of the params it trains, state updates) and one gradients
// graph per loss and mode (value and gradients of every param and float input).
import type { Expr, Program, Span, TopLevel } from "../dsl/ast.ts";
import { type Diagnostic, didYouMean, error, KilnError } from "../dsl/diagnostics.ts";
import { gradients, type Residuals } from "./autodiff/gradients.ts";
import {
  type CallRecord, emptyDecls, type ModeResult, type ModelDecls, type StepDecl,
} from "./front/decls.ts";
import { globalScope, twice } from "./front/elaborate/globals.ts";
import { Elaborator } from "./front/elaborate/statements.ts";
import type { Trace } from "./front/trace.ts";
import { locate } from "./internal.ts";
import { ErrorLog } from "./front/recovery.ts";
import { extractGraph, sameGraph } from "./ir/graph.ts";
import type { Attrs, Graph, GraphOutput, OpName } from "./ir/types.ts";
import type { GraphOps } from "./ops/types.ts";
import { GraphBuilder } from "./ir/builder.ts";
import { hyperName, type OptimizerDef, OPTIMIZERS, slotName } from "./optim/table.ts";
import { type OptLevel, optimize, type PassRecord } from "./passes/pipeline.ts";
import { computationKey } from "./passes/rewrite.ts";
import { applyUpdates, type StepEffects } from "./updates.ts";
import { Budget, DEFAULT_LIMITS, type Limits } from "./limits.ts";

export type Mode = "train" | "eval";

type ModelItem = Extract<TopLevel, { kind: "model" }>;

export interface StepIR {
  decl: StepDecl;
  /** The params this step trains, in declaration order. */
  params: string[];
  /** The optimizer's state for them, in that order (compiler/optim/table.ts). */
  slots: SlotIR[];
  graph: Graph;
}

/** One optimizer slot: a persistent tensor of its param's shape. */
export interface SlotIR {
  /** `optim/<step>/<param>/<slot>`: no param or state name can hold a '/'. */
  name: string;
  param: string;
  slot: string;
  shape: readonly number[];
}

export interface GradientsIR {
  loss: string;
  mode: Mode;
  graph: Graph;
}

export interface ModelIR {
  decls: ModelDecls;
  predict: Graph;
  steps: StepIR[];
  gradients: GradientsIR[];
  warnings: Diagnostic[];
  /** Node counts after each pass: the forward graph of each mode (before differentiation),
   * then each entry graph (`predict`, `step <name>`, `gradients <loss> <mode>`). */
  passes?: GraphPasses[];
  /** The training mode's graph as elaborated (outputs, losses and state updates; before
   * any pass or gradient) and the layer and builtin calls that made it: for pictures and
   * summaries by layer (compiler/tools/layers.ts). */
  elaborated?: { graph: Graph; calls: CallRecord[] };
}

/** The passes one graph went through; none when it is another graph's (`sameAs`). */
export interface GraphPasses {
  graph: string;
  passes: PassRecord[];
  /** The graph this one is, when both modes elaborate alike and it was built once. */
  sameAs?: string;
}

export interface ModelOptions {
  model?: string;
  dims?: Record<string, number>;
  /** The optimization level (compiler/passes/pipeline.ts); default 2. */
  optimize?: OptLevel;
  /** Runs after every pass (tests verify the graph with it). */
  checkPass?: (g: Graph, pass: string) => void;
  /** Build only predict: train steps are still checked, then dropped, and no gradients
   * entries are made (`kiln compile --predict-only`). */
  predictOnly?: boolean;
  /** `for` loops as loop nodes whose gradients save every value they need ("roll", the
   * default) or recompute them from the saved carries ("recompute"), or unrolled
   * ("unroll", the tests' oracle). */
  loops?: LoopMode;
  /** Elaboration steps and errors shown (compiler/limits.ts; default DEFAULT_LIMITS). */
  limits?: Pick<Limits, "steps" | "errors">;
  /** Told what elaboration finds as it runs (an editor's questions: front/trace.ts). */
  trace?: Trace;
}

/** What checking a model finds without building its entry points (`checkModel`). */
export interface ModelCheck {
  decls: ModelDecls;
  warnings: Diagnostic[];
  /** The params each step trains, by step name. */
  trained: Map<string, string[]>;
  /** Both modes' graphs as elaborated, the training one with each step's gradients. */
  graphs: readonly GraphBuilder[];
}

export type LoopMode = "roll" | "recompute" | "unroll";

/** What loops' gradients save, by the loop mode. */
const residualsOf = (options: ModelOptions): Residuals =>
  (options.loops === "recompute" ? "recompute" : "save");

/**
 * `programs`: the prelude and imports first, the main file last. Every model of the main
 * file is checked, so that the mistakes of all of them are reported in one run; the chosen
 * one is also built.
 */
export function buildModel(programs: readonly Program[], options: ModelOptions = {}): ModelIR {
  const { log, decls, trainRun, evalRun, warnings, effects } = elaborate(programs, options);
  const level = options.optimize ?? 2;
  const residuals = residualsOf(options);
  const named = (role: GraphOutput["role"], m: Map<string, number>) =>
    [...m].map(([name, node]) => ({ name, node, role }));
  // A copy of the list: at -O0, gradients are appended to the elaborated builder itself.
  const elaborated = { graph: { nodes: trainRun.b.nodes.slice(), outputs: [
    ...named("output", trainRun.outputs), ...named("loss", trainRun.losses)] },
  calls: trainRun.calls };
  const passes: GraphPasses[] = [];
  const forward = (r: ModeResult, steps: Map<string, StepEffects>, name: string) =>
    optimizeForward(r, steps, level, passes, name, options.checkPass);
  const train = forward(trainRun, effects, "forward (training)");
  // A model whose modes elaborate alike (no dropout, batch norm or `training`: most of them)
  // is optimized, differentiated and emitted once for both: predict is the training
  // forward's, and the eval gradients entry is the training one.
  const alike = sameModes(trainRun, evalRun, effects);
  if (alike) passes.push({ graph: "forward (eval)", passes: [], sameAs: "forward (training)" });
  const evalMode = alike ? train : forward(evalRun, new Map(), "forward (eval)");

  const predict = extractGraph(evalMode.b.nodes, [...evalMode.outputs].map(([name, node]) =>
    ({ name, node, role: "output" as const })));

  const also = options.predictOnly ? [] : gradientNames(decls);
  const steps = eachStep(log, decls, (decl) =>
    stepGraph(decl, decls, train, warnings, residuals, also));
  untrained(decls, steps.length > 0, warnings);
  const lossNames = options.predictOnly ? [] : [...new Set(decls.steps.map((s) => s.lossName))];
  const grads: GradientsIR[] = [];
  for (const loss of lossNames) {
    const trained = gradientsGraph(loss, train, decls, residuals);
    grads.push({ loss, mode: "train", graph: trained },
      { loss, mode: "eval", graph: alike ? trained : gradientsGraph(loss, evalMode, decls, residuals) });
  }
  // One graph given twice (both modes' gradients of a model whose modes agree) is optimized
  // once, into one graph that the emitter then compiles once.
  const optimized = new Map<Graph, { graph: Graph; name: string }>();
  const after = (graph: Graph, name: string) => {
    const done = optimized.get(graph);
    if (done) {
      passes.push({ graph: name, passes: [], sameAs: done.name });
      return done.graph;
    }
    const record: PassRecord[] = [];
    passes.push({ graph: name, passes: record });
    const out = optimize(graph, level, record, "after-differentiation", options.checkPass);
    optimized.set(graph, { graph: out, name });
    return out;
  };
  return {
    decls,
    predict: after(predict, "predict"),
    steps: options.predictOnly ? [] : steps.map((s) => ({ ...s, graph: after(s.graph, `step ${s.decl.name}`) })),
    gradients: grads.map((g) => ({ ...g, graph: after(g.graph, `gradients ${g.loss} ${g.mode}`) })),
    warnings,
    passes,
    elaborated,
  };
}

/**
 * The checks of buildModel alone: every model elaborated in both modes, state updates
 * applied and each train step's gradients taken, for every mistake and warning `kiln compile`
 * reports, but no pass, no optimizer update and no entry graph (`compile(..., { emit: false
 * })`, an editor's check).
 */
export function checkModel(programs: readonly Program[], options: ModelOptions = {}): ModelCheck {
  const { log, decls, trainRun, evalRun, warnings, effects } = elaborate(programs, options);
  const train = optimizeForward(trainRun, effects, 0, [], "forward (training)");
  const trained = new Map(eachStep(log, decls, (decl) =>
    [decl.name, stepGradients(decl, decls, train, warnings, residualsOf(options)).map(([name]) => name)] as const));
  untrained(decls, trained.size > 0, warnings);
  return { decls, warnings, trained, graphs: [train.b, evalRun.b] };
}

/** Both modes' elaborations of the chosen model, its state updates applied (updates.ts); the
 * log holds the mistakes found, thrown if there are any. */
function elaborate(programs: readonly Program[], options: ModelOptions) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const log = new ErrorLog(programs.map((p) => p.file), limits.errors);
  const budget = new Budget(limits.steps);
  const { decls, trainRun, evalRun } =
    log.collect(() => elaborateModels(programs, options, log, budget));
  const warnings: Diagnostic[] = [];
  const effects = applyUpdates(trainRun.b, trainRun.effects, trainRun.losses, warnings);
  return { log, decls, trainRun, evalRun, warnings, effects };
}

/** `f` of each step, recording a step's mistake and going on to the next. */
function eachStep<T>(log: ErrorLog, decls: ModelDecls, f: (decl: StepDecl) => T): T[] {
  return log.collect(() => decls.steps.flatMap((decl) => {
    try {
      return [f(decl)];
    } catch (e) {
      if (!(e instanceof KilnError)) locate(e, decl.span);
      record(log, e, decl.span);
      return [];
    }
  }));
}

/** Warns of each param no step trains, when some step builds. A param some step selects but
 * cannot train has had its warning from that step. */
function untrained(decls: ModelDecls, anyStep: boolean, warnings: Diagnostic[]): void {
  const trained = new Set(decls.steps.flatMap((s) => selectParams(s, decls)));
  for (const [name, p] of decls.params) {
    if (anyStep && !trained.has(name)) {
      warnings.push({ severity: "warning", message: `param '${name}' is trained by no step`,
        span: p.span });
    }
  }
}

/** Elaborates every model of the main file (and the chosen one, if imported) in both modes,
 * recording their mistakes; returns the chosen model's elaborations. */
function elaborateModels(programs: readonly Program[], options: ModelOptions, log: ErrorLog,
  budget: Budget): { decls: ModelDecls; trainRun: ModeResult; evalRun: ModeResult } {
  const seen = new Map<string, Span>();
  for (const p of programs) {
    for (const m of p.items) {
      if (m.kind !== "model") continue;
      try {
        twice("model", m.name, m.nameSpan, seen);
      } catch (e) {
        record(log, e, m.nameSpan);
      }
    }
  }
  const isModel = (i: TopLevel): i is ModelItem => i.kind === "model";
  const models = programs.at(-1)!.items.filter(isModel);
  const all = programs.flatMap((p) => p.items.filter(isModel));
  const model = options.model === undefined ? models.at(-1)
    : all.find((m) => m.name === options.model);
  if (!model) {
    throw error(options.model === undefined ? "the file defines no model"
      : `no model named '${options.model}'${didYouMean(options.model, all.map((m) => m.name)) ||
        `; the file defines ${all.map((m) => m.name).join(", ") || "none"}`}`);
  }
  const globals = globalScope(programs, options.dims ?? {}, log, budget, options.trace);
  const decls = emptyDecls(model.name);
  let chosen: [ModeResult, ModeResult] | undefined;
  for (const m of models.includes(model) ? models : [model, ...models]) {
    // Training mode first: it records the declarations (steps, outputs) that predict
    // reuses; eval mode may meet mistakes of its own (`training ? a : b`).
    const d = m === model ? decls : emptyDecls(m.name);
    const runs = [true, false].map((training) => {
      const e = new Elaborator(globals, d, training, log, budget, options.trace);
      e.rolling = options.loops !== "unroll";
      e.residuals = residualsOf(options);
      return e.run(m.body);
    }) as [ModeResult, ModeResult];
    if (m === model) chosen = runs;
  }
  return { decls, trainRun: chosen![0], evalRun: chosen![1] };
}

function record(log: ErrorLog, e: unknown, at: Span): void {
  if (!(e instanceof KilnError)) throw e;
  log.add(e, at);
}

/** A mode's elaboration with each train step's loss and new state values (updates.ts). */
interface Run extends ModeResult {
  states: Map<string, Map<string, number>>;
}

/**
 * Optimizes a mode's graph before any gradient is taken, so gradients are built from the
 * simplified, stable forms; autodiff then appends to a builder holding the result.
 * (`scope` and `effects` still name nodes of the graph as elaborated; nothing after here
 * reads them.)
 */
function optimizeForward(r: ModeResult, steps: ReadonlyMap<string, StepEffects>, level: OptLevel,
  passes: GraphPasses[], name: string,
  check?: (g: Graph, pass: string) => void): Run {
  const losses = new Map([...r.losses].map(([step, node]) =>
    [step, steps.get(step)?.loss ?? node]));
  const states = new Map([...steps].map(([step, e]) => [step, e.states]));
  if (level === 0) return { ...r, losses, states };
  const outputs: GraphOutput[] = [
    ...[...r.outputs].map(([n, node]) => ({ name: n, node, role: "output" as const })),
    ...[...losses].map(([n, node]) => ({ name: n, node, role: "loss" as const })),
    ...[...states].flatMap(([step, m]) => [...m].map(([state, node]) =>
      ({ name: `${step} ${state}`, node, role: "state" as const }))),
  ];
  const record: PassRecord[] = [];
  passes.push({ graph: name, passes: record });
  const g = optimize({ nodes: r.b.nodes, outputs }, level, record, "before-differentiation", check);
  const b = GraphBuilder.of(g.nodes);
  const at = new Map(outputs.map((o, i) => [`${o.role} ${o.name}`, g.outputs[i].node]));
  const back = (m: ReadonlyMap<string, number>, role: string, prefix = "") =>
    new Map([...m.keys()].map((k) => [k, at.get(`${role} ${prefix}${k}`)!]));
  return { ...r, b, outputs: back(r.outputs, "output"), losses: back(losses, "loss"),
    states: new Map([...states].map(([step, m]) => [step, back(m, "state", `${step} `)])) };
}

/**
 * Whether eval mode's elaboration is training mode's: the same nodes in the same order, the
 * same outputs and losses, and no step that updates state (whose new values only the training
 * graph carries). Compared exactly (0 is not -0), spans aside.
 */
function sameModes(train: ModeResult, evalRun: ModeResult,
  effects: ReadonlyMap<string, StepEffects>): boolean {
  for (const [step, e] of effects) {
    if (e.states.size || e.loss !== train.losses.get(step)) return false;
  }
  const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
    a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  return same(train.outputs, evalRun.outputs) && same(train.losses, evalRun.losses) &&
    sameGraph({ nodes: train.b.nodes, outputs: [] }, { nodes: evalRun.b.nodes, outputs: [] }, true);
}

function selectorText(e: Expr): string {
  if (e.kind === "name") return e.name;
  if (e.kind === "member") return `${selectorText(e.object)}.${e.name}`;
  throw error("an 'over' selection must be a layer instance or param name, like gen or gen.fc1", e.span);
}

/** The gradient of `loss` with respect to each named param or feed (null where none flows).
 * The builder keeps one node per name, so each name is one leaf to differentiate. */
function paramGradients(r: ModeResult, loss: number, names: readonly string[],
  residuals: Residuals): Map<string, number | null> {
  // A train step and the gradients entry of its loss in training mode ask for the same
  // derivatives of one graph: differentiated once (buildModel asks for both at the first
  // call), the second asks the memo.
  let byLoss = differentiated.get(r);
  if (!byLoss) differentiated.set(r, byLoss = new Map());
  const done = byLoss.get(loss);
  if (done && names.every((name) => done.has(name))) {
    return new Map(names.map((name) => [name, done.get(name)!]));
  }
  const wanted = new Set(names);
  const leaf = new Map<string, number>();
  for (const n of r.b.nodes) {
    if ((n.op === "param" || n.op === "input") && wanted.has(n.attrs.name as string)) {
      leaf.set(n.attrs.name as string, n.id);
    }
  }
  const gs = gradients(r.b, loss, [...leaf.values()], residuals);
  const byLeaf = new Map([...leaf.keys()].map((name, k) => [name, gs[k]]));
  const out = new Map(names.map((name) => [name, byLeaf.get(name) ?? null]));
  byLoss.set(loss, out);
  return out;
}

/** Gradients already taken, by mode's elaboration and loss node. */
const differentiated = new WeakMap<ModeResult, Map<number, Map<string, number | null>>>();

/** What a loss's gradients entry differentiates it by: every param, then every float input. */
function gradientNames(decls: ModelDecls): string[] {
  const floats = [...decls.inputs.values()].filter((i) => i.dtype === "f").map((i) => i.name);
  return [...decls.params.keys(), ...floats];
}

/** The params a step's `over` selects, in declaration order (all of them without `over`). */
function selectParams(decl: StepDecl, decls: ModelDecls): string[] {
  const names = [...decls.params.keys()];
  if (!decl.over.length) return names;
  const chosen = new Set<string>();
  for (const sel of decl.over) {
    const s = selectorText(sel);
    const hit = names.filter((n) => n === s || n.startsWith(`${s}.`));
    if (!hit.length) {
      throw error(`'over ${s}' matches no param; the params are ${names.join(", ") || "none"}`, sel.span);
    }
    hit.forEach((h) => chosen.add(h));
  }
  return names.filter((n) => chosen.has(n));
}

/** The gradient of a step's loss for each param it trains, warning of those it cannot. */
function stepGradients(decl: StepDecl, decls: ModelDecls, r: Run, warnings: Diagnostic[],
  residuals: Residuals, also: readonly string[] = []): [string, number][] {
  const selected = selectParams(decl, decls);
  const gs = paramGradients(r, r.losses.get(decl.name)!, [...new Set([...selected, ...also])],
    residuals);
  const trained: [string, number][] = [];
  for (const name of selected) {
    const g = gs.get(name)!;
    if (g === null) {
      warnings.push({ severity: "warning", message: `step '${decl.name}' trains '${name}' but its loss does not depend on it`,
        span: decl.span });
      continue;
    }
    trained.push([name, g]);
  }
  return trained;
}

/** `also`: gradients to take with the step's (its loss's gradients entry's). */
function stepGraph(decl: StepDecl, decls: ModelDecls, r: Run, warnings: Diagnostic[],
  residuals: Residuals, also: readonly string[]): StepIR {
  const loss = r.losses.get(decl.name)!;
  const outputs: GraphOutput[] = [{ name: decl.lossName, node: loss, role: "loss" }];
  const trained = stepGradients(decl, decls, r, warnings, residuals, also);
  const b = r.b;
  const saved = b.span;
  b.span = decl.span;
  const slots = appendUpdates(b, decl, decls, trained, outputs);
  b.span = saved;
  outputs.push(...stateOutputs(decl, r));
  return { decl, params: trained.map(([name]) => name), slots, graph: extractGraph(r.b.nodes, outputs) };
}

/**
 * The step's optimizer, as graph (compiler/optim/table.ts): the gradients clipped to
 * `clip_norm` if asked (torch.nn.utils.clip_grad_norm_: scaled by min(1, max / (norm +
 * 1e-6))), then each param's update, whose new values (role `param`) and new slot values
 * (role `state`, under the optimizer's own names) the step writes back.
 */
function appendUpdates(b: GraphBuilder, decl: StepDecl, decls: ModelDecls,
  trained: readonly [string, number][], outputs: GraphOutput[]): SlotIR[] {
  const opt = decl.optimizer;
  const def: OptimizerDef = OPTIMIZERS[opt.name];
  const scalar = (which: "lr" | "t") => b.add("hyper", [], { name: hyperName(decl.name, which) });
  const lr = scalar("lr"), t = scalar("t");
  let grads = trained.map(([, g]) => g);
  const clip = opt.args.clip_norm;
  if (typeof clip === "number" && grads.length) {
    const squares = grads.map((g) => b.sum(b.add("mul", [g, g])));
    const total = squares.reduce((acc, s) => b.add("add", [acc, s]));
    const norm = b.add("add", [b.add("sqrt", [total]), b.scalar(1e-6)]);
    const scale = b.add("minimum", [b.scalar(1), b.add("div", [b.scalar(clip), norm])]);
    grads = grads.map((g) => b.add("mul", [g, scale]));
  }
  const slots: SlotIR[] = [];
  const shared = sharing(b, [lr, t]);
  trained.forEach(([name, ], k) => {
    const shape = decls.params.get(name)!.shape;
    const current: Record<string, number> = {};
    for (const slot of def.slots) {
      const full = slotName(decl.name, name, slot);
      slots.push({ name: full, param: name, slot, shape });
      current[slot] = b.add("state", [], { name: full, shape });
    }
    const p = b.add("param", [], { name, shape });
    const u = def.update({ b: shared, p, g: grads[k], slots: current, lr, t, args: opt.args });
    outputs.push({ name, node: u.param, role: "param" });
    for (const slot of def.slots) {
      outputs.push({ name: slotName(decl.name, name, slot), node: u.slots[slot], role: "state" });
    }
  });
  return slots;
}

/**
 * `b`, building each constant and each node over the same inputs once: every param's update
 * makes the same scalars (the optimizer's constants, Adam's bias corrections from the step
 * count), and a step training 2000 tensors would otherwise hand the passes 2000 copies of
 * each (canonicalize merges them, after walking them all).
 */
function sharing(b: GraphBuilder, scalars: readonly number[]): GraphOps {
  const made = new Map<string | number, number>();
  // Only nodes made from constants and the step's scalars can repeat across params; a node
  // that reads a param, its gradient or a slot is its param's own, and is not looked up.
  const common = new Set(scalars);
  const add = (op: OpName, inputs: readonly number[], attrs: Attrs = {}) => {
    if (!inputs.every((i) => common.has(i))) return b.add(op, inputs, attrs);
    const key = computationKey(op, inputs, attrs);
    if (key === undefined) return b.add(op, inputs, attrs);
    let id = made.get(key);
    if (id === undefined) made.set(key, id = b.add(op, inputs, attrs));
    common.add(id);
    return id;
  };
  return {
    add,
    scalar: (value) => add("const", [], { value }),
    node: (id) => b.node(id),
    shape: (id) => b.shape(id),
    reshape: (x, shape) => b.reshape(x, shape),
    broadcastTo: (x, shape) => b.broadcastTo(x, shape),
    sum: (x, axes, keepdims) => b.sum(x, axes, keepdims),
  };
}

function gradientsGraph(loss: string, r: ModeResult, decls: ModelDecls,
  residuals: Residuals): Graph {
  const step = decls.steps.find((s) => s.lossName === loss)!;
  const value = r.losses.get(step.name)!;
  const gs = paramGradients(r, value, gradientNames(decls), residuals);
  const outputs: GraphOutput[] = [{ name: loss, node: value, role: "value" }];
  for (const [name, g] of gs) {
    const shape = decls.params.get(name)?.shape ?? decls.inputs.get(name)!.shape;
    outputs.push({ name, node: g ?? r.b.broadcastTo(r.b.scalar(0), shape), role: "grad" });
  }
  return extractGraph(r.b.nodes, outputs);
}

/** The new value of each state the step changes (compiler/updates.ts decides which). */
function stateOutputs(decl: StepDecl, r: Run): GraphOutput[] {
  return [...r.states.get(decl.name) ?? []].map(([name, node]) => ({ name, node, role: "state" }));
}
