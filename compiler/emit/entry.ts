// One entry point (predict, a train step, a gradients entry): its memory plan and its code.
// Every node with code runs in a group (compiler/passes/fuseOps.ts; unfused nodes are groups
// of one), each group is one kernel function (shared through the module's KernelCache), and
// the entry calls them in order. Only values read outside their group are stored; their
// buffers share one scratch region by liveness, (with `inPlace`) an elementwise loop writes
// over an input that dies in it, and a train step's new params, state and optimizer slots
// are written where they live when nothing reads the old values after their kernel.
import type { Graph, Node, Shape } from "../ir/types.ts";
import { strides } from "../ir/tensor.ts";
import { sameShape, size } from "../ir/shape.ts";
import { planMemory, type Interval } from "./memory.ts";
import { OPS } from "../ops/table.ts";
import { JS_OPS } from "./js/ops.ts";
import type { FloatDtype } from "./js/types.ts";
import { sections } from "../passes/fuseOps.ts";
import { elementwiseSimd, groupKernel } from "./fused.ts";
import { elementwiseLoop, lit, Namer, readStrides, type Ref, ROWS } from "./js/loops.ts";
import { type KernelCache, KernelParams, usesRows } from "./kernels.ts";
import { boundedKernel } from "./bounded.ts";
import type { EmitContext } from "./js/types.ts";
import type { WasmKernels } from "./wasm/kernels.ts";

export interface EntryStats {
  name: string;
  nodes: number;
  /** Kernel functions one run calls (one per group). */
  kernels: number;
  /** Groups that run more than one node in one loop nest. */
  fusedGroups: number;
  /** Kernel calls that run a WebAssembly SIMD kernel where the module has them (float32). */
  simdKernels: number;
  /** Float and int scratch elements this entry needs at its peak. */
  scratchF: number;
  scratchI: number;
  /** Elements of all intermediate tensors, were each given its own buffer. */
  intermediates: number;
  /** Floating-point operations per run (OpDef.flops, default 1 per output element). */
  flops: number;
}

export interface CompiledEntry {
  /** `function run_<tag>(check)`: every kernel call in order, each followed by
   * `check(k)` when a check is given (create({ checkFinite: true })). */
  code: string;
  refs: Ref[];
  /** The node each kernel call leaves in memory, in run order (for a fused group, its last
   * node). */
  launched: Node[];
  /** The copies a run ends with: a new param, state or slot value (elements `n` at `from`)
   * written to its tensor (`to`), where it could not be computed there. */
  writes: { from: number; to: number; n: number }[];
  stats: EntryStats;
  feeds: string[];
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
  /** A bounded dim (`dim B <= 64`): its bound, and where the module keeps the batch fed
   * (a per-call scalar in H), which each run reads first (compiler/ir/lead.ts). */
  rows?: { bound: number; h: number };
}

const trimOnes = (s: Shape) => {
  const k = s.findIndex((d) => d !== 1);
  return k < 0 ? [] : s.slice(k);
};

const trimUnits = (s: Shape) => s.filter((d) => d !== 1);

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

/** The roles whose value a step writes back to a persistent tensor of the same name. */
const WRITTEN = new Set(["param", "state"]);

/** Lays out and emits one entry graph. */
export class EntryEmitter {
  private readonly refs: Ref[] = [];
  private calls: string[] = [];
  private simdCalls = 0;
  private readonly launched: Node[] = [];

  constructor(private readonly g: Graph, private readonly tag: string,
    private readonly options: EntryOptions) {}

