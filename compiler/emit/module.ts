// Emission: one standalone ES module. All tensors live in one arena allocated at create()
// (WebAssembly memory for float32 modules, so the SIMD kernels work in it in place):
// params, state and optimizer slots first, then the feeds' slots, then one scratch region that
// every entry point reuses under a static plan. Each kernel is its own small shape-specialized
// function; an entry point is a straight list of kernel calls, so a step allocates nothing.
import type { Graph, Node } from "../ir/types.ts";
import { size } from "../ir/shape.ts";
import type { ModelIR } from "../model.ts";
import { type CompiledEntry, EntryEmitter, type EntryStats } from "./entry.ts";
import { lit, type Ref } from "./js/loops.ts";
import { runtimeSource } from "./runtime.ts";
import { simdNamesIn } from "./simd.ts";

export interface EmitOptions {
  dtype?: "f32" | "f64";
  /** Shown in the module's header comment. */
  source?: string;
  /** Let elementwise loops write over inputs that die in them (on at -O2). */
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
}

const SLOTS: Record<string, string[]> = {
  sgd: [], momentum: ["buf"], rmsprop: ["sq"], adam: ["m", "v"], adamw: ["m", "v"],
};

const q = (s: string) => JSON.stringify(s);
/** A property key for an object literal: computed, so a name like `__proto__` makes an own
 * property instead of setting the prototype. */
const key = (s: string) => `[${q(s)}]`;

