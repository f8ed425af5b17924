// What the emitter's stages share about an entry's memory (entry.ts lays it out, loop.ts
// runs a loop's body in it, destinations.ts says where values must end): the options an
// entry is laid out with, what the layout decided, where a loop's body reads and writes, and
// the figures and kernel calls an entry leaves.
import type { Node } from "../ir/types.ts";
import type { FloatDtype } from "./js/types.ts";
import type { Ref } from "./js/loops.ts";
import type { KernelCache } from "./kernels.ts";
import type { WasmKernels } from "./wasm/kernels.ts";

export interface EntryStats {
  name: string;
  /** Nodes of the entry graph and of its loops' bodies. */
  nodes: number;
  /** Kernel calls in the entry's code (one per group; a loop's body counts once). */
  kernels: number;
  /** Groups that run more than one node in one loop nest. */
  fusedGroups: number;
  /** Kernel calls that run a WebAssembly SIMD kernel where the module has them (float32). */
  simdKernels: number;
  /** Loops that run as loops. */
  loops: number;
  /** Float and int scratch elements this entry needs at its peak. */
  scratchF: number;
  scratchI: number;
  /** Elements of all intermediate tensors, were each given its own buffer (a loop's body's
   * once per step). */
  intermediates: number;
  /** Floating-point operations per run (OpDef.flops, default 1 per output element). */
  flops: number;
}

/** One kernel call, for the finite-value checks: what it computes and where the result is. */
export interface Launch {
  node: Node;
  ref: Ref;
  /** The other ops of its fused group. */
  fused: readonly Node[];
  /** The loops it runs in, outermost first. */
  loops: readonly LoopFrame[];
}

export interface EntryOptions {
  /** Let elementwise loops write over an input buffer that dies in them. */
  inPlace: boolean;
  /** Let elementwise loops read slices and transposes in place, as strided views. */
  views: boolean;
  /** Where a folded constant tensor (`tensor_const`) lives. */
  constant: (n: Node) => Ref;
  /** The module's float type, which picks how elementwise ops compute (JsOp.expr). */
  dtype: FloatDtype;
  /** Params, state and slots by name: their offsets in F. */
  persistent: ReadonlyMap<string, number>;
  /** Per-step scalars by name: their offsets in H (float64) and in F (a float copy). */
  hypers: ReadonlyMap<string, { h: number; f: number }>;
  /** Each input's slot. */
  feeds: ReadonlyMap<string, Ref>;
  /** Where scratch starts in F and I (past the persistent tensors and the feeds' slots). */
  fBase: number;
  iBase: number;
  kernels: KernelCache;
  /** The module's SIMD kernels (float32 modules). */
  simd?: WasmKernels;
  /** Set when the graph is a loop's body: where its inputs are at each step, where its
   * outputs go, and the loops it runs in. */
  body?: BodyPlace;
  /** A bounded dim (`dim B <= 64`): its bound, and where the module keeps the batch fed
   * (a per-call scalar in H), which each run reads first (compiler/ir/lead.ts). */
  rows?: { bound: number; h: number };
}

/** What the layout decided for each node (by id), shared by the code that follows it. */
export interface Layout {
  runs: (n: Node) => boolean;
  copies: ReadonlySet<number>;
  views: ReadonlySet<number>;
  /** The node whose buffer each node's value is in. */
  buffer: number[];
  /** Where each node runs: its group's place. */
  at: number[];
  stored: ReadonlySet<number>;
  /** Values computed where they must end (Dest), by the node whose buffer it is. */
  home: ReadonlyMap<number, Ref>;
  /** Concat inputs computed in their slice of the concat's output (slices.ts), by node. */
  slices: ReadonlyMap<number, Slice>;
  /** The kernels' groups (members in node order) in run order. */
  groups: readonly number[][];
  /** Products stored only so that their epilogue writes a step's new param where the param
   * lives (their sums are read by nothing else). */
  sumsOnly: Set<number>;
}

/** Where a concat input is computed: elements past the concat's place, with the concat's
 * strides where the slice is not contiguous. */
export interface Slice {
  concat: number;
  offset: number;
  strides?: readonly number[];
}

/** A loop around some code: its step variable (`t0`, `t1` when nested) and its node. */
export interface LoopFrame {
  variable: string;
  node: Node;
}

/** Where a body reads and writes at each step (EntryOptions.body). */
export interface BodyPlace {
  /** Each input's place at this step, by input number (undefined: the body does not read
   * it). */
  args: (Ref | undefined)[];
  /** The step index's slot. */
  index?: Ref;
  /** Where each body output must end, by output number. */
  dests: Dest[][];
  loops: LoopFrame[];
}

export interface Dest {
  /** Where the value must end; with `strides`, a place that is not contiguous (a row of a
   * loop's stacked output along a later axis), which is only ever copied to. */
  ref: Ref;
  /** The node holding what the place held before (a param, a carry's arg), whose readers
   * must all have run before the value may be computed there. */
  leaf?: number;
}

