// Dead-node elimination: keeps what the outputs need, and every random draw (a draw moves
// the generator, so dropping one would change every later draw). A loop keeps only the
// outputs something reads; within its body, what those need, where a carry is needed as long
// as the body reads it (to a fixpoint); inputs its body no longer reads are dropped.
import type { Graph, LoopBody, LoopInput, LoopOutput, Node } from "../ir/types.ts";
import { makeNode } from "../ir/graph.ts";
import { bodyOf } from "../ir/loop.ts";
import { isRandom } from "../ops/table.ts";

export function eliminateDeadNodes(g: Graph): Graph {
  const live = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) live[o.node] = 1;
  /** Each loop's outputs read by live nodes, then its pruned form. */
  const read = new Map<number, Set<number>>();
  const pruned = new Map<number, Pruned>();
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (isRandom(n)) live[i] = 1;
    if (n.op === "loop_output" && live[i]) {
      const used = read.get(n.inputs[0]) ?? new Set<number>();
      used.add(n.attrs.index as number);
      read.set(n.inputs[0], used);
      live[n.inputs[0]] = 1;
      continue;
    }
    if (!live[i]) continue;
    if (n.op === "loop") {
      const p = prune(bodyOf(n), read.get(i) ?? new Set());
      pruned.set(i, p);
      p.inputs.forEach((k) => (live[n.inputs[k]] = 1));
      continue;
    }
    for (let k = 0; k < n.inputs.length; k++) live[n.inputs[k]] = 1;
  }
  const remap = new Int32Array(g.nodes.length).fill(-1);
  let count = 0;
  for (let i = 0; i < g.nodes.length; i++) if (live[i]) remap[i] = count++;
  const same = [...pruned].every(([i, p]) => p.body === bodyOf(g.nodes[i]));
  if (count === g.nodes.length && same) return g;
  const nodes: Node[] = [];
  for (let id = 0; id < g.nodes.length; id++) {
    const n = g.nodes[id];
    if (!live[n.id]) continue;
    const root = n.group === undefined ? -1 : remap[n.group];
    const p = pruned.get(n.id) ?? (n.op === "loop_output" ? pruned.get(n.inputs[0]) : undefined);
    let { attrs } = n;
    let inputs = n.inputs.map((i) => remap[i]);
    if (n.op === "loop") {
      attrs = { ...attrs, body: p!.body };
      inputs = p!.inputs.map((k) => remap[n.inputs[k]]);
    } else if (p) attrs = { ...attrs, index: p.outputs.indexOf(n.attrs.index as number) };
    nodes.push({ ...makeNode(n, remap[n.id], inputs, root >= 0 ? root : undefined), attrs });
  }
  return { nodes, outputs: g.outputs.map((o) => ({ ...o, node: remap[o.node] })) };
}

/** A loop's body cut to `used` outputs: the old numbers of the inputs and outputs kept. */
interface Pruned {
  body: LoopBody;
  inputs: number[];
  outputs: number[];
}

function prune(body: LoopBody, used: ReadonlySet<number>): Pruned {
  const g = body.graph;
  const outputs = body.outputs.map((_, m) => m).filter((m) => used.has(m));
  const carried = new Set<number>();
  const values = new Set<number>();
  for (const m of outputs) {
    const o = body.outputs[m];
    if (o.kind === "carry") carried.add(o.input);
    else values.add(o.value);
  }
  // A carry is needed if an output reads it or the body reads its arg; then so is its update.
  let live: Uint8Array;
  for (;;) {
    for (const k of carried) values.add((body.inputs[k] as { update: number }).update);
    live = liveNodes(g, values);
    const before = carried.size;
    for (const n of g.nodes) {
      if (n.op === "arg" && live[n.id] && body.inputs[n.attrs.index as number].kind === "carry") {
        carried.add(n.attrs.index as number);
      }
    }
    if (carried.size === before) break;
  }
  const reads = new Set(g.nodes.filter((n) => n.op === "arg" && live[n.id])
    .map((n) => n.attrs.index as number));
  const inputs = body.inputs.map((_, k) => k).filter((k) => reads.has(k) || carried.has(k));
  const keptValues = [...values].sort((a, b) => a - b);
  if (inputs.length === body.inputs.length && keptValues.length === g.outputs.length &&
    outputs.length === body.outputs.length) {
    const inner = eliminateDeadNodes(g);
    return { body: inner === g ? body : { ...body, graph: inner }, inputs, outputs };
  }
  const newInput = new Map(inputs.map((k, j) => [k, j]));
  const newValue = new Map(keptValues.map((v, j) => [v, j]));
  // (The args of inputs dropped are read by nothing: they go with the dead nodes.)
  const nodes = g.nodes.map((n) => (n.op === "arg" && newInput.has(n.attrs.index as number)
    ? { ...n, attrs: { ...n.attrs, index: newInput.get(n.attrs.index as number)! } } : n));
  const graph = eliminateDeadNodes({ nodes, outputs: keptValues.map((v) => g.outputs[v]) });
  const specs = inputs.map((k): LoopInput => {
    const s = body.inputs[k];
    return s.kind === "carry" ? { kind: "carry", update: newValue.get(s.update)! } : s;
  });
  const outs = outputs.map((m): LoopOutput => {
    const o = body.outputs[m];
    return o.kind === "carry" ? { kind: "carry", input: newInput.get(o.input)! }
      : { ...o, value: newValue.get(o.value)! };
  });
  return { body: { graph, inputs: specs, outputs: outs }, inputs, outputs };
}

/** The nodes the given outputs need, and every random draw. */
function liveNodes(g: Graph, outputs: ReadonlySet<number>): Uint8Array {
  const live = new Uint8Array(g.nodes.length);
  for (const v of outputs) live[g.outputs[v].node] = 1;
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (isRandom(n)) live[i] = 1;
    if (live[i]) for (const j of n.inputs) live[j] = 1;
  }
  return live;
}
