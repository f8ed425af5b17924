// Algebraic simplification and numerical stabilization. Each node is rebuilt through a
// smart constructor that tries the rules below on it, so what a rule builds is simplified
// in turn and one walk reaches a fixed point. Every rule keeps the value (up to rounding)
// and its gradient, so the pass runs before differentiation as well as after.
import type { Attrs, DType, Graph, Shape } from "../ir/types.ts";
import { GraphBuilder } from "../ir/builder.ts";
import { sameShape, showShape, size } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";
import type { OpName } from "../ir/types.ts";
import { broadcastShapes } from "../ir/tensor.ts";
import { rebuild, uniformValue } from "./rewrite.ts";

/** A node about to be built. */
interface Candidate {
  op: OpName;
  inputs: number[];
  attrs: Attrs;
  shape: Shape;
  dtype: DType;
}

type Rule = (c: Candidate, s: Simplifier) => number | undefined;

class Simplifier {
  /** relu(x) already built, by x, for the rule that reads it instead of x. */
  private readonly relus = new Map<number, number>();

  constructor(readonly b: GraphBuilder) {}

  add(op: OpName, inputs: number[], attrs: Attrs = {}): number {
    const { shape, dtype } = OPS[op].shape(inputs.map((i) => this.b.node(i)), attrs);
    const c = { op, inputs, attrs, shape, dtype };
    for (const rule of RULES) {
      const id = rule(c, this);
      if (id === undefined) continue;
      const n = this.b.node(id);
      if (!sameShape(n.shape, shape) || n.dtype !== dtype) {
        throw new Error(`internal: simplifying ${op} gave ${showShape(n.shape, n.dtype)}, ` +
          `not ${showShape(shape, dtype)}`);
      }
      return id;
    }
    const id = this.b.add(op, inputs, attrs);
    if (op === "relu") this.relus.set(inputs[0], id);
    return id;
  }

  relu(x: number): number | undefined {
    return this.relus.get(x);
  }

  op(id: number): OpName {
    return this.b.node(id).op;
  }
  arg(id: number, k = 0): number {
    return this.b.node(id).inputs[k];
  }
  shape(id: number): Shape {
    return this.b.node(id).shape;
  }
  /** The value of a node that is one number everywhere. */
  value(id: number): number | undefined {
    return uniformValue(this.b.nodes, id);
  }
  /** The value of a scalar float `const` node. */
  scalarValue(id: number): number | undefined {
    const n = this.b.node(id);
    return n.op === "const" && n.dtype === "f" ? (n.attrs.value as number) : undefined;
  }
  scalar(v: number): number {
    return this.add("const", [], { value: v });
  }
  unary(op: OpName, x: number): number {
    return this.add(op, [x]);
  }
  binary(op: OpName, x: number, y: number): number {
    return this.add(op, [x, y]);
  }
  broadcastTo(x: number, shape: Shape): number {
    return sameShape(this.shape(x), shape) ? x : this.add("broadcast", [x], { shape });
  }
  /** What `id` broadcasts: through broadcasts and reshapes that only add leading 1s. */
  source(id: number): number {
    const n = this.b.node(id);
    if (n.op === "broadcast") return this.source(n.inputs[0]);
    const x = n.inputs[0];
    if (n.op === "reshape" && this.shape(x).length <= n.shape.length &&
      sameShape(trimOnes(n.shape), trimOnes(this.shape(x)))) {
      return this.source(x);
    }
    return id;
  }
}

const trimOnes = (s: Shape) => s.slice(s.findIndex((d) => d !== 1) < 0 ? s.length
  : s.findIndex((d) => d !== 1));

const isElementwise = (op: OpName) => OPS[op].kind === "elementwise" && op !== "broadcast";

/** An elementwise op reads broadcast operands in place; it broadcasts its own result only
 * when every operand was smaller, so the arithmetic runs on the small shape. */
const stripBroadcasts: Rule = (c, s) => {
  if (!isElementwise(c.op)) return undefined;
  const src = c.inputs.map((i) => s.source(i));
  if (src.every((x, k) => x === c.inputs[k])) return undefined;
  if (!broadcastShapes(src.map((x) => s.shape(x)))) return undefined;
  return s.broadcastTo(s.add(c.op, src, c.attrs), c.shape);
};

/** Scalar constants go right in sums and products, so the rules below look only there. */
const constantsRight: Rule = (c, s) => {
  if (c.op !== "add" && c.op !== "mul") return undefined;
  const [a, b] = c.inputs;
  if (s.scalarValue(a) !== undefined && s.scalarValue(b) === undefined) return s.binary(c.op, b, a);
  return undefined;
};

