// The algebra of the canonical form (compiler/passes/canonicalize.ts): identities, broadcasts
// read in place, constants gathered, and numerically stable forms. Each rule looks at one node
// about to be built, whose inputs are already canonical, and may build something else in its
// place through the same constructor, so what a rule builds is simplified in turn. Every rule
// keeps the value (up to rounding) and its gradient, so they run before differentiation as
// well as after.
import type { Attrs, DType, Node, Shape } from "../ir/types.ts";
import { sameShape, size } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";
import type { OpName } from "../ir/types.ts";
import { broadcastShapes } from "../ir/tensor.ts";
import { uniformValue } from "./rewrite.ts";
import { rowOrder } from "./rowOrder.ts";

/** A node about to be built. */
export interface Candidate {
  op: OpName;
  inputs: readonly number[];
  attrs: Attrs;
  shape: Shape;
  dtype: DType;
}

export type Rule = (c: Candidate, s: Rewriter) => number | undefined;

/** What the rules read and build with: the graph built so far, and a constructor that
 * canonicalizes what it is given. */
export abstract class Rewriter {
  abstract readonly nodes: readonly Node[];
  abstract add(op: OpName, inputs: readonly number[], attrs?: Attrs): number;
  /** relu(x) already built, for the rule that reads it instead of x. */
  abstract relu(x: number): number | undefined;

  node(id: number): Node {
    return this.nodes[id];
  }
  op(id: number): OpName {
    return this.nodes[id].op;
  }
  arg(id: number, k = 0): number {
    return this.nodes[id].inputs[k];
  }
  shape(id: number): Shape {
    return this.nodes[id].shape;
  }
  /** The value of a node that is one number everywhere. */
  value(id: number): number | undefined {
    return uniformValue(this.nodes, id);
  }
  /** The value of a scalar float `const` node. */
  scalarValue(id: number): number | undefined {
    const n = this.nodes[id];
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
    const n = this.nodes[id];
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
const fit = (s: Rewriter, c: Candidate, x: number) => s.broadcastTo(x, c.shape);

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
function addPads(s: Rewriter, a: number, b: number): number | undefined {
  const [pa, pb] = [s.node(a), s.node(b)];
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
      const r = s.node(x);
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
      const inner = s.node(x).attrs.perm as number[];
      return s.add("transpose", [s.arg(x)], { perm: perm.map((p) => inner[p]) });
    }
    case "pad":
      return sameShape(s.shape(x), c.shape) ? x : undefined;
    case "concat": {
      // Joins of joins along one axis are one join.
      const joined = (i: number) => s.op(i) === "concat" && s.node(i).attrs.axis === c.attrs.axis;
      // Checked before copying the parts: a loop's gradient is joined one step at a time,
      // and every join of k parts comes back through here once flattened.
      if (!c.inputs.some(joined)) return undefined;
      const flat = c.inputs.flatMap((i) => (joined(i) ? s.node(i).inputs : [i]));
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

export const RULES: readonly Rule[] = [stripBroadcasts, constantsRight, arithmetic, stabilize, layout,
  rowOrder];
