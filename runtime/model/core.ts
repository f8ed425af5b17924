// A model instance: create()'s checks and allocations, then predict, save and load over the
// tables a compiled module hands over (tables.ts) and its run functions. Training calls are
// added by train.ts in modules that have them. Nothing here allocates per call but the
// feeds' copies of arrays that are not already typed arrays of the right kind.
import { checkFeed, checkFeedNames, feedBatch, findNonFinite } from "../feeds.ts";
import { Rng, RNG_STATE_WORDS } from "../rng.ts";
import type { Float, TensorData } from "../types.ts";
import { allocateMemory } from "./memory.ts";
import type { ModuleTables, Place, Run } from "./tables.ts";
import { load, save } from "./weights.ts";

export interface CreateOptions {
  seed?: number;
  checkFinite?: boolean;
}

/** A compiled module's metadata (meta.* in the module; its shape is the compiler's). */
export interface Meta {
  model: string;
  dtype: "f32" | "f64";
  [key: string]: unknown;
}

/** One model's memory and what its calls share. */
export interface Core {
  readonly meta: Meta;
  readonly t: ModuleTables;
  readonly F: Float;
  readonly I: Int32Array;
  /** Per-step scalars, in float64. */
  readonly H: Float64Array;
  /** The WebAssembly kernels over the arena, or null (the JS loops run). */
  readonly W: Record<string, (...addresses: number[]) => void> | null;
  readonly backend: "simd" | "js";
  readonly buffer: ArrayBuffer;
  readonly rng: Rng;
  readonly checkFinite: boolean;
  readonly stepCount: Float64Array;
  /** Each input's own slot, by name. */
  readonly inputViews: Readonly<Record<string, TensorData>>;
  readonly inputNames: readonly string[];
  /** With a bounded dim: the batch of the last call's feeds (the bound until one is fed). */
  rows: number;
}

function describeOption(v: unknown): string {
  return v === null ? "null" : typeof v;
}

/** The start of create(): options are checked, since a misspelt one would silently do nothing. */
function checkOptions(options: unknown): CreateOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError("create expects an options object like { seed: 42 }, not " +
      describeOption(options));
  }
  for (const k of Object.keys(options)) {
    if (k !== "seed" && k !== "checkFinite") {
      throw new TypeError(`create: unknown option '${k}'; the options are seed and checkFinite`);
    }
  }
  const o = options as CreateOptions;
  if (o.checkFinite !== undefined && typeof o.checkFinite !== "boolean") {
    throw new TypeError(`create: checkFinite must be true or false, not ${typeof o.checkFinite}`);
  }
  if (o.seed !== undefined && (typeof o.seed !== "number" || !Number.isFinite(o.seed))) {
    throw new TypeError(`create: seed must be a finite number, not ${typeof o.seed === "number"
      ? o.seed : describeOption(o.seed)}`);
  }
  return o;
}

const view = (c: { F: Float; I: Int32Array }, p: Place, n: number): TensorData =>
  (p.arr === "I" ? c.I : c.F).subarray(p.off, p.off + n);

export function createCore(meta: Meta, t: ModuleTables, wasm: string | null, options: unknown): Core {
  const o = checkOptions(options);
  let memory;
  try {
    memory = allocateMemory(t.arenaBytes, meta.dtype === "f32" ? wasm : null);
  } catch (e) {
    throw new RangeError(`create: cannot allocate the model's memory, ${t.arenaBytes} bytes (` +
      `${e instanceof Error ? e.message : String(e)})`);
  }
  const { buffer } = memory;
  const bytesF = meta.dtype === "f32" ? 4 : 8;
  const F = meta.dtype === "f32" ? new Float32Array(buffer, 0, t.NF) : new Float64Array(buffer, 0, t.NF);
  const I = new Int32Array(buffer, t.NF * bytesF, t.NI);
  // The module's create() draws the params and state from rng next, each as its initialiser
  // says (compiler/emit/module.ts); the arena starts at zeros.
  const rng = new Rng(o.seed ?? 0);
  for (const [off, values] of t.constants) F.set(values, off);
  const inputViews = record(t.inputs.map((i) => [i.name, view({ F, I }, i.place, sizeOf(i.shape))]));
  return { meta, t, F, I, H: new Float64Array(t.NH), W: memory.kernels, backend: memory.backend,
    buffer, rng, checkFinite: o.checkFinite === true, stepCount: new Float64Array(t.steps.length),
    inputViews, inputNames: t.inputs.map((i) => i.name), rows: t.batch?.bound ?? 0 };
}

