// Scheduling a train step's writes early: the optimizer's updates are appended to the step
// after the whole backward pass (compiler/model.ts), so every gradient was held until the end
// of the step, and the memory planner placed a thousand buffers alive at once for a
// thousand-layer stack. This pass runs after fusion and moves each kernel that writes a
// param's or state's new value (and the elementwise work only it needs) to just after the
// later of: what it reads, and the last kernel that reads the value it overwrites. Each
// gradient then dies right after its update, the update still writes the param where it
// lives (compiler/emit/destinations.ts, `homes`, decides that from the order given), and
// nothing else moves, so the forward and backward passes keep the order the rest of the
// pipeline chose for their memory. Random draws never move (their order is the stream's).
//
// A unit is a fused group (all its members, kept together and in order, with the aliases
// among them) or a node alone.
// Units keep their place unless they are movable: a writer of a param or state, or an
// elementwise unit (or leaf) read only by movable units. A movable unit is placed right
// after the latest of its inputs and of the readers of what it overwrites, or stays where
// it was if that is not earlier. The result is the same graph, renumbered.
import type { Graph, Node } from "../ir/types.ts";
import { makeNode, writesBack } from "../ir/graph.ts";
import { isRandom, OPS } from "../ops/table.ts";

export function scheduleUpdates(g: Graph): Graph {
  const nodes = g.nodes;
  const count = nodes.length;
  if (!g.outputs.some((o) => writesBack(o.role))) return g;
  const kinds = nodes.map((n) => OPS[n.op].kind);
  // Units: each node's unit is its group's root, else itself. An alias runs nothing, so it
  // may read a member of a group that runs later (and members may read it): it stays among
  // that group's members.
  const unitOf = new Int32Array(count);
  for (let id = 0; id < count; id++) {
    const n = nodes[id];
    unitOf[n.id] = n.group ?? n.id;
    if (kinds[n.id] === "alias" && unitOf[n.inputs[0]] > n.id) unitOf[n.id] = unitOf[n.inputs[0]];
  }
  // Each node's readers, as one array sliced by node (a step has tens of thousands).
  const first = new Int32Array(count + 1);
  for (let id = 0; id < count; id++) {
    const ins = nodes[id].inputs;
    for (let k = 0; k < ins.length; k++) first[ins[k] + 1]++;
  }
  for (let i = 0; i < count; i++) first[i + 1] += first[i];
  const readers = new Int32Array(first[count]);
  const filled = first.slice(0, count);
  for (let id = 0; id < count; id++) {
    const ins = nodes[id].inputs;
    for (let k = 0; k < ins.length; k++) readers[filled[ins[k]]++] = id;
  }
  // Writers, and the leaves each overwrites (by name).
  const leafOf = new Map<unknown, number[]>();
  for (let id = 0; id < count; id++) {
    const n = nodes[id];
    if (n.op !== "param" && n.op !== "state") continue;
    const list = leafOf.get(n.attrs.name);
    if (list) list.push(n.id);
    else leafOf.set(n.attrs.name, [n.id]);
  }
  const overwrites = new Map<number, number[]>();
  // Needed by an output that is not a write (a loss, a returned value): never moved unless
  // it writes.
  const kept = new Uint8Array(count);
  for (const o of g.outputs) {
    if (!writesBack(o.role)) { kept[o.node] = 1; continue; }
    const k = kinds[o.node];
    if (k === "leaf" || k === "alias" || k === "part") continue;
    const u = unitOf[o.node];
    const list = overwrites.get(u) ?? [];
    list.push(...leafOf.get(o.name) ?? []);
    overwrites.set(u, list);
  }
  for (let i = count - 1; i >= 0; i--) {
    if (!kept[i]) continue;
    const ins = nodes[i].inputs;
    for (let k = 0; k < ins.length; k++) kept[ins[k]] = 1;
  }
  // Whether each unit may move: what rules its members out (0 if nothing), then, from the
  // last unit, writers and units read only by movable units.
  const barred = new Uint8Array(count);
  const members: number[][] = new Array(count);
  for (let id = 0; id < count; id++) {
    const n = nodes[id];
    const u = unitOf[n.id];
    (members[u] ??= []).push(n.id);
    const k = kinds[n.id];
    if (isRandom(n) || k === "loop") barred[u] = 2; // never moves
    else if (kept[n.id] || (k !== "elementwise" && k !== "leaf")) barred[u] = Math.max(barred[u], 1);
  }
  const movable = new Uint8Array(count);
  for (let id = count - 1; id >= 0; id--) {
    const u = unitOf[id];
    if (u !== id) continue; // a unit is decided at its root, after every later unit
    if (barred[u] === 2) continue;
    if (overwrites.has(u)) { movable[u] = 1; continue; }
    if (barred[u]) continue;
    movable[u] = readOnlyByMovable(u, members[u], unitOf, first, readers, movable) ? 1 : 0;
  }
  // Each unit's place: a position and a depth; a moved unit sits at the latest place it must
  // follow, one deeper than what it follows there. Units are placed by root, so each one's
  // inputs are placed before it; a unit not placed yet is at most at its root.
  const pos = new Float64Array(count);
  const depth = new Int32Array(count);
  const placed = new Uint8Array(count);
  let moved = 0;
  for (let u = 0; u < count; u++) {
    const list = members[u];
    if (!list) continue;
    placed[u] = 1;
    pos[u] = u;
    if (!movable[u]) continue;
    let p = -1, d = 0;
    const follow = (id: number) => {
      const v = unitOf[id];
      if (v === u) return;
      const q = placed[v] ? pos[v] : v, e = placed[v] ? depth[v] : 0;
      if (q > p) { p = q; d = e + 1; } else if (q === p && e + 1 > d) d = e + 1;
    };
    for (let j = 0; j < list.length; j++) {
      const ins = nodes[list[j]].inputs;
      for (let k = 0; k < ins.length; k++) follow(ins[k]);
    }
    for (const leaf of overwrites.get(u) ?? []) readersThrough(nodes, kinds, first, readers, leaf, follow);
    if (p < u) { pos[u] = p; depth[u] = d; moved++; }
  }
  if (!moved) return g;
  const order: number[] = [];
  for (let u = 0; u < count; u++) if (members[u]) order.push(u);
  order.sort((a, b) => pos[a] - pos[b] || depth[a] - depth[b] || a - b);
  const remap = new Int32Array(count);
  let next = 0;
  for (let j = 0; j < order.length; j++) {
    const list = members[order[j]];
    for (let k = 0; k < list.length; k++) remap[list[k]] = next++;
  }
  const out: Node[] = new Array(count);
  for (let old = 0; old < count; old++) {
    const n = nodes[old];
    const id = remap[n.id];
    const inputs = n.inputs.map((i) => remap[i]);
    for (let k = 0; k < inputs.length; k++) {
      if (inputs[k] >= id) throw new Error("internal: scheduleUpdates broke node order");
    }
    out[id] = makeNode(n, id, inputs, n.group === undefined ? undefined : remap[n.group]);
  }
  return { nodes: out, outputs: g.outputs.map((o) => ({ ...o, node: remap[o.node] })) };
}

/** Whether every reader of unit `u`'s members outside it is in a movable unit (and there is
 * one: a unit nothing reads stays). */
function readOnlyByMovable(u: number, list: readonly number[], unitOf: Int32Array,
  first: Int32Array, readers: Int32Array, movable: Uint8Array): boolean {
  let any = false;
  for (let j = 0; j < list.length; j++) {
    const m = list[j];
    for (let k = first[m]; k < first[m + 1]; k++) {
      const v = unitOf[readers[k]];
      if (v === u) continue;
      if (!movable[v]) return false;
      any = true;
    }
  }
  return any;
}

/** Calls `visit` on every node that reads `leaf`, directly or through nodes that may share its
 * memory (aliases, and slices and transposes the emitter may read in place). */
function readersThrough(nodes: readonly Node[], kinds: readonly string[], first: Int32Array,
  readers: Int32Array, leaf: number, visit: (id: number) => void): void {
  const stack = [leaf];
  while (stack.length) {
    const at = stack.pop()!;
    for (let k = first[at]; k < first[at + 1]; k++) {
      const r = readers[k];
      visit(r);
      if (kinds[r] === "alias" || nodes[r].op === "slice" || nodes[r].op === "transpose") stack.push(r);
    }
  }
}
