// Runs a compiled model and the reference interpreter side by side on the same feeds,
// params and random streams, and says where they differ: predict, every gradients entry,
// and every train step (loss, the optimizer's update, the state it writes).
import { drawFeeds } from "../../compiler/tools/gradcheck.ts";
import type { Graph } from "../../compiler/ir/types.ts";
import { size } from "../../compiler/ir/shape.ts";
import { compile, importModule, load } from "../../compiler/index.ts";
import { evaluateAll } from "../../compiler/ir/interpret.ts";
import { buildModel, type LoopMode, type ModelIR } from "../../compiler/model.ts";
import { tensor, type Tensor } from "../../compiler/ir/tensor.ts";
import { hyperName } from "../../compiler/optim/table.ts";
import { formatDiagnostics } from "../../dsl/diagnostics.ts";
import { initTensor } from "../../runtime/init.ts";
import { mismatch, Rng } from "./harness.ts";

/** The model's graphs as the front end builds them (no optimization): the oracle's input.
 * (`loops: "unroll"` for oracles that know no loop nodes.) */
export function referenceIR(source: string, model?: string, dims?: Record<string, number>,
  loops?: LoopMode): ModelIR {
  return buildModel(load(source, {}, new Map()), { model, dims, optimize: 0, loops });
}

export interface Comparison {
  /** Every disagreement, as "where: what". */
  problems: string[];
  /** Ops of the reference graphs, for coverage counts. */
  ops: Set<string>;
  /** Shapes of predict's outputs as the module's meta gives them. */
  outputShapes: Map<string, number[]>;
}

/** How close the module must come to the interpreter (which computes in float64): a float64
 * module to rounding; a float32 one to float32 rounding through a few layers of products. */
const TOLERANCE = { f64: { atol: 1e-9, rtol: 1e-8 }, f32: { atol: 1e-4, rtol: 1e-4 } };

/**
 * Compiles `source` (float64 unless `dtype` says, optimized as `optimize` says) and compares
 * the module with the interpreter on the reference graphs. A float32 module gets float32
 * feeds and its own float32 params, which the interpreter then reads exactly. Throws if the
 * source does not compile.
 */
export async function compareWithInterpreter(source: string, seed: number,
  optimize: 0 | 1 | 2 = 2, dtype: "f32" | "f64" = "f64"): Promise<Comparison> {
  const { atol: ATOL, rtol: RTOL } = TOLERANCE[dtype];
  const r = compile(source, { dtype, optimize, declarations: false });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  const ir = referenceIR(source);
  const mod = await importModule(r.js);
  const model = mod.create({ seed });
  const problems: string[] = [];
  const ops = new Set<string>();
  const check = (where: string, got: ArrayLike<number> | undefined, want: Tensor) => {
    const why = got === undefined ? "missing" : mismatch(got, want.data, ATOL, RTOL);
    if (why) problems.push(`${where}: ${why}`);
  };

  // The module's generator draws the initial params first; the interpreter's copy of it
  // must be at the same place before predict and the train steps draw from it.
  const rng = new Rng(seed);
  for (const p of [...ir.decls.params.values(), ...ir.decls.state.values()]) {
    initTensor(new Float64Array(size(p.shape)), 0, p.shape, p.init as never, rng);
  }
  const feeds = drawFeeds(ir, seed, dtype);
  const inputs = new Map(Object.entries(feeds).map(([k, v]) =>
    [k, tensor(ir.decls.inputs.get(k)!.shape, v)]));
  const snapshot = (views: Record<string, ArrayLike<number>>, decls: Map<string, { shape: number[] }>) =>
    new Map([...decls].map(([k, d]) => [k, tensor(d.shape, Float64Array.from(views[k]))]));
  // Each step runs once here: its optimizer's slots are still zero, its step count 1.
  const slots = new Map(ir.steps.flatMap((s) => s.slots).map((s) => [s.name, tensor(s.shape)]));
  const hypers = new Map(ir.steps.flatMap((s) => [[hyperName(s.decl.name, "lr"),
    s.decl.optimizer.args.lr as number], [hyperName(s.decl.name, "t"), 1]]));
  const run = (g: Graph, random: Rng) => {
    const state = new Map([...snapshot(model.state, ir.decls.state), ...slots]);
    const values = evaluateAll(g, { inputs, params: snapshot(model.params, ir.decls.params),
      state, hypers, rng: random });
    for (const n of g.nodes) {
      ops.add(n.op);
      // A loop's value is the tuple of its outputs, checked as each loop_output.
      if (n.op === "loop") continue;
      const v = values[n.id];
      if (v.shape.length !== n.shape.length || v.shape.some((d, i) => d !== n.shape[i]) ||
        v.data.length !== size(n.shape)) {
        problems.push(`node %${n.id} ${n.op}: inferred [${n.shape}] but evaluated [${v.shape}]`);
      }
    }
    return new Map(g.outputs.map((o) => [`${o.role} ${o.name}`, values[o.node]]));
  };

  const got = model.predict(feeds);
  for (const [key, want] of run(ir.predict, rng)) check(`predict ${key}`, got[key.slice(7)], want);

  const gradSeed = seed + 1;
  for (const e of ir.gradients) {
    const want = run(e.graph, new Rng(gradSeed));
    const res = model.gradients(feeds, { loss: e.loss, mode: e.mode, seed: gradSeed });
    for (const [key, w] of want) {
      const [role, name] = [key.slice(0, key.indexOf(" ")), key.slice(key.indexOf(" ") + 1)];
      const got = role === "value" ? [res.value] : res.grads[name];
      check(`gradients(${e.loss}, ${e.mode}) ${key}`, got, w);
    }
  }

  for (const s of ir.steps) {
    const want = run(s.graph, rng);
    const before = snapshot(model.params, ir.decls.params);
    const loss = model.train(feeds, s.decl.name);
    const where = `train ${s.decl.name}`;
    check(`${where} loss`, [loss], want.get(`loss ${s.decl.lossName}`)!);
    for (const [name, p] of before) {
      check(`${where} updated ${name}`, model.params[name], want.get(`param ${name}`) ?? p);
    }
    for (const [key, v] of want) {
      const name = key.slice(6);
      if (key.startsWith("state ") && ir.decls.state.has(name)) {
        check(`${where} ${key}`, model.state[name], v);
      }
    }
  }
  const outputShapes = new Map<string, number[]>(
    mod.meta.outputs.map((o: { name: string; shape: number[] }) => [o.name, o.shape]));
  return { problems, ops, outputShapes };
}
