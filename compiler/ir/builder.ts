// Building graphs: appends nodes, inferring and checking each one's shape with its op's rule
// (compiler/ops/table.ts), so every node of every graph has a checked shape. Passes that keep
// a node unchanged copy it without running the rule again.
import { KilnError } from "../../dsl/diagnostics.ts";
import { OPS } from "../ops/table.ts";
import type { GraphOps } from "../ops/types.ts";
import { MAX_MODEL_BYTES, range, sameShape, ShapeError, showShape, size } from "./shape.ts";
import type { Attrs, DType, Node, OpName, Shape, Slab, Span } from "./types.ts";
import { leadOf, slabOf } from "./lead.ts";

/** The most nodes one graph may have: a loop that cannot stay a loop node unrolls, and
 * compile time grows with the graph, so unrolling a million steps is a clear error rather than
 * a compiler that seems to hang. */
export const MAX_GRAPH_NODES = 200_000;

const namedKey = (op: OpName, attrs: Attrs) =>
  (op === "param" || op === "state" || op === "input" || op === "hyper" ? `${op} ${attrs.name}`
    : undefined);

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Appends nodes, inferring and checking each one's shape with its op's rule. */
export class GraphBuilder implements GraphOps {
  readonly nodes: Node[] = [];
  /** The span given to new nodes unless one is passed; elaboration keeps it current. */
  span: Span | undefined;
  /** One node per named feed, param and state tensor, however often the model mentions it:
   * so a gradient with respect to that node is the gradient with respect to the tensor. */
  private readonly named = new Map<string, number>();

  add(op: OpName, inputs: readonly number[], attrs: Attrs = {}, span = this.span): number {
    const known = this.known(op, attrs);
    if (known !== undefined) return known;
    this.checkRoom(span);
    const def = OPS[op];
    const ins = inputs.map((i) => this.nodes[i]);
    let result: { shape: Shape; dtype: DType };
    let lead: number, slab: Slab | undefined;
    try {
      result = def.shape(ins, attrs);
      lead = leadOf(op, ins, attrs, result.shape);
      slab = slabOf(op, ins, attrs, result.shape);
    } catch (e) {
      if (e instanceof ShapeError) throw new KilnError({ severity: "error", message: e.message, span });
      throw e;
    }
    // A shape rule that let a bad dim through would compile a model that computes nothing.
    if (result.shape.some((d) => !Number.isInteger(d) || d < 1)) {
      throw new KilnError({ severity: "error", span, message: `this makes a tensor of shape ` +
        `${showShape(result.shape, result.dtype)}, whose dims must be positive integers` });
    }
    // Checked here, at the expression that makes it, rather than as an out-of-memory crash.
    if (size(result.shape) * 4 > MAX_MODEL_BYTES) {
      throw new KilnError({ severity: "error", span, message: `this makes a tensor of shape ` +
        `${showShape(result.shape, result.dtype)} (${size(result.shape)} elements), more than ` +
        `fits in the ${MAX_MODEL_BYTES / 2 ** 30} GiB one model may allocate` });
    }
    return this.append(op, inputs, attrs, result.shape, result.dtype, span, lead, slab);
  }

  /** A builder holding `nodes` (a graph's, in order), as if each had been added to it. */
  static of(nodes: readonly Node[]): GraphBuilder {
    const b = new GraphBuilder();
    for (const n of nodes) {
      b.nodes.push(n);
      const key = namedKey(n.op, n.attrs);
      if (key !== undefined) b.named.set(key, n.id);
    }
    return b;
  }

  /** Appends `n` over new inputs of the same shapes and dtypes as its own, so without running
   * its shape rule again: rewriting passes copy every node they keep, many times a compile. */
  copy(n: Node, inputs: readonly number[]): number {
    const known = this.known(n.op, n.attrs);
    if (known !== undefined) return known;
    this.checkRoom(n.span);
    // Where a rewrite left everything before n as it was, n is itself: nodes are immutable,
    // and a pass over a large graph that changes little then allocates little.
    if (n.id === this.nodes.length && n.group === undefined && sameIds(n.inputs, inputs)) {
      this.nodes.push(n);
      const key = namedKey(n.op, n.attrs);
      if (key !== undefined) this.named.set(key, n.id);
      return n.id;
    }
    return this.append(n.op, inputs, n.attrs, n.shape, n.dtype, n.span, n.lead, n.slab);
  }

  /** Drops the nodes from `n` on: a loop traced there is replaced by a loop node
   * (compiler/front/outline.ts). */
  truncate(n: number): void {
    this.nodes.length = n;
    for (const [k, id] of this.named) if (id >= n) this.named.delete(k);
  }

  /** Node `id` with attrs that give it more to compute but keep what it computed: a loop
   * whose body gains outputs that a gradient reads (compiler/autodiff/loops.ts). */
  extend(id: number, attrs: Attrs): void {
    const { op, inputs, shape, dtype, span, group } = this.nodes[id];
    this.nodes[id] = { id, op, inputs, attrs, shape, dtype, span, group };
  }

  private known(op: OpName, attrs: Attrs): number | undefined {
    const key = namedKey(op, attrs);
    return key === undefined ? undefined : this.named.get(key);
  }

  private checkRoom(span: Span | undefined): void {
    if (this.nodes.length < MAX_GRAPH_NODES) return;
    throw new KilnError({ severity: "error", span, message: `the model is too large to compile: ` +
      `its graph grows past ${MAX_GRAPH_NODES} operations here (a loop that cannot stay a loop ` +
      "is unrolled, which multiplies its body: kiln stats says why)" });
  }

  private append(op: OpName, inputs: readonly number[], attrs: Attrs, shape: Shape, dtype: DType,
    span: Span | undefined, lead = 0, slab?: Slab): number {
    const id = this.nodes.length;
    this.nodes.push({ id, op, inputs: [...inputs], attrs, shape, dtype, span, group: undefined,
      lead: lead || undefined, slab });
    const key = namedKey(op, attrs);
    if (key !== undefined) this.named.set(key, id);
    return id;
  }

  node(id: number): Node {
    return this.nodes[id];
  }

  shape(id: number): Shape {
    return this.nodes[id].shape;
  }

  // Shorthands used by gradient rules and composites.
  scalar(value: number): number {
    return this.add("const", [], { value });
  }
  binary(op: OpName, a: number, b: number): number {
    return this.add(op, [a, b]);
  }
  unary(op: OpName, a: number): number {
    return this.add(op, [a]);
  }
  sum(x: number, axes?: readonly number[], keepdims = false): number {
    const rank = this.shape(x).length;
    return this.add("sum", [x], { axes: axes ?? range(rank), keepdims });
  }
  reshape(x: number, shape: Shape): number {
    return sameShape(this.shape(x), shape) ? x : this.add("reshape", [x], { shape });
  }
  broadcastTo(x: number, shape: Shape): number {
    return sameShape(this.shape(x), shape) ? x : this.add("broadcast", [x], { shape });
  }
}
