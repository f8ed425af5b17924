// Each workload's share of one core's 128-bit SIMD peak: the floating-point operations of
// Kiln's entry (as `kiln stats` counts them: 2MKN per product, the convolutions' and
// pooling's own counts, 1 per output element of every other op that runs) over its median
// time. The peak is what WebAssembly SIMD can reach on these machines (PERF-NOTES): two
// 4-lane multiplies and two 4-lane adds a cycle at ~3.3 GHz.
import { compile } from "../compiler/index.ts";
import { fmt } from "./harness.ts";

export const SIMD_PEAK_GFLOPS = 53;

/** Floating-point operations of one call of `entry` ("predict", "step0") of a model. */
export function entryFlops(source: string, dims: Record<string, number>, entry: string): number {
  const r = compile(source, { dims, declarations: false });
  const e = r.stats?.entries.find((x) => x.name === entry);
  if (!e) throw new Error(`no entry ${entry} in the benchmark model`);
  return e.flops;
}

export interface PeakShare {
  mflops: number;
  /** By wall-clock median, and by process CPU time (what a loaded machine inflates less). */
  gflops: number;
  cpuGflops: number;
  /** Of SIMD_PEAK_GFLOPS, 0-1. */
  share: number;
  cpuShare: number;
}

export function peakShare(flops: number, msPerCall: number, cpuMsPerCall: number): PeakShare {
  const gflops = flops / msPerCall / 1e6, cpuGflops = flops / cpuMsPerCall / 1e6;
  return { mflops: flops / 1e6, gflops, cpuGflops, share: gflops / SIMD_PEAK_GFLOPS,
    cpuShare: cpuGflops / SIMD_PEAK_GFLOPS };
}

/** "Kiln: 54.0 MFLOP per step, 24.1 GFLOP/s = 45% of the 53 GFLOP/s SIMD peak (CPU time:
 * 26.0 GFLOP/s = 49%); target ≥ 50%: missed (wall), missed (CPU)". */
export function peakLine(what: string, p: PeakShare, target?: number): string {
  const verdict = (share: number) => (target === undefined ? "" : share >= target ? "met" : "missed");
  return `Kiln: ${fmt(p.mflops)} MFLOP per ${what}, ${fmt(p.gflops)} GFLOP/s = ` +
    `${fmt(100 * p.share)}% of the ${SIMD_PEAK_GFLOPS} GFLOP/s SIMD peak (CPU time: ` +
    `${fmt(p.cpuGflops)} GFLOP/s = ${fmt(100 * p.cpuShare)}%)` +
    (target === undefined ? "" : `; target ≥ ${100 * target}%: ${verdict(p.share)} (wall), ` +
      `${verdict(p.cpuShare)} (CPU)`) + "\n";
}
