// Reverse-mode differentiation as a graph-to-graph transform. The gradient nodes are
// appended to the same builder, so they are ordinary graph: `grad` of a gradient works and
// every later pass optimizes the backward graph like the forward one. A loop's gradient is a
// loop running the other way (loops.ts), given the gradients of all its outputs at once.
import type { GraphBuilder } from "../ir/builder.ts";
import type { Shape } from "../ir/types.ts";
import { sameShape } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";
import { loopGradient } from "./loops.ts";

/** How a loop's gradient gets the values of its steps: saved by the loop ("save"), or
 * recomputed from its saved carries ("recompute"). */
export type Residuals = "save" | "recompute";

/** Sums a gradient of a broadcast result back to the shape of the operand it came from. */
export function unbroadcast(b: GraphBuilder, g: number, to: Shape): number {
  const from = b.shape(g);
  if (sameShape(from, to)) return g;
  const lead = from.length - to.length;
  const axes: number[] = [];
  for (let d = 0; d < from.length; d++) {
    if (d < lead || (to[d - lead] === 1 && from[d] !== 1)) axes.push(d);
  }
  const summed = axes.length ? b.sum(g, axes, false) : g;
  return b.reshape(summed, to);
}

/**
 * Gradients of scalar `y` with respect to each of `xs` (null where y does not depend on x).
 */
export function gradients(b: GraphBuilder, y: number, xs: readonly number[],
  residuals: Residuals = "save"): (number | null)[] {
  if (xs.length === 0) return [];
  return vjp(b, [[y, () => b.broadcastTo(b.scalar(1), b.shape(y))]], xs, residuals);
}

/** A seed of vjp(): a node, and the gradient it is given (made only if needed). */
export type Seed = readonly [number, number | (() => number)];

/**
 * The gradients with respect to each of `xs` of the sum over `seeds` [v, g] of v's elements
 * times g's (a vector-Jacobian product). One reverse walk over the nodes between the xs and
 * the seeds, summing contributions.
 */
export function vjp(b: GraphBuilder, seeds: readonly Seed[], xs: readonly number[],
  residuals: Residuals): (number | null)[] {
  if (xs.length === 0 || seeds.length === 0) return xs.map(() => null);
  const first = Math.min(...xs);
  const last = Math.max(...seeds.map(([v]) => v));
  // Forward: which nodes depend on some x (only those need a gradient).
  const depends = new Uint8Array(last + 1);
  for (const x of xs) if (x <= last) depends[x] = 1;
  for (let i = first; i <= last; i++) {
    const n = b.nodes[i];
    if (!depends[i] && n.inputs.some((j) => depends[j])) depends[i] = 1;
  }
  const adj = new Map<number, number>();
  const add = (x: number, g: number) => {
    const prev = adj.get(x);
    adj.set(x, prev === undefined ? g : b.add("add", [prev, g]));
  };
  for (const [v, g] of seeds) if (depends[v]) add(v, typeof g === "number" ? g : g());
  /** The gradients of each loop's outputs, gathered from its loop_output nodes. */
  const parts = new Map<number, number[]>();
  for (let i = last; i >= first; i--) {
    const n = b.nodes[i];
    if (n.op === "loop_output") {
      const g = adj.get(i);
      if (g === undefined) continue;
      const list = parts.get(n.inputs[0]) ?? [];
      const k = n.attrs.index as number;
      list[k] = list[k] === undefined ? g : b.add("add", [list[k], g]);
      parts.set(n.inputs[0], list);
      continue;
    }
    const g = n.op === "loop" ? parts.get(i) : adj.get(i);
    if (g === undefined) continue;
    const rule = OPS[n.op].grad;
    if ((!rule && n.op !== "loop") || n.dtype !== "f") continue;
    const span = b.span;
    b.span = n.span;
    const wanted = n.inputs.map((x) => depends[x] === 1 && b.node(x).dtype === "f");
    const gs = n.op === "loop"
      ? loopGradient(b, n, g as number[], wanted, { residuals, vjp })
      : rule!(n, g as number, b);
    n.inputs.forEach((x, k) => {
      const gk = gs[k];
      if (gk === null || gk === undefined || !wanted[k]) return;
      add(x, unbroadcast(b, gk, b.shape(x)));
    });
    b.span = span;
  }
  return xs.map((x) => adj.get(x) ?? null);
}
