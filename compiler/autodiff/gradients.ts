// Reverse-mode differentiation as a graph-to-graph transform. The gradient nodes are
// appended to the same builder, so they are ordinary graph: `grad` of a gradient works and
// every later pass optimizes the backward graph like the forward one.
import type { GraphBuilder } from "../ir/builder.ts";
import type { Shape } from "../ir/types.ts";
import { sameShape } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";

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
 * One reverse walk over the nodes between the xs and y, summing contributions.
 */
export function gradients(b: GraphBuilder, y: number, xs: readonly number[]): (number | null)[] {
  if (xs.length === 0) return [];
  const first = Math.min(...xs);
  // Forward: which nodes depend on some x (only those need a gradient).
  const depends = new Uint8Array(y + 1);
  for (const x of xs) if (x <= y) depends[x] = 1;
  for (let i = first; i <= y; i++) {
    const n = b.nodes[i];
    if (!depends[i] && n.inputs.some((j) => depends[j])) depends[i] = 1;
  }
  const adj = new Map<number, number>();
  if (depends[y]) adj.set(y, b.broadcastTo(b.scalar(1), b.shape(y)));
  for (let i = y; i >= first; i--) {
    const g = adj.get(i);
    if (g === undefined) continue;
    const n = b.nodes[i];
    const rule = OPS[n.op].grad;
    if (!rule || n.dtype !== "f") continue;
    const span = b.span;
    b.span = n.span;
    const gs = rule(n, g, b);
    n.inputs.forEach((x, k) => {
      const gk = gs[k];
      if (gk === null || gk === undefined || !depends[x] || b.node(x).dtype !== "f") return;
      const contrib = unbroadcast(b, gk, b.shape(x));
      const prev = adj.get(x);
      adj.set(x, prev === undefined ? contrib : b.add("add", [prev, contrib]));
    });
    b.span = span;
  }
  return xs.map((x) => adj.get(x) ?? null);
}
