// `kiln graph`: an entry graph in Graphviz's dot language. Leaves show their names, other
// nodes their op and shape; each fused group is a dashed box, drawn as the one loop it runs.
import type { Graph, Node } from "../ir/types.ts";
import { showShape } from "../ir/shape.ts";
import { showAttrValue } from "../ir/text.ts";
import { groupsOf } from "../passes/fuseOps.ts";

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
