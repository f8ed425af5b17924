// A model by its layers: which layer instance call (or builtin call, or operator written in
// the model) made each node of the graph as elaborated, the tensors flowing between those
// units, and each instance's output shapes and params. `kiln graph` draws it (dot.ts) and
// `kiln summary` tabulates it (summary.ts). It reads the elaboration's call log
// (ModelIR.elaborated, compiler/front/decls.ts's CallRecord): a call's nodes are the ids it
// appended while it ran, so calls nest as their id ranges do.
import type { CallRecord } from "../front/decls.ts";
import type { Instance } from "../front/values.ts";
import { showShape } from "../ir/shape.ts";
import type { Graph, Node } from "../ir/types.ts";
import type { ModelIR } from "../model.ts";
import { OPS } from "../ops/table.ts";

export type UnitKind = "input" | "param" | "instance" | "function" | "op" | "output" | "loss";

export interface Unit {
  key: string;
  kind: UnitKind;
  /** What the picture shows first: `fc1: Dense`, `cross_entropy`, `+`, `x`. */
  label: string;
  /** The shapes of what it makes (an instance: what its first call returned). */
  shapes: string[];
  /** The instance it sits in, when bodies are drawn (`--bodies`, `--depth`). */
  parent?: string;
}

export interface Cluster {
  prefix: string;
  label: string;
  parent?: string;
}

export interface LayerView {
  units: Unit[];
  edges: { from: string; to: string }[];
  /** Instances drawn with their bodies inside (only with `bodies` levels). */
  clusters: Cluster[];
}

/** Every layer instance the model called, in order of first call, nested ones after their
 * parent: what `kiln summary` lists. */
export interface InstanceRow {
  prefix: string;
  layer: string;
  depth: number;
  shapes: string[];
  calls: number;
}

const isInstance = (c: CallRecord): c is CallRecord & { callee: Instance } =>
  typeof c.callee !== "string";

/** The calls sorted outermost first, each with its enclosing call, and each node's innermost
 * call (-1: made by the model body itself). */
function nest(g: Graph, calls: readonly CallRecord[]) {
  // Equal ranges: the later record is the outer call (records are made as calls return).
  const order = calls.map((_, i) => i).filter((i) => calls[i].end > calls[i].first)
    .sort((a, b) => calls[a].first - calls[b].first || calls[b].end - calls[a].end || b - a);
  const parent = new Int32Array(calls.length).fill(-1);
  const owner = new Int32Array(g.nodes.length).fill(-1);
  const stack: number[] = [];
  let next = 0;
  for (let id = 0; id < g.nodes.length; id++) {
    while (stack.length && calls[stack.at(-1)!].end <= id) stack.pop();
    while (next < order.length && calls[order[next]].first === id) {
      const c = order[next++];
      while (stack.length && calls[stack.at(-1)!].end <= calls[c].first) stack.pop();
      parent[c] = stack.at(-1) ?? -1;
      stack.push(c);
    }
    owner[id] = stack.at(-1) ?? -1;
  }
  return { parent, owner };
}

/** Nodes the graph's outputs need. */
function live(g: Graph): Uint8Array {
  const mark = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) mark[o.node] = 1;
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    if (mark[i]) for (const j of g.nodes[i].inputs) mark[j] = 1;
  }
  return mark;
}

const spelling = (n: Node) => OPS[n.op].spelling?.replace(/^'|'$/g, "") ?? n.op;

/**
 * The model's units and the edges between them. Each instance the model body calls (all its
 * calls) is one unit, and so is each builtin call and each operator of the model body (one
 * per place in the source, so a loop's iterations are one). `bodies` opens that many levels
 * of instances: an opened instance is a cluster holding its params, the instances it calls
 * (opened in turn while levels remain, else units), its builtin calls and its operators.
 */
