// The gradient of a loop node (STYLE.md item 14; JAX's scan transpose, PyTensor's Scan
// gradient): a loop running the other way. Its body is the forward body's vector-Jacobian
// product: it carries the gradients of the forward carries backwards, accumulates the
// invariants' gradients (dWh) in carries of its own, and stacks the gradients of the
// sequences per step. What it needs of the forward steps it reads as per-step slices of
// residuals the forward loop itself saves (it is given more outputs: no second forward loop
// runs, so random draws happen once): with "save", every value the product reads; with
// "recompute", only the carries and random draws, the rest computed again. A reverse loop is
// an ordinary loop, so second derivatives come by the same rule.
import { leadAttr } from "../ir/lead.ts";
import { GraphBuilder } from "../ir/builder.ts";
import type { AttrValue, GraphOutput, LoopBody, LoopInput, LoopOutput, Node, Shape } from
  "../ir/types.ts";
import { argNodes, bodyOf, isReverse, lengthOf, valueNode } from "../ir/loop.ts";
import { isRandom, OPS } from "../ops/table.ts";
import { eliminateDeadNodes } from "../passes/eliminateDeadNodes.ts";

type Vjp = (b: GraphBuilder, seeds: readonly (readonly [number, number])[], xs: readonly number[],
  residuals: "save" | "recompute") => (number | null)[];

export interface LoopGradientContext {
  residuals: "save" | "recompute";
  vjp: Vjp;
}

/** One input of the reverse loop: a node of the enclosing graph, or a forward body node
 * whose value at every step the forward loop must save. */
interface Input {
  spec: LoopInput;
  outer: number | { saved: number };
}

const zeros = (b: GraphBuilder, shape: Shape) => b.broadcastTo(b.scalar(0), shape);

/** The gradient with respect to each input of loop `n`, given the gradients of its outputs
 * (undefined where none). Appends the reverse loop, and the forward loop's new outputs. */
