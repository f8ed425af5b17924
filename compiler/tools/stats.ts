// `kiln stats`: what the optimizer did to each entry point and what running it costs. The
// model is compiled twice: at the level asked for, and at -O0 for the baseline, the bytes
// an op-by-op runtime would allocate (every intermediate tensor in a buffer of its own).
import { compile, type CompileOptions, type CompileResult } from "../compile.ts";
import type { PassRecord } from "../passes/pipeline.ts";
import type { GraphPasses } from "../model.ts";

export interface EntryReport {
  /** `predict`, `step <name>` or `gradients <loss> <mode>`. */
  entry: string;
  /** Node count after each pass, in pipeline order ("input" first); for an entry that is
   * another's (`sameAs`), that entry's. */
  passes: PassRecord[];
  /** The entry this one runs: both modes' gradients, when the modes elaborate alike. */
  sameAs?: string;
  /** Nodes as the front end builds the entry (-O0), and after optimization. */
  unoptimizedNodes: number;
  nodes: number;
  /** Kernel functions one run calls; fused groups among them. */
  kernels: number;
  fusedGroups: number;
  /** Kernel calls that run WebAssembly SIMD kernels in float32 modules. */
  simdKernels: number;
  /** Loop nodes that run as loops (a gradient's reverse loops included). */
  loops: number;
  flops: number;
  /** Bytes of all intermediate tensors at -O0, were each given its own buffer. */
  intermediateBytes: number;
  /** The same for the optimized graph. */
  optimizedIntermediateBytes: number;
  /** Scratch bytes the entry needs at its peak (its share of the arena). */
  peakScratchBytes: number;
}

export interface StatsReport {
  model: string;
  optimize: 0 | 1 | 2;
  dtype: "f32" | "f64";
  params: number;
  /** The one buffer a model instance allocates: its persistent part (params, state,
   * optimizer slots, folded constants, per-step scalars), the inputs' slots (each call copies its feeds there),
   * and the rest, scratch shared by all entries. */
  arenaBytes: number;
  persistentBytes: number;
  feedBytes: number;
  /** The forward graphs' passes, before differentiation. */
  forward: GraphPasses[];
  entries: EntryReport[];
  /** Each `for` loop of the model (and of the layers it calls): where it is, its steps, and
   * whether it is a loop node or was unrolled, and why. */
  loops: { at: string; steps: number; rolled: boolean; reason?: string }[];
}

/** The report, or the failed compile's result (with its diagnostics). */
export function modelStats(source: string, options: CompileOptions):
  { report: StatsReport } | { failed: CompileResult } {
  const level = options.optimize ?? 2;
  const dtype = options.dtype ?? "f32";
  const r = compile(source, { ...options, optimize: level, declarations: false });
  if (!r.ok) return { failed: r };
  const base = level === 0 ? r : compile(source, { ...options, optimize: 0, declarations: false });
  const bytesF = dtype === "f32" ? 4 : 8;
  const scratchBytes = (e: { scratchF: number; scratchI: number }) =>
    e.scratchF * bytesF + e.scratchI * 4;
  const stats = r.stats!;
  const records = r.ir!.passes ?? [];
  const forward = records.filter((p) => p.graph.startsWith("forward"));
  const perEntry = records.filter((p) => !p.graph.startsWith("forward"));
  const ir = r.ir!;
  const names = ["predict", ...ir.steps.map((s) => `step ${s.decl.name}`),
    ...ir.gradients.map((g) => `gradients ${g.loss} ${g.mode}`)];
  const maxF = Math.max(0, ...stats.entries.map((e) => e.scratchF));
  const maxI = Math.max(0, ...stats.entries.map((e) => e.scratchI));
  const entries = stats.entries.map((e, k): EntryReport => {
    const record = perEntry.find((p) => p.graph === names[k]);
    const sameAs = record?.sameAs;
    const passes = (sameAs === undefined ? record : perEntry.find((p) => p.graph === sameAs))
      ?.passes ?? [{ pass: "input", nodes: e.nodes }];
    return {
      entry: names[k],
      ...(sameAs === undefined ? {} : { sameAs }),
      passes,
      unoptimizedNodes: base.stats!.entries[k].nodes,
      nodes: e.nodes,
      kernels: e.kernels,
      fusedGroups: e.fusedGroups,
      simdKernels: e.simdKernels,
      loops: e.loops,
      flops: e.flops,
      intermediateBytes: base.stats!.entries[k].intermediates * bytesF,
      optimizedIntermediateBytes: e.intermediates * bytesF,
      peakScratchBytes: scratchBytes(e),
    };
  });
  const loops = ir.decls.loops.map((l) => ({ at: `${l.span.file}:${l.span.line}:${l.span.col}`,
    steps: l.steps, rolled: l.rolled, ...(l.reason === undefined ? {} : { reason: l.reason }) }));
  return { report: { model: ir.decls.name, optimize: level, dtype, params: stats.params,
    arenaBytes: stats.arenaBytes, persistentBytes: stats.arenaBytes - stats.feedBytes - maxF * bytesF - maxI * 4,
    feedBytes: stats.feedBytes,
    forward, entries, loops } };
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024
  ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`);
const flops = (n: number) => (n < 1e6 ? `${(n / 1e3).toFixed(1)} K` : n < 1e9
  ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e9).toFixed(2)} G`);

/** The report as a table, then each graph's node count after each pass. */
export function formatStats(s: StatsReport): string {
  const lines = [`model ${s.model} at -O${s.optimize}, ${s.dtype}: ${s.params} params; ` +
    `arena ${kb(s.arenaBytes)} (${kb(s.persistentBytes)} persistent, ${kb(s.feedBytes)} feeds, ` +
    `${kb(s.arenaBytes - s.persistentBytes - s.feedBytes)} scratch shared by the entries)`, ""];
  const head = ["entry", "nodes", "kernels", "fused", "SIMD", "loops", "FLOPs/run", "intermediates",
    "peak scratch", "scratch/intermediates"];
  const rows = s.entries.map((e) => [e.entry, `${e.unoptimizedNodes} -> ${e.nodes}`,
    String(e.kernels), String(e.fusedGroups), s.dtype === "f32" ? String(e.simdKernels) : "-",
    String(e.loops),
    flops(e.flops), kb(e.intermediateBytes),
    kb(e.peakScratchBytes),
    `${(100 * e.peakScratchBytes / Math.max(1, e.intermediateBytes)).toFixed(1)}%`]);
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(width[c])
    : v.padStart(width[c]))).join("  ").trimEnd();
  lines.push(line(head), ...rows.map(line), "");
  lines.push("intermediates: every tensor an entry computes, as -O0 builds it, " +
    "in a buffer of its own (a loop's body's once per step).");
  if (s.loops.length) {
    lines.push("", "loops:");
    for (const l of s.loops) {
      lines.push(`  ${l.at}: ${l.steps} steps, ${l.rolled ? "a loop" : `unrolled: ${l.reason}`}`);
    }
  }
  lines.push("", "nodes after each pass:");
  for (const g of [...s.forward, ...s.entries.map((e) => ({ graph: e.entry, passes: e.passes,
    sameAs: e.sameAs }))]) {
    lines.push(`  ${g.graph}: ${g.sameAs === undefined ? g.passes.map((p) => `${p.pass} ${p.nodes}`).join(", ")
      : `as ${g.sameAs}: the modes elaborate alike, so it is built once`}`);
  }
  return lines.join("\n");
}
