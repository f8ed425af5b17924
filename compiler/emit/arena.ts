// How much memory a module could need, known before it is emitted: what a check without
// emission (compile(..., { emit: false })) weighs against the 2 GiB one model may allocate.
// The arena (module.ts) holds the persistent tensors and the feeds' slots, then scratch that
// the static plan of each entry point reuses by liveness; that plan is made only as a module
// is written. Here the scratch is estimated generously from the graphs as elaborated: twice
// the most bytes live at once in either mode (tensors held from where they are made to their
// last use; the passes only fuse and rewrite them), plus the optimizer updates' temporaries.
// Only a model whose estimate passes the limit is emitted, to be sized exactly.
import { size } from "../ir/shape.ts";
import type { Node } from "../ir/types.ts";
import type { ModelDecls } from "../front/decls.ts";
import type { ModelCheck } from "../model.ts";
import { OPTIMIZERS } from "../optim/table.ts";
import { JS_OPS } from "./js/ops.ts";

/** Room for what the planner and the passes make of the peak (fragmentation, the gradients
 * entries beside the steps). */
const SLACK = 2;

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

/** A generous estimate of the arena's bytes for the model checked. */
export function arenaEstimate(c: ModelCheck, dtype: "f32" | "f64", predictOnly = false): number {
  const bytes = dtype === "f32" ? 4 : 8;
  let updates = 0;
  for (const step of c.decls.steps) {
    const slots = OPTIMIZERS[step.optimizer.name].slots.length;
    for (const name of c.trained.get(step.name) ?? []) {
      updates += (1 + slots) * size(c.decls.params.get(name)!.shape);
    }
  }
  const peak = Math.max(0, ...c.graphs.map((b) => peakLive(b.nodes)));
  return persistentBytes(c.decls, c.trained, dtype, predictOnly) +
    bytes * (SLACK * peak + updates);
}

/** The most elements live at once when `nodes` run in order: each tensor from its node to its
 * last use (to the end, if nothing uses it), with its kernel's scratch while it runs. Params,
 * state and feeds have their places apart. */
function peakLive(nodes: readonly Node[]): number {
  const last = new Int32Array(nodes.length).fill(-1);
  const sizes = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    for (const j of n.inputs) last[j] = i;
    const leaf = n.op === "param" || n.op === "state" || n.op === "input";
    sizes[i] = leaf ? 0 : size(n.shape);
  });
  const freed = new Float64Array(nodes.length);
  let live = 0, peak = 0;
  nodes.forEach((n, i) => {
    const scratch = JS_OPS[n.op].scratch;
    const extra = scratch && sizes[i] ? scratch(n, n.inputs.map((j) => nodes[j])) : 0;
    peak = Math.max(peak, live + sizes[i] + extra);
    live += sizes[i];
    if (last[i] >= 0) freed[last[i]] += sizes[i];
    live -= freed[i];
  });
  return peak;
}