export function loopGradient(b: GraphBuilder, n: Node, gouts: readonly (number | undefined)[],
  wanted: readonly boolean[], c: LoopGradientContext): (number | null)[] {
  const L = bodyOf(n);
  const fwd = L.graph;
  const rb = new GraphBuilder();
  rb.span = n.span;
  const inputs: Input[] = [];
  const arg = (outer: Input["outer"], spec: LoopInput,
    like: Pick<Node, "shape" | "dtype" | "lead">) => {
    inputs.push({ spec, outer });
    return rb.add("arg", [], { index: inputs.length - 1, shape: like.shape, dtype: like.dtype,
      ...leadAttr(like) });
  };
  const perStep = { kind: "sequence", axis: 0, start: 0, step: 1 } as const;
  // The forward body again, but that each step's carries and random draws are saved ones.
  const copy: number[] = [];
  const source = new Map<number, number>();
  for (const m of fwd.nodes) {
    if (m.op === "loop" && isRandom(m)) {
      throw new Error("internal: a nested loop draws random numbers");
    }
    let id: number;
    if (m.op === "arg") {
      const k = m.attrs.index as number;
      const spec = L.inputs[k];
      id = spec.kind === "carry" ? arg({ saved: m.id }, perStep, m) : arg(n.inputs[k], spec, m);
    } else if (isRandom(m)) id = arg({ saved: m.id }, perStep, m);
    else if (m.op === "loop_index") id = rb.add("loop_index", []);
    else id = rb.copy(m, m.inputs.map((i) => copy[i]));
    copy[m.id] = id;
    if (!["arg", "loop_index", "const"].includes(m.op) && !isRandom(m)) source.set(id, m.id);
  }
  // Seeds: each output's gradient, through the body value it is made of. Carries and last
  // values get theirs at the first reverse step, from the reverse loop's own carries.
  const seeds: [number, number][] = [];
  const value = (v: number) => copy[fwd.outputs[v].node];
  const sum = (a: number | undefined, g: number) => (a === undefined ? g : b.add("add", [a, g]));
  const finalGrad = new Map<number, number>(), lastGrad = new Map<number, number>();
  L.outputs.forEach((o, m) => {
    const g = gouts[m];
    if (g === undefined) return;
    if (o.kind === "carry") finalGrad.set(o.input, sum(finalGrad.get(o.input), g));
    else if (o.kind === "last") lastGrad.set(o.value, sum(lastGrad.get(o.value), g));
    else seeds.push([value(o.value), arg(g, { ...o, kind: "sequence" }, valueNode(L, o.value))]);
  });
  const carried = new Map<number, number>();
  L.inputs.forEach((spec, k) => {
    const x = b.node(n.inputs[k]);
    if (spec.kind !== "carry" || x.dtype !== "f") return;
    const a = arg(finalGrad.get(k) ?? zeros(b, x.shape), { kind: "carry", update: -1 }, x);
    carried.set(k, a);
    seeds.push([value(spec.update), a]);
  });
  const lasts = [...lastGrad].map(([v, g]) => {
    const a = arg(g, { kind: "carry", update: -1 }, valueNode(L, v));
    seeds.push([value(v), a]);
    return a;
  });
  // The product: gradients of every carry's value at the step's start, and of what is wanted.
  const args = argNodes(L);
  const xs = L.inputs.map((spec, k) => (args[k] && args[k]!.dtype === "f" &&
    (spec.kind === "carry" || wanted[k]) ? copy[args[k]!.id] : undefined));
  const present = xs.filter((x): x is number => x !== undefined);
  const gs = c.vjp(rb, seeds, present, c.residuals);
  const grad = (k: number) => (xs[k] === undefined ? null : gs[present.indexOf(xs[k]!)]);

  // The reverse loop's outputs: gradients of the carries' first values, of the invariants
  // (accumulated), of each sequence's slices (stacked where the forward loop read them).
  const outputs: GraphOutput[] = [];
  const output = (node: number) => {
    outputs.push({ name: `d${outputs.length}`, node, role: "value" });
    return outputs.length - 1;
  };
  const update = (a: number, node: number) => {
    inputs[rb.node(a).attrs.index as number].spec = { kind: "carry", update: output(node) };
  };
  const specs: LoopOutput[] = [];
  const results: { k: number; m: number }[] = [];
  const give = (k: number, o: LoopOutput) => {
    results.push({ k, m: specs.length });
    specs.push(o);
  };
  for (const [k, a] of carried) {
    update(a, grad(k) ?? zeros(rb, rb.shape(a)));
    if (wanted[k]) give(k, { kind: "carry", input: rb.node(a).attrs.index as number });
  }
  for (const a of lasts) update(a, zeros(rb, rb.shape(a)));
  L.inputs.forEach((spec, k) => {
    const g = wanted[k] ? grad(k) : null;
    if (g === null || spec.kind === "carry") return;
    const x = b.node(n.inputs[k]);
    if (spec.kind === "invariant") {
      const acc = arg(zeros(b, x.shape), { kind: "carry", update: -1 }, x);
      update(acc, rb.add("add", [acc, g]));
      give(k, { kind: "carry", input: rb.node(acc).attrs.index as number });
    } else {
      // Stacked along a new first axis, each step's slice contiguous (a product pushed out of
      // the loop reads the same stack: pushOutProducts.ts), then moved to the input's axis.
      give(k, { kind: "stack", value: output(g), axis: 0, start: spec.start, step: spec.step,
        extent: x.shape[spec.axis] });
    }
  });
  if (!specs.length) return n.inputs.map(() => null);
  const body = c.residuals === "save" ? saveResiduals(rb, source, inputs, outputs)
    : eliminateDeadNodes({ nodes: rb.nodes, outputs });

  // The forward loop saves what the reverse one reads; then the reverse loop runs.
  const saved = saveSteps(b, n.id, inputs);
  const outer = (i: Input) => (typeof i.outer === "number" ? i.outer : saved(i.outer.saved));
  const reverse: LoopBody = { graph: body, inputs: inputs.map((i) => i.spec), outputs: specs };
  const loop = b.add("loop", inputs.map(outer), { body: reverse as AttrValue,
    length: lengthOf(n), reverse: !isReverse(n) });
  const out: (number | null)[] = n.inputs.map(() => null);
  for (const { k, m } of results) {
    out[k] = b.add("loop_output", [loop], { index: m });
    const spec = L.inputs[k];
    if (spec.kind !== "sequence" || spec.axis === 0) continue;
    const rank = b.shape(n.inputs[k]).length;
    const perm = Array.from({ length: rank }, (_, d) => (d < spec.axis ? d + 1 : d === spec.axis
      ? 0 : d));
    out[k] = b.add("transpose", [out[k]!], { perm });
  }
  return out;
}

