// Emission: one standalone ES module. All tensors live in one arena allocated at create()
// (WebAssembly memory for float32 modules, so the SIMD kernels work in it in place):
// params, state and optimizer slots first, then folded constants, the per-step scalars'
// float copies and the feeds' slots, then one scratch region that every entry point reuses
// under a static plan. The module is the runtime bundle for its kind (compiler/emit/
// runtime.ts), then data (meta, and tables saying where everything lives: runtime/model/
// tables.ts), the SIMD kernels' bytes, and create(): the kernel functions, each entry point
// as a straight list of kernel calls, and the runtime's model object over them. Nothing is
// allocated per step.
import { zlibSync } from "fflate";
import type { Graph, Node } from "../ir/types.ts";
import { writesBack } from "../ir/graph.ts";
import { initDraw, type InitSpec } from "../../runtime/init.ts";
import { size } from "../ir/shape.ts";
import { allNodes } from "../ir/loop.ts";
import type { ModelIR } from "../model.ts";
import type { EntryTable, GradientsTable, ModuleTables, PersistentTable,
  StepTable } from "../../runtime/model/tables.ts";
import { hyperName } from "../optim/table.ts";
import { BATCH } from "../ir/lead.ts";
import { type CompiledEntry, EntryEmitter, type EntryStats } from "./entry.ts";
import { lit, type Ref } from "./js/loops.ts";
import { KernelCache } from "./kernels.ts";
import { runtimeSource } from "./runtime.ts";
import { SHARED_SCRATCH, WasmKernels } from "./wasm/kernels.ts";

export interface EmitOptions {
  dtype?: "f32" | "f64";
  /** Shown in the module's header comment. */
  source?: string;
  /** Let elementwise loops write over inputs that die in them, and steps write new params
   * where they live (on at -O2). */
  inPlace?: boolean;
  /** Let elementwise loops read slices and transposes in place (on at -O2). */
  views?: boolean;
  /** The IR has predict only (ModelOptions.predictOnly): training calls say so, and load()
   * skips the optimizer state a training module saved. */
  predictOnly?: boolean;
}

export type { EntryStats } from "./entry.ts";

export interface Emitted {
  js: string;
  arenaBytes: number;
  entries: EntryStats[];
  /** Bytes of the inputs' slots, where each call copies its feeds. */
  feedBytes: number;
  /** Kernel functions in the module, and WebAssembly SIMD kernels. */
  kernels: number;
  simdKernels: number;
}

const json = (v: unknown) => JSON.stringify(v);

/** A tensor's rows per sample of a batch that varies, for the tables (none if static). */
const leadOf = (x: { lead?: number }) => (x.lead ? { lead: x.lead } : {});

