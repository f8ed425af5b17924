// One entry point (predict, a train step, a gradients entry), or one loop's body: its memory
// plan and its code. Every node with code runs in a group (compiler/passes/fuseOps.ts;
// unfused nodes are groups of one), each group is one kernel function (shared through the
// module's KernelCache), and the entry calls them in order; a loop is a group of its own
// that runs its body's kernels in a `for` (compiler/emit/loop.ts). Only values read outside
// their group are stored; their buffers share one scratch region by liveness, (with
// `inPlace`) an elementwise loop writes over an input that dies in it, and values that must
// end somewhere else (a step's new params, state and slots; a body's carries and stacked
// rows: destinations.ts) are computed there when nothing reads the old values after them.
import type { Graph, GraphOutput, Node, Shape } from "../ir/types.ts";
import { readersOf, writesBack } from "../ir/graph.ts";
import { strides } from "../ir/tensor.ts";
import { sameShape, size } from "../ir/shape.ts";
import { planMemory, type Interval } from "./memory.ts";
import { OPS } from "../ops/table.ts";
import { JS_OPS } from "./js/ops.ts";
import { sections } from "../passes/fuseOps.ts";
import { groupKernel } from "./fused.ts";
import { elementwiseSimd, literalsOf } from "./simd.ts";
import { elementwiseLoop, lit, Namer, readStrides, type Ref, ROWS } from "./js/loops.ts";
import { KernelParams, structureKey, type Written } from "./kernels.ts";
import { boundedKernel } from "./bounded.ts";
import type { EmitContext } from "./js/types.ts";
import { copiesBack, homes, sameRef, trimOnes } from "./destinations.ts";
import { concatSlices, sliceRef } from "./slices.ts";
import { loopCode, loopSite, workspace } from "./loop.ts";
import type { BodyPlace, Dest, EntryOptions, EntryStats, Launch, Layout, Slice } from "./plan.ts";

export type { EntryOptions, EntryStats, Launch };

export interface CompiledEntry {
  /** `function run_<tag>(check)`: every kernel call in order, each followed by `check(k)`
   * when a check is given (create({ checkFinite: true })); inside a loop, `check(k, offset,
   * step...)`, where its result is at this step. */
  code: string;
  refs: Ref[];
  /** Every kernel call in the order the checks number them. */
  launches: Launch[];
  stats: EntryStats;
  feeds: string[];
}

/** A slice or transpose of `src` (of shape `from`) as a strided view of src's memory. */
function viewRef(n: Node, src: Ref, from: Shape): Ref {
  const st = src.strides ?? strides(from);
  if (n.op === "transpose") {
    return { ...src, strides: (n.attrs.perm as number[]).map((p) => st[p]) };
  }
  const base = (n.attrs.begin as number[]).reduce((acc, b, d) => acc + b * st[d], 0);
  const off = typeof src.off === "number" ? src.off + base : `${src.off} + ${base}`;
  return { ...src, off, strides: st };
}

/** An alias of a view: the same strides, for axes of 1 added or dropped. */
function reshapeRef(src: Ref, from: Shape, to: Shape): Ref {
  if (!src.strides) return src;
  const kept = src.strides.filter((_, k) => from[k] !== 1);
  let k = 0;
  return { ...src, strides: to.map((d) => (d === 1 ? 0 : kept[k++])) };
}

const trimUnits = (s: Shape) => s.filter((d) => d !== 1);

/** Lays out and emits one entry graph, or one loop's body. */
export class EntryEmitter {
  private readonly refs: Ref[] = [];
  /** Each node's part of a kernel's structure key (kernels.ts), made once. */
  private readonly descs: number[] = [];
  private dests?: (out: GraphOutput, k: number) => readonly Dest[];
  private readonly statements: string[] = [];
  private simdCalls = 0;
  private loops = 0;
  private extraNodes = 0;
  private extraStats = { intermediates: 0, flops: 0, fusedGroups: 0 };
  /** A loop's place for its carries, index and body (elements of F and I). */
  private readonly workspaces = new Map<number, { f: number; i: number }>();

  constructor(private readonly g: Graph, private readonly tag: string,
    private readonly options: EntryOptions, readonly launches: Launch[] = []) {}

