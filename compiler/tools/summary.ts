// `kiln summary`: the model as Keras' model.summary() shows one, a row per input and layer
// instance (nested ones indented under theirs) with its output shape and its param count,
// then the totals. As in Keras, state (batch norm's running statistics) counts as
// non-trainable params.
import type { ModelIR } from "../model.ts";
import { showShape, size } from "../ir/shape.ts";
import { instanceRows } from "./layers.ts";

export interface SummaryRow {
  name: string;
  type: string;
  depth: number;
  /** Output shapes (an instance's first call); `calls` > 1 for a shared instance. */
  shapes: string[];
  calls: number;
  params: number;
  state: number;
}

export interface Summary {
  model: string;
  rows: SummaryRow[];
  params: number;
  state: number;
}

export function modelSummary(ir: ModelIR): Summary {
  const d = ir.decls;
  const count = (table: ModelIR["decls"]["params"], prefix: string) => [...table.values()]
    .filter((p) => p.name.startsWith(`${prefix}.`)).reduce((s, p) => s + size(p.shape), 0);
  const rows: SummaryRow[] = [...d.inputs.values()].map((i) => ({ name: i.name, type: "input",
    depth: 0, shapes: [showShape(i.shape, i.dtype)], calls: 1, params: 0, state: 0 }));
  // Params and state the model body declares itself.
  for (const [kind, table] of [["param", d.params], ["state", d.state]] as const) {
    for (const p of table.values()) {
      if (p.name.includes(".")) continue;
      rows.push({ name: p.name, type: kind, depth: 0, shapes: [showShape(p.shape, "f")], calls: 1,
        params: kind === "param" ? size(p.shape) : 0, state: kind === "state" ? size(p.shape) : 0 });
    }
  }
  for (const r of instanceRows(ir)) {
    rows.push({ name: r.prefix, type: r.layer, depth: r.depth, shapes: r.shapes, calls: r.calls,
      params: count(d.params, r.prefix), state: count(d.state, r.prefix) });
  }
  const total = (t: typeof d.params) => [...t.values()].reduce((s, p) => s + size(p.shape), 0);
  return { model: d.name, rows, params: total(d.params), state: total(d.state) };
}

const grouped = (n: number) => n.toLocaleString("en-US");

export function formatSummary(s: Summary): string {
  const cells = s.rows.map((r) => [
    `${"  ".repeat(r.depth)}${r.depth ? r.name.split(".").at(-1) : r.name} (${r.type})`,
    r.shapes.join(", ") + (r.calls > 1 ? `  (${r.calls} calls)` : ""),
    grouped(r.params + r.state),
  ]);
  const head = ["Layer (type)", "Output shape", "Param #"];
  const width = head.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const row = (c: string[]) => `${c[0].padEnd(width[0])}   ${c[1].padEnd(width[1])}   ` +
    c[2].padStart(width[2]);
  const rule = (ch: string) => ch.repeat(width[0] + width[1] + width[2] + 6);
  return [`Model: ${s.model}`, rule("_"), row(head), rule("="), ...cells.map(row), rule("="),
    `Total params: ${grouped(s.params + s.state)}`, `Trainable params: ${grouped(s.params)}`,
    `Non-trainable params: ${grouped(s.state)}${s.state ? " (state)" : ""}`].join("\n");
}