  compile(): CompiledEntry {
    const g = this.g;
    const outputs = new Set(g.outputs.map((o) => o.node));
    // A param or state whose value at the step's start is written back under another name
    // (`update a = w`) is copied first: its own memory may be updated in place before the
    // end of the step.
    const persistentSources = new Set(g.outputs.filter((o) => WRITTEN.has(o.role) &&
      ["param", "state"].includes(g.nodes[o.node].op) && g.nodes[o.node].attrs.name !== o.name)
      .map((o) => o.node));
    const copies = new Set(g.nodes.filter((n) => this.needsCopy(n, outputs) ||
      persistentSources.has(n.id)).map((n) => n.id));
    const views = this.options.views ? this.views(outputs) : new Set<number>();
    // Asked a few times per edge: decided once per node.
    const running = Uint8Array.from(g.nodes, (n) => +(copies.has(n.id) ||
      (!views.has(n.id) && !["leaf", "alias"].includes(OPS[n.op].kind))));
    const runs = (n: Node) => running[n.id] === 1;
    // An alias or a view shares its input's buffer (unless it is an output copied to a buffer
    // of its own), so its readers keep that buffer alive.
    const buffer = g.nodes.map((n) => n.id);
    for (const n of g.nodes) {
      const shares = (OPS[n.op].kind === "alias" && !copies.has(n.id)) || views.has(n.id);
      if (shares) buffer[n.id] = buffer[n.inputs[0]];
    }
    // Where each node runs: at its group's last node. An output's copy runs once its
    // source is made, which may be later than the copy's own place when the source fused.
    const at = g.nodes.map((n) => n.group ?? n.id);
    for (const id of copies) {
      const n = g.nodes[id];
      if (OPS[n.op].kind === "alias") at[id] = Math.max(id, at[buffer[n.inputs[0]]]);
    }
    // Groups (members in node order) in run order; a copy runs after the group it copies.
    const byRoot = new Map<number, number[]>();
    const order: { place: number; members: number[] }[] = [];
    for (const n of g.nodes) {
      if (!runs(n)) continue;
      if (copies.has(n.id)) { order.push({ place: at[n.id] + 0.5, members: [n.id] }); continue; }
      let members = byRoot.get(at[n.id]);
      if (!members) {
        byRoot.set(at[n.id], members = []);
        order.push({ place: at[n.id], members });
      }
      members.push(n.id);
    }
    const groups = order.sort((a, b) => a.place - b.place).map((e) => e.members);
    // A member is stored if it is an output, read outside its group, or the group's last.
    const stored = new Set<number>(groups.map((m) => m.at(-1)!));
    for (const n of g.nodes) {
      for (const i of n.inputs) {
        const src = buffer[i];
        const outside = !runs(n) || copies.has(n.id) || at[n.id] !== at[src];
        if (runs(g.nodes[src]) && outside) stored.add(src);
      }
    }
    for (const o of outputs) if (runs(g.nodes[buffer[o]])) stored.add(buffer[o]);
    const lastUse = g.nodes.map((n) => at[n.id]);
    for (const n of g.nodes) {
      if (!runs(n)) continue;
      for (const i of n.inputs) lastUse[buffer[i]] = Math.max(lastUse[buffer[i]], at[n.id]);
    }
    for (const o of outputs) lastUse[buffer[o]] = g.nodes.length;
    // New params and state computed where they live take no scratch, and no other buffer.
    const home = this.writeBack(buffer, at, stored, runs, copies, views);
    if (this.options.inPlace) {
      for (const members of groups) {
        this.writeInPlace(members, buffer, lastUse, stored, views, home);
      }
    }

    const owners = [...stored].filter((id) => buffer[id] === id && !home.has(id))
      .sort((a, b) => a - b);
    const plans = { f: [] as Interval[], i: [] as Interval[] };
    const which = { f: [] as Node[], i: [] as Node[] };
    for (const id of owners) {
      const n = g.nodes[id];
      // A kernel's scratch (OpDef.scratch) sits just past its output and lives as long.
      const extra = JS_OPS[n.op].scratch?.(n, n.inputs.map((i) => g.nodes[i])) ?? 0;
      plans[n.dtype].push({ size: size(n.shape) + extra, start: at[id], end: lastUse[id] });
      which[n.dtype].push(n);
    }
    const pf = planMemory(plans.f), pi = planMemory(plans.i);
    const o = this.options;
    which.f.forEach((n, k) => (this.refs[n.id] = { arr: "F", off: o.fBase + pf.offsets[k] }));
    which.i.forEach((n, k) => (this.refs[n.id] = { arr: "I", off: o.iBase + pi.offsets[k] }));
    for (const [id, off] of home) this.refs[id] = { arr: "F", off };
    const feeds = new Set<string>();
    const owner = (x: number): number => (buffer[x] === x ? x : owner(buffer[x]));
    for (const n of g.nodes) {
      // An input that is also an output is copied by a kernel, but is still a feed.
      if (n.op === "input") feeds.add(n.attrs.name as string);
      if (stored.has(n.id)) { this.refs[n.id] = this.refs[owner(n.id)]; continue; }
      if (runs(n)) continue;
      const name = n.attrs.name as string;
      const [src, from] = [this.refs[n.inputs[0]], g.nodes[n.inputs[0]]?.shape];
      if (views.has(n.id)) this.refs[n.id] = viewRef(n, src, from);
      else if (OPS[n.op].kind === "alias") this.refs[n.id] = reshapeRef(src, from, n.shape);
      else if (n.op === "input") this.refs[n.id] = o.feeds.get(name)!;
      else if (n.op === "param" || n.op === "state") {
        this.refs[n.id] = { arr: "F", off: o.persistent.get(name)! };
      } else if (n.op === "hyper") {
        const h = o.hypers.get(name)!;
        this.refs[n.id] = { arr: "H", off: h.h, mirror: h.f };
      } else if (n.op === "const") {
        this.refs[n.id] = { arr: "", off: 0, lit: lit(n.attrs.value as number) };
      }
      else if (n.op === "tensor_const") this.refs[n.id] = o.constant(n);
      else throw new Error(`internal: no memory for ${n.op}`);
    }
    for (const members of groups) {
      if (members.length === 1) this.kernel(g.nodes[members[0]]);
      else this.group(members, stored);
    }
    const writes = this.copiesBack();
    const intermediates = g.nodes.filter(runs).reduce((s, n) => s + size(n.shape), 0);
    const flops = g.nodes.filter((n) => runs(n) && !copies.has(n.id)).reduce((s, n) => s +
      size(n.shape) * (OPS[n.op].flops?.(n, n.inputs.map((i) => g.nodes[i])) ?? 1), 0);
    const body = this.calls.map((call, k) => `${call};\nif (c) c(${k});\n`).join("") +
      writes.map((w) => `F.copyWithin(${w.to}, ${w.from}, ${w.from + w.n});\n`).join("");
    const rows = o.rows ? `const ${ROWS} = H[${o.rows.h}];\n` : "";
    const code = `function run_${this.tag}(c) {\n${rows}${body}}\n`;
    return { code, refs: this.refs, launched: this.launched, writes, feeds: [...feeds], stats: {
      name: this.tag, nodes: g.nodes.length, kernels: this.calls.length, simdKernels: this.simdCalls,
      fusedGroups: groups.filter((m) => m.length > 1).length,
      scratchF: pf.total, scratchI: pi.total, intermediates, flops } };
  }