export function emitModule(ir: ModelIR, options: EmitOptions = {}): Emitted {
  const dtype = options.dtype ?? "f32";
  const d = ir.decls;
  const FloatArray = dtype === "f32" ? "Float32Array" : "Float64Array";
  const bytesF = dtype === "f32" ? 4 : 8;

  // Persistent layout: params, state, then optimizer slots.
  const persistent = new Map<string, number>();
  let at = 0;
  const place = (name: string, shape: readonly number[]) => {
    persistent.set(name, at);
    at += size(shape);
  };
  for (const p of d.params.values()) place(p.name, p.shape);
  for (const s of d.state.values()) place(s.name, s.shape);
  const slots: { step: string; param: string; slot: string; name: string }[] = [];
  for (const s of ir.steps) {
    for (const p of s.params) {
      for (const slot of SLOTS[s.decl.optimizer.name]) {
        const name = `optim.${s.decl.name}.${p}.${slot}`;
        slots.push({ step: s.decl.name, param: p, slot, name });
        place(name, d.params.get(p)!.shape);
      }
    }
  }
  const entries: { kind: string; key: string; graph: Graph }[] = [
    { kind: "predict", key: "predict", graph: ir.predict },
    ...ir.steps.map((s, i) => ({ kind: "step", key: `step${i}`, graph: s.graph })),
    ...ir.gradients.map((g, i) => ({ kind: "grad", key: `grad${i}`, graph: g.graph })),
  ];
  // Folded constant tensors, one copy of each set of values, written once at create().
  const constants = new Map<string, { off: number; values: readonly number[] }>();
  const valuesKey = (n: Node) => (n.attrs.values as number[]).map(lit).join();
  for (const e of entries) {
    for (const n of e.graph.nodes) {
      if (n.op !== "tensor_const" || constants.has(valuesKey(n))) continue;
      constants.set(valuesKey(n), { off: at, values: n.attrs.values as number[] });
      at += size(n.shape);
    }
  }
  const constant = (n: Node): Ref => ({ arr: "F", off: constants.get(valuesKey(n))!.off });
  // Each input's slot, where every call copies its feed: kernels then read only the arena,
  // as the WebAssembly ones must, and a caller may reuse its arrays once a call returns.
  const feedRefs = new Map<string, Ref>();
  let atI = 0;
  for (const i of d.inputs.values()) {
    if (i.dtype === "i") { feedRefs.set(i.name, { arr: "I", off: atI }); atI += size(i.shape); }
    else { feedRefs.set(i.name, { arr: "F", off: at }); at += size(i.shape); }
  }
  const fBase = at, iBase = atI;
  const feedBytes = [...d.inputs.values()].reduce((s, i) => s + size(i.shape) * (i.dtype === "i" ? 4 : bytesF), 0);
  const feedVar = new Map([...d.inputs.keys()].map((n, i) => [n, `in${i}`]));
  const compiled = entries.map((e) => new EntryEmitter(e.graph, e.key, persistent, feedRefs, fBase,
    iBase, { inPlace: options.inPlace ?? false, views: options.views ?? false, constant, dtype })
    .compile());
  const scratchF = Math.max(0, ...compiled.map((c) => c.stats.scratchF));
  const scratchI = Math.max(0, ...compiled.map((c) => c.stats.scratchI));
  const NF = fBase + scratchF;
  const NI = iBase + scratchI;
  const arenaBytes = NF * bytesF + NI * 4;

  const view = (r: Ref, n: number, int = false) =>
    `${r.arr === "I" || int ? "I" : "F"}.subarray(${r.off}, ${r.off} + ${n})`;
  const outRef = (c: CompiledEntry, g: Graph, role: string) =>
    g.outputs.filter((o) => o.role === role).map((o) => ({ o, ref: c.refs[o.node], node: g.nodes[o.node] }));

  const inputMeta = [...d.inputs.values()].map((i) => ({ name: i.name,
    dtype: i.dtype === "i" ? "i32" : dtype, shape: i.shape }));
  const meta = {
    model: d.name,
    dtype,
    inputs: inputMeta,
    outputs: d.outputs.map((name) => ({ name,
      shape: ir.predict.nodes[ir.predict.outputs.find((o) => o.name === name)!.node].shape })),
    params: [...d.params.values()].map((p) => ({ name: p.name, shape: p.shape, init: p.init })),
    state: [...d.state.values()].map((s) => ({ name: s.name, shape: s.shape, init: s.init })),
    steps: ir.steps.map((s) => ({ name: s.decl.name, loss: s.decl.lossName,
      optimizer: s.decl.optimizer.name, args: s.decl.optimizer.args, params: s.params })),
    losses: [...new Set(ir.steps.map((s) => s.decl.lossName))],
    predictOnly: options.predictOnly === true,
    arenaBytes,
  };

  // Any line terminator, U+2028 and U+2029 included, would end the comment early.
  const from = options.source?.replace(/[\r\n\u2028\u2029]/g, " ");
  let js = `// Generated by kiln${from ? ` from ${from}` : ""}` +
    ` (model ${d.name}). Do not edit.\n`;
  js += runtimeSource();
  js += `\n// ---- model\nexport const meta = ${JSON.stringify(meta)};\n`;
  js += `const INPUTS = new Map(meta.inputs.map((i) => [i.name, i]));\n`;
  js += `export function create(options = {}) {\n${CREATE_OPTIONS}`;
  js += `const seed = options.seed === undefined ? 0 : options.seed;\n`;
  // A float32 arena is WebAssembly memory where the engine has SIMD, for the product kernels.
  js += `let buffer, memory;\ntry {\n({ buffer, memory } = allocateArena(${arenaBytes}, ` +
    `${dtype === "f32"} && simdAvailable()));\n} catch (e) {\n` +
    `throw new RangeError("create: cannot allocate the model's memory, ${arenaBytes} bytes (" + e.message + ")");\n}\n`;
  js += `const F = new ${FloatArray}(buffer, 0, ${NF});\n`;
  js += `const I = new Int32Array(buffer, ${NF * bytesF}, ${NI});\n`;
  js += `const rng = new Rng(seed);\nconst seededRng = new Rng(0);\nlet R = rng;\n`;
  for (const p of [...d.params.values(), ...d.state.values()]) {
    js += `initTensor(F, ${persistent.get(p.name)}, ${JSON.stringify(p.shape)}, ${JSON.stringify(p.init)}, rng);\n`;
  }
  for (const { off, values } of constants.values()) js += `F.set([${values.map(lit).join(", ")}], ${off});\n`;
  const code = compiled.map((c) => c.code).join("");
  if (ir.steps.length) js += `const simdUpdates = simdUpdateKernels(memory);\n`;
  for (const k of simdNamesIn(code)) {
    js += `const ${k.name} = simdMake(memory, ${q(k.kind)}, ${JSON.stringify(k.params)});\n`;
  }
  js += code;
  // create({ checkFinite: true }) runs each entry kernel by kernel from these tables,
  // checking each float result; without the option, entries call run_<entry>() as always.
  const where = (n: Node) => (n.span ? `${n.span.file}:${n.span.line}:${n.span.col}` : "");
  compiled.forEach((c, i) => {
    // A fused kernel keeps only its last op's result, so a NaN from any of its ops shows there.
    const members = new Map<number, string[]>();
    for (const m of entries[i].graph.nodes) {
      if (m.group === undefined || m.group === m.id) continue;
      const text = `${m.op}${m.span ? ` at ${where(m)}` : ""}`;
      members.set(m.group, [...members.get(m.group) ?? [], text]);
    }
    const fused = (n: Node) => (members.get(n.id) ?? []).join(", ");
    // Every kernel runs from the table; only float results in F are checked (n > 0).
    const rows = c.launched.map(({ fn, node }) => {
      const checked = node.dtype === "f" && c.refs[node.id]?.arr === "F";
      return `[${fn}, ${checked ? c.refs[node.id].off : 0}, ${checked ? size(node.shape) : 0}, ` +
        `${q(node.op)}, ${q(where(node))}, ${q(`${dtype}[${node.shape.join(", ")}]`)}, ${q(fused(node))}]`;
    });
    js += `const CHECKS_${entries[i].key} = [${rows.join(",\n")}];\n`;
  });
  js += CHECK_FINITE;
  const run = (tag: string, what: string) => `if (checkFinite) {\ncheckFinitePersistent(${q(what)}, "");\n` +
    `runChecked(${q(what)}, CHECKS_${tag});\n} else run_${tag}();\n`;

  // Name lists and shapes are made once here: literals in the entry functions would be new
  // arrays on every call.
  js += `const INPUT_NAMES = ${JSON.stringify([...d.inputs.keys()])};\n`;
  for (const [name, v] of feedVar) {
    const i = d.inputs.get(name)!;
    js += `const SHAPE_${v} = ${JSON.stringify(i.shape)};\n`;
    js += `const VIEW_${v} = ${view(feedRefs.get(name)!, size(i.shape), i.dtype === "i")};\n`;
  }
  js += `const inputs = Object.freeze({ ${[...feedVar].map(([name, v]) => `${key(name)}: VIEW_${v}`).join(", ")} });\n`;
  compiled.forEach((c, i) => (js += `const FEEDS_${entries[i].key} = ${JSON.stringify(c.feeds)};\n`));
  const feedsOf = (c: CompiledEntry) => `FEEDS_${entries[compiled.indexOf(c)].key}`;
  /**
   * Feeds are checked, all of them, before any is copied into its slot: a bad feed throws
   * having changed nothing, not even `model.inputs`. A feed that is its slot's own view is
   * neither checked nor copied. `needed(name)`, if given, is a run-time condition.
   */
  const takeFeeds = (names: readonly string[], dtypeOf: (name: string) => string, entry: string,
    needed?: (name: string) => string) => {
    let check = "", copy = "";
    for (const name of names) {
      const v = feedVar.get(name)!, ref = feedRefs.get(name)!;
      const given = `feeds[${q(name)}]`;
      let value = `${given} === VIEW_${v} ? VIEW_${v} : checkFeed(${q(name)}, ${given}, ${dtypeOf(name)}, SHAPE_${v})`;
      if (needed) value = `${needed(name)} ? (${value}) : VIEW_${v}`;
      check += `const ${v} = ${value};\n`;
      const checked = needed ? `checkFinite && ${needed(name)}` : "checkFinite";
      if (d.inputs.get(name)!.dtype === "f") check += `if (${checked}) checkFiniteFeed(${entry}, ${q(name)}, ${v});\n`;
      copy += `if (${v} !== VIEW_${v}) ${ref.arr}.set(${v}, ${ref.off});\n`;
    }
    return check + copy;
  };
  const bindFeeds = (c: CompiledEntry, entry: string) => {
    let s = `checkFeedNames(feeds, ${feedsOf(c)}, ${q(entry)}, INPUT_NAMES);\n`;
    s += takeFeeds(c.feeds, (f) => q(d.inputs.get(f)!.dtype === "i" ? "i32" : dtype), q(entry));
    return s;
  };

  // predict
  const pc = compiled[0];
  const pouts = outRef(pc, ir.predict, "output");
  js += `const predictOut = Object.freeze({ ${pouts.map(({ o, ref, node }) =>
    `${key(o.name)}: ${view(ref, size(node.shape), node.dtype === "i")}`).join(", ")} });\n`;
  js += `function predict(feeds) {\n${bindFeeds(pc, "predict")}${run("predict", "predict")}return predictOut;\n}\n`;

  // train steps
  js += `const stepCount = new Float64Array(${ir.steps.length});\n`;
  js += `const lrs = new Float64Array(${JSON.stringify(ir.steps.map((s) => s.decl.optimizer.args.lr))});\n`;
  ir.steps.forEach((s, k) => {
    const c = compiled[1 + k];
    const lossRef = c.refs[s.graph.outputs.find((o) => o.role === "loss")!.node];
    const grads = outRef(c, s.graph, "grad");
    const a = s.decl.optimizer.args;
    const what = `train '${s.decl.name}'`;
    let body = bindFeeds(c, what) + run(`step${k}`, what) + `const loss = F[${lossRef.off}];\n`;
    body += `const t = ++stepCount[${k}];\nconst lr = lrs[${k}];\n`;
    if (typeof a.clip_norm === "number") {
      body += `let sq = 0;\n${grads.map(({ ref, node }) => `sq += gradSquaredNorm(F, ${ref.off}, ${size(node.shape)});`).join("\n")}\n`;
      body += `const scale = clipNormScale(sq, ${a.clip_norm});\n`;
      body += `if (scale !== 1) {\n${grads.map(({ ref, node }) => `scaleInPlace(F, ${ref.off}, ${size(node.shape)}, scale);`).join("\n")}\n}\n`;
    }
    for (const { o, ref, node } of grads) {
      const p = persistent.get(o.name)!, n = size(node.shape), g = ref.off;
      const slot = (name: string) => persistent.get(`optim.${s.decl.name}.${o.name}.${name}`);
      const wd = a.weight_decay;
      switch (s.decl.optimizer.name) {
        case "sgd": body += `sgdStep(F, ${p}, ${g}, ${n}, lr, ${wd}, simdUpdates);\n`; break;
        case "momentum": body += `momentumStep(F, ${p}, ${g}, ${slot("buf")}, ${n}, lr, ${a.momentum}, ${a.nesterov}, ${wd}, t === 1, simdUpdates);\n`; break;
        case "rmsprop": body += `rmspropStep(F, ${p}, ${g}, ${slot("sq")}, ${n}, lr, ${a.alpha}, ${a.eps}, ${wd}, simdUpdates);\n`; break;
        case "adam": body += `adamStep(F, ${p}, ${g}, ${slot("m")}, ${slot("v")}, ${n}, lr, ${a.beta1}, ${a.beta2}, ${a.eps}, ${wd}, t, simdUpdates);\n`; break;
        case "adamw": body += `adamwStep(F, ${p}, ${g}, ${slot("m")}, ${slot("v")}, ${n}, lr, ${a.beta1}, ${a.beta2}, ${a.eps}, ${wd}, t, simdUpdates);\n`; break;
      }
    }
    for (const { o, ref, node } of outRef(c, s.graph, "state")) {
      body += `F.copyWithin(${persistent.get(o.name)}, ${ref.off}, ${ref.off} + ${size(node.shape)});\n`;
    }
    body += `if (checkFinite) checkFinitePersistent(${q(what)}, ${q(`after the ${s.decl.optimizer.name} update, `)});\n`;
    js += `function train${k}(feeds) {\n${body}return loss;\n}\n`;
  });
  const stepNames = ir.steps.map((s) => s.decl.name);
  js += `const STEPS = ${JSON.stringify(stepNames)};\n`;
  js += `const trainers = [${ir.steps.map((_, k) => `train${k}`).join(", ")}];\n`;
  js += `function stepIndex(step, what) {\n` +
    `if (step === undefined) {\n` +
    `if (STEPS.length === 1) return 0;\n` +
    `throw new TypeError(STEPS.length ? what + " needs a step name: this model has steps " + STEPS.map((s) => "'" + s + "'").join(", ") : what + ": this model has no train step");\n}\n` +
    `const i = STEPS.indexOf(step);\n` +
    `if (i < 0) throw new TypeError(what + ": no train step '" + String(step) + "'; this model has " + (STEPS.length ? STEPS.map((s) => "'" + s + "'").join(", ") : "none"));\n` +
    `return i;\n}\n`;

  // gradients
  const gradEntries = ir.gradients.map((g, k) => {
    const c = compiled[1 + ir.steps.length + k];
    const value = c.refs[g.graph.outputs.find((o) => o.role === "value")!.node];
    const grads = outRef(c, g.graph, "grad");
    return `{ loss: ${q(g.loss)}, mode: ${q(g.mode)}, run: run_grad${k}, feeds: ${JSON.stringify(c.feeds)}, ` +
      `value: ${value.off}, grads: Object.freeze({ ${grads.map(({ o, ref, node }) =>
        `${key(o.name)}: ${view(ref, size(node.shape))}`).join(", ")} }), checks: CHECKS_grad${k} }`;
  });
  js += `const GRADS = [${gradEntries.join(",\n")}];\n`;
  js += `function gradients(feeds, opts = {}) {\n` +
    `if (opts === null || typeof opts !== "object") throw new TypeError("gradients expects an options object like { loss: 'loss' }, not " + (opts === null ? "null" : typeof opts));\n` +
    `for (const k of Object.keys(opts)) if (k !== "loss" && k !== "mode" && k !== "seed") throw new TypeError("gradients: unknown option '" + k + "'; the options are loss, mode and seed");\n` +
    `const loss = opts.loss === undefined ? meta.losses[0] : opts.loss;\n` +
    `const mode = opts.mode === undefined ? "train" : opts.mode;\n` +
    `if (mode !== "train" && mode !== "eval") throw new TypeError("gradients: mode must be 'train' or 'eval', not " + String(mode));\n` +
    `const e = GRADS.find((g) => g.loss === loss && g.mode === mode);\n` +
    `if (!e) throw new TypeError("gradients: no loss named '" + String(loss) + "'; the model's losses are " + (meta.losses.map((l) => "'" + l + "'").join(", ") || "none"));\n` +
    `checkFeedNames(feeds, e.feeds, "gradients", INPUT_NAMES);\n` +
    takeFeeds([...feedVar.keys()], (name) => `INPUTS.get(${q(name)}).dtype`, q("gradients"),
      (name) => `e.feeds.includes(${q(name)})`) +
    `if (opts.seed !== undefined) { seededRng.seed(opts.seed); R = seededRng; }\n` +
    `try {\nif (checkFinite) { checkFinitePersistent("gradients", ""); runChecked("gradients", e.checks); }\n` +
    `else e.run();\n} finally { R = rng; }\n` +
    `return { value: F[e.value], grads: e.grads };\n}\n`;

  // params, state, save and load
  const tensorsList = [
    ...[...d.params.values()].map((p) => ({ name: p.name, shape: p.shape, kind: "param" })),
    ...[...d.state.values()].map((s) => ({ name: s.name, shape: s.shape, kind: "state" })),
    ...slots.map((s) => ({ name: s.name, shape: d.params.get(s.param)!.shape, kind: "optim" })),
  ];
  js += `const TENSORS = ${JSON.stringify(tensorsList.map((t) => ({ ...t, off: persistent.get(t.name), size: size(t.shape) })))};\n`;
  js += `const params = Object.freeze({ ${[...d.params.values()].map((p) => `${key(p.name)}: ${view({ arr: "F", off: persistent.get(p.name)! }, size(p.shape))}`).join(", ")} });\n`;
  js += `const state = Object.freeze({ ${[...d.state.values()].map((p) => `${key(p.name)}: ${view({ arr: "F", off: persistent.get(p.name)! }, size(p.shape))}`).join(", ")} });\n`;
  js += `const PREDICT_ONLY = ${options.predictOnly === true};\n`;
  js += SAVE_LOAD.replaceAll("$DT", dtype === "f32" ? "F32" : "F64");
  js += `function setLearningRate(step, lr) {\n` +
    `if (typeof lr !== "number" || !(lr >= 0) || !Number.isFinite(lr)) throw new TypeError("setLearningRate: lr must be a finite number >= 0, not " + String(lr));\n` +
    `lrs[stepIndex(step, "setLearningRate")] = lr;\n}\n`;
  js += `function getLearningRate(step) { return lrs[stepIndex(step, "getLearningRate")]; }\n`;
  if (options.predictOnly) {
    // The source's steps are not in this module: say why, rather than "no train step".
    js += `function predictOnly(what) {\nreturn () => { throw new TypeError(what + ": this module was ` +
      `compiled with --predict-only, so it cannot train; compile without it to train"); };\n}\n`;
  }
  const trainer = (what: string, fn: string) => (options.predictOnly ? `predictOnly(${q(what)})` : fn);
  js += `return {\n` +
    `predict,\n` +
    `train: ${trainer("train", `function train(feeds, step) { return trainers[stepIndex(step, "train")](feeds); }`)},\n` +
    `gradients: ${trainer("gradients", "gradients")},\n` +
    `setLearningRate: ${trainer("setLearningRate", "setLearningRate")},\n` +
    `getLearningRate: ${trainer("getLearningRate", "getLearningRate")},\n` +
    `params, state, inputs, save, load, meta,\n` +
    `arena: buffer,\n` +
    `};\n}\n`;

  return { js, arenaBytes, feedBytes, entries: compiled.map((c) => c.stats) };
}