  compile(): CompiledEntry {
    const r = this.run();
    // An integer (H holds doubles): loop bounds stay small integers to V8.
    const rows = this.options.rows ? `const ${ROWS} = H[${this.options.rows.h}] | 0;\n` : "";
    return { code: `function run_${this.tag}(c) {\n${rows}${r.code}}\n`, refs: this.refs,
      launches: this.launches, feeds: r.feeds, stats: r.stats };
  }

  /** The statements of one run (for a body: one step), its feeds and its figures. */
  run(): { code: string; feeds: string[]; stats: EntryStats } {
    const g = this.g;
    const lay = this.layout();
    const { runs, copies, buffer, at, stored, home } = lay;
    const lastUse = at.slice();
    for (let id = 0; id < g.nodes.length; id++) {
      const n = g.nodes[id];
      if (!runs(n)) continue;
      for (let k = 0; k < n.inputs.length; k++) {
        const b = buffer[n.inputs[k]];
        lastUse[b] = Math.max(lastUse[b], at[id]);
      }
    }
    for (const o of g.outputs) lastUse[buffer[o.node]] = g.nodes.length;
    // A concat's place holds its inputs computed in place as long as they are read.
    for (const [id, s] of lay.slices) lastUse[s.concat] = Math.max(lastUse[s.concat], lastUse[id]);
    const groups = lay.groups;
    if (this.options.inPlace) {
      for (const members of groups) this.writeInPlace(members, buffer, lastUse, lay);
    }
    const owners = [...stored].filter((id) => buffer[id] === id && !home.has(id) &&
      !lay.slices.has(id)).sort((a, b) => a - b);
    // A concat's place holds its inputs computed in place from the first of them on.
    const start = at.slice();
    for (const [id, s] of lay.slices) start[s.concat] = Math.min(start[s.concat], at[id]);
    const plans = { f: [] as Interval[], i: [] as Interval[] };
    const which = { f: [] as number[], i: [] as number[] };
    for (const id of owners) {
      const n = g.nodes[id];
      if (n.op === "loop") continue;
      // A kernel's scratch (OpDef.scratch) sits just past its output and lives as long.
      const extra = JS_OPS[n.op].scratch?.(n, n.inputs.map((i) => g.nodes[i])) ?? 0;
      plans[n.dtype].push({ size: size(n.shape) + extra, start: start[id], end: lastUse[id] });
      which[n.dtype].push(id);
    }
    // A loop's workspace lives while it runs.
    for (let id = 0; id < g.nodes.length; id++) {
      const n = g.nodes[id];
      if (n.op !== "loop" || !runs(n)) continue;
      const ws = workspace(this.site(n, lay), this.bodyCompiler());
      this.workspaces.set(n.id, ws);
      for (const d of ["f", "i"] as const) {
        if (ws[d] === 0) continue;
        plans[d].push({ size: ws[d], start: at[n.id], end: at[n.id] });
        which[d].push(-1 - n.id);
      }
    }
    const pf = planMemory(plans.f), pi = planMemory(plans.i);
    const o = this.options;
    const base = { f: o.fBase, i: o.iBase };
    for (const d of ["f", "i"] as const) {
      const offsets = d === "f" ? pf.offsets : pi.offsets;
      which[d].forEach((id, k) => {
        const off = base[d] + offsets[k];
        if (id >= 0) this.refs[id] = { arr: d === "f" ? "F" : "I", off };
        else this.workspaces.get(-1 - id)![d] = off;
      });
    }
    for (const [id, ref] of home) this.refs[id] = ref;
    for (const [id, s] of lay.slices) this.refs[id] = sliceRef(this.refs[s.concat], s);
    const feeds = this.bindLeaves(lay);
    for (const members of groups) {
      const first = g.nodes[members[0]];
      const placed = this.placed(first, lay);
      if (first.op === "loop") this.loop(first, lay);
      // A concat whose inputs were all computed in place has nothing left to copy.
      else if (members.length === 1 && placed.size === first.inputs.length && placed.size) continue;
      // A reduction alone is a group too: fused.ts writes its SIMD kernel.
      else if (members.length === 1 && OPS[first.op].kind !== "reduce") this.kernel(first, placed);
      else this.group(members, stored, members.some((m) => lay.sumsOnly.has(m)));
    }
    const copies2 = copiesBack(g, this.destinations(), this.refs, this.options.kernels);
    const figures = this.figures(runs, copies, groups);
    return { code: this.statements.join("") + copies2, feeds, stats: { name: this.tag,
      nodes: g.nodes.length + this.extraNodes, kernels: this.launches.length,
      simdKernels: this.simdCalls, loops: this.loops, scratchF: pf.total, scratchI: pi.total,
      ...figures } };
  }

