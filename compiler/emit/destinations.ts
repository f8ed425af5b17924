// Values that must end somewhere other than a buffer of their own: a train step's new params,
// state and optimizer slots (where those live), a loop body's next carries (their slots)
// and stacked rows (this step's row of the loop's output). A value is computed right there
// when nothing reads what that place held after the kernel that writes it; otherwise it is
// copied there at the end of the run (for a body: of each step).
import type { Graph, GraphOutput, Node, Shape } from "../ir/types.ts";
import { readersOf } from "../ir/graph.ts";
import { sameShape, size } from "../ir/shape.ts";
import { strides } from "../ir/tensor.ts";
import { OPS } from "../ops/table.ts";
import { sections } from "../passes/fuseOps.ts";
import { JS_OPS } from "./js/ops.ts";
import { Namer, readStrides, type Ref, stridedLoops } from "./js/loops.ts";
import { type KernelCache, KernelParams } from "./kernels.ts";
import type { Dest, Layout } from "./plan.ts";

export const trimOnes = (s: Shape) => {
  const k = s.findIndex((d) => d !== 1);
  return k < 0 ? [] : s.slice(k);
};

type Dests = (out: GraphOutput, k: number) => readonly Dest[];

/**
 * The values computed where they must end: a kernel writes the place itself when nothing
 * reads the old value after that kernel, or only its own loop does, element by element at
 * the index it writes. Returns, by the node whose buffer it is, each such value's place.
 */
export function homes(g: Graph, dests: Dests, lay: Layout): Map<number, Ref> {
  const { buffer, at, stored, runs, copies, views } = lay;
  const home = new Map<number, Ref>();
  const readers = readersOf(g, buffer);
  // Each kernel's members, found once (a step has an output per param and slot).
  const groups = new Map<number, Node[]>();
  for (let id = 0; id < g.nodes.length; id++) {
    const m = g.nodes[id];
    if (!runs(m) || copies.has(m.id)) continue;
    const list = groups.get(at[m.id]);
    if (list) list.push(m);
    else groups.set(at[m.id], [m]);
  }
  g.outputs.forEach((out, k) => {
    const id = buffer[out.node];
    const n = g.nodes[id];
    const ins = n.inputs.map((i) => g.nodes[i]);
    if (!runs(n) || !stored.has(id) || home.has(id) || OPS[n.op].kind === "part" ||
      n.op === "loop" || (JS_OPS[n.op].scratch?.(n, ins) ?? 0)) return;
    const group = groups.get(at[id]) ?? [];
    const secs = sections(g, group.map((m) => m.id));
    const core = group.find((m) => secs.get(m.id) === "core");
    // A product not stored for itself is written into its group's last member first.
    const clobbered = core?.op === "matmul" && !stored.has(core.id) && group.at(-1)!.id === id;
    const mine = copies.has(id) ? "copy" : secs.get(id);
    // A kernel alone in its group (a product) writes its result once all its inputs are
    // read: there too, unless it reads what the place held.
    const alone = group.length === 1 && mine === "core";
    if (clobbered || !(mine === "body" || mine === "epilogue" || mine === "copy" || alone)) return;
    for (const d of dests(out, k)) {
      if (d.ref.strides) continue;
      const leaf = d.leaf;
      if (alone && leaf !== undefined && n.inputs.some((i) => buffer[i] === leaf)) continue;
      const safe = leaf === undefined || readers[leaf].every((r) => {
        const reader = g.nodes[r];
        if (!runs(reader)) return !views.has(r) || at[r] < at[id];
        if (copies.has(r) || at[r] !== at[id]) return at[r] < at[id];
        // Inside the writing loop: read at the index it writes, in the same loop.
        return secs.get(r) === mine && reader.inputs.every((i) => buffer[i] !== leaf ||
          (!views.has(i) && sameShape(trimOnes(g.nodes[i].shape), trimOnes(n.shape))));
      });
      if (safe) {
        home.set(id, d.ref);
        return;
      }
    }
  });
  return home;
}

/** Whether two places are the same contiguous place. */
export const sameRef = (a: Ref, b: Ref) => a.arr === b.arr && String(a.off) === String(b.off) &&
  !a.strides && !b.strides && a.lit === undefined && b.lit === undefined;

/** The copies to the places not computed in place, in output order. */
export function copiesBack(g: Graph, dests: Dests, refs: readonly Ref[],
  kernels: KernelCache): string {
  let code = "";
  g.outputs.forEach((out, k) => {
    const n = g.nodes[out.node];
    for (const d of dests(out, k)) {
      if (!sameRef(refs[out.node], d.ref)) code += copyCode(d.ref, refs[out.node], n, kernels);
    }
  });
  return code;
}

/** Statements copying a tensor of `n`'s shape from `src` to `dst`: a block copy where both
 * are contiguous, else a kernel that walks their strides (or fills a literal). */
export function copyCode(dst: Ref, src: Ref, n: Pick<Node, "shape" | "dtype">,
  kernels: KernelCache): string {
  const count = size(n.shape);
  if (!dst.strides && !src.strides && src.lit === undefined && src.arr === dst.arr) {
    return `${dst.arr}.copyWithin(${dst.off}, ${src.off}, ${plus(src.off, count)});\n`;
  }
  if (!dst.strides && src.lit !== undefined) {
    return `${dst.arr}.fill(${src.lit}, ${dst.off}, ${plus(dst.off, count)});\n`;
  }
  const params = new KernelParams();
  const [to, from] = [params.ref(dst), params.ref(src)];
  const body = stridedLoops(n.shape, [to, from], [dst.strides ? [...dst.strides] : strides(n.shape),
    readStrides(from, src.lit === undefined ? n.shape : [], n.shape)], ([d, s]) => `${d} = ${s};\n`,
  new Namer());
  const fn = kernels.fn(body, params.values.length, `copy [${n.shape.join(", ")}]`).name;
  return `${fn}(${params.values.join(", ")});\n`;
}

/** `off + k` as an expression (offsets in a loop's body are expressions of its step). */
export const plus = (off: number | string, k: number): number | string =>
  typeof off === "number" ? off + k : `${off} + ${k}`;
