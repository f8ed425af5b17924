// Timing for the benchmarks. The machine is shared and noisy (PERF-NOTES: whole minutes at
// 0.6-0.7x speed), so contenders of one workload run in the same process, in interleaved
// rounds, and are compared by the median of their rounds: a slow minute hits all of them.
import { cpus } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";

/** One implementation of a workload: `step()` does one call (a training step, a batch). */
export interface Contender {
  name: string;
  step: () => unknown;
  /** Samples processed by one call (the batch size); 0 for non-sample work. */
  samples: number;
  /** Untimed set-up before each of its rounds (switching TF.js backends). */
  enter?: () => Promise<unknown>;
  /** Runs `n` calls and times them where they run (in a browser page), in seconds; without
   * it, measure() calls step() here and times it itself. */
  time?: (n: number) => Promise<{ wall: number; cpu: number }>;
}

export interface Timing {
  name: string;
  /** Median seconds per call, wall clock and process CPU time. */
  seconds: number;
  cpuSeconds: number;
  /** Samples per second from the wall-clock median. */
  samplesPerSec: number;
  calls: number;
  /** Seconds per call in each round, in the order run. */
  rounds: number[];
}

export interface MeasureOptions {
  warmupMs: number;
  rounds: number;
  roundMs: number;
}

export const FULL: MeasureOptions = { warmupMs: 1500, rounds: 7, roundMs: 300 };
/** Just enough to run every path once or twice (the vitest smoke test). */
export const QUICK: MeasureOptions = { warmupMs: 0, rounds: 1, roundMs: 0 };

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

async function call(c: Contender, async: boolean): Promise<void> {
  if (async) await c.step();
  else c.step();
}

/** Warms every contender up, then times them round-robin; returns one Timing each. */
export async function measure(contenders: readonly Contender[], o: MeasureOptions): Promise<Timing[]> {
  const reps: number[] = [];
  const isAsync: boolean[] = [];
  for (const c of contenders) {
    await c.enter?.();
    let n = 1, per: number;
    if (c.time) {
      // Batches of doubling size, each timed where it runs, until the warm-up is spent.
      let seconds = (await c.time(1)).wall;
      while (seconds * 1000 < o.warmupMs || n < 2) {
        seconds += (await c.time(n)).wall;
        n *= 2;
      }
      per = (seconds * 1000) / n;
      isAsync.push(true);
    } else {
      isAsync.push(c.step() instanceof Promise);
      if (isAsync.at(-1)) await c.step();
      const t0 = performance.now();
      while (performance.now() - t0 < o.warmupMs || n < 2) {
        await call(c, isAsync.at(-1)!);
        n++;
      }
      per = (performance.now() - t0) / n;
    }
    reps.push(Math.max(1, Math.round(o.roundMs / Math.max(per, 1e-3))));
  }
  const wall: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  for (let r = 0; r < o.rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[k], n = reps[k];
      await c.enter?.();
      if (c.time) {
        const t = await c.time(n);
        wall[k].push(t.wall / n);
        cpu[k].push(t.cpu / n);
        continue;
      }
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      if (isAsync[k]) for (let i = 0; i < n; i++) await c.step();
      else for (let i = 0; i < n; i++) c.step();
      const t1 = performance.now();
      const dc = process.cpuUsage(c0);
      wall[k].push((t1 - t0) / 1000 / n);
      cpu[k].push((dc.user + dc.system) / 1e6 / n);
    }
  }
  return contenders.map((c, k) => {
    const seconds = median(wall[k]);
    return { name: c.name, seconds, cpuSeconds: median(cpu[k]), calls: reps[k] * o.rounds,
      samplesPerSec: c.samples / seconds, rounds: wall[k] };
  });
}

/** A Markdown table with padded columns, readable in a terminal and pasteable into docs. */
export function table(head: readonly string[], rows: readonly (string | number)[][]): string {
  const cells = [head.map(String), ...rows.map((r) => r.map((v) => (typeof v === "number" ? fmt(v) : v)))];
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"));
  const w = head.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((v, i) => (right[i] ? v.padStart(w[i]) : v.padEnd(w[i]))).join(" | ")} |`;
  const rule = `|${w.map((x, i) => (right[i] ? `${"-".repeat(x + 1)}:` : "-".repeat(x + 2))).join("|")}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

/** Three significant digits, thousands grouped: what the tables show. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString("en-US");
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

export function machine(): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Writes bench/results/<workload>.json. */
export function writeResult(workload: string, data: unknown): string {
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${workload}.json`, dir);
  writeFileSync(file, JSON.stringify({ workload, date: new Date().toISOString(), machine: machine(),
    ...(data as object) }, null, 2) + "\n");
  return `bench/results/${workload}.json`;
}