  /** Which nodes run, which buffer each value is in, where each group runs, what is stored,
   * and which values are computed where they must end. */
  private layout(): Layout {
    const g = this.g;
    const outputs = new Set(g.outputs.map((o) => o.node));
    // A param or state whose value at the step's start is written back under another name
    // (`update a = w`) is copied first: its own memory may be updated in place before the
    // end of the step.
    const persistentSources = new Set(g.outputs.filter((o) => writesBack(o.role) &&
      ["param", "state"].includes(g.nodes[o.node].op) && g.nodes[o.node].attrs.name !== o.name)
      .map((o) => o.node));
    const views = this.options.views ? this.views(outputs) : new Set<number>();
    const copies = new Set(g.nodes.filter((n) => this.needsCopy(n, outputs, views) ||
      persistentSources.has(n.id)).map((n) => n.id));
    // Asked a few times per edge: decided once per node.
    const running = new Uint8Array(g.nodes.length);
    for (let id = 0; id < g.nodes.length; id++) {
      const kind = OPS[g.nodes[id].op].kind;
      running[id] = +(copies.has(id) || (!views.has(id) && kind !== "leaf" && kind !== "alias"));
    }
    const runs = (n: Node) => running[n.id] === 1;
    // An alias or a view shares its input's buffer (unless it is an output copied to a buffer
    // of its own), so its readers keep that buffer alive.
    const buffer = g.nodes.map((n) => n.id);
    for (let id = 0; id < g.nodes.length; id++) {
      const n = g.nodes[id];
      // (A per-step slice viewed in place is a leaf: its memory is the loop's input.)
      const shares = (OPS[n.op].kind === "alias" && !copies.has(n.id)) ||
        (views.has(n.id) && n.op !== "arg");
      if (shares) buffer[n.id] = buffer[n.inputs[0]];
    }
    // Where each node runs: at its group's last node; a loop's outputs, with the loop. An
    // output's copy runs once its source is made, which may be later than the copy's own
    // place when the source fused.
    const at = g.nodes.map((n) => n.group ?? n.id);
    for (let id = 0; id < g.nodes.length; id++) {
      if (g.nodes[id].op === "loop_output") at[id] = at[g.nodes[id].inputs[0]];
    }
    for (const id of copies) {
      const n = g.nodes[id];
      if (OPS[n.op].kind === "alias") at[id] = Math.max(id, at[buffer[n.inputs[0]]]);
    }
    const lay = { runs, copies, views, buffer, at, stored: new Set<number>(),
      home: new Map<number, Ref>(), slices: new Map<number, Slice>(), groups: [] as number[][],
      sumsOnly: new Set<number>() };
    lay.groups = this.groups(lay);
    // A member is stored if it is an output, read outside its group, or its group's last; a
    // loop's outputs, always (the loop writes them).
    const stored = lay.stored;
    for (const members of lay.groups) stored.add(members.at(-1)!);
    for (let id = 0; id < g.nodes.length; id++) {
      const n = g.nodes[id];
      if (n.op === "loop_output" || n.op === "loop") stored.add(n.id);
      for (let k = 0; k < n.inputs.length; k++) {
        const src = buffer[n.inputs[k]];
        const outside = !runs(n) || copies.has(n.id) || at[n.id] !== at[src];
        if (runs(g.nodes[src]) && outside) stored.add(src);
      }
    }
    for (const o of outputs) if (runs(g.nodes[buffer[o]])) stored.add(buffer[o]);
    // A product whose epilogue makes a step's new param (a weight gradient fused with its
    // optimizer update) keeps its sums in a buffer of their own, and its epilogue writes the
    // param where it lives (fused.ts). Written into the group's last member, the sums would
    // overwrite the param before the epilogue read it, so the new value was made aside and
    // copied back after the step (400 KB a step for the MNIST MLP's first layer).
    if (!this.options.body) {
      const product = new Map<number, number>();
      for (const m of lay.groups) {
        const core = m.length > 1 ? m.find((id) => g.nodes[id].op === "matmul") : undefined;
        if (core !== undefined) product.set(m.at(-1)!, core);
      }
      for (const o of g.outputs) {
        const core = writesBack(o.role) ? product.get(o.node) : undefined;
        if (core === undefined || stored.has(core)) continue;
        stored.add(core);
        lay.sumsOnly.add(core);
      }
    }
    // Values that must end somewhere else take no scratch, and no other buffer.
    if (this.options.inPlace) {
      lay.home = homes(g, this.destinations(), lay);
      lay.slices = concatSlices(g, lay, this.destinations());
    }
    return lay;
  }

