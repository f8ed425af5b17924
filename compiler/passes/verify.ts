// The graph's invariants, checked between passes in tests: a pass that breaks one fails
// there rather than as wrong numbers far downstream.
import type { Graph } from "../ir/types.ts";
import { sameShape, showShape } from "../ir/shape.ts";
import { OPS } from "../ops/table.ts";

/** Throws an Error naming the first broken invariant. */
export function verifyGraph(g: Graph): void {
  const fail = (id: number, msg: string): never => {
    throw new Error(`verifyGraph: node %${id}: ${msg}`);
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
    const want = def.shape(n.inputs.map((i) => g.nodes[i]), n.attrs);
    if (!sameShape(want.shape, n.shape) || want.dtype !== n.dtype) {
      fail(index, `${n.op} says ${showShape(n.shape, n.dtype)} but its shape rule gives ` +
        `${showShape(want.shape, want.dtype)}`);
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
