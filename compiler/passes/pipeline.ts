// The ordered pass pipeline. -O0 runs nothing, -O1 the cheap rewrites, -O2 (the default)
// also fusion. Forward graphs are optimized before differentiation (so gradients are taken
// of the stable, simplified forms) and every entry graph again after it.
import type { Graph } from "../ir/types.ts";
import { sameGraph } from "../ir/graph.ts";
import { countNodes } from "../ir/loop.ts";
import { canonicalize, canonicalizeDifferentiated } from "./canonicalize.ts";
import { eliminateDeadNodes } from "./eliminateDeadNodes.ts";
import { fuseOps } from "./fuseOps.ts";
import { hoistInvariants } from "./hoistInvariants.ts";
import { keepPatches } from "./keepPatches.ts";
import { pushOutProducts } from "./pushOutProducts.ts";
import { scheduleUpdates } from "./scheduleUpdates.ts";

export type OptLevel = 0 | 1 | 2;
export type Pass = (g: Graph) => Graph;

/** One pass run: its name and the graph's node count after it (its loops' bodies' too). */
export interface PassRecord {
  pass: string;
  nodes: number;
}

export type Stage = "before-differentiation" | "after-differentiation";

/** Canonicalizing reaches its fixed point in one walk; moving work out of loops (or constants
 * into them) gives it more to do, so the two run in rounds until hoisting moves nothing. */
const MAX_ROUNDS = 4;

/** Runs the pipeline for `level` and `stage`; `check`, if given, runs after every pass. */
export function optimize(g: Graph, level: OptLevel, record?: PassRecord[],
  stage: Stage = "after-differentiation", check?: (g: Graph, pass: string) => void): Graph {
  record?.push({ pass: "input", nodes: countNodes(g) });
  if (level === 0) return g;
  const run = (pass: Pass, name = pass.name) => {
    g = pass(g);
    record?.push({ pass: name, nodes: countNodes(g) });
    check?.(g, name);
  };
  run(eliminateDeadNodes);
  // After differentiation, canonicalize also removes stop_gradient (removeStopGradients.ts)
  // in its walk.
  const canonicalPass = stage === "after-differentiation" ? canonicalizeDifferentiated
    : canonicalize;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = g;
    run(canonicalPass, "canonicalize");
    const canonical = g;
    run(hoistInvariants);
    if (g === canonical || sameGraph(g, before)) break;
  }
  if (level >= 2 && stage === "after-differentiation") {
    const unpushed = g;
    run(pushOutProducts);
    // A product pushed out of a loop may read a stack the loop already gave another reader.
    if (g !== unpushed) run(canonicalize);
    run(keepPatches);
    run(fuseOps);
  }
  if (stage === "after-differentiation") run(scheduleUpdates);
  return g;
}
