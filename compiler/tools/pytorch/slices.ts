// A model's body is one sequence of statements computing outputs, losses and updates; each
// Python method runs only the statements its results depend on (a backward slice), so that
// the outputs need only the inputs Kiln's predict needs, as `loss` needs the labels.
import type { Stmt } from "../../../dsl/ast.ts";
import { boundIn, readsOf } from "./walk.ts";

export interface Unit {
  stmt: Stmt;
  binds: Set<string>;
  reads: Set<string>;
}

/** `isLayer(name)`: whether a call of `name` makes a layer instance (reading nothing). */
export function units(body: readonly Stmt[], isLayer: (name: string) => boolean): Unit[] {
  return body.map((stmt) => ({ stmt, binds: binds(stmt), reads: reads(stmt, isLayer) }));
}

function binds(s: Stmt): Set<string> {
  return new Set(s.kind === "output" && !s.value ? [] : boundIn([s]));
}

function reads(s: Stmt, isLayer: (name: string) => boolean): Set<string> {
  switch (s.kind) {
    case "assign":
      return s.value.kind === "call" && s.value.callee.kind === "name" &&
        isLayer(s.value.callee.name) ? new Set() : readsOf(s.value);
    case "output": return s.value ? readsOf(s.value) : new Set([s.name]);
    case "update": return readsOf(s.value);
    case "train": return readsOf(s.loss);
    case "for": {
      const out = readsOf(s.to, readsOf(s.from));
      for (const inner of s.body) for (const r of reads(inner, isLayer)) out.add(r);
      return out;
    }
    default: return new Set();
  }
}

/** The units the `targets` need, in order. A loop binds what its body binds but hides
 * nothing before it (its names may keep their values), and reads what its body reads. */
export function slice(us: readonly Unit[], targets: ReadonlySet<number>): number[] {
  const keep: number[] = [];
  const needed = new Set<string>();
  for (let i = us.length - 1; i >= 0; i--) {
    const u = us[i];
    if (!targets.has(i) && ![...u.binds].some((b) => needed.has(b))) continue;
    keep.unshift(i);
    if (u.stmt.kind !== "for") for (const b of u.binds) needed.delete(b);
    for (const r of u.reads) needed.add(r);
  }
  return keep;
}

/** Whether a statement is, or holds, one that `pick` chooses. */
export function holds(s: Stmt, pick: (s: Stmt) => boolean): boolean {
  return pick(s) || (s.kind === "for" && s.body.some((inner) => holds(inner, pick)));
}
