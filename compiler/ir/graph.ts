// Whole-graph utilities: renumbering nodes, cutting the part some outputs need, comparing.
import type { Attrs, Graph, GraphOutput, LoopBody, Node, OutputRole } from "./types.ts";

/** Whether an output with this role is a step's new value of a persistent tensor (a param,
 * a state or an optimizer slot), which the step writes back where that tensor lives. */
export const writesBack = (role: OutputRole): boolean => role === "param" || role === "state";

/**
 * `n` renumbered, or regrouped. Passes make nodes here or in GraphBuilder, with the same
 * fields in the same order, so that V8 gives them one hidden class: passes and the emitter
 * read nodes in their inner loops, and the several shapes that spreading nodes made left
 * those reads polymorphic.
 */
export function makeNode(n: Node, id: number, inputs: readonly number[], group = n.group): Node {
  const { op, attrs, shape, dtype, span, lead, slab } = n;
  return { id, op, inputs, attrs, shape, dtype, span, group, lead, slab };
}

/** Each node's readers in node order; with `via`, by what each input is read through (the
 * emitter's buffers). */
export function readersOf(g: Graph, via?: ArrayLike<number>): number[][] {
  const readers: number[][] = new Array(g.nodes.length);
  for (let id = 0; id < g.nodes.length; id++) readers[id] = [];
  for (let id = 0; id < g.nodes.length; id++) {
    const ins = g.nodes[id].inputs;
    for (let k = 0; k < ins.length; k++) readers[via ? via[ins[k]] : ins[k]].push(id);
  }
  return readers;
}

/** Keeps the nodes that the given outputs need, renumbered; the result is a fresh graph. */
export function extractGraph(nodes: readonly Node[], outputs: readonly GraphOutput[]): Graph {
  const live = new Uint8Array(nodes.length);
  for (const o of outputs) live[o.node] = 1;
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!live[i]) continue;
    const ins = nodes[i].inputs;
    for (let k = 0; k < ins.length; k++) live[ins[k]] = 1;
  }
  const remap = new Int32Array(nodes.length).fill(-1);
  const kept: Node[] = [];
  for (let id = 0; id < nodes.length; id++) {
    const n = nodes[id];
    if (!live[n.id]) continue;
    remap[n.id] = kept.length;
    kept.push(makeNode(n, kept.length, n.inputs.map((i) => remap[i])));
  }
  return { nodes: kept, outputs: outputs.map((o) => ({ ...o, node: remap[o.node] })) };
}

/** Whether printGraph would print the two graphs alike (spans and groups aside), found
 * without printing them: the pipeline asks after every round of rewrites. `exact` also tells
 * 0 from -0 (for graphs that one may stand for the other). */
export function sameGraph(a: Graph, b: Graph, exact = false): boolean {
  if (a.nodes.length !== b.nodes.length || a.outputs.length !== b.outputs.length) return false;
  const same = exact ? Object.is : sameNumber;
  for (let i = 0; i < a.nodes.length; i++) {
    const [m, n] = [a.nodes[i], b.nodes[i]];
    if (m.op !== n.op || m.dtype !== n.dtype || !sameNumbers(m.inputs, n.inputs, same) ||
      !sameNumbers(m.shape, n.shape, same) || !sameAttrs(m.attrs, n.attrs, same)) return false;
  }
  return a.outputs.every((o, k) => {
    const p = b.outputs[k];
    return o.name === p.name && o.node === p.node && o.role === p.role;
  });
}

/** Equal as printed: 0 and -0 print alike, and so does NaN. */
const sameNumber = (x: number, y: number) => x === y || (x !== x && y !== y);

type Same = (x: number, y: number) => boolean;

function sameNumbers(xs: readonly number[], ys: readonly number[], same: Same): boolean {
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) if (!same(xs[i], ys[i])) return false;
  return true;
}

function sameAttrs(a: Attrs, b: Attrs, same: Same): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  return keys.every((k, i) => {
    const [x, y] = [a[k], b[k]];
    if (k !== others[i] || typeof x !== typeof y) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) return sameNumbers(x, y as readonly number[], same);
    if (typeof x === "object") return sameBody(x as LoopBody, y as LoopBody, same === Object.is);
    return typeof x === "number" ? same(x, y as number) : x === y;
  });
}

/** Loop bodies alike: the same graph, the same specs. */
function sameBody(a: LoopBody, b: LoopBody, exact: boolean): boolean {
  return a === b || (sameGraph(a.graph, b.graph, exact) &&
    JSON.stringify([a.inputs, a.outputs]) === JSON.stringify([b.inputs, b.outputs]));
}
