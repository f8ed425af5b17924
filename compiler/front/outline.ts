// Outlining a traced loop body into a loop node. A `for` body elaborated once appends nodes
// to the model's builder, over placeholders for what changes from step to step (carried
// values, per-step slices, the index); the nodes that depend on a placeholder or draw random
// numbers form the body, a closed graph; the others compute the same at every step, so they
// stay outside, computed once (loop-invariant code motion comes for free), and reach the
// body as invariant inputs.
import { leadAttr } from "../ir/lead.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import type { AttrValue, GraphOutput, LoopInput, LoopOutput, Node } from "../ir/types.ts";
import { GraphBuilder as Builder } from "../ir/builder.ts";
import { isRandom } from "../ops/table.ts";

/** What the trace left: its first node, its placeholders and what the loop computes. */
export interface Traced {
  start: number;
  length: number;
  /** Carried values: their placeholder, value before the loop and after one step. */
  carries: { placeholder: number; init: number; update: number; name: string }[];
  /** Per-step slices: their placeholder, and where the slice is taken. */
  sequences: { placeholder: number; x: number; axis: number; start: number; step: 1 | -1 }[];
  /** The index's placeholder, if the body reads it as a tensor. */
  index?: number;
  /** Values read after the loop: every step's (stacked) or the last step's. */
  values: { id: number; kind: "stack" | "last"; name: string }[];
}

export interface Outlined {
  /** A node of the trace that stays outside the loop, at its new place. */
  moved: (id: number) => number | undefined;
  /** The loop_output of each carry's final value, and of each value, in order. */
  finals: number[];
  results: number[];
}

/** Whether each node from `start` on varies from step to step: a placeholder, a random draw,
 * or a node reading one. */
export function variance(nodes: readonly Node[], start: number, placeholders: ReadonlySet<number>):
  Uint8Array {
  const varies = new Uint8Array(nodes.length - start);
  for (let id = start; id < nodes.length; id++) {
    const n = nodes[id];
    varies[id - start] = +(placeholders.has(id) || isRandom(n) ||
      n.inputs.some((i) => i >= start && varies[i - start] === 1));
  }
  return varies;
}

/** Replaces the trace's nodes by the loop: invariant nodes first, then the loop node and
 * its outputs. */
export function outline(b: GraphBuilder, t: Traced): Outlined {
  const traced = b.nodes.slice(t.start);
  const placeholders = new Set([...t.carries.map((c) => c.placeholder),
    ...t.sequences.map((s) => s.placeholder), ...(t.index === undefined ? [] : [t.index])]);
  const varies = variance(b.nodes, t.start, placeholders);
  const isVariant = (id: number) => id >= t.start && varies[id - t.start] === 1;

  // The body: args for carries, then sequences, then invariants as the body first reads them.
  const bb = new Builder();
  const inputs: { spec: LoopInput; outer: number }[] = [];
  const inBody = new Map<number, number>();
  const arg = (outer: number, spec: LoopInput, like: Node) => {
    const k = inputs.length;
    inputs.push({ spec, outer });
    return bb.add("arg", [], { index: k, shape: like.shape, dtype: like.dtype,
      ...leadAttr(like) }, like.span);
  };
  for (const c of t.carries) {
    inBody.set(c.placeholder, arg(c.init, { kind: "carry", update: -1 }, b.nodes[c.placeholder]));
  }
  for (const s of t.sequences) {
    inBody.set(s.placeholder, arg(s.x, { kind: "sequence", axis: s.axis, start: s.start,
      step: s.step }, b.nodes[s.placeholder]));
  }
  if (t.index !== undefined) {
    inBody.set(t.index, bb.add("loop_index", [], {}, b.nodes[t.index].span));
  }
  const read = (id: number): number => {
    let v = inBody.get(id);
    if (v !== undefined) return v;
    const n = b.nodes[id];
    // Scalar constants are copied in, so the passes see them; the rest are inputs.
    v = n.op === "const" ? bb.copy(n, []) : arg(id, { kind: "invariant" }, n);
    inBody.set(id, v);
    return v;
  };
  for (const n of traced) {
    if (!isVariant(n.id) || placeholders.has(n.id)) continue;
    inBody.set(n.id, bb.copy(n, n.inputs.map(read)));
  }
  // Its outputs: each carry's update, then each value read after the loop, once each.
  const outputs: GraphOutput[] = [];
  const output = (id: number, name: string) => {
    const node = read(id);
    const k = outputs.findIndex((o) => o.node === node);
    if (k >= 0) return k;
    outputs.push({ name, node, role: "value" });
    return outputs.length - 1;
  };
  t.carries.forEach((c, k) => {
    inputs[k].spec = { kind: "carry", update: output(c.update, c.name) };
  });
  const specs: LoopOutput[] = [
    ...t.carries.map((_, k): LoopOutput => ({ kind: "carry", input: k })),
    ...t.values.map((v): LoopOutput => (v.kind === "last"
      ? { kind: "last", value: output(v.id, v.name) }
      : { kind: "stack", value: output(v.id, v.name), axis: 0, start: 0, step: 1,
        extent: t.length })),
  ];

  // Outside: the trace's invariant nodes again, in order, then the loop.
  b.truncate(t.start);
  const moved = new Map<number, number>();
  const outer = (id: number) => moved.get(id) ?? id;
  for (const n of traced) {
    if (isVariant(n.id) || placeholders.has(n.id)) continue;
    moved.set(n.id, b.copy(n, n.inputs.map(outer)));
  }
  const body: AttrValue = { graph: { nodes: bb.nodes, outputs }, inputs: inputs.map((i) => i.spec),
    outputs: specs };
  const loop = b.add("loop", inputs.map((i) => outer(i.outer)), { body, length: t.length,
    reverse: false });
  const parts = specs.map((_, index) => b.add("loop_output", [loop], { index }));
  return { moved: (id) => moved.get(id), finals: parts.slice(0, t.carries.length),
    results: parts.slice(t.carries.length) };
}