  /** Groups (members in node order) in run order; a copy runs after the group it copies. */
  private groups(lay: Layout): number[][] {
    const byRoot = new Map<number, number[]>();
    const order: { place: number; members: number[] }[] = [];
    for (let id = 0; id < this.g.nodes.length; id++) {
      const n = this.g.nodes[id];
      if (!lay.runs(n)) continue;
      if (lay.copies.has(n.id)) {
        order.push({ place: lay.at[n.id] + 0.5, members: [n.id] });
        continue;
      }
      let members = byRoot.get(lay.at[n.id]);
      if (!members) {
        byRoot.set(lay.at[n.id], members = []);
        order.push({ place: lay.at[n.id], members });
      }
      members.push(n.id);
    }
    return order.sort((a, b) => a.place - b.place).map((e) => e.members);
  }

  /** Where each graph output must end besides its own buffer: a step's new params, state
   * and slots where they live; a body's outputs where its loop says. Found once per entry
   * (the layout asks twice, the copies back once more). */
  private destinations(): (out: GraphOutput, k: number) => readonly Dest[] {
    return this.dests ??= this.findDestinations();
  }

  private findDestinations(): (out: GraphOutput, k: number) => readonly Dest[] {
    const o = this.options;
    const body = o.body;
    if (body) return (_out, k) => body.dests[k];
    // The leaf each written name is read from, found once (a step writes every param and slot).
    const leaves = new Map<unknown, number>();
    for (let id = 0; id < this.g.nodes.length; id++) {
      const m = this.g.nodes[id];
      if ((m.op === "param" || m.op === "state") && !leaves.has(m.attrs.name)) {
        leaves.set(m.attrs.name, m.id);
      }
    }
    return (out) => {
      if (!writesBack(out.role)) return [];
      return [{ ref: { arr: "F", off: o.persistent.get(out.name)! }, leaf: leaves.get(out.name) }];
    };
  }

  /** Where the leaves, aliases and views are; returns the feeds the entry reads. */
  private bindLeaves(lay: Layout): string[] {
    const g = this.g;
    const feeds = new Set<string>();
    const owner = (x: number): number => (lay.buffer[x] === x ? x : owner(lay.buffer[x]));
    for (let id = 0; id < g.nodes.length; id++) {
      const n = g.nodes[id];
      // An input that is also an output is copied by a kernel, but is still a feed.
      if (n.op === "input") feeds.add(n.attrs.name as string);
      if (lay.stored.has(n.id)) { this.refs[n.id] = this.refs[owner(n.id)]; continue; }
      if (lay.runs(n)) continue;
      const [src, from] = [this.refs[n.inputs[0]], g.nodes[n.inputs[0]]?.shape];
      if (lay.views.has(n.id) && n.op !== "arg") this.refs[n.id] = viewRef(n, src, from);
      else if (OPS[n.op].kind === "alias") this.refs[n.id] = reshapeRef(src, from, n.shape);
      else this.refs[n.id] = this.leafRef(n);
    }
    return [...feeds];
  }

  private figures(runs: (n: Node) => boolean, copies: ReadonlySet<number>, groups: readonly number[][]) {
    const g = this.g;
    const intermediates = g.nodes.filter((n) => runs(n) && n.op !== "loop")
      .reduce((s, n) => s + size(n.shape), 0);
    const flops = g.nodes.filter((n) => runs(n) && !copies.has(n.id) && OPS[n.op].kind !== "loop" &&
      OPS[n.op].kind !== "part").reduce((s, n) => s +
      size(n.shape) * (OPS[n.op].flops?.(n, n.inputs.map((i) => g.nodes[i])) ?? 1), 0);
    const fused = groups.filter((m) => m.length > 1 && g.nodes[m[0]].op !== "loop").length;
    return { intermediates: intermediates + this.extraStats.intermediates,
      flops: flops + this.extraStats.flops, fusedGroups: fused + this.extraStats.fusedGroups };
  }

