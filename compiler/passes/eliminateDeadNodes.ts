// Dead-node elimination: keeps what the outputs need, and every random draw (a draw moves
// the generator, so dropping one would change every later draw).
import type { Graph, Node } from "../ir/types.ts";
import { makeNode } from "../ir/graph.ts";
import { isRandom } from "../ops/table.ts";

export function eliminateDeadNodes(g: Graph): Graph {
  const live = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) live[o.node] = 1;
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (isRandom(n)) live[i] = 1;
    if (live[i]) for (const j of n.inputs) live[j] = 1;
  }
  const remap = new Int32Array(g.nodes.length).fill(-1);
  let count = 0;
  for (let i = 0; i < g.nodes.length; i++) if (live[i]) remap[i] = count++;
  if (count === g.nodes.length) return g;
  const nodes: Node[] = [];
  for (const n of g.nodes) {
    if (!live[n.id]) continue;
    const root = n.group === undefined ? -1 : remap[n.group];
    const inputs = n.inputs.map((i) => remap[i]);
    nodes.push(makeNode(n, remap[n.id], inputs, root >= 0 ? root : undefined));
  }
  return { nodes, outputs: g.outputs.map((o) => ({ ...o, node: remap[o.node] })) };
}