export function layerView(ir: ModelIR, options: { bodies?: number } = {}): LayerView {
  const { graph: g, calls } = ir.elaborated!;
  const { parent, owner } = nest(g, calls);
  const needed = live(g);
  const depth = options.bodies ?? 0;
  const units = new Map<string, Unit>();
  const clusters = new Map<string, Cluster>();
  const add = (key: string, u: Omit<Unit, "key">) => {
    if (!units.has(key)) units.set(key, { key, ...u });
    return key;
  };
  /** The cluster of an opened instance, inside the one around it. */
  const cluster = (inst: Instance, around: string | undefined): string => {
    if (!clusters.has(inst.prefix)) {
      clusters.set(inst.prefix, { prefix: inst.prefix, label: `${inst.prefix}: ${inst.def.name}`,
        parent: around });
    }
    return inst.prefix;
  };
  const unitOfCall = (c: number, where?: string): string => {
    const call = calls[c];
    if (isInstance(call)) {
      const p = call.callee.prefix;
      return add(`inst:${p}`, { kind: "instance", label: `${p}: ${call.callee.def.name}`,
        shapes: call.shapes, parent: where });
    }
    return add(`${where ?? ""}|fn:${call.callee}@${call.span.start}`, { kind: "function",
      label: call.callee as string, shapes: call.shapes, parent: where });
  };
  const unitOf = (n: Node): string | undefined => {
    if (n.op === "const" || n.op === "tensor_const") return undefined;
    // The calls around the node, outermost first.
    const chain: number[] = [];
    for (let c = owner[n.id]; c >= 0; c = parent[c]) chain.unshift(c);
    // Open instances while levels remain; the next instance down is a unit of its own.
    let where: string | undefined, opened = 0, at = 0;
    for (; at < chain.length; at++) {
      const call = calls[chain[at]];
      if (!isInstance(call)) continue;
      if (opened === depth) return unitOfCall(chain[at], where);
      where = cluster(call.callee, where);
      opened++;
    }
    // The outermost builtin call inside the innermost opened instance (or the model body).
    const fn = chain.find((c, k) => !isInstance(calls[c]) &&
      chain.slice(k).every((d) => !isInstance(calls[d])));
    if (fn !== undefined) return unitOfCall(fn, where);
    if (n.op === "input") {
      return add(`input:${n.attrs.name}`, { kind: "input", label: String(n.attrs.name),
        shapes: [showShape(n.shape, n.dtype)] });
    }
    if (n.op === "param" || n.op === "state") {
      const name = String(n.attrs.name);
      return add(`param:${name}`, { kind: "param", shapes: [showShape(n.shape, n.dtype)],
        label: where ? name.slice(where.length + 1) : name, parent: where });
    }
    return add(`${where ?? ""}|op:${n.op}@${n.span?.start}`, { kind: "op", label: spelling(n),
      shapes: [showShape(n.shape, n.dtype)], parent: where });
  };
  const unit = new Array<string | undefined>(g.nodes.length);
  const edges = new Map<string, { from: string; to: string }>();
  for (const n of g.nodes) {
    if (!needed[n.id]) continue;
    const to = (unit[n.id] = unitOf(n));
    if (to === undefined) continue;
    for (const i of n.inputs) {
      const from = unit[i];
      if (from !== undefined && from !== to) edges.set(`${from}>${to}`, { from, to });
    }
  }
  for (const o of g.outputs) {
    const from = unit[o.node];
    if (o.role === "state" || from === undefined) continue;
    const kind = o.role === "loss" ? "loss" : "output";
    const key = add(`${kind}:${o.name}`, { kind, label: `${kind} ${o.name}`,
      shapes: [showShape(g.nodes[o.node].shape, g.nodes[o.node].dtype)] });
    edges.set(`${from}>${key}`, { from, to: key });
  }
  return { units: [...units.values()], edges: [...edges.values()], clusters: [...clusters.values()] };
}

/** The instances in order of first call, each followed by those nested in it. */
export function instanceRows(ir: ModelIR): InstanceRow[] {
  const { calls } = ir.elaborated!;
  const rows = new Map<string, InstanceRow>();
  // Records are made as calls return, inner ones first: order by where each call started.
  const byStart = calls.map((c, i) => ({ c, i })).filter(({ c }) => isInstance(c))
    .sort((a, b) => a.c.first - b.c.first || b.i - a.i);
  for (const { c } of byStart) {
    const inst = c.callee as Instance;
    const row = rows.get(inst.prefix);
    if (row) { row.calls++; continue; }
    rows.set(inst.prefix, { prefix: inst.prefix, layer: inst.def.name,
      depth: inst.prefix.split(".").length - 1, shapes: c.shapes, calls: 1 });
  }
  // Parents before children even when a child's first call starts a parent's.
  const all = [...rows.values()];
  const under = (p: string) => all.filter((r) => r.prefix.startsWith(`${p}.`) &&
    r.depth === p.split(".").length);
  const walk = (r: InstanceRow): InstanceRow[] => [r, ...under(r.prefix).flatMap(walk)];
  return all.filter((r) => r.depth === 0).flatMap(walk);
}
