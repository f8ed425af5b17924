// `kiln graph` in Graphviz's dot language: a model by its layers (the default), or an entry
// graph op by op, where leaves show their names, other nodes their op and shape, and each
// fused group is a dashed box, drawn as the one loop it runs.
import type { Graph, Node } from "../ir/types.ts";
import { showShape } from "../ir/shape.ts";
import { showAttrValue } from "../ir/text.ts";
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
};

function label(n: Node): string {
  const type = showShape(n.shape, n.dtype);
  if (n.op === "const") return showAttrValue(n.attrs.value);
  if (n.op === "input" || n.op === "param" || n.op === "state") return `${n.attrs.name}\n${type}`;
  const attrs = Object.entries(n.attrs).filter(([k]) => !["seq", "values", "shape"].includes(k))
    .map(([k, v]) => `${k}=${showAttrValue(v)}`);
  return [n.op + (attrs.length ? ` {${attrs.join(", ")}}` : ""), type].join("\n");
}

export function graphToDot(g: Graph, title: string): string {
  const lines = [`digraph ${quote(title)} {`, "  rankdir=TB;",
    "  node [fontname=Helvetica, fontsize=10];", `  label=${quote(title)}; labelloc=t;`];
  const grouped = new Set<number>();
  groupsOf(g).forEach((members, k) => {
    lines.push(`  subgraph cluster_${k} {`, `    label="fused"; style=dashed; color=gray40;`);
    for (const m of members) {
      grouped.add(m);
      lines.push(`    n${m} [label=${quote(label(g.nodes[m]))}];`);
    }
    lines.push("  }");
  });
  for (const n of g.nodes) {
    if (grouped.has(n.id)) continue;
    const style = LEAF_STYLE[n.op];
    lines.push(`  n${n.id} [label=${quote(label(n))}${style ? `, ${style}` : ""}];`);
  }
  for (const n of g.nodes) for (const i of n.inputs) lines.push(`  n${i} -> n${n.id};`);
  g.outputs.forEach((o, k) => {
    lines.push(`  out${k} [label=${quote(`${o.role} ${o.name}`)}, shape=box, style=rounded];`);
    lines.push(`  n${o.node} -> out${k};`);
  });
  lines.push("}");
  return lines.join("\n") + "\n";
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
