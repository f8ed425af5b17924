// The graph IR: a static dataflow graph of primitive ops over tensors of known shape.
// Nodes are stored in topological order and a node's id is its index, so a reverse walk
// is a reverse loop and passes rebuild graphs by appending to a fresh builder.
import type { Span } from "../dsl/ast.ts";
import { KilnError } from "../dsl/diagnostics.ts";
import { OPS, type OpName } from "./ops.ts";

/** Float (f32 or f64, chosen at emission) or 32-bit integer. */
export type DType = "f" | "i";
export type Shape = readonly number[];

export type AttrValue = number | boolean | string | readonly number[];
export type Attrs = Readonly<Record<string, AttrValue>>;

export interface Node {
  readonly id: number;
  readonly op: OpName;
  readonly inputs: readonly number[];
  readonly attrs: Attrs;
  readonly shape: Shape;
  readonly dtype: DType;
  readonly span?: Span;
  /** Set by fusion (compiler/passes/fuseOps.ts): the id of the last node of the fused group
   * this node belongs to, which is where the group's one loop nest runs. */
  readonly group?: number;
}

/**
 * What an entry point computes: `output` (returned by predict), `loss` (a train step's
 * scalar), `grad` (named after the param or input it is the gradient of), `state` (the new
 * value of a state tensor, written at the end of a step), `value` (any other result).
 */
export type OutputRole = "output" | "loss" | "grad" | "state" | "value";

export interface GraphOutput {
  readonly name: string;
  readonly node: number;
  readonly role: OutputRole;
}

export interface Graph {
  readonly nodes: readonly Node[];
  readonly outputs: readonly GraphOutput[];
}

/** The most memory one model may allocate: its whole arena, so also any one tensor (as f32). */
export const MAX_MODEL_BYTES = 2 ** 31;

/** The most nodes one graph may have: loops unroll, and compile time grows with the graph,
 * so a loop of a million steps is a clear error rather than a compiler that seems to hang. */
export const MAX_GRAPH_NODES = 50_000;

/** A shape rule's complaint; the builder turns it into a diagnostic at the node's span. */
export class ShapeError extends Error {}

export function size(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function showShape(shape: Shape, dtype?: DType): string {
  return `${dtype === undefined ? "" : dtype === "f" ? "f32" : "i32"}[${shape.join(", ")}]`;
}

const namedKey = (op: OpName, attrs: Attrs) =>
  (op === "param" || op === "state" || op === "input" ? `${op} ${attrs.name}` : undefined);

/** Appends nodes, inferring and checking each one's shape with its op's rule. */
export class GraphBuilder {
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
    try {
      result = def.shape(ins, attrs);
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
    return this.append(op, inputs, attrs, result.shape, result.dtype, span);
  }

  /** Appends `n` over new inputs of the same shapes and dtypes as its own, so without running
   * its shape rule again: rewriting passes copy every node they keep, many times a compile. */
  copy(n: Node, inputs: readonly number[]): number {
    const known = this.known(n.op, n.attrs);
    if (known !== undefined) return known;
    this.checkRoom(n.span);
    return this.append(n.op, inputs, n.attrs, n.shape, n.dtype, n.span);
  }

  private known(op: OpName, attrs: Attrs): number | undefined {
    const key = namedKey(op, attrs);
    return key === undefined ? undefined : this.named.get(key);
  }

  private checkRoom(span: Span | undefined): void {
    if (this.nodes.length < MAX_GRAPH_NODES) return;
    throw new KilnError({ severity: "error", span, message: `the model is too large to compile: ` +
      `its graph grows past ${MAX_GRAPH_NODES} operations here (loops are unrolled, so a long ` +
      `loop multiplies its body)` });
  }

  private append(op: OpName, inputs: readonly number[], attrs: Attrs, shape: Shape, dtype: DType,
    span: Span | undefined): number {
    const id = this.nodes.length;
    this.nodes.push({ id, op, inputs: [...inputs], attrs, shape, dtype, span, group: undefined });
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

/**
 * `n` renumbered, or regrouped. Passes make nodes here or in GraphBuilder, with the same
 * fields in the same order, so that V8 gives them one hidden class: passes and the emitter
 * read nodes in their inner loops, and the several shapes that spreading nodes made left
 * those reads polymorphic.
 */
export function makeNode(n: Node, id: number, inputs: readonly number[], group = n.group): Node {
  const { op, attrs, shape, dtype, span } = n;
  return { id, op, inputs, attrs, shape, dtype, span, group };
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Keeps the nodes that the given outputs need, renumbered; the result is a fresh graph. */
export function extractGraph(nodes: readonly Node[], outputs: readonly GraphOutput[]): Graph {
  const live = new Uint8Array(nodes.length);
  for (const o of outputs) live[o.node] = 1;
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (live[i]) for (const j of nodes[i].inputs) live[j] = 1;
  }
  const remap = new Int32Array(nodes.length).fill(-1);
  const kept: Node[] = [];
  for (const n of nodes) {
    if (!live[n.id]) continue;
    remap[n.id] = kept.length;
    kept.push(makeNode(n, kept.length, n.inputs.map((i) => remap[i])));
  }
  return { nodes: kept, outputs: outputs.map((o) => ({ ...o, node: remap[o.node] })) };
}

/** Whether printGraph would print the two graphs alike (spans and groups aside), found
 * without printing them: the pipeline asks after every round of rewrites. */
export function sameGraph(a: Graph, b: Graph): boolean {
  if (a.nodes.length !== b.nodes.length || a.outputs.length !== b.outputs.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const [m, n] = [a.nodes[i], b.nodes[i]];
    if (m.op !== n.op || m.dtype !== n.dtype || !sameNumbers(m.inputs, n.inputs) ||
      !sameNumbers(m.shape, n.shape) || !sameAttrs(m.attrs, n.attrs)) return false;
  }
  return a.outputs.every((o, k) => {
    const p = b.outputs[k];
    return o.name === p.name && o.node === p.node && o.role === p.role;
  });
}

/** Equal as printed: 0 and -0 print alike, and so does NaN. */
const sameNumber = (x: number, y: number) => x === y || (x !== x && y !== y);

function sameNumbers(xs: readonly number[], ys: readonly number[]): boolean {
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) if (!sameNumber(xs[i], ys[i])) return false;
  return true;
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  return keys.every((k, i) => {
    const [x, y] = [a[k], b[k]];
    if (k !== others[i] || typeof x !== typeof y) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) return sameNumbers(x, y as readonly number[]);
    return typeof x === "number" ? sameNumber(x, y as number) : x === y;
  });
}

function showAttr(v: AttrValue): string {
  if (Array.isArray(v)) return `[${v.join(", ")}]`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** The graph's text form, one node a line: `%3 = add(%1, %2) : f32[64, 128]`. */
export function printGraph(g: Graph): string {
  const lines = g.nodes.map((n) => {
    const keys = Object.keys(n.attrs);
    const attrs = keys.length ? ` {${keys.map((k) => `${k}=${showAttr(n.attrs[k])}`).join(", ")}}` : "";
    const args = n.inputs.map((i) => `%${i}`).join(", ");
    return `%${n.id} = ${n.op}(${args})${attrs} : ${showShape(n.shape, n.dtype)}`;
  });
  for (const o of g.outputs) lines.push(`${o.role} ${o.name} = %${o.node}`);
  return lines.join("\n");
}