export function emitModule(ir: ModelIR, options: EmitOptions = {}): Emitted {
  const dtype = options.dtype ?? "f32";
  const d = ir.decls;
  const bytesF = dtype === "f32" ? 4 : 8;

  // Persistent layout: params, state, then optimizer slots (apart by name: slots hold '/').
  const persistent = new Map<string, number>();
  const tensors: PersistentTable[] = [];
  /** The draws create() makes, in this order: params, then state (optimizer slots are zeros). */
  let draws = "";
  let at = 0;
  const place = (name: string, shape: readonly number[], kind: PersistentTable["kind"],
    init?: { kind: string; args: number[] }) => {
    persistent.set(name, at);
    tensors.push({ name, shape: [...shape], off: at, size: size(shape), kind });
    if (init) draws += drawCall(name, shape, at, init as InitSpec);
    at += size(shape);
  };
  for (const p of d.params.values()) place(p.name, p.shape, "param", p.init);
  for (const s of d.state.values()) place(s.name, s.shape, "state", s.init);
  for (const s of ir.steps) for (const slot of s.slots) place(slot.name, slot.shape, "optim");
  const persistentEnd = at;
  const entries: { kind: string; key: string; graph: Graph }[] = [
    { kind: "predict", key: "predict", graph: ir.predict },
    ...ir.steps.map((s, i) => ({ kind: "step", key: `step${i}`, graph: s.graph })),
    ...ir.gradients.map((g, i) => ({ kind: "grad", key: `grad${i}`, graph: g.graph })),
  ];
  // Folded constant tensors, one copy of each set of values, written once at create().
  const constants = new Map<string, { off: number; values: readonly number[] }>();
  const valuesKey = (n: Node) => (n.attrs.values as number[]).map(lit).join();
  for (const e of entries) {
    for (const n of allNodes(e.graph)) {
      if (n.op !== "tensor_const" || constants.has(valuesKey(n))) continue;
      constants.set(valuesKey(n), { off: at, values: n.attrs.values as number[] });
      at += size(n.shape);
    }
  }
  const constant = (n: Node): Ref => ({ arr: "F", off: constants.get(valuesKey(n))!.off });
  // Per-step scalars: float64 in H, with a float copy in F for the SIMD kernels. (Each step
  // has two; any graph may read one, and reads 0 until a step sets it.)
  const hypers = new Map<string, { h: number; f: number }>();
  const hyper = (name: string) => {
    if (!hypers.has(name)) hypers.set(name, { h: hypers.size, f: at++ });
  };
  for (const s of ir.steps) for (const which of ["lr", "t"] as const) hyper(hyperName(s.decl.name, which));
  for (const e of entries) {
    for (const n of e.graph.nodes) if (n.op === "hyper") hyper(n.attrs.name as string);
  }
  // A bounded dim: the batch fed, set before each call, which kernels' trip counts read.
  const varying = [...d.inputs.values()].find((i) => i.lead);
  if (varying) {
    hyper(BATCH);
    // Four floats, so feeds and scratch keep the 16-byte alignment a fixed module gives them
    // (SIMD loads measured ~15% slower off it).
    at += 3;
  }
  const batch = varying ? { bound: varying.shape[0] / varying.lead!, ...hypers.get(BATCH)! }
    : undefined;
  // Each input's slot, where every call copies its feed: kernels then read only the arena,
  // as the WebAssembly ones must, and a caller may reuse its arrays once a call returns.
  const feedRefs = new Map<string, Ref>();
  let atI = 0;
  for (const i of d.inputs.values()) {
    if (i.dtype === "i") { feedRefs.set(i.name, { arr: "I", off: atI }); atI += size(i.shape); }
    else { feedRefs.set(i.name, { arr: "F", off: at }); at += size(i.shape); }
  }
  const feedBytes = [...d.inputs.values()].reduce((s, i) => s + size(i.shape) *
    (i.dtype === "i" ? 4 : bytesF), 0);
  const kernels = new KernelCache();
  const simd = dtype === "f32" ? new WasmKernels() : undefined;
  // An entry whose graph another entry already has (both modes' gradients, when the modes
  // agree: compiler/model.ts) runs that entry's code.
  const first = entries.map((e) => entries.findIndex((o) => o.graph === e.graph));
  const compiled: CompiledEntry[] = [];
  entries.forEach((e, i) => compiled.push(first[i] < i ? compiled[first[i]]
    : new EntryEmitter(e.graph, e.key, {
      inPlace: options.inPlace ?? false, views: options.views ?? false, constant, dtype,
      persistent, hypers, feeds: feedRefs, fBase: at, iBase: atI, kernels, simd,
      rows: batch && { bound: batch.bound, h: batch.h },
    }).compile()));
  // The SIMD kernels' shared scratch (compiler/emit/wasm/kernels.ts) after every planned tensor.
  const shared = at + Math.max(0, ...compiled.map((c) => c.stats.scratchF));
  const NF = shared + (simd?.sharedFloats ?? 0);
  const NI = atI + Math.max(0, ...compiled.map((c) => c.stats.scratchI));
  const arenaBytes = NF * bytesF + NI * 4;

  const meta = {
    model: d.name,
    dtype,
    inputs: [...d.inputs.values()].map((i) => ({ name: i.name,
      dtype: i.dtype === "i" ? "i32" : dtype, shape: i.shape, ...leadOf(i) })),
    outputs: d.outputs.map((name) => {
      const n = ir.predict.nodes[ir.predict.outputs.find((o) => o.name === name)!.node];
      return { name, shape: n.shape, ...leadOf(n) };
    }),
    // The batch sizes a call takes on the bounded dim's axis: 1 to the bound.
    ...(batch ? { batch: { bound: batch.bound } } : {}),
    params: [...d.params.values()].map((p) => ({ name: p.name, shape: p.shape, init: p.init })),
    state: [...d.state.values()].map((s) => ({ name: s.name, shape: s.shape, init: s.init })),
    steps: ir.steps.map((s) => ({ name: s.decl.name, loss: s.decl.lossName,
      optimizer: s.decl.optimizer.name, args: s.decl.optimizer.args, params: s.params })),
    losses: [...new Set(ir.steps.map((s) => s.decl.lossName))],
    predictOnly: options.predictOnly === true,
    arenaBytes,
  };
  const tables: ModuleTables = {
    NF, NI, NH: hypers.size, arenaBytes, persistent: tensors, persistentEnd,
    constants: [...constants.values()].map((c) => [c.off, [...c.values]]),
    inputs: meta.inputs.map((i) => ({ name: i.name, dtype: i.dtype as "f32" | "f64" | "i32",
      shape: [...i.shape], place: placeOf(feedRefs.get(i.name)!), ...leadOf(i) })),
    outputs: ir.predict.outputs.map((o) => ({ name: o.name,
      shape: [...ir.predict.nodes[o.node].shape], place: placeOf(compiled[0].refs[o.node]),
      ...leadOf(ir.predict.nodes[o.node]) })),
    ...(batch ? { batch } : {}),
    steps: ir.steps.map((s, k): StepTable => ({ ...meta.steps[k],
      lr: hypers.get(hyperName(s.decl.name, "lr"))!, t: hypers.get(hyperName(s.decl.name, "t"))!,
      value: valueOf(compiled[1 + k], s.graph, "loss") })),
    gradients: ir.gradients.map((g, k): GradientsTable => {
      const c = compiled[1 + ir.steps.length + k];
      return { loss: g.loss, mode: g.mode, value: valueOf(c, g.graph, "value"),
        grads: g.graph.outputs.filter((o) => o.role === "grad").map((o) => ({ name: o.name,
          off: placeOf(c.refs[o.node]).off, size: size(g.graph.nodes[o.node].shape),
          ...leadOf(g.graph.nodes[o.node]) })) };
    }),
    entries: [],
    info: [],
    strings: [],
    predictOnly: options.predictOnly === true,
  };
  const labels = (i: number) => {
    const step = i >= 1 && i <= ir.steps.length ? ir.steps[i - 1].decl : undefined;
    return new Map(entries[i].graph.outputs.filter((o) => writesBack(o.role))
      .map((o) => [o.node, o.name.startsWith("optim/") || o.role === "param"
        ? `the ${step?.optimizer.name} update of ${o.role === "param" ? `param '${o.name}'`
          : `'${o.name}'`}` : `the update of state '${o.name}'`]));
  };
  compiled.forEach((c, i) => tables.entries.push(first[i] < i ? tables.entries[first[i]]
    : entryTable(c, dtype, tables, labels(i), batch?.bound)));

  const wasm = simd?.bytes() ?? null;
  // Any line terminator, U+2028 and U+2029 included, would end the comment early.
  const from = options.source?.replace(/[\r\n\u2028\u2029]/g, " ");
  let js = `// Generated by kiln${from ? ` from ${from}` : ""} (model ${d.name}). Do not edit.\n`;
  // The draws, kernels and entry functions: all the code that calls the runtime's pieces.
  const code = draws + kernels.source +
    compiled.filter((_, i) => first[i] === i).map((c) => c.code).join("");
  js += runtimeSource({ predictOnly: options.predictOnly === true, dtype }, code);
  js += `// ---- model\nexport const meta = ${json(meta)};\n`;
  js += `const TABLES = ${json(tables)};\n`;
  js += `// ${simd?.count ?? 0} WebAssembly SIMD kernels, exported as k0, k1, ...` +
    `${wasm ? ` (${wasm.length} bytes, zlib-compressed)` : ""}\n`;
  js += `const WASM = ${wasm ? json(base64(zlibSync(wasm, { level: 9 }))) : "null"};\n`;
  js += "export function create(options = {}) {\n";
  js += "const c = createCore(meta, TABLES, WASM, options);\n";
  js += "const F = c.F, I = c.I, H = c.H, W = c.W;\nlet R = c.rng;\n";
  if (simd?.sharedFloats) js += `const ${SHARED_SCRATCH} = ${shared};\n`;
  js += simd?.tableDeclarations() ?? "";
  js += code;
  js += `return finishModel(c, [${entries.map((_, i) => `run_${entries[first[i]].key}`).join(", ")}], ` +
    "(r) => { R = r; });\n}\n";
  return { js, arenaBytes, feedBytes, entries: compiled.map((c) => c.stats),
    kernels: kernels.count, simdKernels: simd?.count ?? 0 };
}

