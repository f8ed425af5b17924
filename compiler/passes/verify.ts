// The graph's invariants, checked between passes in tests: a pass that breaks one fails
// there rather than as wrong numbers far downstream.
import type { Graph, LoopBody } from "../ir/types.ts";
import { sameShape, showShape } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";

/** Leaves a loop's body may not hold: it is closed, so its loop passes them in. */
const OUTSIDE = new Set(["input", "param", "state", "hyper"]);

/** Throws an Error naming the first broken invariant. */
export function verifyGraph(g: Graph): void {
  check(g);
}

/** `body`: `g` is that loop's body. */
function check(g: Graph, body?: LoopBody): void {
  const where = body ? "in a loop's body, " : "";
  const fail = (id: number, msg: string): never => {
    throw new Error(`verifyGraph: ${where}node %${id}: ${msg}`);
  };
  g.nodes.forEach((n, index) => {
    if (n.id !== index) fail(index, `has id ${n.id}`);
    const def = OPS[n.op];
    if (!def) fail(index, `unknown op '${n.op}'`);
    if (def.arity !== "variadic" && n.inputs.length !== def.arity) {
      fail(index, `${n.op} takes ${def.arity} inputs but has ${n.inputs.length}`);
    }
    for (const i of n.inputs) {
      if (!Number.isInteger(i) || i < 0 || i >= index) {
        fail(index, `input %${i} does not come before it (nodes must be in topological order)`);
      }
    }
    if (n.inputs.some((i) => g.nodes[i].op === "loop") && n.op !== "loop_output") {
      fail(index, `${n.op} reads a loop's tuple of outputs (only loop_output may)`);
    }
    const want = def.shape(n.inputs.map((i) => g.nodes[i]), n.attrs);
    if (!sameShape(want.shape, n.shape) || want.dtype !== n.dtype) {
      fail(index, `${n.op} says ${showShape(n.shape, n.dtype)} but its shape rule gives ` +
        `${showShape(want.shape, want.dtype)}`);
    }
    const inside = n.op === "arg" || n.op === "loop_index";
    if (body ? OUTSIDE.has(n.op) : inside) {
      fail(index, body ? `a body reads ${n.op} '${n.attrs.name}' that its loop should pass in`
        : `${n.op} outside a loop's body`);
    }
    if (body && n.op === "arg" && !(Number(n.attrs.index) < body.inputs.length)) {
      fail(index, `arg ${n.attrs.index} names no input of the loop`);
    }
    if (n.op === "loop") {
      try {
        check((n.attrs.body as LoopBody).graph, n.attrs.body as LoopBody);
      } catch (e) {
        fail(index, (e as Error).message.replace("verifyGraph: ", ""));
      }
    }
    if (n.group !== undefined) {
      const root = g.nodes[n.group];
      if (!root || n.group < index || root.group !== n.group) {
        fail(index, `group %${n.group} is not a later node that roots its own group`);
      }
    }
  });
  const names = new Set<string>();
  for (const o of g.outputs) {
    if (!Number.isInteger(o.node) || o.node < 0 || o.node >= g.nodes.length) {
      throw new Error(`verifyGraph: ${o.role} '${o.name}' names missing node %${o.node}`);
    }
    const key = `${o.role} ${o.name}`;
    if (names.has(key)) throw new Error(`verifyGraph: ${key} is given twice`);
    names.add(key);
  }
}
