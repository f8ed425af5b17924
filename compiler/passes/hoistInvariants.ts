// Loop-invariant code motion, both ways: body work that reads only invariant inputs (and
// constants) is computed once, before the loop, and passed in; invariant inputs that are
// constants go in, where the body's passes can fold them. A gradient's reverse body is where
// this finds work (the elaborator already leaves a forward body's invariant work outside).
// Random draws, broadcasts (free inside a fused loop, a whole tensor outside) and anything
// reading a carry, a sequence's slice or the index stay.
import { leadAttr } from "../ir/lead.ts";
import type { Graph, LoopInput, Node } from "../ir/types.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import { GraphBuilder as Builder } from "../ir/builder.ts";
import { bodyOf } from "../ir/loop.ts";
import { isRandom, OPS } from "../ops/table.ts";
import { copyNode, rebuild } from "./rewrite.ts";

export function hoistInvariants(g: Graph): Graph {
  // Most graphs have no loop: nothing to copy (the pipeline runs this every round).
  if (!g.nodes.some((n) => n.op === "loop")) return g;
  return rebuild(g, (n, ins, b) => (n.op === "loop" ? hoist(n, ins, b) : copyNode(n, ins, b)),
    { bodies: hoistInvariants });
}

function hoist(n: Node, ins: number[], b: GraphBuilder): number {
  const body = bodyOf(n);
  const g = body.graph;
  const outer = new Map<number, number>();
  const inline = new Set<number>();
  for (const m of g.nodes) {
    if (m.op !== "arg" || body.inputs[m.attrs.index as number].kind !== "invariant") continue;
    const x = b.node(ins[m.attrs.index as number]);
    if (x.op === "const" || x.op === "tensor_const") inline.add(m.id);
    else outer.set(m.id, x.id);
  }
  // Hoisted: reads an invariant input or hoisted node, and otherwise only constants.
  const hoisted = new Set<number>();
  const reads = (m: Node) => m.inputs.some((i) => outer.has(i));
  for (const m of g.nodes) {
    const stays = ["leaf", "loop", "part"].includes(OPS[m.op].kind) || m.op === "broadcast";
    if (stays || isRandom(m)) continue;
    if (!reads(m) || !m.inputs.every((i) => outer.has(i) || g.nodes[i].op === "const")) continue;
    outer.set(m.id, b.copy(m, m.inputs.map((i) => outer.get(i) ?? b.copy(g.nodes[i], []))));
    hoisted.add(m.id);
  }
  if (!hoisted.size && !inline.size) return copyNode(n, ins, b);
  // The body again: inlined constants copied in, hoisted values read as new invariants.
  const inputs: { spec: LoopInput; outer: number }[] = body.inputs.map((spec, k) =>
    ({ spec, outer: ins[k] }));
  const nb = new Builder();
  const map: number[] = [];
  for (const m of g.nodes) {
    if (inline.has(m.id)) map[m.id] = nb.copy(b.node(ins[m.attrs.index as number]), []);
    else if (hoisted.has(m.id)) {
      inputs.push({ spec: { kind: "invariant" }, outer: outer.get(m.id)! });
      const attrs = { index: inputs.length - 1, shape: m.shape, dtype: m.dtype, ...leadAttr(m) };
      map[m.id] = nb.add("arg", [], attrs, m.span);
    } else map[m.id] = nb.copy(m, m.inputs.map((i) => map[i]));
  }
  const graph = { nodes: nb.nodes, outputs: g.outputs.map((o) => ({ ...o, node: map[o.node] })) };
  return b.add("loop", inputs.map((i) => i.outer), { ...n.attrs,
    body: { ...body, graph, inputs: inputs.map((i) => i.spec) } });
}
