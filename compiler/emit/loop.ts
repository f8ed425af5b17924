// A loop node as code: its carries copied to their slots, then `for (let t = ...)` around its
// body's kernels, planned once and reused at every step. Per-step slices of its sequences and
// rows of its stacked outputs are addressed at `base + t * stride`, as kernel arguments
// computed from t; a body's next carries and stacked rows are written in place where
// destinations.ts finds it safe, and a carry whose value at each step's start is stacked
// lives in that stack (each step writes the next one's row). The loop's workspace (carry
// slots without an output of their own, the step index, the body's scratch) is one buffer
// in the enclosing plan.
import type { Graph, LoopBody, Node, Shape } from "../ir/types.ts";
import { size } from "../ir/shape.ts";
import { strides } from "../ir/tensor.ts";
import { argNodes, bodyOf, dropAxis, fits, isReverse, lengthOf } from "../ir/loop.ts";
import type { Ref } from "./js/loops.ts";
import { copyCode, plus } from "./destinations.ts";
import type { BodyPlace, Dest, EntryOptions, EntryStats, LoopFrame } from "./plan.ts";

/** A loop in its graph: its inputs and outputs, and where they are. */
export interface LoopSite {
  node: Node;
  body: LoopBody;
  /** Its loop_output nodes. */
  parts: Node[];
  ins: Node[];
  inRefs: Ref[];
  partRefs: ReadonlyMap<number, Ref>;
  loops: readonly LoopFrame[];
}

export function loopSite(node: Node, parts: Node[], ins: Node[], inRefs: Ref[],
  partRefs: ReadonlyMap<number, Ref>, loops: readonly LoopFrame[]): LoopSite {
  return { node, body: bodyOf(node), parts, ins, inRefs, partRefs, loops };
}

export type BodyCompiler = (g: Graph, place: BodyPlace, fBase: number, iBase: number,
  measuring: boolean) => { code: string; stats: EntryStats };

/** `base + c + v * k`, folded where it can be. */
function affine(base: number | string, c: number, v: string, k: number): string {
  if (/^\d+$/.test(v)) return affine(base, c + Number(v) * k, "", 0);
  const head = typeof base === "number" ? String(base + c) : c ? `${base} + ${c}` : String(base);
  return k === 0 ? head : `${head} ${k < 0 ? "-" : "+"} ${v} * ${Math.abs(k)}`;
}

/** The slice at `start + step * v` along `axis` of a tensor of `shape` at `ref`. */
function rowRef(ref: Ref, shape: Shape, s: { axis: number; start: number; step: number },
  v: string): Ref {
  const st = ref.strides ?? strides(shape);
  const off = affine(ref.off, s.start * st[s.axis], v, s.step * st[s.axis]);
  const rest = st.filter((_, d) => d !== s.axis);
  const dense = strides(dropAxis(shape, s.axis));
  const dims = dropAxis(shape, s.axis);
  const contiguous = rest.every((x, d) => x === dense[d] || dims[d] === 1);
  return contiguous ? { arr: ref.arr, off } : { arr: ref.arr, off, strides: rest };
}

/** The first loop_output of each output, by output number. */
function firstParts(site: LoopSite): (Node | undefined)[] {
  const out = new Array<Node | undefined>(site.body.outputs.length);
  for (const p of site.parts) out[p.attrs.index as number] ??= p;
  return out;
}

/** A carry kept in the stack of its value at each step's start (what a forward loop saves
 * for its gradient): the stack output, read at this step's row, written at the next's. */
interface Stacked {
  spec: { axis: number; start: number; step: 1 | -1 };
  ref: Ref;
  shape: Shape;
}

/** Each carry whose value at every step's start the loop stacks along axis 0, in rows the
 * steps cover: the carry lives in that stack, each step writing the next one's row (the last
 * step its final place), so neither the carry nor its stacked copy is copied. */
function stackedCarries(site: LoopSite): (Stacked | undefined)[] {
  const { body } = site;
  const args = argNodes(body);
  const first = firstParts(site);
  const T = lengthOf(site.node);
  return body.inputs.map((spec, k) => {
    if (spec.kind !== "carry" || !args[k]) return undefined;
    const m = body.outputs.findIndex((o, j) => o.kind === "stack" && o.axis === 0 &&
      covers(o, T) && first[j] !== undefined && body.graph.outputs[o.value].node === args[k]!.id);
    if (m < 0) return undefined;
    const o = body.outputs[m] as Stacked["spec"];
    const part = first[m]!;
    const ref = site.partRefs.get(part.id)!;
    return ref.strides || ref.lit !== undefined ? undefined : { spec: o, ref, shape: part.shape };
  });
}

/** Carry slots (a carry's final output's buffer where it has one), the index's slot and
 * where the body's scratch starts, from the workspace's start. */