function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Frozen views of float tensors by name (params, state, gradients). */
export function floatViews(c: Core, list: readonly { name: string; off: number; size: number }[]):
  Readonly<Record<string, Float>> {
  return record(list.map((x) => [x.name, c.F.subarray(x.off, x.off + x.size)]));
}

/** A frozen plain object with these own properties: a name like `__proto__` is a key like any
 * other, not the object's prototype. */
export function record<T>(entries: readonly (readonly [string, T])[]): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return Object.freeze(out);
}

/** The feeds of entry `e` checked, all of them, then copied into their slots: a bad feed
 * throws having changed nothing, not even `model.inputs`. A feed that is its slot's own view
 * is neither checked nor copied. Inputs the entry does not read may be given too (users
 * pass one feeds object to every call), and are ignored. */
export function takeFeeds(c: Core, e: number, feeds: unknown, what: string): void {
  const t = c.t;
  const needed = t.entries[e].feeds;
  checkFeedNames(feeds as object, needed, what, c.inputNames);
  const given = feeds as Record<string, unknown>;
  const rows = t.batch ? batchOf(c, needed, given, what) : 0;
  const checked = pending;
  checked.length = 0;
  for (const input of t.inputs) {
    if (needed.indexOf(input.name) < 0) continue;
    const own = c.inputViews[input.name];
    const shape = input.lead ? [rows * input.lead, ...input.shape.slice(1)] : input.shape;
    const value = given[input.name] === own ? own
      : checkFeed(input.name, given[input.name], input.dtype, shape);
    if (c.checkFinite && input.dtype !== "i32") {
      const i = findNonFinite(value, 0, value.length);
      if (i >= 0) throw new RangeError(`${what}: input '${input.name}' holds ${value[i]} at element ${i}`);
    }
    checked.push(value);
  }
  let k = 0;
  for (const input of t.inputs) {
    if (needed.indexOf(input.name) < 0) continue;
    const value = checked[k++];
    const own = c.inputViews[input.name];
    if (value !== own) (own as TensorData).set(value as never);
  }
  checked.length = 0;
  if (t.batch) {
    c.rows = rows;
    c.H[t.batch.h] = rows;
    c.F[t.batch.f] = rows;
  }
}

/** The batch the call's feeds hold on the bounded dim's axis: every varying feed's must agree
 * (the bound when none is given: a slot fed in place holds the bound's rows). */
function batchOf(c: Core, needed: readonly string[], given: Record<string, unknown>,
  what: string): number {
  const { bound } = c.t.batch!;
  let rows = 0, first = "";
  for (const input of c.t.inputs) {
    if (!input.lead || needed.indexOf(input.name) < 0) continue;
    const value = given[input.name];
    if (value === c.inputViews[input.name]) continue;
    let n: number;
    try {
      n = feedBatch(input.name, value, input.dtype, input.shape, input.lead, bound);
    } catch (e) {
      throw new TypeError(`${what}: ${(e as Error).message}`);
    }
    if (rows && n !== rows) {
      throw new TypeError(`${what}: input '${input.name}' holds a batch of ${n} but input ` +
        `'${first}' one of ${rows}; the inputs of one call hold one batch`);
    }
    if (!rows) { rows = n; first = input.name; }
  }
  return rows || bound;
}

/** Reused by takeFeeds, which is not reentrant. */
const pending: TensorData[] = [];

/** Runs entry `e`, kernel by kernel with each float result checked where checkFinite is on:
 * the first NaN or infinity throws a RangeError naming the op and its place in the model. */