  /**
   * Lets stored members of an elementwise loop (or of a reduction's elementwise parts) take
   * the buffer of an input that dies in this group: same size, read at the same index as
   * the member is written, and read before it is written (loops read every input first).
   */
  private writeInPlace(members: number[], buffer: number[], lastUse: number[], lay: Layout): void {
    const g = this.g;
    const { stored, views, home } = lay;
    const root = members.at(-1)!;
    // A product writes its whole result before its epilogue reads anything; a loop writes
    // its outputs step by step.
    if (members.some((m) => g.nodes[m].op === "matmul" || g.nodes[m].op === "loop")) return;
    const secs = sections(g, members);
    const owner = (x: number): number => (buffer[x] === x ? x : owner(buffer[x]));
    // Read through a view (under any aliases), a buffer is not read at the loop's index.
    const viewed = (x: number): boolean => views.has(x) ||
      (OPS[g.nodes[x].op].kind === "alias" && viewed(g.nodes[x].inputs[0]));
    const inside = new Set(members);
    const shapeOf = (m: number) => g.nodes[m].shape;
    // Every buffer the group reads, with the sections and shapes it is read in.
    const reads = new Map<number, { sec: string; shape: Shape }[]>();
    for (const m of members) {
      for (const i of g.nodes[m].inputs) {
        if (inside.has(i)) continue;
        const list = reads.get(owner(i)) ?? [];
        list.push({ sec: viewed(i) ? "view" : secs.get(m)!, shape: g.nodes[i].shape });
        reads.set(owner(i), list);
      }
    }
    const taken = new Set<number>();
    for (const m of members) {
      const sec = secs.get(m)!;
      if (!stored.has(m) || OPS[g.nodes[m].op].kind !== "elementwise" || buffer[m] !== m ||
        home.has(m) || lay.slices.has(m)) continue;
      for (const [b, how] of reads) {
        const n = g.nodes[b];
        const ok = !taken.has(b) && stored.has(b) && lastUse[b] === root && !home.has(b) &&
          !lay.slices.has(b) &&
          n.dtype === g.nodes[m].dtype &&
          size(n.shape) === size(shapeOf(m)) && OPS[n.op].kind !== "leaf" && OPS[n.op].kind !== "alias" &&
          how.every((r) => r.sec === sec && sameShape(trimOnes(r.shape), trimOnes(shapeOf(m))));
        if (!ok) continue;
        taken.add(b);
        buffer[m] = b;
        lastUse[b] = lastUse[m];
        break;
      }
    }
  }

  /**
   * Slices and transposes that need not run: every reader is an elementwise loop, which can
   * read them in place with strides (through aliases that only add or drop axes of 1). In a
   * loop's body, so is a per-step slice that is not contiguous (else it is copied).
   */
  private views(outputs: Set<number>): Set<number> {
    const g = this.g;
    const readers = readersOf(g);
    const strided = (id: number): boolean => !outputs.has(id) && readers[id].length > 0 &&
      readers[id].every((r) => {
        const n = g.nodes[r];
        if (OPS[n.op].kind === "elementwise") return true;
        const unitsOnly = sameShape(trimUnits(n.shape), trimUnits(g.nodes[id].shape));
        return OPS[n.op].kind === "alias" && unitsOnly && strided(r);
      });
    const layout = (n: Node) => n.op === "slice" || n.op === "transpose" ||
      (n.op === "arg" && this.leafRef(n).strides !== undefined);
    return new Set(g.nodes.filter((n) => layout(n) && strided(n.id)).map((n) => n.id));
  }

  /** Outputs that would otherwise be a literal, a feed, a per-step scalar, an alias or a
   * loop's input get a buffer and a copy; so does a per-step slice with a reader that needs
   * it contiguous. */
  private needsCopy(n: Node, outputs: Set<number>, views: Set<number>): boolean {
    const kind = OPS[n.op].kind;
    if (n.op === "arg" && this.leafRef(n).strides && !views.has(n.id)) return true;
    if (!outputs.has(n.id) || (kind !== "leaf" && kind !== "alias")) return false;
    // A carry that lives in the stack of its values (loop.ts) is already where it goes.
    if (n.op === "arg" && this.g.outputs.every((o, k) => o.node !== n.id ||
      this.options.body!.dests[k].every((d) => sameRef(d.ref, this.leafRef(n))))) return false;
    return n.op === "const" || n.op === "input" || n.op === "hyper" || n.op === "arg" ||
      n.op === "loop_index" || kind === "alias";
  }