function placeOf(ref: Ref): { arr: "F" | "I"; off: number } {
  if ((ref.arr !== "F" && ref.arr !== "I") || typeof ref.off !== "number" || ref.strides) {
    throw new Error(`internal: a returned tensor is not in the arena (${ref.arr})`);
  }
  return { arr: ref.arr, off: ref.off };
}

function valueOf(c: CompiledEntry, g: Graph, role: string): number {
  return placeOf(c.refs[g.outputs.find((o) => o.role === role)!.node]).off;
}

/** What create({ checkFinite: true }) checks after each kernel call, and how it says where:
 * rows of `info` are shared by every entry (one per distinct kernel description). A kernel
 * in a loop's body is told where its result is at each step, and the steps. */
function entryTable(c: CompiledEntry, dtype: string, tables: ModuleTables,
  labels: ReadonlyMap<number, string>, bound: number | undefined): EntryTable {
  const { info, strings } = tables;
  const where = (n: Node) => (n.span ? `${n.span.file}:${n.span.line}:${n.span.col}` : "");
  // Ops, places and types recur from row to row (a layer's place in every op it makes): rows
  // hold their indices into one list of strings.
  const index = new Map(strings.map((t, k) => [t, k]));
  const S = (text: string) => {
    let k = index.get(text);
    if (k === undefined) { k = strings.length; strings.push(text); index.set(text, k); }
    return k;
  };
  const rows = new Map(info.map((r, k) => [json(r), k]));
  const checks: number[] = [];
  for (const { node, ref, fused, loops } of c.launches) {
    const inLoop = loops.length > 0;
    const checked = node.dtype === "f" && ref?.arr === "F" && ref.lit === undefined &&
      (inLoop || typeof ref.off === "number");
    // An update is named for what it updates; the ops fused into it say nothing more. (Body
    // nodes are numbered apart from the entry's: no label is theirs.)
    const label = inLoop ? undefined : labels.get(node.id);
    // A fused kernel keeps only its last op's result, so a NaN from any of its ops shows there.
    const ops = label ? [] : fused.flatMap((m) => [S(m.op), S(where(m))]);
    const row: ModuleTables["info"][number] = [S(label ?? node.op), S(where(node)),
      S(`${dtype}[${node.shape.join(", ")}]`), ops];
    if (inLoop || ref?.strides) row.push(S(inLoop ? where(loops.at(-1)!.node) : ""));
    if (ref?.strides) row.push([[...ref.strides], [...node.shape]]);
    let k = rows.get(json(row));
    if (k === undefined) { k = info.length; info.push(row); rows.set(json(row), k); }
    // A result that varies with the batch fed is checked over its rows: -(elements per sample).
    // One written with strides (into its slice of a concat's output: compiler/emit/slices.ts)
    // is checked over the span from its first element to its last, at the bound: what else
    // lies there was written by kernels checked in turn, or not yet this call (and then by
    // an earlier one), so a non-finite value there is this kernel's.
    const strides = ref?.strides;
    const length = strides ? 1 + node.shape.reduce((a, d, k) => a + (d - 1) * strides[k], 0)
      : node.lead && bound ? -size(node.shape) / bound : size(node.shape);
    checks.push(checked && !inLoop ? ref.off as number : 0, checked ? length : 0, k);
  }
  return { feeds: c.feeds, checks };
}