  /**
   * Lets stored members of an elementwise loop (or of a reduction's elementwise parts) take
   * the buffer of an input that dies in this group: same size, read at the same index as
   * the member is written, and read before it is written (loops read every input first).
   */
  private writeInPlace(members: number[], buffer: number[], lastUse: number[],
    stored: Set<number>, views: Set<number>, home: ReadonlyMap<number, number>): void {
    const g = this.g;
    const root = members.at(-1)!;
    const secs = sections(g, members);
    // A product writes its whole result before its epilogue reads anything.
    if (members.some((m) => g.nodes[m].op === "matmul")) return;
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
        home.has(m)) continue;
      for (const [b, how] of reads) {
        const n = g.nodes[b];
        const ok = !taken.has(b) && stored.has(b) && lastUse[b] === root &&
          n.dtype === g.nodes[m].dtype &&
          size(n.shape) === size(shapeOf(m)) && !["leaf", "alias"].includes(OPS[n.op].kind) &&
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
   * read them in place with strides (through aliases that only add or drop axes of 1).
   */
  private views(outputs: Set<number>): Set<number> {
    const g = this.g;
    const readers: number[][] = g.nodes.map(() => []);
    for (const n of g.nodes) for (const i of n.inputs) readers[i].push(n.id);
    const strided = (id: number): boolean => !outputs.has(id) && readers[id].length > 0 &&
      readers[id].every((r) => {
        const n = g.nodes[r];
        if (OPS[n.op].kind === "elementwise") return true;
        const unitsOnly = sameShape(trimUnits(n.shape), trimUnits(g.nodes[id].shape));
        return OPS[n.op].kind === "alias" && unitsOnly && strided(r);
      });
    const layout = (n: Node) => n.op === "slice" || n.op === "transpose";
    return new Set(g.nodes.filter((n) => layout(n) && strided(n.id)).map((n) => n.id));
  }

  /** Outputs that would otherwise be a literal, a feed, a per-step scalar or an alias get a
   * buffer and a copy. */
  private needsCopy(n: Node, outputs: Set<number>): boolean {
    const kind = OPS[n.op].kind;
    if (!outputs.has(n.id) || (kind !== "leaf" && kind !== "alias")) return false;
    return n.op === "const" || n.op === "input" || n.op === "hyper" || kind === "alias";
  }

  /**
   * Where a new param, state or slot value can be computed in place: its kernel writes the
   * tensor itself when nothing reads the old value after that kernel, or only its own loop
   * does, element by element at the index it writes. Returns each such kernel's output and
   * the offset it writes to.
   */
  private writeBack(buffer: readonly number[], at: readonly number[], stored: ReadonlySet<number>,
    runs: (n: Node) => boolean, copies: ReadonlySet<number>, views: ReadonlySet<number>):
    Map<number, number> {
    const g = this.g, o = this.options;
    const home = new Map<number, number>();
    if (!o.inPlace) return home;
    const readers: number[][] = g.nodes.map(() => []);
    for (const n of g.nodes) for (const i of n.inputs) readers[buffer[i]].push(n.id);
    for (const out of g.outputs) {
      if (!WRITTEN.has(out.role)) continue;
      const id = buffer[out.node];
      const n = g.nodes[id];
      const ins = n.inputs.map((i) => g.nodes[i]);
      if (!runs(n) || !stored.has(id) || home.has(id) || (JS_OPS[n.op].scratch?.(n, ins) ?? 0)) continue;
      const leaf = g.nodes.find((m) => (m.op === "param" || m.op === "state") &&
        m.attrs.name === out.name);
      const group = g.nodes.filter((m) => at[m.id] === at[id] && runs(m) && !copies.has(m.id));
      const secs = sections(g, group.map((m) => m.id));
      const core = group.find((m) => secs.get(m.id) === "core");
      // A product not stored for itself is written into its group's last member first.
      const clobbered = core?.op === "matmul" && !stored.has(core.id) && group.at(-1)!.id === id;
      const mine = secs.get(id);
      const safe = !clobbered && (mine === "body" || mine === "epilogue") &&
        (!leaf || readers[leaf.id].every((r) => {
          const reader = g.nodes[r];
          if (!runs(reader)) return !views.has(r) || at[r] < at[id];
          if (copies.has(r) || at[r] !== at[id]) return at[r] < at[id];
          // Inside the writing loop: read at the index it writes, in the same loop.
          return secs.get(r) === mine && reader.inputs.every((i) => buffer[i] !== leaf.id ||
            (!views.has(i) && sameShape(trimOnes(g.nodes[i].shape), trimOnes(n.shape))));
        }));
      if (safe) home.set(id, o.persistent.get(out.name)!);
    }
    return home;
  }

  /** The write-backs not computed in place: copies at the end of the run. */
  private copiesBack(): CompiledEntry["writes"] {
    const writes: CompiledEntry["writes"] = [];
    for (const out of this.g.outputs) {
      if (!WRITTEN.has(out.role)) continue;
      const to = this.options.persistent.get(out.name)!;
      const from = this.refs[out.node];
      if (from.arr === "F" && from.off === to) continue;
      if (typeof from.off !== "number" || from.arr !== "F" || from.strides) {
        throw new Error(`internal: ${out.role} '${out.name}' is not in float memory`);
      }
      writes.push({ from: from.off, to, n: size(this.g.nodes[out.node].shape) });
    }
    return writes;
  }

  private group(members: number[], stored: Set<number>): void {
    const root = this.g.nodes[members.at(-1)!];
    const params = new KernelParams();
    const body = groupKernel({ g: this.g, members, stored, ref: (id) => params.ref(this.refs[id]),
      nm: new Namer(), rng: "R", dtype: this.options.dtype, simd: this.options.simd,
      count: (n) => params.count(n), bound: this.options.rows?.bound });
    const ops = members.map((m) => this.g.nodes[m].op).join(" ");
    this.add(root, `fused ${ops} [${root.shape.join(", ")}]`, body, params);
  }

  private kernel(n: Node): void {
    const def = JS_OPS[n.op];
    const nm = new Namer();
    const params = new KernelParams();
    const out = params.ref(this.refs[n.id]);
    const ins = n.inputs.map((i) => this.g.nodes[i]);
    const args = n.inputs.map((i) => params.ref(this.refs[i]));
    const { dtype, simd } = this.options;
    const bound = this.options.rows?.bound;
    const varying = n.lead ? bound : undefined;
    let body: string;
    if (def.expr) {
      const count = (k: number | string) => params.count(k);
      body = elementwiseLoop(out, n.shape, args, ins.map((x) => x.shape),
        (r) => def.expr!(r, n.attrs, dtype, "R"), nm, count, varying);
      const operands = [...n.inputs.map((i, k) => ({ ref: args[k], node: i, store: false,
        strides: readStrides(args[k], ins[k].shape, n.shape) })),
      { ref: out, strides: strides(n.shape), node: n.id, store: true }];
      body = elementwiseSimd(simd, n.shape, [n], operands,
        (id) => this.g.nodes[id].attrs.value as number | undefined, body, count, varying);
    } else if (def.kernel) {
      const scratch = { arr: out.arr, off: `${out.off} + ${size(n.shape)}` };
      const c: EmitContext = { node: n, ins, out, args, nm, rng: "R", scratch, dtype, simd, bound };
      body = bound ? boundedKernel(c, def.kernel, bound) : def.kernel(c);
    } else {
      // A leaf or alias that must be materialized as an output: a copy (or fill).
      body = elementwiseLoop(out, n.shape, [params.ref(this.leafRef(n))],
        [n.op === "const" ? [] : n.shape], (r) => r[0], nm, undefined, varying);
    }
    this.add(n, `${n.op} [${n.shape.join(", ")}]`, body, params);
  }

  /** One call of the module's function for `body` (made once per module, shared). */
  private add(n: Node, comment: string, body: string, params: KernelParams): void {
    const fn = this.options.kernels.fn(body, params.values.length, comment);
    const rows = usesRows(body) ? [ROWS] : [];
    this.calls.push(`${fn}(${[...params.values, ...rows].join(", ")})`);
    if (this.options.simd?.called(body)) this.simdCalls++;
    this.launched.push(n);
  }

  private leafRef(n: Node): Ref {
    const o = this.options;
    if (n.op === "const") return { arr: "", off: 0, lit: lit(n.attrs.value as number) };
    if (n.op === "input") return o.feeds.get(n.attrs.name as string)!;
    if (n.op === "tensor_const") return o.constant(n);
    if (n.op === "hyper") return this.refs[n.id];
    const name = n.attrs.name as string;
    return this.refs[n.inputs[0]] ?? { arr: "F", off: o.persistent.get(name)! };
  }
}
