// The training calls of a module that has them: train (one optimizer step, whose updates are
// part of the step's own kernels), gradients, and the learning rate of each step.
import { Rng } from "../rng.ts";
import type { Float } from "../types.ts";
import { type Core, checkPersistent, floatViews, runEntry, takeFeeds, undoable } from "./core.ts";
import type { Run } from "./tables.ts";

export function trainApi(c: Core, runs: readonly Run[], setRng: (r: Rng) => void) {
  const t = c.t;
  const steps = t.steps.map((s) => s.name);
  const lrs = new Float64Array(t.steps.map((s) => s.args.lr as number));
  const seeded = new Rng(0);
  const quoted = (names: readonly string[]) => names.map((s) => `'${s}'`).join(", ");

  function stepIndex(step: unknown, what: string): number {
    if (step === undefined) {
      if (steps.length === 1) return 0;
      throw new TypeError(steps.length ? `${what} needs a step name: this model has steps ` +
        quoted(steps) : `${what}: this model has no train step`);
    }
    const i = steps.indexOf(step as string);
    if (i < 0) {
      throw new TypeError(`${what}: no train step '${String(step)}'; this model has ` +
        (steps.length ? quoted(steps) : "none"));
    }
    return i;
  }

  /** Sets a float64 scalar and its float copy, which SIMD kernels read. */
  const setHyper = (at: { h: number; f: number }, v: number) => { c.H[at.h] = v; c.F[at.f] = v; };

  function train(feeds: unknown, step?: unknown): number {
    const k = stepIndex(step, "train");
    const s = t.steps[k];
    const what = `train '${s.name}'`;
    takeFeeds(c, 1 + k, feeds, what);
    return undoable(c, () => {
      setHyper(s.lr, lrs[k]);
      setHyper(s.t, ++c.stepCount[k]);
      runEntry(c, 1 + k, runs[1 + k], what);
      const loss = c.F[s.value];
      if (c.checkFinite) checkPersistent(c, what, `after the ${s.optimizer} update, `);
      return loss;
    });
  }

  const firstGradients = 1 + t.steps.length;
  // Gradients of feeds that vary have the batch fed's rows: views made once per batch size.
  const gradViews = new Map<number, Readonly<Record<string, Float>>>();
  const bound = t.batch?.bound ?? 1;
  const gradViewsAt = (k: number, n: number) => {
    const key = k * (bound + 1) + n;
    let v = gradViews.get(key);
    if (!v) {
      v = floatViews(c, t.gradients[k].grads.map((g) => (g.lead
        ? { ...g, size: (g.size / bound) * n } : g)));
      gradViews.set(key, v);
    }
    return v;
  };

  function gradients(feeds: unknown, opts: unknown = {}): { value: number; grads: Readonly<Record<string, Float>> } {
    if (opts === null || typeof opts !== "object") {
      throw new TypeError(`gradients: options must be an object like { loss, mode, seed }, not ${
        opts === null ? "null" : typeof opts}`);
    }
    const o = opts as { loss?: unknown; mode?: unknown; seed?: unknown };
    for (const key of Object.keys(o)) {
      if (key !== "loss" && key !== "mode" && key !== "seed") {
        throw new TypeError(`gradients: unknown option '${key}'; the options are loss, mode and seed`);
      }
    }
    const loss = o.loss === undefined ? (c.meta.losses as string[])[0] : o.loss;
    const mode = o.mode === undefined ? "train" : o.mode;
    if (mode !== "train" && mode !== "eval") {
      throw new TypeError(`gradients: mode must be 'train' or 'eval', not ${String(mode)}`);
    }
    const k = t.gradients.findIndex((g) => g.loss === loss && g.mode === mode);
    if (k < 0) {
      throw new TypeError(`gradients: no loss named '${String(loss)}'; the model's losses are ` +
        (quoted(c.meta.losses as string[]) || "none"));
    }
    if (o.seed !== undefined && (typeof o.seed !== "number" || !Number.isFinite(o.seed))) {
      throw new TypeError(`gradients: seed must be a finite number, not ${String(o.seed)}`);
    }
    const e = firstGradients + k;
    takeFeeds(c, e, feeds, "gradients");
    if (o.seed !== undefined) { seeded.seed(o.seed); setRng(seeded); }
    try {
      undoable(c, () => runEntry(c, e, runs[e], "gradients"));
    } finally {
      setRng(c.rng);
    }
    return { value: c.F[t.gradients[k].value], grads: gradViewsAt(k, c.rows) };
  }

  function setLearningRate(step: unknown, lr: unknown): void {
    if (typeof lr !== "number" || !(lr >= 0) || !Number.isFinite(lr)) {
      throw new TypeError(`setLearningRate: lr must be a finite number >= 0, not ${String(lr)}`);
    }
    lrs[stepIndex(step, "setLearningRate")] = lr;
  }

  return {
    train,
    gradients,
    setLearningRate,
    getLearningRate: (step: unknown) => lrs[stepIndex(step, "getLearningRate")],
  };
}
