// Constant folding: a node whose inputs are all constants is evaluated now, with the
// reference evaluator, and replaced by its value: a scalar `const`, a `broadcast` of one
// when every element is equal, or (up to FOLD_LIMIT elements) a `tensor_const`. Random
// draws are never folded; integer results are left to run (their one use, labels, is fed).
import type { Graph } from "../ir/types.ts";
import { size } from "../ir/shape.ts";
import { isRandom, OPS } from "../ops/table.ts";
import type { EvalContext } from "../ops/types.ts";
import type { Tensor } from "../ir/tensor.ts";
import { copyNode, rebuild } from "./rewrite.ts";

/** The most elements a folded tensor may have: beyond it, the module would carry a large
 * table where the graph had a few cheap nodes. */
export const FOLD_LIMIT = 1024;

const noContext: EvalContext = {
  input: () => { throw new Error("internal: folding reached an input"); },
  param: () => { throw new Error("internal: folding reached a param"); },
  state: () => { throw new Error("internal: folding reached a state"); },
  hyper: () => { throw new Error("internal: folding reached a hyper"); },
  rng: {
    uniform: () => { throw new Error("internal: folding reached a random draw"); },
    normal: () => { throw new Error("internal: folding reached a random draw"); },
  },
  arg: () => { throw new Error("internal: folding reached a loop's input"); },
  index: () => { throw new Error("internal: folding reached a loop's index"); },
  loop: () => { throw new Error("internal: folding reached a loop"); },
};

export function foldConstants(g: Graph): Graph {
  const values = new Map<number, Tensor>();
  return rebuild(g, (n, ins, b) => {
    const def = OPS[n.op];
    if (n.op === "const" || n.op === "tensor_const") {
      const id = copyNode(n, ins, b);
      values.set(id, def.eval([], b.node(id), noContext));
      return id;
    }
    const args = ins.map((i) => values.get(i));
    const foldable = !["leaf", "loop", "part"].includes(def.kind) && !isRandom(n) && n.dtype === "f" &&
      args.every((t) => t !== undefined) && size(n.shape) <= FOLD_LIMIT;
    if (!foldable) return copyNode(n, ins, b);
    const t = def.eval(args as Tensor[], n, noContext);
    const v = t.data;
    let id: number;
    if (n.op === "broadcast" && b.node(ins[0]).op === "const") {
      id = copyNode(n, ins, b);
    } else if (v.every((x) => Object.is(x, v[0]))) {
      id = b.broadcastTo(b.scalar(v[0]), n.shape);
    } else {
      id = b.add("tensor_const", [], { shape: n.shape, values: Array.from(v) });
    }
    values.set(id, t);
    return id;
  }, { bodies: foldConstants });
}
