// After differentiation stop_gradient has done its work: it is the identity, and removing
// it lets the nodes around it simplify and fuse. Only for graphs whose gradients are built.
// The pipeline does this within canonicalize's first walk (canonicalizeDifferentiated), one
// copy of the graph fewer; the pass alone is what tests hold that walk to.
import type { Graph } from "../ir/types.ts";
import { copyNode, rebuild } from "./rewrite.ts";

export function removeStopGradients(g: Graph): Graph {
  // Most graphs hold none: nothing to copy.
  if (!g.nodes.some((n) => n.op === "stop_gradient" || n.op === "loop")) return g;
  return rebuild(g, (n, ins, b) => (n.op === "stop_gradient" ? ins[0] : copyNode(n, ins, b)),
    { bodies: removeStopGradients });
}
