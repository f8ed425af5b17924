// What the training-step workloads share. Each implementation starts from the same weights
// (Kiln's seeded initialisation, copied) and cycles over the same batches; before timing, fresh
// instances of each train a few steps and their losses are compared step by step, so a table
// compares one model computed several ways, not several models.
import type { LiveModule } from "../compiler/index.ts";
import { type Contender, type MeasureOptions, measure, type Timing } from "./harness.ts";

/** One implementation of a training step: `step()` returns the loss before the update (a
 * promise of it where the step runs elsewhere, in a browser page). */
export interface Trainer {
  name: string;
  step: () => number | Promise<number>;
  /** Untimed set-up before each of its rounds (switching TF.js backends). */
  enter?: () => Promise<unknown>;
  /** Times n steps where they run (a browser page): Contender.time. */
  time?: (n: number) => Promise<{ wall: number; cpu: number }>;
}

/** Batches of inputs x and labels y that steps cycle through. */
export interface Batches {
  x: Float32Array[];
  y: Int32Array[];
}

/** A fresh Kiln instance of `m` holding `weights`, training on `d`'s batches in turn. */
export function kilnTrainer(m: LiveModule, weights: Record<string, Float32Array>, d: Batches): Trainer {
  const model = m.create({ seed: 1 });
  for (const [k, v] of Object.entries(weights)) model.params[k].set(v);
  let i = 0;
  const step = () => {
    const k = i++ % d.x.length;
    return model.train({ x: d.x[k], y: d.y[k] });
  };
  return { name: "Kiln", step };
}

export interface Row {
  impl: string;
  samplesPerSec: number;
  msPerCall: number;
  cpuMsPerCall: number;
  /** Kiln's samples/s over this implementation's. */
  kilnRatio: number;
}

/** Table rows of timings whose first entry is Kiln's. */
export const rows = (t: Timing[]): Row[] => t.map((x) => ({ impl: x.name, samplesPerSec: x.samplesPerSec,
  msPerCall: x.seconds * 1e3, cpuMsPerCall: x.cpuSeconds * 1e3, kilnRatio: t[0].samplesPerSec / x.samplesPerSec }));

export function contenders<T extends Pick<Contender, "name" | "enter" | "time">>(list: T[], batch: number,
  call: (t: T) => unknown): Contender[] {
  return list.map((t) => ({ name: t.name, samples: batch, step: () => call(t), enter: t.enter, time: t.time }));
}

export interface TrainTiming {
  /** Losses of the first steps from the same weights and batches, per implementation. */
  check: Record<string, number[]>;
  /** The largest difference from Kiln's loss at the same step. */
  maxLossDiff: number;
  rows: Row[];
}

/** Checks that the trainers `make()` returns agree over `checkSteps` steps (throws if a loss
 * differs from the first one's, Kiln's, by more than `tolerance`: the table would compare
 * different models), then times a fresh set of them. */
export async function timeTraining(make: () => Promise<Trainer[]>, batch: number, o: MeasureOptions,
  checkSteps = 3, tolerance = 1e-4): Promise<TrainTiming> {
  const check: Record<string, number[]> = {};
  for (const t of await make()) {
    await t.enter?.();
    check[t.name] = [];
    for (let k = 0; k < checkSteps; k++) check[t.name].push(await t.step());
  }
  const ref = Object.values(check)[0];
  const maxLossDiff = Math.max(0, ...Object.values(check)
    .flatMap((l) => l.map((v, k) => Math.abs(v - ref[k]))));
  if (!(maxLossDiff <= tolerance)) {
    throw new Error(`the implementations' first losses differ by ${maxLossDiff}: ` +
      JSON.stringify(check));
  }
  const t = await measure(contenders(await make(), batch, (x) => x.step()), o);
  return { check, maxLossDiff, rows: rows(t) };
}