/**
 * The statement drawing a param or state tensor as its initialiser says, at element `off` of
 * F, from the model's generator R: made here from the initialiser and the tensor's shape
 * (runtime/init.ts, initDraw), so a module carries only the draws it makes. Zeros draw
 * nothing (the arena starts zeroed), nor does an empty tensor.
 */
function drawCall(name: string, shape: readonly number[], off: number, init: InitSpec): string {
  const n = size(shape), d = initDraw(shape, init);
  const note = ` // ${name}: ${init.kind}\n`;
  if (n === 0) return "";
  switch (d.fill) {
    case "zeros": return "";
    case "constant": return `F.fill(${lit(d.value)}, ${off}, ${off + n});${note}`;
    case "uniform": return `R.fillUniform(F, ${off}, ${n}, ${lit(d.lo)}, ${lit(d.hi)});${note}`;
    case "normal": return `R.fillNormal(F, ${off}, ${n}, 0, ${lit(d.std)});${note}`;
    case "orthogonal": return `kilnOrthogonal(F, ${off}, [${shape.join(", ")}], ${lit(d.gain)}, R);${note}`;
  }
}

function base64(bytes: Uint8Array): string {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    out += A[a >> 2] + A[((a & 3) << 4) | (b >> 4)] +
      (i + 1 < bytes.length ? A[((b & 15) << 2) | (c >> 6)] : "=") +
      (i + 2 < bytes.length ? A[c & 63] : "=");
  }
  return out;
}
