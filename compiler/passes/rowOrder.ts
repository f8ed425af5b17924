// A rule of the algebra (algebra.ts): sums over rows, and products A^T B summing over them, do
// not depend on the rows' order. A reverse loop stacks per-step gradients step-major,
// [T, B, n]; the input projection's gradients want them batch-major, [B, T, n], which was a
// transpose of the whole stack. Where rows come from a transpose of leading axes, a sum
// reads the tensor untransposed, and A^T B transposes whichever operand is smaller (the
// LSTM's dWx = x^T dz copies x, not the 8 times larger stack of dz); a product A B of such
// rows runs on the untransposed rows and transposes its result where that is smaller (an
// embedding's gradient dz W^T). Rounding differs by the order of the sums only.
import type { Attrs, Node, OpName, Shape } from "../ir/types.ts";
import { sameShape, size } from "../ir/shape.ts";

/** What the rule reads and builds with: algebra.ts's Rewriter (not imported: the algebra
 * imports this rule). */
interface Rewriter {
  node(id: number): Node;
  op(id: number): OpName;
  arg(id: number, k?: number): number;
  shape(id: number): Shape;
  add(op: OpName, inputs: readonly number[], attrs?: Attrs): number;
}

type Rule = (c: { op: OpName; inputs: readonly number[]; attrs: Attrs; shape: Shape },
  s: Rewriter) => number | undefined;

/** `id` as rows merged from the first k axes of a transpose that permutes only those: the
 * untransposed tensor, k, and the permutation. */
function permutedRows(s: Rewriter, id: number) {
  const t = s.op(id) === "reshape" ? s.arg(id) : -1;
  if (t < 0 || s.op(t) !== "transpose") return undefined;
  const perm = s.node(t).attrs.perm as number[];
  const [shape, merged] = [s.shape(t), s.shape(id)];
  const k = shape.length - merged.length + 1;
  const ok = k >= 2 && merged[0] === size(shape.slice(0, k)) &&
    sameShape(merged.slice(1), shape.slice(k)) && perm.every((p, d) => (d < k ? p < k : p === d));
  // (Not over a bounded batch, which must stay the leading axis: compiler/ir/lead.ts.)
  const varies = (x: number) => s.node(x).lead || s.node(x).slab;
  return ok && !varies(t) && !varies(s.arg(t)) ? { x: s.arg(t), k, perm } : undefined;
}

type Rows = NonNullable<ReturnType<typeof permutedRows>>;

/** A^T B's operands with `other` (A or B) transposed to the untransposed rows' order, if it
 * is a reshape of the same leading axes and smaller. */
function moved(s: Rewriter, r: Rows, other: number, shapeOfRows: readonly number[]) {
  const o = s.op(other) === "reshape" ? s.arg(other) : -1;
  const lead = s.shape(r.x).slice(0, r.k);
  const inverse = r.perm.map((_, d) => r.perm.indexOf(d));
  if (o < 0 || s.shape(o).length !== r.k + 1 || size(s.shape(o)) >= size(s.shape(r.x)) ||
    !sameShape(s.shape(o).slice(0, r.k), r.perm.slice(0, r.k).map((p) => lead[p]))) return undefined;
  const t = s.add("transpose", [o], { perm: inverse.slice(0, r.k).concat(r.k) });
  return { other: s.add("reshape", [t], { shape: s.shape(other) }),
    rows: s.add("reshape", [r.x], { shape: shapeOfRows }) };
}

export const rowOrder: Rule = (c, s) => {
  if (c.op === "sum" && (c.attrs.axes as number[]).join() === "0") {
    const r = permutedRows(s, c.inputs[0]);
    if (!r) return undefined;
    return s.add("sum", [s.add("reshape", [r.x], { shape: s.shape(c.inputs[0]) })], c.attrs);
  }
  if (c.op !== "matmul") return undefined;
  const [a, b] = c.inputs;
  if (s.shape(a).length !== 2 || s.shape(b).length !== 2) return undefined;
  if (c.attrs.ta !== true) {
    const r = permutedRows(s, a);
    if (!r || c.shape[1] >= s.shape(a)[1]) return undefined;
    const rows = s.add("reshape", [r.x], { shape: s.shape(a) });
    const out = s.add("reshape", [s.add("matmul", [rows, b], c.attrs)],
      { shape: [...s.shape(r.x).slice(0, r.k), c.shape[1]] });
    return s.add("reshape", [s.add("transpose", [out], { perm: r.perm })], { shape: c.shape });
  }
  if (c.attrs.tb === true) return undefined;
  const rb = permutedRows(s, b);
  const mb = rb && moved(s, rb, a, s.shape(b));
  if (mb) return s.add("matmul", [mb.other, mb.rows], c.attrs);
  const ra = permutedRows(s, a);
  const ma = ra && moved(s, ra, b, s.shape(a));
  return ma ? s.add("matmul", [ma.rows, ma.other], c.attrs) : undefined;
};
