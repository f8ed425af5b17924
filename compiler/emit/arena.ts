// How much memory a module could need, known before it is emitted: what a check without
// emission (compile(..., { emit: false })) weighs against the 2 GiB one model may allocate.
// The arena (module.ts) holds the persistent tensors and the feeds' slots, then scratch that
// the static plan of each entry point reuses; that plan is made only as a module is written,
// so the scratch is bounded here: no entry stores a tensor its graph does not hold, and the
// entries' graphs are the elaborated ones optimized (passes rewrite, rarely grow) plus
// optimizer updates of the params' size. Only a model whose bound passes the limit is emitted
// to be sized exactly.
import { size } from "../ir/shape.ts";
import type { ModelDecls } from "../front/decls.ts";
import type { ModelCheck } from "../model.ts";
import { OPTIMIZERS } from "../optim/table.ts";
import { JS_OPS } from "./js/ops.ts";

/** Room for what the passes and the gradients entries add beyond the graphs as elaborated. */
const SLACK = 3;

/** The bytes of the tensors the arena holds for the model's whole life (params, state,
 * optimizer slots) and the feeds' slots: what it needs before any scratch. */
export function persistentBytes(decls: ModelDecls, trained: ReadonlyMap<string, string[]>,
  dtype: "f32" | "f64", predictOnly = false): number {
  const bytes = dtype === "f32" ? 4 : 8;
  let floats = 0;
  for (const t of [...decls.params.values(), ...decls.state.values()]) floats += size(t.shape);
  if (!predictOnly) {
    for (const step of decls.steps) {
      const slots = OPTIMIZERS[step.optimizer.name].slots.length;
      for (const name of trained.get(step.name) ?? []) {
        floats += slots * size(decls.params.get(name)!.shape);
      }
    }
  }
  let feeds = 0;
  for (const i of decls.inputs.values()) feeds += size(i.shape) * (i.dtype === "i" ? 4 : bytes);
  return floats * bytes + feeds;
}

/** An upper bound on the arena's bytes for the model checked. */
export function arenaBound(c: ModelCheck, dtype: "f32" | "f64", predictOnly = false): number {
  const bytes = dtype === "f32" ? 4 : 8;
  let updates = 0;
  for (const step of c.decls.steps) {
    const slots = OPTIMIZERS[step.optimizer.name].slots.length;
    for (const name of c.trained.get(step.name) ?? []) {
      updates += (1 + slots) * size(c.decls.params.get(name)!.shape);
    }
  }
  let nodes = 0;
  for (const b of c.graphs) {
    for (const n of b.nodes) {
      // (Params, state and feeds are counted above.)
      if (n.op === "param" || n.op === "state" || n.op === "input") continue;
      const scratch = JS_OPS[n.op].scratch;
      nodes += size(n.shape) + (scratch ? scratch(n, n.inputs.map((i) => b.nodes[i])) : 0);
    }
  }
  return persistentBytes(c.decls, c.trained, dtype, predictOnly) +
    bytes * SLACK * (nodes + updates);
}