export function runEntry(c: Core, e: number, run: Run, what: string): void {
  if (!c.checkFinite) { run(); return; }
  checkPersistent(c, what, "");
  const checks = c.t.entries[e].checks;
  run((k, at, ...steps) => {
    const off = at ?? checks[3 * k], length = checks[3 * k + 1];
    // Negative: elements per sample of a result that varies with the batch fed.
    const n = length < 0 ? -length * c.rows : length;
    if (n === 0) return;
    const i = findNonFinite(c.F, off, n);
    if (i < 0) return;
    const [opAt, whereAt, typeAt, fusedAt, loopAt, view] = c.t.info[checks[3 * k + 2]];
    const S = c.t.strings, op = S[opAt], where = S[whereAt], type = S[typeAt];
    const loop = loopAt === undefined ? "" : S[loopAt];
    let fused = "";
    for (let f = 0; f < fusedAt.length; f += 2) {
      fused += `${f ? ", " : ""}${S[fusedAt[f]]}${S[fusedAt[f + 1]] ? ` at ${S[fusedAt[f + 1]]}` : ""}`;
    }
    const step = steps.length ? ` at step ${steps[steps.length - 1]} of the loop at ${loop}` +
      (steps.length > 1 ? ` (steps ${steps.join(", ")} of the loops around it, outermost first)`
        : "") : "";
    throw new RangeError(`${what}: ${op}${where ? ` at ${where}` : ""} produced ${c.F[off + i]} ` +
      `(element ${view ? spanElement(i, view[0], view[1]) : i} of its ${type} result)${step}, ` +
      "the first non-finite value of this call" +
      (fused ? `; it was fused with ${fused} (compile with -O0 to check each op alone)` : ""));
  });
}

/** The row-major index of the element at offset `at` from the first of a result written with
 * `strides` (larger first, as a slice's are). */
function spanElement(at: number, strides: readonly number[], shape: readonly number[]): number {
  const axes = shape.map((_, d) => d).sort((a, b) => strides[b] - strides[a]);
  const index = new Array<number>(shape.length).fill(0);
  let rest = at;
  for (const d of axes) {
    if (strides[d] === 0) continue;
    index[d] = Math.floor(rest / strides[d]);
    rest -= index[d] * strides[d];
  }
  return index.reduce((e, x, d) => e * shape[d] + x, 0);
}

/** The first NaN or infinity in a param or state tensor, as a RangeError. */
export function checkPersistent(c: Core, what: string, when: string): void {
  for (const p of c.t.persistent) {
    if (p.kind === "optim") continue;
    const i = findNonFinite(c.F, p.off, p.size);
    if (i >= 0) {
      throw new RangeError(`${what}: ${when}${p.kind} '${p.name}' holds ${c.F[p.off + i]} at element ${i}`);
    }
  }
}

/** Runs `call`; if it throws, first puts back everything a call may change (the persistent
 * tensors, step counts and the generator), so a failed checked call changes nothing. */
export function undoable<T>(c: Core, call: () => T): T {
  if (!c.checkFinite) return call();
  const tensors = c.F.slice(0, c.t.persistentEnd);
  const counts = c.stepCount.slice();
  const words = new Uint32Array(RNG_STATE_WORDS);
  c.rng.saveState(words);
  try {
    return call();
  } catch (e) {
    c.F.set(tensors, 0);
    c.stepCount.set(counts, 0);
    c.rng.restoreState(words);
    throw e;
  }
}

/** What every module's model has: predict, the tensors' views, save and load. */
export function predictApi(c: Core, runs: readonly Run[]) {
  const t = c.t;
  const bound = t.batch?.bound ?? 1;
  // Outputs that vary return the batch fed's rows: views made once per batch size.
  const outs = new Map<number, Readonly<Record<string, TensorData>>>();
  const predictOut = (n: number) => {
    let r = outs.get(n);
    if (!r) {
      r = record(t.outputs.map((o) => [o.name, view(c, o.place,
        o.lead ? (sizeOf(o.shape) / bound) * n : sizeOf(o.shape))]));
      outs.set(n, r);
    }
    return r;
  };
  const dtype = c.meta.dtype === "f32" ? "F32" : "F64";
  return {
    predict(feeds: unknown) {
      takeFeeds(c, 0, feeds, "predict");
      undoable(c, () => runEntry(c, 0, runs[0], "predict"));
      return predictOut(c.rows);
    },
    params: floatViews(c, t.persistent.filter((p) => p.kind === "param")),
    state: floatViews(c, t.persistent.filter((p) => p.kind === "state")),
    inputs: c.inputViews,
    save: () => save(t, c.meta.model, dtype, c),
    load: (bytes: unknown) => load(t, dtype, c, bytes),
    meta: c.meta,
    arena: c.buffer,
    backend: c.backend,
  };
}