/** The start of create(): options are checked, since a misspelt one would silently do nothing. */
const CREATE_OPTIONS = `if (options === null || typeof options !== "object") {
  throw new TypeError("create expects an options object like { seed: 42 }, not " + (options === null ? "null" : typeof options));
}
for (const k of Object.keys(options)) {
  if (k !== "seed" && k !== "checkFinite") throw new TypeError("create: unknown option '" + k + "'; the options are seed and checkFinite");
}
if (options.checkFinite !== undefined && typeof options.checkFinite !== "boolean") {
  throw new TypeError("create: checkFinite must be true or false, not " + typeof options.checkFinite);
}
const checkFinite = options.checkFinite === true;
`;

/** What create({ checkFinite: true }) runs: each throws a RangeError at the first NaN or
 * infinity, naming where it came from. */
const CHECK_FINITE = `
function runChecked(what, list) {
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    c[0]();
    const i = findNonFinite(F, c[1], c[2]);
    if (i >= 0) {
      throw new RangeError(what + ": " + c[3] + (c[4] ? " at " + c[4] : "") + " produced " + F[c[1] + i] +
        " (element " + i + " of its " + c[5] + " result), the first non-finite value of this call" +
        (c[6] ? "; it was fused with " + c[6] + " (compile with -O0 to check each op alone)" : ""));
    }
  }
}
function checkFiniteFeed(what, name, a) {
  const i = findNonFinite(a, 0, a.length);
  if (i >= 0) throw new RangeError(what + ": input '" + name + "' holds " + a[i] + " at element " + i);
}
function checkFinitePersistent(what, when) {
  for (let k = 0; k < TENSORS.length; k++) {
    const t = TENSORS[k];
    if (t.kind === "optim") continue;
    const i = findNonFinite(F, t.off, t.size);
    if (i >= 0) throw new RangeError(what + ": " + when + t.kind + " '" + t.name + "' holds " + F[t.off + i] + " at element " + i);
  }
}
`;

