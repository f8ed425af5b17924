// `kiln graph` in Graphviz's dot language: a model by its layers (the default), or an entry
// graph op by op, where leaves show their names, other nodes their op and shape, each fused
// group is a dashed box, drawn as the one loop it runs, and each loop node is a solid box
// holding its body (nested loops inside), its inputs drawn into the body's args and its
// outputs out of the body values they read.
import type { Graph, Node } from "../ir/types.ts";
import { showShape } from "../ir/shape.ts";
import { showAttrValue } from "../ir/text.ts";
import { bodyOf, isReverse, lengthOf } from "../ir/loop.ts";
import { groupsOf } from "../passes/fuseOps.ts";
import type { Cluster, LayerView, Unit, UnitKind } from "./layers.ts";

/** A dot string literal: names from the model file are data, never dot syntax. */
const quote = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/\r?\n/g, "\\n")}"`;

const LEAF_STYLE: Partial<Record<Node["op"], string>> = {
  input: "shape=box, style=filled, fillcolor=lightblue",
  param: "shape=box, style=filled, fillcolor=khaki",
  state: "shape=box, style=filled, fillcolor=wheat",
  const: "shape=plaintext",
  tensor_const: "shape=plaintext",
  arg: "shape=box, style=filled, fillcolor=lavender",
};

function label(n: Node): string {
  const type = showShape(n.shape, n.dtype);
  if (n.op === "const") return showAttrValue(n.attrs.value);
  if (n.op === "input" || n.op === "param" || n.op === "state") return `${n.attrs.name}\n${type}`;
  const attrs = Object.entries(n.attrs)
    .filter(([k]) => !["seq", "values", "shape", "body"].includes(k))
    .map(([k, v]) => `${k}=${showAttrValue(v)}`);
  return [n.op + (attrs.length ? ` {${attrs.join(", ")}}` : ""), type].join("\n");
}

export function graphToDot(g: Graph, title: string): string {
  const lines = [`digraph ${quote(title)} {`, "  rankdir=TB;",
    "  node [fontname=Helvetica, fontsize=10];", `  label=${quote(title)}; labelloc=t;`];
  const clusters = { count: 0 };
  drawGraph(g, "n", "  ", lines, clusters);
  g.outputs.forEach((o, k) => {
    lines.push(`  out${k} [label=${quote(`${o.role} ${o.name}`)}, shape=box, style=rounded];`);
    lines.push(`  n${o.node} -> out${k};`);
  });
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** Draws graph `g`'s nodes (names prefixed), its fused groups and its loops as clusters. */
function drawGraph(g: Graph, prefix: string, indent: string, lines: string[],
  clusters: { count: number }): void {
  const grouped = new Set<number>();
  for (const members of groupsOf(g)) {
    lines.push(`${indent}subgraph cluster_${clusters.count++} {`,
      `${indent}  label="fused"; style=dashed; color=gray40;`);
    for (const m of members) {
      grouped.add(m);
      lines.push(`${indent}  ${prefix}${m} [label=${quote(label(g.nodes[m]))}];`);
    }
    lines.push(`${indent}}`);
  }
  for (const n of g.nodes) {
    if (grouped.has(n.id)) continue;
    if (n.op === "loop") {
      drawLoop(n, `${prefix}${n.id}_`, indent, lines, clusters);
      continue;
    }
    const style = LEAF_STYLE[n.op];
    lines.push(`${indent}${prefix}${n.id} [label=${quote(label(n))}${style ? `, ${style}` : ""}];`);
  }
  for (const n of g.nodes) {
    if (n.op === "loop") {
      // The loop's inputs go to its body's args.
      for (const m of bodyOf(n).graph.nodes) {
        if (m.op !== "arg") continue;
        const from = n.inputs[m.attrs.index as number];
        lines.push(`${indent}${prefix}${from} -> ${prefix}${n.id}_${m.id};`);
      }
      continue;
    }
    if (n.op === "loop_output") {
      const loop = g.nodes[n.inputs[0]];
      const body = bodyOf(loop);
      // An output is drawn from the body value it reads (a carry's: its update).
      const o = body.outputs[n.attrs.index as number];
      const value = o.kind === "carry" ? (body.inputs[o.input] as { update: number }).update
        : o.value;
      const from = `${prefix}${loop.id}_${body.graph.outputs[value].node}`;
      lines.push(`${indent}${from} -> ${prefix}${n.id} ` +
        `[label=${quote(o.kind === "carry" ? "final" : o.kind)}];`);
      continue;
    }
    for (const i of n.inputs) lines.push(`${indent}${prefix}${i} -> ${prefix}${n.id};`);
  }
}

function drawLoop(n: Node, prefix: string, indent: string, lines: string[],
  clusters: { count: number }): void {
  const title = `loop over ${lengthOf(n)} steps${isReverse(n) ? ", backwards" : ""}`;
  lines.push(`${indent}subgraph cluster_${clusters.count++} {`,
    `${indent}  label=${quote(title)}; style=solid; color=steelblue;`);
  drawGraph(bodyOf(n).graph, prefix, `${indent}  `, lines, clusters);
  lines.push(`${indent}}`);
}

const UNIT_STYLE: Record<UnitKind, string> = {
  input: "shape=box, style=\"rounded,filled\", fillcolor=lightblue",
  param: "shape=box, style=filled, fillcolor=khaki",
  instance: "shape=box, style=\"rounded,filled\", fillcolor=\"#e8e8f4\"",
  function: "shape=box, style=rounded",
  op: "shape=ellipse",
  output: "shape=box, style=\"rounded,filled\", fillcolor=\"#d8f0d8\"",
  loss: "shape=octagon, style=filled, fillcolor=\"#f4dcdc\"",
};

/** A model's layers (tools/layers.ts) in dot: a box per unit with the shapes it makes, its
 * instances' bodies as nested clusters when the view has them. */
export function layersToDot(view: LayerView, title: string): string {
  const id = new Map(view.units.map((u, k) => [u.key, `u${k}`]));
  const line = (u: Unit, indent: string) => `${indent}${id.get(u.key)} [label=` +
    `${quote([u.label, ...u.shapes].join("\n"))}, ${UNIT_STYLE[u.kind]}];`;
  const lines = [`digraph ${quote(title)} {`, "  rankdir=TB; nodesep=0.25; ranksep=0.35;",
    "  node [fontname=Helvetica, fontsize=10, margin=\"0.12,0.04\", height=0.3];",
    "  edge [arrowsize=0.6]; fontname=Helvetica;", `  label=${quote(title)}; labelloc=t;`];
  const drawCluster = (c: Cluster | undefined, indent: string) => {
    const inside = (p: string | undefined) => p === c?.prefix;
    for (const [k, sub] of view.clusters.entries()) {
      if (!inside(sub.parent)) continue;
      lines.push(`${indent}subgraph cluster_${k} {`, `${indent}  label=${quote(sub.label)}; ` +
        "style=\"rounded,dashed\"; color=gray50; fontsize=10;");
      drawCluster(sub, `${indent}  `);
      lines.push(`${indent}}`);
    }
    for (const u of view.units) if (inside(u.parent)) lines.push(line(u, indent));
  };
  drawCluster(undefined, "  ");
  for (const e of view.edges) lines.push(`  ${id.get(e.from)} -> ${id.get(e.to)};`);
  lines.push("}");
  return lines.join("\n") + "\n";
}
