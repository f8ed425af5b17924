// Numbers that vary with a bounded dim (`dim B <= 64`): elaboration sees the bound, and keeps
// beside it how the number is computed from the batch fed, so that arithmetic with it
// (`sum(h) / N`, BatchNorm's n / (n - 1)) reads the run's batch, a per-call scalar the module
// sets, rather than a constant folded at the bound.
import { error } from "../../dsl/diagnostics.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import type { Attrs, Span } from "../ir/types.ts";
import { BATCH } from "../ir/lead.ts";
import type { Value, Varying } from "./values.ts";

type Num = Extract<Value, { kind: "number" }>;

/** A binary operation on numbers, one of them varying. */
export function combine(op: string, l: Num, r: Num, folded: Value, span: Span): Value {
  if (folded.kind !== "number" || !["+", "-", "*", "/", "**"].includes(op)) {
    throw error(`'${op}' with a dim that varies with the batch fed cannot be decided at ` +
      `compile time`, span);
  }
  const a = l.varying ?? l.value, b = r.varying ?? r.value;
  // Scaling keeps a count of rows: `N * T` is still a leading extent.
  if (op === "*" && typeof b === "number" && typeof a !== "number" && "rows" in a) {
    return { ...folded, varying: { rows: a.rows * b } };
  }
  if (op === "*" && typeof a === "number" && typeof b !== "number" && "rows" in b) {
    return { ...folded, varying: { rows: b.rows * a } };
  }
  return { ...folded, varying: { op: op as "+", a, b } };
}

/** The graph computing a varying number at run time (a float scalar). */
export function varyingTensor(b: GraphBuilder, v: Varying | number): number {
  if (typeof v === "number") return b.add("const", [], { value: v });
  if ("rows" in v) {
    const n = b.add("hyper", [], { name: BATCH });
    return v.rows === 1 ? n : b.add("mul", [n, b.add("const", [], { value: v.rows })]);
  }
  const ops = { "+": "add", "-": "sub", "*": "mul", "/": "div", "**": "pow" } as const;
  return b.add(ops[v.op], [varyingTensor(b, v.a), varyingTensor(b, v.b)]);
}

/** The rows per sample a dim stands for, as a tensor's leading axis; 0 if it is static. */
export function rowsPerSample(v: Value, span: Span, what: string): number {
  if (v.kind !== "number" || !v.varying) return 0;
  if ("rows" in v.varying && Number.isInteger(v.varying.rows)) return v.varying.rows;
  throw error(`${what} cannot use this dim: it varies with the batch fed, and only a whole ` +
    `number of rows per sample can`, span);
}

/** Attributes of a tensor made from a list of dims (`zeros([N, U])`, `normal([B, 64])`): its
 * lead if the first varies; no other may. */
export function leadOfDims(v: Value, span: Span, what: string): Attrs {
  const items = v.kind === "list" || v.kind === "tuple" ? v.items : [v];
  items.slice(1).forEach((item) => {
    if (rowsPerSample(item, span, what)) throw error(`${what} can use the bounded batch only as ` +
      `its first dim, the leading axis`, span);
  });
  const lead = items.length ? rowsPerSample(items[0], span, what) : 0;
  return lead ? { lead } : {};
}