  /** A loop's site: its inputs, its outputs in this graph, and where they are (once laid
   * out; before, where that is known). */
  private site(n: Node, lay: Layout) {
    const parts = this.g.nodes.filter((m) => m.op === "loop_output" && m.inputs[0] === n.id);
    const ref = (id: number): Ref => {
      const m = this.g.nodes[id];
      if (this.refs[id]) return this.refs[id];
      if (lay.runs(m) || lay.views.has(id) || OPS[m.op].kind === "alias") {
        return { arr: m.dtype === "i" ? "I" : "F", off: 0 };
      }
      return this.leafRef(m);
    };
    return loopSite(n, parts, n.inputs.map((i) => this.g.nodes[i]), n.inputs.map(ref),
      new Map(parts.map((p) => [p.id, ref(p.id)])), this.options.body?.loops ?? []);
  }

  /** How a loop's body is compiled: an emitter of its own, over the same module. */
  private bodyCompiler() {
    const o = this.options;
    return (body: Graph, place: BodyPlace, fBase: number, iBase: number, measuring: boolean) => {
      const child = new EntryEmitter(body, this.tag, { ...o, fBase, iBase, body: place,
        persistent: new Map(), hypers: new Map(), feeds: new Map(),
        ...(measuring ? measureOnly(o) : {}) }, measuring ? [] : this.launches);
      return child.run();
    };
  }

  private loop(n: Node, lay: Layout): void {
    const { code, stats } = loopCode(this.site(n, lay), this.bodyCompiler(),
      this.workspaces.get(n.id)!, this.options);
    this.statements.push(code);
    this.loops += 1 + stats.loops;
    this.simdCalls += stats.simdKernels;
    this.extraNodes += stats.nodes;
    this.extraStats.intermediates += stats.intermediates;
    this.extraStats.flops += stats.flops;
    this.extraStats.fusedGroups += stats.fusedGroups;
  }

  private group(members: number[], stored: ReadonlySet<number>, sumsOnly: boolean): void {
    const root = this.g.nodes[members.at(-1)!];
    const { body, params } = this.written(members, stored, (ref, count) => groupKernel({
      g: this.g, members, stored, ref, nm: new Namer(), rng: "R", dtype: this.options.dtype,
      simd: this.options.simd, count, bound: this.options.rows?.bound, sumsOnly }),
    sumsOnly ? " sums only" : "");
    const ops = members.map((m) => this.g.nodes[m].op).join(" ");
    const what = members.length > 1 ? `fused ${ops}` : ops;
    this.add(root, `${what} [${root.shape.join(", ")}]`, body, params,
      members.slice(0, -1).map((m) => this.g.nodes[m]));
  }

  /** A concat's inputs (by position) computed in their slice of its output. */
  private placed(n: Node, lay: Layout): Set<number> {
    if (n.op !== "concat") return new Set();
    return new Set(n.inputs.flatMap((i, k) => (lay.slices.get(i)?.concat === n.id ? [k] : [])));
  }

  private kernel(n: Node, placed: ReadonlySet<number>): void {
    const def = JS_OPS[n.op];
    if (!def.expr && !def.kernel) {
      // A leaf or alias that must be materialized as an output: a copy (or fill).
      const params = new KernelParams();
      const out = params.ref(this.refs[n.id]);
      const body = elementwiseLoop(out, n.shape, [params.ref(this.leafRef(n))],
        [n.op === "const" ? [] : n.shape], (r) => r[0], new Namer(), undefined,
        n.lead ? this.options.rows?.bound : undefined);
      this.add(n, `${n.op} [${n.shape.join(", ")}]`, body, params, []);
      return;
    }
    // (Which inputs a concat leaves out is not in the places: it is part of the key.)
    const { body, params } = this.written([n.id], new Set([n.id]), (ref, count) =>
      this.kernelBody(n, ref, count, placed), placed.size ? ` placed ${[...placed]}` : "");
    this.add(n, `${n.op} [${n.shape.join(", ")}]`, body, params, []);
  }

