// Products accumulated over a loop's steps, pushed out of it (PyTensor's scan push-out):
// a carry that starts at zero and adds A_t^T B_t at every step (a weight's gradient in a
// reverse loop: dWh += h_t^T dz_t) is, after the loop, one product of all steps' A by all
// steps' B, stacked: (A_0; ...; A_{T-1})^T (B_0; ...; B_{T-1}). One large product runs
// several times faster than T small ones (and frees the loop of the accumulator's copy at
// every step), for the memory of the stacked operands; a step's slice of a tensor the loop
// already reads costs nothing. Done where the stacks stay under MAX_STACKED elements.
import type { Graph, LoopOutput, Node } from "../ir/types.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import { bodyOf, lengthOf } from "../ir/loop.ts";
import { size } from "../ir/shape.ts";
import { copyNode, rebuild, uniformValue } from "./rewrite.ts";

/** The most elements the stacked operands of one pushed-out product may add. */
export const MAX_STACKED = 1 << 26;

export function pushOutProducts(g: Graph): Graph {
  if (!g.nodes.some((n) => n.op === "loop")) return g;
  /** By new loop node: the loop_output indices now computed outside, and by what. */
  const replaced = new Map<number, Map<number, number>>();
  return rebuild(g, (n, ins, b) => {
    if (n.op === "loop_output") {
      const outside = replaced.get(ins[0])?.get(n.attrs.index as number);
      if (outside !== undefined) return outside;
    }
    if (n.op !== "loop") return copyNode(n, ins, b);
    const { id, outside } = pushOut(n, ins, b);
    if (outside.size) replaced.set(id, outside);
    return id;
  }, { bodies: pushOutProducts });
}

interface Accumulation {
  /** The carry's input, and the loop outputs of its final value. */
  input: number;
  finals: number[];
  /** The product's operands (body nodes), stacked where the loop does not read them whole. */
  a: number;
  b: number;
}

/** Carries that are sums of products, with what the pushed-out product needs. */
function accumulations(n: Node, ins: readonly number[], b: GraphBuilder): Accumulation[] {
  const body = bodyOf(n);
  const g = body.graph;
  const readers = g.nodes.map(() => 0);
  for (const m of g.nodes) for (const i of m.inputs) readers[i]++;
  for (const o of g.outputs) readers[o.node]++;
  const out: Accumulation[] = [];
  body.inputs.forEach((spec, k) => {
    if (spec.kind !== "carry" || uniformValue(b.nodes, ins[k]) !== 0) return;
    const arg = g.nodes.find((m) => m.op === "arg" && m.attrs.index === k);
    const u = g.nodes[g.outputs[spec.update].node];
    if (!arg || u.op !== "add" || readers[arg.id] !== 1 || !u.inputs.includes(arg.id)) return;
    // The update is only the carry's: no other output, input or reader takes it.
    const shared = body.inputs.some((s, j) => j !== k && s.kind === "carry" &&
      s.update === spec.update) || body.outputs.some((o) => o.kind !== "carry" &&
      o.value === spec.update);
    if (readers[u.id] !== 1 || shared) return;
    const p = g.nodes[u.inputs[0] === arg.id ? u.inputs[1] : u.inputs[0]];
    const [x, y] = p.inputs.map((i) => g.nodes[i] as Node | undefined);
    if (p.op !== "matmul" || p.attrs.ta !== true || p.attrs.tb === true || !x || !y ||
      x.shape.length !== 2 || y.shape.length !== 2) return;
    if (lengthOf(n) * (size(x.shape) + size(y.shape)) > MAX_STACKED) return;
    const finals = body.outputs.flatMap((o, m) => (o.kind === "carry" && o.input === k ? [m] : []));
    out.push({ input: k, finals, a: x.id, b: y.id });
  });
  return out;
}

function pushOut(n: Node, ins: number[], b: GraphBuilder):
  { id: number; outside: Map<number, number> } {
  const found = accumulations(n, ins, b);
  const outside = new Map<number, number>();
  if (!found.length) return { id: copyNode(n, ins, b), outside };
  const body = bodyOf(n);
  const T = lengthOf(n);
  const graphOutputs = [...body.graph.outputs];
  const specs: LoopOutput[] = [...body.outputs];
  /** Where step t's slice of a body value is, if the loop reads it whole along axis 0 (an
   * input sliced by step): that input, and the order of its positions. */
  const read = (node: number) => {
    const m = body.graph.nodes[node];
    const spec = m.op === "arg" ? body.inputs[m.attrs.index as number] : undefined;
    const outer = ins[m.attrs.index as number];
    if (spec?.kind !== "sequence" || spec.axis !== 0 || b.shape(outer)[0] !== T) return undefined;
    return { outer, start: spec.start, step: spec.step };
  };
  /** A body value stacked by step along a new first axis, at the positions given: a new
   * loop output. */
  const stacked = (node: number, track: { start: number; step: 1 | -1 }): number => {
    let v = graphOutputs.findIndex((o) => o.node === node);
    if (v < 0) {
      graphOutputs.push({ name: `stacked${graphOutputs.length}`, node, role: "value" });
      v = graphOutputs.length - 1;
    }
    // (`track` may be a read's, which also names the outer input: not part of a spec.)
    specs.push({ kind: "stack", value: v, axis: 0, start: track.start, step: track.step,
      extent: T });
    return specs.length - 1;
  };
  // Each operand: the input the loop reads, or a new stacked output; both in one order.
  const plan = found.map((acc) => {
    const [ra, rb] = [read(acc.a), read(acc.b)];
    const track = ra ?? rb ?? { start: 0, step: 1 as const };
    const same = (r: typeof ra) => r && r.start === track.start && r.step === track.step;
    const place = (r: typeof ra, node: number): { outer: number } | { index: number } =>
      (r && same(r) ? { outer: r.outer } : { index: stacked(node, track) });
    return { acc, a: place(ra, acc.a), b: place(rb, acc.b) };
  });
  const loop = b.add("loop", ins, { ...n.attrs, body: { ...body,
    graph: { nodes: body.graph.nodes, outputs: graphOutputs }, outputs: specs } });
  for (const p of plan) {
    const [x, y] = [p.a, p.b].map((o) => ("outer" in o ? o.outer
      : b.add("loop_output", [loop], { index: o.index })));
    const flat = (id: number) => {
      const s = b.shape(id);
      return b.reshape(id, [s[0] * s[1], s[2]]);
    };
    const product = b.add("matmul", [flat(x), flat(y)], { ta: true, tb: false });
    for (const m of p.acc.finals) outside.set(m, product);
  }
  return { id: loop, outside };
}
