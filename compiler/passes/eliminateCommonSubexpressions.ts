// Common-subexpression elimination: a node equal to an earlier one (same op, inputs and
// attrs) is replaced by it. Leaves of one name are one tensor within an entry point (state
// changes only after the step), so they merge too; random draws never do.
import type { Graph } from "../ir/types.ts";
import { isRandom, OPS } from "../ops/table.ts";
import { attrsKey, copyNode, rebuild } from "./rewrite.ts";

export function eliminateCommonSubexpressions(g: Graph): Graph {
  const seen = new Map<string, number>();
  return rebuild(g, (n, ins, b) => {
    if (isRandom(n)) return copyNode(n, ins, b);
    const operands = OPS[n.op].commutative === true && ins[0] > ins[1] ? [ins[1], ins[0]] : ins;
    const key = `${n.op}(${operands.join(",")}){${attrsKey(n.attrs)}}`;
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const id = copyNode(n, ins, b);
    seen.set(key, id);
    return id;
  }, { bodies: eliminateCommonSubexpressions });
}