/** `x` broadcast to the candidate's shape. (Not a closure made per node: under tsx, which keeps
 * function names, each one made costs a defineProperty.) */
const fit = (s: Simplifier, c: Candidate, x: number) => s.broadcastTo(x, c.shape);

const arithmetic: Rule = (c, s) => {
  const [a, b] = c.inputs;
  const va = b === undefined ? undefined : s.value(a);
  const vb = b === undefined ? undefined : s.value(b);
  switch (c.op) {
    case "add":
      if (vb === 0) return fit(s, c, a);
      if (va === 0) return fit(s, c, b);
      if (a === b) return s.binary("mul", a, s.scalar(2));
      if (s.op(b) === "neg") return s.binary("sub", a, s.arg(b));
      if (s.op(a) === "neg") return s.binary("sub", b, s.arg(a));
      if (s.op(a) === "pad" && s.op(b) === "pad") return addPads(s, a, b);
      return undefined;
    case "sub":
      if (vb === 0) return fit(s, c, a);
      if (va === 0) return fit(s, c, s.unary("neg", b));
      if (s.op(b) === "neg") return s.binary("add", a, s.arg(b));
      return undefined;
    case "mul": {
      if (vb === 1) return fit(s, c, a);
      if (va === 1) return fit(s, c, b);
      if (vb === -1) return fit(s, c, s.unary("neg", a));
      if (va === -1) return fit(s, c, s.unary("neg", b));
      if (s.op(a) === "neg" && s.op(b) === "neg") return s.binary("mul", s.arg(a), s.arg(b));
      const k = s.scalarValue(b);
      if (k === undefined) return undefined;
      if (s.op(a) === "neg") return s.binary("mul", s.arg(a), s.scalar(-k));
      const k2 = s.op(a) === "mul" ? s.scalarValue(s.arg(a, 1)) : undefined;
      if (k2 !== undefined) return s.binary("mul", s.arg(a), s.scalar(k * k2));
      return undefined;
    }
    case "div": {
      if (vb === 1) return fit(s, c, a);
      if (vb === -1) return fit(s, c, s.unary("neg", a));
      const k = s.scalarValue(b);
      // A product is several times cheaper than a quotient and differs by at most an ulp.
      if (k !== undefined && k !== 0 && Number.isFinite(1 / k)) {
        return s.binary("mul", a, s.scalar(1 / k));
      }
      return undefined;
    }
    case "pow":
      if (vb === 1) return fit(s, c, a);
      if (vb === 2) return fit(s, c, s.binary("mul", a, a));
      return undefined;
    case "neg":
      if (s.op(a) === "neg") return s.arg(a);
      if (s.op(a) === "sub") return s.binary("sub", s.arg(a, 1), s.arg(a));
      if (s.op(a) === "mul" && s.scalarValue(s.arg(a, 1)) !== undefined) {
        return s.binary("mul", s.arg(a), s.scalar(-s.scalarValue(s.arg(a, 1))!));
      }
      return undefined;
    case "where":
      return c.inputs[1] === c.inputs[2] ? fit(s, c, c.inputs[1]) : undefined;
    case "gt":
      // relu's gradient mask: x > 0 exactly where relu(x) > 0, and reading relu(x) lets x
      // die at the activation (or never be stored, once fused).
      if (vb !== 0) return undefined;
      const r = s.relu(a);
      return r === undefined ? undefined : s.binary("gt", r, b);
    default:
      return undefined;
  }
};

/**
 * The sum of two pads into one shape is one pad: of the sum when they cover the same box, of
 * the two joined when their boxes meet along one axis. This is how the gradient of a tensor
 * read in slices (an RNN's gates, its time steps) becomes one copy instead of a full-size
 * pad and add per slice.
 */
function addPads(s: Simplifier, a: number, b: number): number | undefined {
  const [pa, pb] = [s.b.node(a), s.b.node(b)];
  const [xa, xb] = [s.shape(pa.inputs[0]), s.shape(pb.inputs[0])];
  const [ba, bb] = [pa.attrs.begin as number[], pb.attrs.begin as number[]];
  const differ = xa.map((_, d) => d).filter((d) => xa[d] !== xb[d] || ba[d] !== bb[d]);
  const shape = pa.attrs.shape;
  const [x, y] = [pa.inputs[0], pb.inputs[0]];
  if (differ.length === 0) return s.add("pad", [s.binary("add", x, y)], { begin: ba, shape });
  if (differ.length !== 1) return undefined;
  const axis = differ[0];
  if (ba[axis] + xa[axis] === bb[axis]) {
    return s.add("pad", [s.add("concat", [x, y], { axis })], { begin: ba, shape });
  }
  if (bb[axis] + xb[axis] === ba[axis]) {
    return s.add("pad", [s.add("concat", [y, x], { axis })], { begin: bb, shape });
  }
  return undefined;
}

