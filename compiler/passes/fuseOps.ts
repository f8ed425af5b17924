// Fusion: assigns nodes to groups that the emitter runs as one loop nest each (setting
// Node.group to the group's last node, where its loop runs). Groups grow greedily in node
// order, the way XLA's and TVM's fusion passes do for the same three patterns:
//   - elementwise chains over one shape (values stay in locals; broadcasts are free);
//   - a reduction with the elementwise nodes that produce its input (computed inside the
//     reduction loop) and those that consume its result (computed once per result);
//   - a matrix product with an elementwise epilogue (bias, activation, masks, scalings).
// A value leaves the loop (is stored) only if something outside the group reads it.
import type { Graph, Node, Shape } from "../ir/types.ts";
import { makeNode } from "../ir/graph.ts";
import { withBody } from "./rewrite.ts";
import { sameShape, size } from "../ir/shape.ts";
import { isRandom, OPS } from "../ops/table.ts";
import type { OpName } from "../ir/types.ts";


/** The most nodes in one group: past this, loop bodies grow without saving more passes. */
export const MAX_GROUP = 24;

/** How many nodes later than it would otherwise be read a group may read a computed input.
 * A group runs at its last node, so fusing far-apart nodes keeps their inputs alive across
 * everything in between (a gradient summed over the steps of a loop would hold every step's
 * term at once). */
export const MAX_DELAY = 16;
/** Inputs this small (in elements) may be held as long as fusion likes. */
const SMALL = 4096;

type Kind = "elementwise" | "reduce" | "matmul";

interface Group {
  kind: Kind;
  /** In the order they joined. At most MAX_GROUP, so arrays: every candidate group of every
   * node is checked, and copying and searching short arrays is cheaper than sets. */
  members: number[];
  /** The iteration shape: elementwise ones; a reduction's input; a product's output. */
  shape: Shape;
  /** The reduction or product the group is built around. */
  core?: number;
}

/** Which part of a group's loop nest a member runs in: `body` (an elementwise group),
 * `core` (the reduction or product), `producer` (per element of the reduction's input) or
 * `epilogue` (per element of the core's result). */
export type Section = "body" | "producer" | "core" | "epilogue";

/** Each member's section. A reduction's producers are the members it reads (through other
 * members); every other member of a group with a core is its epilogue. */
export function sections(g: Graph, members: readonly number[]): Map<number, Section> {
  const out = new Map<number, Section>();
  const core = members.find((m) => isCore(g.nodes[m]));
  for (let k = 0; k < members.length; k++) out.set(members[k], core === undefined ? "body" : "epilogue");
  if (core === undefined) return out;
  out.set(core, "core");
  if (OPS[g.nodes[core].op].kind !== "reduce") return out;
  const mark = (id: number) => {
    if (!out.has(id) || out.get(id) === "producer") return;
    out.set(id, "producer");
    g.nodes[id].inputs.forEach(mark);
  };
  mark(g.nodes[core].inputs[0]);
  return out;
}

/** Whether a set of members forms a loop nest the emitter can write: one core at most,
 * every member over its section's shape, epilogues reading no producer, products reading
 * nothing the group makes. (Asked for every candidate group of every node, so it allocates
 * little.) */
function wellFormed(g: Graph, members: readonly number[]): boolean {
  let core: Node | undefined;
  for (let k = 0; k < members.length; k++) {
    const n = g.nodes[members[k]];
    if (!isCore(n)) continue;
    if (core) return false;
    core = n;
  }
  const body = g.nodes[members[0]].shape;
  if (!core) return members.every((m) => sameShape(g.nodes[m].shape, body));
  if (core.op === "matmul") {
    // Every other member is its epilogue, over its shape; it reads nothing the group makes.
    for (let k = 0; k < members.length; k++) {
      if (!sameShape(g.nodes[members[k]].shape, core.shape)) return false;
    }
    return !core.inputs.some((i) => members.includes(i));
  }
  const secs = sections(g, members);
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    const n = g.nodes[m];
    const sec = secs.get(m)!;
    const want = sec === "producer" ? g.nodes[core.inputs[0]].shape : core.shape;
    if (!sameShape(n.shape, want)) return false;
    for (let j = 0; j < n.inputs.length; j++) {
      const i = n.inputs[j];
      if (!secs.has(i)) continue;
      if (sec === "core" && n.op === "matmul") return false;
      if (sec === "epilogue" && secs.get(i) === "producer") return false;
    }
  }
  return true;
}

/** Ops a group is built around, as a set: asked of every member of every candidate group, and
 * cheaper than looking each op up in the table. */
const CORE_OPS: ReadonlySet<string> = new Set(["matmul", ...(Object.keys(OPS) as OpName[])
  .filter((op) => OPS[op].kind === "reduce")]);
const isCore = (n: Node) => CORE_OPS.has(n.op);

/** Values an elementwise node computes per element; random draws are the one leaf-like op
 * that fuses, since a loop draws in the same order the draw kernel would. */
const isFusible = (n: Node) => OPS[n.op].kind === "elementwise" || OPS[n.op].effects === "random";

