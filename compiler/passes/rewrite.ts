// Shared machinery of the rewriting passes: a graph is rebuilt node by node into a fresh
// builder, each node mapped to its replacement, and what the rewrite left unused is dropped.
// A pass given as `bodies` rewrites each loop's body first (passes recurse into bodies).
import type { Attrs, Graph, LoopBody, Node, OpName } from "../ir/types.ts";
import { bodyKey } from "../ir/text.ts";
import { bodyOf } from "../ir/loop.ts";
import { GraphBuilder, MAX_GRAPH_NODES } from "../ir/builder.ts";
import { OP_NAMES, OPS } from "../ops/table.ts";
import { eliminateDeadNodes } from "./eliminateDeadNodes.ts";

/** Maps a node, given its inputs' new ids, to the id of its replacement in `b`. */
export type Visit = (n: Node, ins: number[], b: GraphBuilder) => number;

/** The node itself, over its new inputs (of its inputs' shapes); spans are kept (STYLE.md
 * item 6). */
export const copyNode: Visit = (n, ins, b) => b.copy(n, ins);

export function rebuild(g: Graph, visit: Visit,
  options: { b?: GraphBuilder; bodies?: (g: Graph) => Graph } = {}): Graph {
  const b = options.b ?? new GraphBuilder();
  const map = new Int32Array(g.nodes.length);
  const { bodies } = options;
  for (let id = 0; id < g.nodes.length; id++) {
    const n = g.nodes[id];
    // Nodes a rewrite makes for n point at n's place in the model file.
    b.span = n.span;
    const m = bodies && n.op === "loop" ? withBody(n, bodies) : n;
    const ins = new Array<number>(n.inputs.length);
    for (let k = 0; k < ins.length; k++) ins[k] = map[n.inputs[k]];
    map[n.id] = visit(m, ins, b);
  }
  const outputs = g.outputs.map((o) => ({ ...o, node: map[o.node] }));
  return eliminateDeadNodes({ nodes: b.nodes, outputs });
}

/** The scalar value of a node that holds one number everywhere, if it is one. */
export function uniformValue(nodes: readonly Node[], id: number): number | undefined {
  const n = nodes[id];
  if (n.op === "const") return n.dtype === "f" ? (n.attrs.value as number) : undefined;
  if (n.op === "broadcast" || n.op === "reshape") return uniformValue(nodes, n.inputs[0]);
  if (n.op === "tensor_const") {
    const v = n.attrs.values as number[];
    return v.every((x) => Object.is(x, v[0])) ? v[0] : undefined;
  }
  return undefined;
}

const num = (v: number) => (Object.is(v, -0) ? "-0" : String(v));

/** A key equal for equal attrs: keys sorted, -0 and NaN kept apart from 0 and null. */
export function attrsKey(attrs: Attrs): string {
  // CSE asks for every node's key. Most nodes have no attrs, and most others one number (a
  // constant's value): those keys are made on the spot, cheaper than a WeakMap entry per
  // object. Passes copy a node's attrs object along with it, so each other object's key (a
  // shape, axes, a loop's body) is made once.
  let only: string | undefined;
  for (const k in attrs) {
    if (only !== undefined || typeof attrs[k] !== "number") return memoized(attrs);
    only = k;
  }
  return only === undefined ? "" : `${only}=${num(attrs[only] as number)}`;
}

function memoized(attrs: Attrs): string {
  let key = attrsKeys.get(attrs);
  if (key === undefined) attrsKeys.set(attrs, key = makeAttrsKey(attrs));
  return key;
}

/** Attrs are never changed once a node holds them. */
const attrsKeys = new WeakMap<Attrs, string>();

function makeAttrsKey(attrs: Attrs): string {
  return Object.keys(attrs).sort().map((k) => {
    const v = attrs[k];
    const text = Array.isArray(v) ? `[${v.map(num).join(",")}]`
      : typeof v === "number" ? num(v) : typeof v === "object" ? `{${bodyKey(v as LoopBody)}}`
        : JSON.stringify(v);
    return `${k}=${text}`;
  }).join(";");
}

/** A key equal for nodes that compute the same thing: same op, inputs and attrs, a
 * commutative op's two operands in either order. Undefined for random draws, which never do
 * (a loop that draws is the caller's to exclude: its body says so, not its op). Most nodes
 * have no attrs and at most two inputs: their key is a number (the op's index, then each
 * input plus one), cheaper to make, hash and keep than text; the rest are text, so the two
 * kinds never meet. */
export function computationKey(op: OpName, inputs: readonly number[], attrs: Attrs):
  string | number | undefined {
  const def = OPS[op];
  if (def.effects === "random") return undefined;
  const swap = def.commutative === true && inputs.length === 2 && inputs[0] > inputs[1];
  if (inputs.length <= 2 && noAttrs(attrs)) {
    const a = inputs.length > 0 ? inputs[swap ? 1 : 0] + 1 : 0;
    const c = inputs.length > 1 ? inputs[swap ? 0 : 1] + 1 : 0;
    return (OP_INDEX[op] * ID_RANGE + a) * ID_RANGE + c;
  }
  const operands = swap ? `${inputs[1]},${inputs[0]}` : inputs.join(",");
  return `${op}(${operands}){${attrsKey(attrs)}}`;
}

/** Numeric keys: an op's index, then two node ids plus one, each below ID_RANGE (a graph
 * has at most MAX_GRAPH_NODES nodes), all within a double's exact integers. */
const OP_INDEX = Object.fromEntries(OP_NAMES.map((op, k) => [op, k])) as Record<OpName, number>;
const ID_RANGE = 2 ** 18;
if (MAX_GRAPH_NODES >= ID_RANGE || OP_NAMES.length * ID_RANGE * ID_RANGE > Number.MAX_SAFE_INTEGER) {
  throw new Error("internal: computationKey's numeric keys are too narrow");
}

function noAttrs(attrs: Attrs): boolean {
  for (const _ in attrs) return false;
  return true;
}

/** Loop `n` with `pass` applied to its body (the same node if that changes nothing). */
export function withBody(n: Node, pass: (g: Graph) => Graph): Node {
  const body = bodyOf(n);
  const graph = pass(body.graph);
  if (graph === body.graph) return n;
  return { ...n, attrs: { ...n.attrs, body: { ...body, graph } } };
}
