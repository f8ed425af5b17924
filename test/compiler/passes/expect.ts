// One-line goldens for passes (STYLE.md item 8): a graph in the compact text form, the pass,
// and the graph expected, compared in canonical print with the graph verified on each side.
import { expect } from "vitest";
import type { Graph } from "../../../compiler/ir/types.ts";
import { parseGraph, printCompact } from "../../../compiler/ir/text.ts";
import { groupsOf } from "../../../compiler/passes/fuseOps.ts";
import { verifyGraph } from "../../../compiler/passes/verify.ts";

export function run(pass: (g: Graph) => Graph, input: string): Graph {
  const g = parseGraph(input);
  verifyGraph(g);
  const out = pass(g);
  verifyGraph(out);
  return out;
}

export function expectPass(pass: (g: Graph) => Graph, input: string, expected: string): void {
  expect(printCompact(run(pass, input))).toBe(printCompact(parseGraph(expected)));
}

/** A pass that must leave the graph as it is. */
export function expectUnchanged(pass: (g: Graph) => Graph, input: string): void {
  expectPass(pass, input, input);
}

/** The fused groups, each as its members' ops in node order: "matmul add relu | exp sum". */
export function showGroups(g: Graph): string {
  return groupsOf(g).map((m) => m.map((id) => g.nodes[id].op).join(" ")).join(" | ");
}
