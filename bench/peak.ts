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
  gflops: number;
  /** Of SIMD_PEAK_GFLOPS, 0-1. */
  share: number;
}

export function peakShare(flops: number, msPerCall: number): PeakShare {
  const gflops = flops / msPerCall / 1e6;
  return { mflops: flops / 1e6, gflops, share: gflops / SIMD_PEAK_GFLOPS };
}

/** "Kiln: 54.0 MFLOP per step, 24.1 GFLOP/s = 45% of the SIMD peak (target ≥ 50%: missed)". */
export function peakLine(what: string, p: PeakShare, target?: number): string {
  return `Kiln: ${fmt(p.mflops)} MFLOP per ${what}, ${fmt(p.gflops)} GFLOP/s = ` +
    `${fmt(100 * p.share)}% of the ${SIMD_PEAK_GFLOPS} GFLOP/s SIMD peak` +
    (target === undefined ? "" : ` (target ≥ ${100 * target}%: ${p.share >= target ? "met" : "missed"})`) +
    "\n";
}