/**
 * The reverse body with the forward values its product reads saved rather than recomputed:
 * each becomes an input sliced per step from the forward loop's saved outputs. Aliases and
 * broadcasts are recomputed from what they read, which costs nothing.
 */
function saveResiduals(rb: GraphBuilder, source: ReadonlyMap<number, number>, inputs: Input[],
  outputs: GraphOutput[]) {
  const keep = new Set<number>();
  const mark = (id: number) => {
    if (!source.has(id) || keep.has(id)) return;
    const m = rb.node(id);
    if (OPS[m.op].kind === "alias" || m.op === "broadcast") m.inputs.forEach(mark);
    else if (m.op !== "loop" && m.op !== "loop_output") keep.add(id);
  };
  for (const m of rb.nodes) if (!source.has(m.id) && m.op !== "arg") m.inputs.forEach(mark);
  for (const o of outputs) mark(o.node);
  const nb = new GraphBuilder();
  nb.span = rb.span;
  const map: number[] = [];
  for (const m of rb.nodes) {
    if (keep.has(m.id)) {
      inputs.push({ spec: { kind: "sequence", axis: 0, start: 0, step: 1 },
        outer: { saved: source.get(m.id)! } });
      const attrs = { index: inputs.length - 1, shape: m.shape, dtype: m.dtype, ...leadAttr(m) };
      map[m.id] = nb.add("arg", [], attrs, m.span);
    } else map[m.id] = nb.copy(m, m.inputs.map((i) => map[i]));
  }
  const renamed = outputs.map((o) => ({ ...o, node: map[o.node] }));
  return eliminateDeadNodes({ nodes: nb.nodes, outputs: renamed });
}

/** Has forward loop `id` save the values of its body nodes at every step, stacked along a
 * new first axis (outputs it already has are reused); returns where each saved one is. */
function saveSteps(b: GraphBuilder, id: number, inputs: readonly Input[]):
  (node: number) => number {
  const wanted = [...new Set(inputs.flatMap((i) =>
    (typeof i.outer === "number" ? [] : [i.outer.saved])))];
  const n = b.node(id);
  const L = bodyOf(n);
  const T = lengthOf(n);
  const graphOutputs = [...L.graph.outputs];
  const specs = [...L.outputs];
  const index = new Map<number, number>();
  for (const node of wanted) {
    let v = graphOutputs.findIndex((o) => o.node === node);
    if (v < 0) {
      graphOutputs.push({ name: `saved${graphOutputs.length}`, node, role: "value" });
      v = graphOutputs.length - 1;
    }
    let m = specs.findIndex((o) => o.kind === "stack" && o.value === v && o.axis === 0 &&
      o.start === 0 && o.step === 1 && o.extent === T);
    if (m < 0) {
      specs.push({ kind: "stack", value: v, axis: 0, start: 0, step: 1, extent: T });
      m = specs.length - 1;
    }
    index.set(node, m);
  }
  if (specs.length > L.outputs.length || graphOutputs.length > L.graph.outputs.length) {
    const graph = { nodes: L.graph.nodes, outputs: graphOutputs };
    const body: LoopBody = { ...L, graph, outputs: specs };
    b.extend(id, { ...n.attrs, body });
  }
  const parts = new Map<number, number>();
  for (const m of b.nodes) {
    if (m.op === "loop_output" && m.inputs[0] === id) parts.set(m.attrs.index as number, m.id);
  }
  return (node) => {
    const m = index.get(node)!;
    let p = parts.get(m);
    if (p === undefined) parts.set(m, p = b.add("loop_output", [id], { index: m }));
    return p;
  };
}