  private kernelBody(n: Node, ref: (id: number) => Ref, count: (k: number | string) => string,
    placed: ReadonlySet<number>): string {
    const def = JS_OPS[n.op];
    const nm = new Namer();
    const out = ref(n.id);
    const ins = n.inputs.map((i) => this.g.nodes[i]);
    const args = n.inputs.map((i) => ref(i));
    const { dtype, simd } = this.options;
    const bound = this.options.rows?.bound;
    const varying = n.lead ? bound : undefined;
    if (def.expr) {
      const body = elementwiseLoop(out, n.shape, args, ins.map((x) => x.shape),
        (r) => def.expr!(r, n.attrs, dtype, "R"), nm, count, varying);
      const operands = [...n.inputs.map((i, k) => ({ ref: args[k], node: i, store: false,
        strides: readStrides(args[k], ins[k].shape, n.shape) })),
      { ref: out, strides: [...out.strides ?? strides(n.shape)], node: n.id, store: true }];
      return elementwiseSimd(simd, n.shape, [n], operands,
        literalsOf(this.g), body, count, varying);
    }
    const scratch = { arr: out.arr, off: `${out.off} + ${size(n.shape)}` };
    const c: EmitContext = { node: n, ins, out, args, nm, rng: "R", scratch, dtype, simd, bound,
      placed };
    return bound ? boundedKernel(c, def.kernel!, bound) : def.kernel!(c);
  }

  /** The body of the kernel computing `members`, and its parameters for this call: written
   * by `write` the first time the module meets their structure (kernels.ts,
   * `structureKey`), else the body written then, with the parameters asked for in the same
   * order, from this group's nodes. */
  private written(members: number[], stored: ReadonlySet<number>,
    write: (ref: (id: number) => Ref, count: (k: number | string) => string) => string,
    more = ""): { body: string; params: KernelParams } {
    const locals = new Map<number, number>();
    const key = structureKey(this.g, members, stored, this.refs, locals, this.descs,
      this.options.kernels) + more;
    const memo = this.options.kernels.written;
    const params = new KernelParams();
    const byLocal = [...locals.keys()];
    const hit = memo.get(key);
    if (hit) {
      for (const a of hit.asked) {
        if (typeof a === "number") params.ref(this.refs[byLocal[a]]);
        else params.count(a.count);
      }
      return { body: hit.body, params };
    }
    const asked: Written["asked"] = [];
    let outside = false;
    const body = write((id) => {
      const k = locals.get(id);
      if (k === undefined) outside = true;
      else asked.push(k);
      return params.ref(this.refs[id]);
    }, (n) => {
      asked.push({ count: n });
      return params.count(n);
    });
    // A kernel that read a node outside the key cannot be reused by it.
    if (!outside) memo.set(key, { body, asked });
    return { body, params };
  }

  /** One call of the module's function for `body` (made once per module, shared), then the
   * check hook: inside a loop it is told where the result is at this step, and the steps. */
  private add(n: Node, comment: string, body: string, params: KernelParams, fused: Node[]): void {
    const fn = this.options.kernels.fn(body, params.values.length, comment);
    const k = this.launches.length;
    const loops = this.options.body?.loops ?? [];
    const ref = this.refs[n.id];
    const hook = loops.length ? `c?.(${k}, ${ref.off}, ${loops.map((l) => l.variable).join(", ")})`
      : `c?.(${k})`;
    const args = [...params.values, ...(fn.rows ? [ROWS] : [])];
    this.statements.push(`${fn.name}(${args.join(", ")});\n${hook};\n`);
    if (this.options.simd?.called(body)) this.simdCalls++;
    this.launches.push({ node: n, ref, fused, loops });
  }

  private leafRef(n: Node): Ref {
    const o = this.options;
    switch (n.op) {
      case "const": return { arr: "", off: 0, lit: lit(n.attrs.value as number) };
      case "input": return o.feeds.get(n.attrs.name as string)!;
      case "tensor_const": return o.constant(n);
      case "param": case "state":
        return { arr: "F", off: o.persistent.get(n.attrs.name as string)! };
      case "hyper": {
        const h = o.hypers.get(n.attrs.name as string)!;
        return { arr: "H", off: h.h, mirror: h.f };
      }
      case "arg": return o.body!.args[n.attrs.index as number]!;
      case "loop_index": return o.body!.index!;
      default:
        if (OPS[n.op].kind === "alias") return this.refs[n.inputs[0]];
        throw new Error(`internal: no memory for ${n.op}`);
    }
  }
}

/** For measuring a body's workspace: its kernels are made and thrown away. */
function measureOnly(o: EntryOptions): Partial<EntryOptions> {
  return { kernels: o.kernels.scratch(), simd: o.simd?.scratch() };
}
