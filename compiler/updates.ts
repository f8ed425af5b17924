// Which state updates a train step applies, and the state values it leaves (docs/language.md,
// "State and updates"). The model body runs in every train step, so its own updates always
// apply; a layer call runs in a step that needs what it returns, or that runs the call it
// was made in; the updates of the calls a step runs apply in program order, and every read
// of a state sees the updates applied before it. A step that skips an update sees the state
// as it was before that update, so reads and later updates are rebuilt for it.
import type { Diagnostic } from "../dsl/diagnostics.ts";
import { BODY, type Effects } from "./front/effects.ts";
import type { GraphBuilder } from "./ir/builder.ts";

/** One train step's loss and the new value of each state it changes, as nodes of `b`. */
export interface StepEffects {
  loss: number;
  states: Map<string, number>;
}

/**
 * Resolves the updates of one training-mode run for each step (by name, with its loss node),
 * appending to `b` whatever a skipped update makes differ. Warns of every state that no step
 * updates although the model updates it somewhere.
 */
export function applyUpdates(b: GraphBuilder, effects: Effects, losses: ReadonlyMap<string, number>,
  warnings: Diagnostic[]): Map<string, StepEffects> {
  const out = new Map<string, StepEffects>();
  if (!effects.updates.length) {
    for (const [step, loss] of losses) out.set(step, { loss, states: new Map() });
    return out;
  }
  const everApplied = new Set<string>();
  for (const [step, loss] of losses) {
    const running = runningCalls(b, effects, loss);
    const applied = (k: number) => effects.updates[k].call === BODY ||
      running[effects.updates[k].call] === 1;
    const skip = skipped(effects, applied);
    const byAfter = new Map(effects.updates.map((u) => [u.after, u.value]));
    const last = new Map<string, number>();
    effects.updates.forEach((u, k) => {
      last.set(u.state, u.after);
      if (applied(k)) everApplied.add(u.state);
    });
    // The last update the step applies gives the new value; none applied, no new value.
    const finals = [...last].map(([state, after]) => {
      const seen = skip.get(after) ?? after;
      return [state, byAfter.get(seen) ?? seen] as const;
    }).filter(([state, node]) => b.node(node).op !== "state" || b.node(node).attrs.name !== state);
    const [newLoss, ...values] = substitute(b, skip, [loss, ...finals.map(([, node]) => node)]);
    const states = new Map(finals.map(([state], i) => [state, values[i]]));
    out.set(step, { loss: newLoss, states });
  }
  if (losses.size) warnNeverApplied(effects, everApplied, warnings);
  return out;
}

/** The calls a step with this loss runs: a fixpoint, since the updates of a call that runs
 * are computed too and may need other calls. */
function runningCalls(b: GraphBuilder, effects: Effects, loss: number): Uint8Array {
  const running = new Uint8Array(effects.calls.length);
  for (;;) {
    const applied = (k: number) => effects.updates[k].call === BODY ||
      running[effects.updates[k].call] === 1;
    const skip = skipped(effects, applied);
    const roots = [loss, ...effects.updates.filter((_, k) => applied(k)).map((u) => u.value)];
    const need = needed(b, roots, skip);
    let changed = false;
    effects.calls.forEach((c, i) => {
      if (running[i]) return;
      if ((c.parent !== BODY && running[c.parent]) || c.results.some((r) => need[r])) {
        running[i] = 1;
        changed = true;
      }
    });
    if (!changed) return running;
  }
}

/** Each skipped update's `after` node, mapped to the value the state had before it. */
function skipped(effects: Effects, applied: (k: number) => boolean): Map<number, number> {
  const skip = new Map<number, number>();
  effects.updates.forEach((u, k) => {
    if (!applied(k)) skip.set(u.after, skip.get(u.before) ?? u.before);
  });
  return skip;
}

/** The nodes the roots need, reading a skipped update's `after` as the value before it;
 * with `both`, through its value as well (what rebuilding may visit). */
function needed(b: GraphBuilder, roots: readonly number[], skip: ReadonlyMap<number, number>,
  both = false): Uint8Array {
  const mark = new Uint8Array(b.nodes.length);
  for (const r of roots) mark[r] = 1;
  for (let i = b.nodes.length - 1; i >= 0; i--) {
    if (!mark[i]) continue;
    const to = skip.get(i);
    if (to !== undefined) mark[to] = 1;
    if (to === undefined || both) for (const j of b.nodes[i].inputs) mark[j] = 1;
  }
  return mark;
}

/** The roots rebuilt with each skipped `after` replaced: only nodes that read one, directly
 * or not, are copied; the rest stay shared by every step. */
function substitute(b: GraphBuilder, skip: ReadonlyMap<number, number>, roots: readonly number[]):
  number[] {
  if (!skip.size) return [...roots];
  const need = needed(b, roots, skip, true);
  const remap = new Map<number, number>();
  const top = Math.max(...roots);
  for (let i = Math.min(...skip.keys()); i <= top; i++) {
    if (!need[i]) continue;
    const to = skip.get(i);
    if (to !== undefined) {
      remap.set(i, remap.get(to) ?? to);
      continue;
    }
    const n = b.nodes[i];
    if (n.inputs.some((j) => remap.has(j))) {
      remap.set(i, b.copy(n, n.inputs.map((j) => remap.get(j) ?? j)));
    }
  }
  return roots.map((r) => remap.get(r) ?? r);
}

/** One warning per instance whose state some call updates but no step does. */
function warnNeverApplied(effects: Effects, applied: ReadonlySet<string>,
  warnings: Diagnostic[]): void {
  const byInstance = new Map<string, { span: Diagnostic["span"]; states: string[] }>();
  for (const u of effects.updates) {
    if (applied.has(u.state)) continue;
    const call = effects.calls[u.call];
    const entry = byInstance.get(call.inst) ?? { span: call.span, states: [] };
    if (!entry.states.includes(u.state)) entry.states.push(u.state);
    byInstance.set(call.inst, entry);
  }
  for (const [inst, { span, states }] of byInstance) {
    const names = states.map((n) => `'${n}'`).join(", ");
    warnings.push({ severity: "warning", span, message: `state ${names} never change${states.length === 1 ?
      "s" : ""}: '${inst}' updates ${states.length === 1 ? "it" : "them"} only in calls whose ` +
      `results no train step uses` });
  }
}