/** Stable forms of logs of exponentials: no exp can overflow, no 1 - p can cancel. */
const stabilize: Rule = (c, s) => {
  if (c.op !== "log") return undefined;
  const x = c.inputs[0];
  switch (s.op(x)) {
    case "exp": return s.arg(x);
    // log(softmax(z)) = z - m - log(sum(exp(z - m))): log_softmax, whatever m was.
    case "div":
      if (s.op(s.arg(x)) !== "exp") return undefined;
      return s.binary("sub", s.arg(s.arg(x)), s.unary("log", s.arg(x, 1)));
    case "mul":
      if (s.op(s.arg(x)) !== "exp") return undefined;
      return s.binary("add", s.arg(s.arg(x)), s.unary("log", s.arg(x, 1)));
    // log(sigmoid(z)) = -softplus(-z)
    case "sigmoid": return s.unary("neg", s.unary("softplus", s.unary("neg", s.arg(x))));
    // log(1 - sigmoid(z)) = -softplus(z); 1 - sigmoid(z) alone loses every digit near 1.
    case "sub": {
      const p = s.arg(x, 1);
      if (s.value(s.arg(x)) !== 1 || s.op(p) !== "sigmoid" || !sameShape(s.shape(p), c.shape)) {
        return undefined;
      }
      return s.unary("neg", s.unary("softplus", s.arg(p)));
    }
    // log(1 + exp(z)) = softplus(z)
    case "add":
      if (s.value(s.arg(x, 1)) !== 1 || s.op(s.arg(x)) !== "exp") return undefined;
      if (!sameShape(s.shape(s.arg(x)), c.shape)) return undefined;
      return s.unary("softplus", s.arg(s.arg(x)));
    default: return undefined;
  }
};

const layout: Rule = (c, s) => {
  const x = c.inputs[0];
  switch (c.op) {
    case "broadcast": {
      if (sameShape(s.shape(x), c.shape)) return x;
      const src = s.source(x);
      return src === x ? undefined : s.broadcastTo(src, c.shape);
    }
    case "reshape": {
      if (sameShape(s.shape(x), c.shape)) return x;
      if (s.op(x) === "reshape") return s.add("reshape", [s.arg(x)], c.attrs);
      const src = s.source(x);
      if (s.scalarValue(src) !== undefined) return s.broadcastTo(src, c.shape);
      const r = s.b.node(x);
      if (r.op === "sum" || r.op === "max" || r.op === "min") {
        const axes = r.attrs.axes as number[];
        const inShape = s.shape(r.inputs[0]);
        const keep = r.attrs.keepdims === true;
        const other = keep ? inShape.filter((_, i) => !axes.includes(i))
          : inShape.map((d, i) => (axes.includes(i) ? 1 : d));
        if (sameShape(other, c.shape)) return s.add(r.op, [r.inputs[0]], { axes, keepdims: !keep });
      }
      return undefined;
    }
    case "transpose": {
      const perm = c.attrs.perm as number[];
      if (perm.every((p, i) => p === i)) return x;
      if (s.op(x) !== "transpose") return undefined;
      const inner = s.b.node(x).attrs.perm as number[];
      return s.add("transpose", [s.arg(x)], { perm: perm.map((p) => inner[p]) });
    }
    case "pad":
      return sameShape(s.shape(x), c.shape) ? x : undefined;
    case "concat": {
      // Joins of joins along one axis are one join.
      const joined = (i: number) => s.op(i) === "concat" && s.b.node(i).attrs.axis === c.attrs.axis;
      // Checked before copying the parts: a loop's gradient is joined one step at a time,
      // and every join of k parts comes back through here once flattened.
      if (!c.inputs.some(joined)) return undefined;
      const flat = c.inputs.flatMap((i) => (joined(i) ? s.b.node(i).inputs : [i]));
      return flat.length === c.inputs.length ? undefined : s.add("concat", flat, c.attrs);
    }
    case "sum": case "max": case "min": {
      const axes = c.attrs.axes as number[];
      if (axes.some((a) => s.shape(x)[a] !== 1)) return undefined;
      if (size(c.shape) !== size(s.shape(x))) return undefined;
      return s.add("reshape", [x], { shape: c.shape });
    }
    default:
      return undefined;
  }
};