/** save() and load(): params, state, optimizer slots and step counts in safetensors. */
const SAVE_LOAD = `
function save() {
  const list = TENSORS.map((t) => ({ name: t.name, dtype: "$DT", shape: t.shape,
    data: F.subarray(t.off, t.off + t.shape.reduce((a, b) => a * b, 1)) }));
  STEPS.forEach((s, i) => list.push({ name: "optim." + s + ".t", dtype: "F64", shape: [],
    data: stepCount.subarray(i, i + 1) }));
  return encodeSafetensors(list, { format: "kiln", model: meta.model });
}
function load(bytes) {
  // By tag, not instanceof: bytes from another realm (an iframe, a vm context) are welcome.
  if (Object.prototype.toString.call(bytes) !== "[object Uint8Array]") throw new TypeError("load expects the Uint8Array that save() returns");
  const got = decodeSafetensors(bytes);
  const known = new Map(TENSORS.map((t) => [t.name, t]));
  const problems = [];
  for (const [name, t] of got) {
    // A training module's optimizer state, which a predict-only module has no use for.
    if (PREDICT_ONLY && name.startsWith("optim.")) continue;
    const counter = /^optim\\.(.*)\\.t$/.exec(name);
    if (counter && STEPS.includes(counter[1])) {
      if (t.dtype !== "F64" || t.shape.length !== 0) problems.push("'" + name + "' must be a F64 scalar");
      continue;
    }
    const want = known.get(name);
    if (!want) { problems.push("unknown tensor '" + name + "'"); continue; }
    if (t.dtype !== "$DT") problems.push("'" + name + "' has dtype " + t.dtype + " but the model needs $DT");
    if (t.shape.length !== want.shape.length || t.shape.some((d, i) => d !== want.shape[i])) {
      problems.push("'" + name + "' has shape [" + t.shape.join(", ") + "] but the model needs [" + want.shape.join(", ") + "]");
    }
  }
  for (const t of TENSORS) {
    if (t.kind !== "optim" && !got.has(t.name)) problems.push("missing " + t.kind + " '" + t.name + "'");
  }
  if (problems.length) throw new Error("load: the weights do not fit this model (nothing was changed):\\n  " + problems.join("\\n  "));
  for (const [name, t] of got) {
    const want = known.get(name);
    if (PREDICT_ONLY && !want) continue;
    if (want) F.set(t.data, want.off);
    else stepCount[STEPS.indexOf(/^optim\\.(.*)\\.t$/.exec(name)[1])] = t.data[0];
  }
}
`;
