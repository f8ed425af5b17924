// Concatenation in place: a `concat` input made by a kernel for that concat alone is
// written straight into its slice of the concat's output (with the output's strides where
// the slice is not contiguous: a recurrent step's gate gradients side by side in dz), so
// the concat copies only what is left, often nothing.
import type { Graph, GraphOutput, Node } from "../ir/types.ts";
import { readersOf } from "../ir/graph.ts";
import { size } from "../ir/shape.ts";
import { strides } from "../ir/tensor.ts";
import { OPS } from "../ops/table.ts";
import { JS_OPS } from "./js/ops.ts";
import { plus, sameRef } from "./destinations.ts";
import type { Ref } from "./js/loops.ts";
import type { Dest, Layout, Slice } from "./plan.ts";

type Dests = (out: GraphOutput, k: number) => readonly Dest[];

/**
 * The concat inputs computed in their slice of the concat's output, by input node. An input
 * qualifies when the concat reads it once, it is no output, has a buffer of its own and no
 * scratch, its kernel can write there (any kernel where the slice is contiguous, only
 * elementwise loops, which take the output's strides, where it is not) and its other
 * readers can read it there (later concats and elementwise loops: a GRU's gate gradients
 * joined twice). The concat's own place must be free from the first of those kernels on;
 * it then lives as long as they are read (entry.ts).
 */
export function concatSlices(g: Graph, lay: Layout, dests: Dests): Map<number, Slice> {
  const { runs, copies, views, buffer, at, stored, home } = lay;
  const outputs = new Set(g.outputs.map((o) => o.node));
  const readers = readersOf(g, buffer);
  // Which groups are elementwise loops throughout, by place.
  const plain = new Map<number, boolean>();
  for (let id = 0; id < g.nodes.length; id++) {
    const m = g.nodes[id];
    if (!runs(m) || copies.has(m.id)) continue;
    const ok = OPS[m.op].kind === "elementwise" && JS_OPS[m.op].expr !== undefined;
    plain.set(at[m.id], (plain.get(at[m.id]) ?? true) && ok);
  }
  const slices = new Map<number, Slice>();
  // Who may read an input in its slice besides its concat: those that read views in place
  // (entry.ts `views`), and concats.
  const strided = (r: number) => runs(g.nodes[r]) && !copies.has(r) &&
    (g.nodes[r].op === "concat" || OPS[g.nodes[r].op].kind === "elementwise");
  for (let id = 0; id < g.nodes.length; id++) {
    const c = g.nodes[id];
    if (c.op !== "concat" || !runs(c) || copies.has(c.id) || buffer[c.id] !== c.id ||
      !stored.has(c.id)) continue;
    const axis = c.attrs.axis as number;
    // Over the batch fed, slices along the batch's axis move with it.
    if (c.lead && axis === 0) continue;
    const s = strides(c.shape);
    const contiguous = size(c.shape.slice(0, axis)) === 1;
    const found = new Map<number, Slice>();
    let begin = 0;
    for (const i of c.inputs) {
      const x = g.nodes[i];
      const offset = begin * s[axis];
      begin += x.shape[axis];
      const kind = OPS[x.op].kind;
      const ok = runs(x) && !copies.has(i) && !views.has(i) && buffer[i] === i &&
        stored.has(i) && !home.has(i) && !outputs.has(i) && x.op !== "concat" &&
        (kind === "elementwise" || kind === "kernel" || kind === "reduce") &&
        !(JS_OPS[x.op].scratch?.(x, x.inputs.map((k) => g.nodes[k])) ?? 0) &&
        !slices.has(i) && readers[i].filter((r) => r === c.id).length === 1 &&
        readers[i].every((r) => r === c.id || strided(r)) && at[i] < at[c.id] &&
        (contiguous || plain.get(at[i]) === true);
      if (ok) found.set(i, { concat: c.id, offset, strides: contiguous ? undefined : s });
    }
    if (!found.size) continue;
    const first = Math.min(...[...found.keys()].map((i) => at[i]));
    if (home.has(c.id) && !homeFreeFrom(g, lay, dests, c, first, readers)) continue;
    for (const [i, slice] of found) slices.set(i, slice);
  }
  return slices;
}

/** Whether the place a concat is computed in (destinations.ts) holds nothing still to be
 * read when the first of its inputs is written there. */
function homeFreeFrom(g: Graph, lay: Layout, dests: Dests, c: Node, first: number,
  readers: number[][]): boolean {
  const ref = lay.home.get(c.id)!;
  const k = g.outputs.findIndex((o) => lay.buffer[o.node] === c.id);
  const dest = dests(g.outputs[k], k).find((d) => sameRef(d.ref, ref));
  const leaf = dest?.leaf;
  return dest !== undefined && (leaf === undefined || readers[leaf].every((r) => {
    if (!lay.runs(g.nodes[r])) return !lay.views.has(r) || lay.at[r] < first;
    return lay.at[r] < first;
  }));
}

/** Where an input computed in its slice is, given its concat's place. */
export function sliceRef(concat: Ref, slice: Slice): Ref {
  const ref: Ref = { arr: concat.arr, off: plus(concat.off, slice.offset) };
  return slice.strides ? { ...ref, strides: slice.strides } : ref;
}