/** `id` as rows merged from the first k axes of a transpose that permutes only those (a
 * reverse loop's stacked gradient [T, B, n] read as [B T, n]): the untransposed tensor, k, and
 * the permutation. */
function permutedRows(s: Simplifier, id: number) {
  const t = s.b.node(id).op === "reshape" ? s.arg(id) : -1;
  if (t < 0 || s.op(t) !== "transpose") return undefined;
  const perm = s.b.node(t).attrs.perm as number[];
  const [shape, merged] = [s.shape(t), s.shape(id)];
  const k = shape.length - merged.length + 1;
  const ok = k >= 2 && merged[0] === size(shape.slice(0, k)) &&
    sameShape(merged.slice(1), shape.slice(k)) && perm.every((p, d) => (d < k ? p < k : p === d));
  // (Not over a bounded batch, which must stay the leading axis: compiler/ir/lead.ts.)
  const varies = (id: number) => s.b.node(id).lead || s.b.node(id).slab;
  return ok && !varies(t) && !varies(s.arg(t)) ? { x: s.arg(t), k, perm } : undefined;
}

/**
 * Sums over rows, and products A^T B summing over them, do not depend on the rows' order:
 * where rows come from a transpose of leading axes, the sum reads the tensor untransposed,
 * and the product transposes whichever operand is smaller (the LSTM's dWx = x^T dz copies x,
 * not the 8 times larger stack of dz). Rounding differs by the order of the sums only. A
 * product A B of such rows is one of the untransposed rows, transposed after where that is
 * smaller.
 */
const rowOrder: Rule = (c, s) => {
  if (c.op === "sum" && (c.attrs.axes as number[]).join() === "0") {
    const r = permutedRows(s, c.inputs[0]);
    if (!r) return undefined;
    return s.add("sum", [s.add("reshape", [r.x], { shape: s.shape(c.inputs[0]) })], c.attrs);
  }
  if (c.op !== "matmul") return undefined;
  const [a, b] = c.inputs;
  if (s.shape(a).length !== 2 || s.shape(b).length !== 2) return undefined;
  if (c.attrs.ta !== true) {
    // Rows in, rows out: the product of the untransposed rows, its (smaller) result
    // transposed (the embedding's gradient dz W^T).
    const r = permutedRows(s, a);
    if (!r || c.shape[1] >= s.shape(a)[1]) return undefined;
    const rows = s.add("reshape", [r.x], { shape: s.shape(a) });
    const out = s.add("reshape", [s.add("matmul", [rows, b], c.attrs)],
      { shape: [...s.shape(r.x).slice(0, r.k), c.shape[1]] });
    const t = s.add("transpose", [out], { perm: r.perm });
    return s.add("reshape", [t], { shape: c.shape });
  }
  if (c.attrs.tb === true) return undefined;
  const [ra, rb] = [permutedRows(s, a), permutedRows(s, b)];
  // The other operand, as rows of the same leading axes.
  const moved = (r: NonNullable<typeof ra>, other: number) => {
    const o = s.op(other) === "reshape" ? s.arg(other) : -1;
    const lead = s.shape(r.x).slice(0, r.k);
    const inverse = r.perm.map((_, d) => r.perm.indexOf(d));
    if (o < 0 || s.shape(o).length !== r.k + 1 || size(s.shape(o)) >= size(s.shape(r.x)) ||
      !sameShape(s.shape(o).slice(0, r.k), r.perm.slice(0, r.k).map((p) => lead[p]))) return undefined;
    const t = s.add("transpose", [o], { perm: inverse.slice(0, r.k).concat(r.k) });
    return [s.add("reshape", [t], { shape: s.shape(other) }),
      s.add("reshape", [r.x], { shape: s.shape(a === other ? b : a) })];
  };
  if (rb) {
    const m = moved(rb, a);
    if (m) return s.add("matmul", m, c.attrs);
  }
  if (ra) {
    const m = moved(ra, b);
    if (m) return s.add("matmul", [m[1], m[0]], c.attrs);
  }
  return undefined;
};

const RULES: readonly Rule[] = [stripBroadcasts, constantsRight, arithmetic, stabilize, layout,
  rowOrder];

export function simplifyAlgebra(g: Graph): Graph {
  const b = new GraphBuilder();
  const s = new Simplifier(b);
  return rebuild(g, (n, ins) => s.add(n.op, ins, n.attrs), { b, bodies: simplifyAlgebra });
}