export function fuseOps(g: Graph): Graph {
  const nodes = g.nodes;
  const groupOf = new Array<Group | undefined>(nodes.length);
  // Looked up once: the checks below ask for every member of every candidate group.
  const kinds = nodes.map((n) => OPS[n.op].kind);
  // What each node reads through aliases (which run no code), and its readers likewise.
  const source = new Int32Array(nodes.length);
  for (let id = 0; id < nodes.length; id++) {
    source[id] = kinds[id] === "alias" ? source[nodes[id].inputs[0]] : id;
  }
  const readers: number[][] = nodes.map(() => []);
  for (let id = 0; id < nodes.length; id++) {
    if (kinds[id] === "alias") continue;
    const ins = nodes[id].inputs;
    for (let k = 0; k < ins.length; k++) readers[source[ins[k]]].push(id);
  }
  const lastReader = readers.map((rs) => rs.reduce((a, b) => Math.max(a, b), -Infinity));
  const randoms = nodes.filter(isRandom).map((n) => n.id);

  // Membership of the candidate group being checked, as a stamp per node: the checks below
  // ask it for every input and reader of every member.
  const stamps = new Int32Array(nodes.length);
  let stamp = 0;
  const mark = (members: readonly number[]) => {
    stamp++;
    for (let k = 0; k < members.length; k++) stamps[members[k]] = stamp;
  };
  const inGroup = (id: number) => stamps[id] === stamp;

  /** Whether running `members` (marked) at `last` would hold some computed input much longer. */
  const delays = (members: readonly number[], last: number): boolean => {
    for (let k = 0; k < members.length; k++) {
      const ins = nodes[members[k]].inputs;
      for (let j = 0; j < ins.length; j++) {
        const x = source[ins[j]];
        if (inGroup(x) || kinds[x] === "leaf") continue;
        if (size(nodes[x].shape) <= SMALL) continue;
        if (last - lastReader[x] > MAX_DELAY) return true;
      }
    }
    return false;
  };

  /** Can `members` run as one loop at node `last`? */
  const legal = (members: readonly number[], last: number, kind: Kind): boolean => {
    if (members.length > MAX_GROUP || !wellFormed(g, members)) return false;
    mark(members);
    if (delays(members, last)) return false;
    for (let k = 0; k < members.length; k++) {
      // Anything outside the group that runs before the loop cannot read a value the loop
      // makes.
      const rs = readers[members[k]];
      for (let j = 0; j < rs.length; j++) if (rs[j] < last && !inGroup(rs[j])) return false;
    }
    let drawn: number | undefined;
    for (let k = 0; k < members.length; k++) {
      const m = members[k];
      if (!isRandom(nodes[m])) continue;
      if (drawn !== undefined) return false;
      drawn = m;
    }
    if (drawn !== undefined) {
      // Draws must stay in node order: none outside the group may fall between this draw
      // and the loop that now makes it. A reduction loop walks out of row-major order.
      if (kind === "reduce") return false;
      if (randoms.some((r) => r > drawn && r <= last && !inGroup(r))) return false;
    }
    return true;
  };

  for (let id = 0; id < nodes.length; id++) {
    const n = nodes[id];
    const kind = kinds[n.id];
    if (kind === "reduce" || n.op === "matmul") {
      const x = groupOf[n.inputs[0]];
      const fromLoop = x?.kind === "elementwise" && sameShape(x.shape, nodes[n.inputs[0]].shape);
      if (kind === "reduce" && fromLoop) {
        const members = [...x.members, n.id];
        if (legal(members, n.id, "reduce")) {
          join({ kind: "reduce", members, shape: x.shape, core: n.id });
          continue;
        }
      }
      join({ kind: kind === "reduce" ? "reduce" : "matmul", members: [n.id],
        shape: kind === "reduce" ? nodes[n.inputs[0]].shape : n.shape, core: n.id });
      continue;
    }
    if (!isFusible(n)) continue;
    // Groups n could join: those of its inputs whose loop visits n's shape.
    const candidates: Group[] = [];
    for (let k = 0; k < n.inputs.length; k++) {
      const gi = groupOf[n.inputs[k]];
      if (!gi || candidates.includes(gi)) continue;
      if (accepts(gi, n)) candidates.push(gi);
    }
    // At most one reduction or product; elementwise groups join it or each other.
    candidates.sort((a, b) => +(a.kind === "elementwise") - +(b.kind === "elementwise"));
    let chosen: Group = { kind: "elementwise", members: [n.id], shape: n.shape };
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.kind !== "elementwise" && chosen.kind !== "elementwise") continue;
      const members = [...chosen.members, ...c.members];
      const kind = c.kind === "elementwise" ? chosen.kind : c.kind;
      if (!legal(members, n.id, kind)) continue;
      const shape = c.kind === "elementwise" ? chosen.shape : c.shape;
      chosen = { kind, members, shape, core: c.core ?? chosen.core };
    }
    join(chosen);
  }

  /** Whether group `gr`, holding input `i` of elementwise node `n`, loops over n's shape. */
  function accepts(gr: Group, n: Node): boolean {
    return sameShape(gr.kind === "elementwise" ? gr.shape : nodes[gr.core!].shape, n.shape);
  }

  function join(gr: Group): void {
    for (let k = 0; k < gr.members.length; k++) groupOf[gr.members[k]] = gr;
  }

  const out = nodes.map((n) => {
    // A loop's body is fused as a graph of its own: its kernels run at every step.
    if (n.op === "loop") return withBody(n, fuseOps);
    const gr = groupOf[n.id];
    if (!gr || gr.members.length < 2) return n;
    let root = n.id;
    for (let k = 0; k < gr.members.length; k++) root = Math.max(root, gr.members[k]);
    return makeNode(n, n.id, n.inputs, root);
  });
  return { nodes: out, outputs: g.outputs };
}

/** The fused groups of a graph, each as its members' ids in node order. */
export function groupsOf(g: Graph): number[][] {
  const byRoot = new Map<number, number[]>();
  for (const n of g.nodes) {
    if (n.group === undefined) continue;
    const list = byRoot.get(n.group) ?? [];
    list.push(n.id);
    byRoot.set(n.group, list);
  }
  return [...byRoot.values()];
}