function slots(site: LoopSite, ws: { f: number; i: number }) {
  const first = firstParts(site);
  const at = { ...ws };
  const carries = site.body.inputs.map((spec, k) => {
    if (spec.kind !== "carry") return undefined;
    const out = site.body.outputs.findIndex((o) => o.kind === "carry" && o.input === k);
    const part = out >= 0 ? first[out] : undefined;
    if (part) return site.partRefs.get(part.id)!;
    const d = site.ins[k].dtype;
    const ref: Ref = { arr: d === "i" ? "I" : "F", off: at[d] };
    at[d] += size(site.ins[k].shape);
    return ref;
  });
  const reads = site.body.graph.nodes.some((n) => n.op === "loop_index");
  const index: Ref | undefined = reads ? { arr: "F", off: at.f++ } : undefined;
  return { carries, stacked: stackedCarries(site), index, fBase: at.f, iBase: at.i,
    used: { f: at.f - ws.f, i: at.i - ws.i } };
}

/** Where the body reads its inputs and writes its outputs at step `v`. */
function place(site: LoopSite, s: ReturnType<typeof slots>, v: string): BodyPlace {
  const { body } = site;
  const argIds = argNodes(body).map((n) => n?.id);
  const row = (c: Stacked, at: string) => rowRef(c.ref, c.shape, c.spec, at);
  const args = body.inputs.map((spec, k) => spec.kind === "invariant" ? site.inRefs[k]
    : spec.kind === "carry" ? (s.stacked[k] ? row(s.stacked[k]!, v) : s.carries[k])
      : rowRef(site.inRefs[k], site.ins[k].shape, spec, v));
  const reverse = isReverse(site.node);
  const last = reverse ? 0 : lengthOf(site.node) - 1;
  const first = firstParts(site);
  const dests: Dest[][] = body.graph.outputs.map(() => []);
  const later: Dest[][] = body.graph.outputs.map(() => []);
  body.outputs.forEach((o, m) => {
    const part = first[m];
    if (o.kind === "carry" || !part) return;
    const ref = site.partRefs.get(part.id)!;
    if (o.kind === "last") later[o.value].push({ ref });
    else dests[o.value].push({ ref: rowRef(ref, part.shape, o, v) });
  });
  body.inputs.forEach((spec, k) => {
    if (spec.kind !== "carry") return;
    const c = s.stacked[k];
    if (!c) { dests[spec.update].push({ ref: s.carries[k]!, leaf: argIds[k] }); return; }
    // The next step's row, or after the last step the carry's final place: nothing reads
    // either before this step writes it.
    const next = row(c, `(${v} ${reverse ? "-" : "+"} 1)`).off;
    const final = s.carries[k]!;
    dests[spec.update].push({ ref: { arr: final.arr, off: `(${v} === ${last} ? ${final.off} : ${next})` } });
  });
  later.forEach((d, j) => dests[j].push(...d));
  return { args, index: s.index, dests, loops: [...site.loops, { variable: v, node: site.node }] };
}

const variable = (site: LoopSite) => `t${site.loops.length}`;

/** The F and I elements a loop needs while it runs. */
export function workspace(site: LoopSite, compile: BodyCompiler): { f: number; i: number } {
  const s = slots(site, { f: 0, i: 0 });
  const r = compile(site.body.graph, place(site, s, variable(site)), s.fBase, s.iBase, true);
  return { f: s.used.f + r.stats.scratchF, i: s.used.i + r.stats.scratchI };
}

/** The loop's statements, with its workspace at `ws`. */
export function loopCode(site: LoopSite, compile: BodyCompiler, ws: { f: number; i: number },
  o: EntryOptions): { code: string; stats: EntryStats } {
  const { node, body } = site;
  const s = slots(site, ws);
  const v = variable(site);
  const r = compile(body.graph, place(site, s, v), s.fBase, s.iBase, false);
  const T = lengthOf(node);
  let code = `// loop ${v} over ${T} steps${node.span ? ` at line ${node.span.line}` : ""}\n`;
  body.inputs.forEach((spec, k) => {
    if (spec.kind !== "carry") return;
    const c = s.stacked[k];
    const at = c ? rowRef(c.ref, c.shape, c.spec, String(isReverse(node) ? T - 1 : 0)) : s.carries[k]!;
    code += copyCode(at, site.inRefs[k], site.ins[k], o.kernels);
  });
  const first = firstParts(site);
  body.outputs.forEach((out, m) => {
    const part = first[m];
    if (!part || out.kind !== "stack" || covers(out, T)) return;
    const ref = site.partRefs.get(part.id)!;
    code += `${ref.arr}.fill(0, ${ref.off}, ${plus(ref.off, size(part.shape))});\n`;
  });
  code += isReverse(node) ? `for (let ${v} = ${T - 1}; ${v} >= 0; ${v}--) {\n`
    : `for (let ${v} = 0; ${v} < ${T}; ${v}++) {\n`;
  if (s.index) code += `${s.index.arr}[${s.index.off}] = ${v};\n`;
  code += `${r.code}}\n`;
  // A second loop_output of one output gets a copy of the first.
  for (const p of site.parts) {
    const f = first[p.attrs.index as number]!;
    if (f !== p) code += copyCode(site.partRefs.get(p.id)!, site.partRefs.get(f.id)!, p, o.kernels);
  }
  const steps = { ...r.stats, intermediates: r.stats.intermediates * T, flops: r.stats.flops * T };
  return { code, stats: steps };
}

/** Whether a stacked output's steps write every position of its axis. */
function covers(out: { start: number; step: 1 | -1; extent: number; axis: number },
  T: number): boolean {
  return T === out.extent && fits(out, T, out.extent);
}
