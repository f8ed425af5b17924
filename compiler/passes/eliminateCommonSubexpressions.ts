// Common-subexpression elimination: a node equal to an earlier one (same op, inputs and
// attrs) is replaced by it. Leaves of one name are one tensor within an entry point (state
// changes only after the step), so they merge too; random draws never do. A loop's outputs
// that are the same (the same body value stacked alike, say) are read as its first such one,
// so dead-node elimination drops the others (a reverse loop stacked dz twice, once for dWh).
import type { Graph, LoopBody, Node } from "../ir/types.ts";
import { bodyOf } from "../ir/loop.ts";
import { isRandom, OPS } from "../ops/table.ts";
import { attrsKey, copyNode, rebuild } from "./rewrite.ts";

export function eliminateCommonSubexpressions(g: Graph): Graph {
  const seen = new Map<string, number>();
  return rebuild(g, (old, ins, b) => {
    if (isRandom(old)) return copyNode(old, ins, b);
    const n = old.op === "loop_output" ? firstOfItsKind(old, bodyOf(b.nodes[ins[0]])) : old;
    const operands = OPS[n.op].commutative === true && ins[0] > ins[1] ? [ins[1], ins[0]] : ins;
    const key = `${n.op}(${operands.join(",")}){${attrsKey(n.attrs)}}`;
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const id = copyNode(n, ins, b);
    seen.set(key, id);
    return id;
  }, { bodies: eliminateCommonSubexpressions });
}

/** A loop_output read as the loop's first output equal to it. */
function firstOfItsKind(n: Node, body: LoopBody): Node {
  // (Specs are compared field by field: passes build them with their keys in any order.)
  const key = (k: number) => {
    const o: Record<string, unknown> = { ...body.outputs[k] };
    if ("value" in o) o.value = body.graph.outputs[o.value as number].node;
    return Object.keys(o).sort().map((f) => `${f}=${o[f]}`).join(";");
  };
  const index = n.attrs.index as number;
  const first = body.outputs.findIndex((_, k) => key(k) === key(index));
  return first === index ? n : { ...n, attrs: { ...n.attrs, index: first } };
}
