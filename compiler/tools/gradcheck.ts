// The gradient checker behind `kiln check`: builds the model in float64 and compares every
// gradient that `gradients()` returns with central finite differences of the same module,
// element by element for small tensors and along random directions for large ones (the
// ⟨u, g⟩ against (f(x + hu) - f(x - hu)) / 2h projection of JAX's check_vjp).
import type { Program, Span, Stmt } from "../../dsl/ast.ts";
import { type Diagnostic, formatDiagnostics } from "../../dsl/diagnostics.ts";
import { Rng } from "../../runtime/rng.ts";
import { emitModule } from "../emit/module.ts";
import type { Graph, GraphOutput } from "../ir/types.ts";
import { printGraph } from "../ir/text.ts";
import { size } from "../ir/shape.ts";
import { compile, type CompileOptions, importModule, load } from "../compile.ts";
import { buildModel, type LoopMode, type Mode, type ModelIR } from "../model.ts";
import { optimize } from "../passes/pipeline.ts";
import { limitsOf } from "../limits.ts";

export interface GradcheckOptions {
  /** The file name used in diagnostics and to resolve imports (default "model.kiln"). */
  file?: string;
  model?: string;
  dims?: Record<string, number>;
  host?: CompileOptions["host"];
  limits?: CompileOptions["limits"];
  /** Seeds param initialisation, drawn feeds, random directions and the model's random
   * draws (dropout, noise), which repeat exactly across the check. Default 0. */
  seed?: number;
  /** Default: "train", and "eval" too where its graph differs (dropout, batch norm). */
  mode?: Mode;
  /** Default "f64"; "f32" checks the float32 module with looser defaults. */
  dtype?: "f32" | "f64";
  /** The optimization level of the module checked (default 2, as `compile`). */
  optimize?: 0 | 1 | 2;
  /** How `for` loops compile (CompileOptions.loops). */
  loops?: LoopMode;
  /** Finite-difference step, and the allclose test |sym - num| <= atol + rtol |num|. */
  eps?: number;
  atol?: number;
  rtol?: number;
  /** Tensors up to this many elements are checked element by element (default 64). */
  maxElements?: number;
  /** Random directions for larger tensors (default 4). */
  directions?: number;
  /** Feeds to use instead of drawn ones, by input name. */
  feeds?: Record<string, ArrayLike<number>>;
  /** Move params initialised to constants (zero biases, unit scales) by 0.1 N(0, 1), so
   * that no unit starts exactly on a kink such as relu(0). Default true. */
  jitter?: boolean;
}

export interface GradcheckRow {
  loss: string;
  mode: Mode;
  /** The param or float input the gradient is taken with respect to. */
  tensor: string;
  shape: number[];
  method: "elementwise" | "directions";
  maxAbsError: number;
  /** Over checked values larger than atol; 0 if there are none. */
  maxRelError: number;
  /** Elements (or directions) compared at smooth points. */
  checked: number;
  /** Elements (or directions) where the loss has a kink within eps (its one-sided
   * differences disagree), whose gradient was found between them: counted apart, and out of
   * the errors. */
  kinks: number;
  pass: boolean;
  /** The worst mismatch, for failing rows: flat element index (-1 for a direction). */
  worst?: { index: number; symbolic: number; numeric: number };
  /** Why a row failed without a comparison (a value or gradient that is not finite). */
  note?: string;
}

export interface GradcheckReport {
  ok: boolean;
  rows: GradcheckRow[];
  /** The table `kiln check` prints, or the formatted diagnostics of a model that failed
   * to compile. */
  text: string;
  diagnostics: Diagnostic[];
  /** The loss differentiates a `grad(...)`, so its gradients are second derivatives. */
  secondOrder: boolean;
  settings: { dtype: "f32" | "f64"; eps: number; atol: number; rtol: number; seed: number;
    maxElements: number; directions: number };
}

/**
 * Step and tolerances per dtype. f64: PyTorch gradcheck's defaults (eps 1e-6, atol 1e-5,
 * rtol 1e-3). f32: JAX check_grads' float32 tolerance (2e-3 absolute and relative), with a
 * step of 1e-3 rather than JAX's 1e-4 so that the rounding of a float32 loss (about 6e-8
 * relative) stays well below the tolerance after division by 2h.
 */
export const TOLERANCES = {
  f64: { eps: 1e-6, atol: 1e-5, rtol: 1e-3 },
  f32: { eps: 1e-3, atol: 2e-3, rtol: 2e-3 },
} as const;

type Float = Float64Array | Float32Array;

interface Live {
  gradients(feeds: object, opts: { loss: string; mode: Mode; seed: number }):
    { value: number; grads: Record<string, Float> };
  params: Record<string, Float>;
}

export async function gradcheck(source: string, options: GradcheckOptions = {}):
  Promise<GradcheckReport> {
  const dtype = options.dtype ?? "f64";
  const tol = TOLERANCES[dtype];
  const settings = {
    dtype, seed: options.seed ?? 0, eps: options.eps ?? tol.eps, atol: options.atol ?? tol.atol,
    rtol: options.rtol ?? tol.rtol, maxElements: options.maxElements ?? 64,
    directions: options.directions ?? 4,
  };
  const compileOptions = { file: options.file, model: options.model, dims: options.dims,
    host: options.host, limits: options.limits, dtype, optimize: options.optimize,
    declarations: false, loops: options.loops };
  const r = compile(source, compileOptions);
  if (!r.ok) {
    return { ok: false, rows: [], diagnostics: r.diagnostics, secondOrder: false, settings,
      text: formatDiagnostics(r.diagnostics, r.sources) };
  }
  // The graphs as the front end builds them, unoptimized: every op in view for choosing
  // feeds, and the user's stop_gradient calls still there to be frozen.
  const loaded = load(source, compileOptions, new Map());
  const programs = loaded.slice(1);
  // Frozen stop_gradients are found in the entry graphs, not in loops' bodies: a model with
  // them is checked with its loops unrolled.
  const stops = new Set([...callSpans(programs, "stop_gradient"), ...updateSpans(loaded)]);
  const ir = buildModel(loaded, { model: options.model, dims: options.dims, optimize: 0,
    limits: limitsOf(options.limits), loops: stops.size ? "unroll" : options.loops });
  const frozen = freezeStopGradients(ir, stops);
  // A model with frozen stop_gradients gets its own module, optimized after differentiation
  // as compile() would (its forward graphs were not optimized before it).
  const level = options.optimize ?? 2;
  const js = !frozen.names.size ? r.js : emitModule({ ...frozen.ir, gradients: frozen.ir.gradients
    .map((e) => ({ ...e, graph: optimize(e.graph, level) })) }, { dtype }).js;
  const model = (await importModule(js)).create({ seed: settings.seed }) as Live;
  if (options.jitter !== false) jitterConstants(ir, model, settings.seed);
  const feeds = drawFeeds(ir, settings.seed, dtype);
  for (const [name, v] of Object.entries(options.feeds ?? {})) {
    if (!feeds[name]) throw new TypeError(`gradcheck: the model has no input '${name}'`);
    feeds[name].set(v);
  }
  const rows: GradcheckRow[] = [];
  const rng = new Rng(settings.seed);
  for (const loss of [...new Set(ir.steps.map((s) => s.decl.lossName))]) {
    for (const mode of modesToCheck(ir, loss, options.mode)) {
      const opts = { loss, mode, seed: settings.seed };
      settle(model, feeds, opts, frozen.names.get(`${loss} ${mode}`) ?? [], frozen.ir, dtype);
      const f = () => model.gradients(feeds, opts).value;
      const base = model.gradients(feeds, opts);
      // Copies: the views are overwritten by the next call.
      const grads = Object.entries(base.grads).filter(([name]) => !frozen.all.has(name))
        .map(([name, g]) => [name, Float64Array.from(g)] as const);
      for (const [name, g] of grads) {
        const x = model.params[name] ?? feeds[name];
        const shape = [...(ir.decls.params.get(name) ?? ir.decls.inputs.get(name)!).shape];
        const head = { loss, mode, tensor: name, shape };
        rows.push(checkTensor(head, x, g, f, base.value, settings, rng));
      }
    }
  }
  const secondOrder = callSpans(programs, "grad").size > 0;
  const ok = rows.every((row) => row.pass);
  return { ok, rows, diagnostics: r.diagnostics, secondOrder, settings,
    text: formatReport(rows, settings, secondOrder) };
}

// ---- stop_gradient -------------------------------------------------------------------------

/**
 * `stop_gradient(e)` makes the gradient differ from the loss's derivative on purpose (a GAN's
 * discriminator step sees the generator's output as constant), so finite differences must
 * see e as constant too. Each stop_gradient the user wrote becomes an input of the gradients
 * graph, fed with e's value at the unperturbed point, which the graph also returns (as an
 * extra `grad` output). The ones inside built-ins (softmax's max) are left alone: there the
 * derivative is unchanged, and a misplaced one would be a bug to catch.
 */
function freezeStopGradients(ir: ModelIR, user: Set<string>) {
  const names = new Map<string, string[]>();
  const all = new Set<string>();
  const inputs = new Map(ir.decls.inputs);
  const gradients = ir.gradients.map((e) => {
    const mine: string[] = [];
    const outputs: GraphOutput[] = [...e.graph.outputs];
    const nodes = e.graph.nodes.map((n) => {
      if (n.op !== "stop_gradient" || n.dtype !== "f" || !user.has(spanKey(n.span))) return n;
      // A space keeps the name apart from every input a model file can declare.
      const name = `frozen ${e.loss} ${e.mode} ${mine.length}`;
      mine.push(name);
      all.add(name);
      inputs.set(name, { name, shape: [...n.shape], dtype: "f", span: n.span! });
      outputs.push({ name, node: n.inputs[0], role: "grad" });
      return { ...n, op: "input" as const, inputs: [], attrs: { name, shape: n.shape, dtype: "f" } };
    });
    if (mine.length) names.set(`${e.loss} ${e.mode}`, mine);
    return { ...e, graph: { nodes, outputs } };
  });
  return { ir: { ...ir, decls: { ...ir.decls, inputs }, gradients }, names, all };
}

/** Feeds each frozen input the value its expression has at the unperturbed point; a frozen
 * value that depends on another is right once that one is, hence one pass per name. */
function settle(model: Live, feeds: Record<string, Float | Int32Array>,
  opts: { loss: string; mode: Mode; seed: number }, names: readonly string[], ir: ModelIR,
  dtype: "f32" | "f64") {
  const FloatArray = dtype === "f64" ? Float64Array : Float32Array;
  for (const name of names) feeds[name] = new FloatArray(size(ir.decls.inputs.get(name)!.shape));
  for (let pass = 0; pass < names.length; pass++) {
    const { grads } = model.gradients(feeds, opts);
    for (const name of names) feeds[name].set(grads[name]);
  }
}

const spanKey = (s: Span | undefined) => (s ? `${s.file}:${s.start}:${s.end}` : "");

/** Where the programs call built-in `fn`, directly or through a pipe, by span. */
function callSpans(programs: readonly Program[], fn: string): Set<string> {
  const out = new Set<string>();
  const isFn = (e: any) => e?.kind === "name" && e.name === fn;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== "object" || v === null) return;
    const o = v as any;
    if ((o.kind === "call" && isFn(o.callee)) ||
      (o.kind === "pipe" && (isFn(o.right) || (o.right.kind === "call" && isFn(o.right.callee))))) {
      out.add(spanKey(o.span));
    }
    for (const [k, x] of Object.entries(o)) if (k !== "span") walk(x);
  };
  walk(programs.map((p) => p.items));
  return out;
}

/** Where the programs (the prelude too) update state: a read after an update is the new
 * value without gradient (front/effects.ts), a stop_gradient to hold like the user's. */
function updateSpans(programs: readonly Program[]): Set<string> {
  const out = new Set<string>();
  const walk = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      if (s.kind === "update") out.add(spanKey(s.span));
      if (s.kind === "for") walk(s.body);
    }
  };
  for (const item of programs.flatMap((p) => p.items)) {
    if (item.kind === "layer" || item.kind === "model") walk(item.body);
  }
  return out;
}

/** Params initialised to a constant get 0.1 N(0, 1) added (see GradcheckOptions.jitter). */
function jitterConstants(ir: ModelIR, model: Live, seed: number): void {
  const rng = new Rng(seed ^ 0x7177);
  for (const p of ir.decls.params.values()) {
    if (!["zeros", "ones", "constant"].includes(p.init.kind)) continue;
    const x = model.params[p.name];
    for (let i = 0; i < x.length; i++) x[i] += 0.1 * rng.normal();
  }
}

/** Eval mode is checked too when its graph differs from training mode's. */
function modesToCheck(ir: ModelIR, loss: string, only?: Mode): Mode[] {
  if (only) return [only];
  const text = (mode: Mode) =>
    printGraph(ir.gradients.find((g) => g.loss === loss && g.mode === mode)!.graph);
  return text("train") === text("eval") ? ["train"] : ["train", "eval"];
}

type Settings = GradcheckReport["settings"];
type Head = Pick<GradcheckRow, "loss" | "mode" | "tensor" | "shape">;

function checkTensor(head: Head, x: Float64Array | Float32Array, g: Float64Array,
  f: () => number, f0: number, s: Settings, rng: Rng): GradcheckRow {
  const n = x.length;
  const elementwise = n <= s.maxElements;
  const row: GradcheckRow = { ...head, method: elementwise ? "elementwise" : "directions",
    maxAbsError: 0, maxRelError: 0, checked: 0, kinks: 0, pass: true };
  if (!Number.isFinite(f0) || g.some((v) => !Number.isFinite(v))) {
    return { ...row, pass: false, note: Number.isFinite(f0) ? "the gradient is not finite"
      : "the loss is not finite at the drawn feeds" };
  }
  const saved = Float64Array.from(x);
  const u = new Float64Array(n);
  let worstErr = -1;
  const count = elementwise ? n : s.directions;
  for (let k = 0; k < count; k++) {
    if (elementwise) {
      u.fill(0);
      u[k] = 1;
    } else {
      for (let i = 0; i < n; i++) u[i] = rng.normal();
    }
    // A kink within the step makes a comparison say nothing; a tenth of the step usually
    // leaves it outside (the feeds are never exactly on one, ties aside).
    let c = compare(x, saved, u, g, f, f0, s.eps, s);
    if (c.kind === "mismatch") c = compare(x, saved, u, g, f, f0, s.eps / 10, s);
    x.set(saved);
    if (c.kind === "kink") {
      row.kinks++;
      continue;
    }
    if (c.kind === "mismatch") {
      if (!(c.err <= worstErr)) {
        worstErr = c.err;
        row.worst = { index: elementwise ? k : -1, symbolic: c.sym, numeric: c.num };
      }
      row.pass = false;
    }
    row.checked++;
    row.maxAbsError = Math.max(row.maxAbsError, Number.isNaN(c.err) ? Infinity : c.err);
    const scale = Math.max(Math.abs(c.sym), Math.abs(c.num));
    if (scale > s.atol) row.maxRelError = Math.max(row.maxRelError, c.err / scale);
  }
  return row;
}

/**
 * The gradient along `u` against finite differences with step h. The one-sided differences
 * (f(x + hu) - f(x)) / h and (f(x) - f(x - hu)) / h agree at a smooth point (to about h f″)
 * and then the central one is compared; where they disagree the loss has a kink within h,
 * and the gradient must lie between them (every subgradient PyTorch picks does: relu'(0) =
 * 0, ties to one operand or split), or it is a mismatch.
 */
function compare(x: Float64Array | Float32Array, saved: Float64Array, u: Float64Array,
  g: Float64Array, f: () => number, f0: number, h: number, s: Settings):
  { kind: "match" | "kink" | "mismatch"; err: number; sym: number; num: number } {
  const n = x.length;
  // The steps actually taken (after rounding to the array's dtype), so that the symbolic
  // side projects the gradient on exactly the perturbation the loss saw.
  let up = 0, down = 0;
  for (let i = 0; i < n; i++) if (u[i] !== 0) x[i] = saved[i] + h * u[i];
  for (let i = 0; i < n; i++) if (u[i] !== 0) up += g[i] * (x[i] - saved[i]);
  const fp = f();
  for (let i = 0; i < n; i++) if (u[i] !== 0) x[i] = saved[i] - h * u[i];
  for (let i = 0; i < n; i++) if (u[i] !== 0) down -= g[i] * (x[i] - saved[i]);
  const fm = f();
  const tol = (v: number) => s.atol + s.rtol * Math.abs(v);
  const [right, left] = [(fp - f0) / h, (f0 - fm) / h];
  const sym = (up + down) / (2 * h), num = (right + left) / 2;
  const err = Math.abs(sym - num);
  if (Math.abs(right - left) > tol(Math.max(Math.abs(right), Math.abs(left)))) {
    const [lo, hi] = [Math.min(left, right), Math.max(left, right)];
    const inside = sym >= lo - tol(lo) && sym <= hi + tol(hi);
    return { kind: inside ? "kink" : "mismatch", err, sym, num };
  }
  return { kind: err <= tol(num) ? "match" : "mismatch", err, sym, num };
}

// ---- feeds -------------------------------------------------------------------------------

/**
 * Feeds for a check, drawn from `seed`: class ids within the range of every one_hot or
 * embedding they reach, positive floats for inputs that reach a log, sqrt, a power's base
 * or a divisor, and other floats normal but at least 0.1 from zero (relu's kink).
 */
export function drawFeeds(ir: ModelIR, seed: number, dtype: "f32" | "f64" = "f64"):
  Record<string, Float64Array | Float32Array | Int32Array> {
  const graphs = [ir.predict, ...ir.steps.map((s) => s.graph), ...ir.gradients.map((g) => g.graph)];
  const rng = new Rng(seed ^ 0x5eed);
  const feeds: Record<string, Float64Array | Float32Array | Int32Array> = {};
  for (const input of ir.decls.inputs.values()) {
    const n = size(input.shape);
    if (input.dtype === "i") {
      const bound = Math.min(...graphs.map((g) => idBound(g, input.name)));
      const hi = Number.isFinite(bound) ? bound : 4;
      feeds[input.name] = Int32Array.from({ length: n }, () => Math.floor(rng.uniform() * hi));
      continue;
    }
    const positive = graphs.some((g) => needsPositive(g, input.name));
    const out = dtype === "f64" ? new Float64Array(n) : new Float32Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = positive ? 0.5 + 1.5 * rng.uniform()
        : Math.sign(rng.uniform() - 0.5) * (0.1 + Math.abs(rng.normal()));
    }
    feeds[input.name] = out;
  }
  return feeds;
}

/** Ops that pass values through unchanged (so a feed's domain carries through them). */
const MOVES = new Set(["reshape", "broadcast", "transpose", "slice", "pad", "concat",
  "stop_gradient"]);

/** The nodes holding input `name`'s values, unchanged or rearranged. */
function carriers(g: Graph, name: string): Set<number> {
  const set = new Set<number>();
  for (const n of g.nodes) {
    if ((n.op === "input" && n.attrs.name === name) ||
      (MOVES.has(n.op) && n.inputs.some((i) => set.has(i)))) set.add(n.id);
  }
  return set;
}

/** The smallest one_hot size or embedding table the input's ids index. */
function idBound(g: Graph, name: string): number {
  const ids = carriers(g, name);
  let bound = Infinity;
  for (const n of g.nodes) {
    if (n.op === "one_hot" && ids.has(n.inputs[0])) bound = Math.min(bound, n.attrs.n as number);
    if (n.op === "take" && ids.has(n.inputs[1])) {
      bound = Math.min(bound, g.nodes[n.inputs[0]].shape[0]);
    }
  }
  return bound;
}

function needsPositive(g: Graph, name: string): boolean {
  const xs = carriers(g, name);
  const base = new Set(["log", "sqrt", "pow"]);
  return g.nodes.some((n) => (base.has(n.op) && xs.has(n.inputs[0])) ||
    (n.op === "div" && xs.has(n.inputs[1])));
}

// ---- the table -----------------------------------------------------------------------------

const sci = (v: number) => (v === 0 ? "0" : v.toExponential(1));

/** A flat row-major index as a multi-index: 17 in [8, 4] is [4, 1]. */
function unflatten(i: number, shape: readonly number[]): number[] {
  const out = shape.map(() => 0);
  for (let d = shape.length - 1; d >= 0; d--) {
    out[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return out;
}

export function formatReport(rows: readonly GradcheckRow[], s: Settings,
  secondOrder: boolean): string {
  if (!rows.length) return "the model has no train step, so no loss whose gradients to check";
  const header = ["loss", "mode", "tensor", "shape", "max abs error", "max rel error", "checked",
    "kinks", "result"];
  const body = rows.map((r) => [r.loss, r.mode, r.tensor, `[${r.shape.join(", ")}]`,
    r.checked ? sci(r.maxAbsError) : "-", r.checked ? sci(r.maxRelError) : "-",
    r.method === "elementwise" ? String(r.checked) : `${r.checked} dirs`, String(r.kinks),
    r.pass ? "PASS" : "FAIL"]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)));
  const line = (cells: string[]) => cells.map((v, c) => v.padEnd(widths[c])).join("  ").trimEnd();
  const out = [line(header), ...body.map(line)];
  for (const r of rows) {
    if (r.pass) continue;
    const w = r.worst;
    const at = r.note ?? (w!.index >= 0 ? `element [${unflatten(w!.index, r.shape).join(", ")}]`
      : "along a random direction");
    const detail = w ? `: symbolic ${w.symbolic.toPrecision(6)}, finite difference ` +
      `${w.numeric.toPrecision(6)}` : "";
    out.push(`FAIL ${r.loss} (${r.mode}) d/d ${r.tensor}: ${at}${detail}`);
  }
  const failed = rows.filter((r) => !r.pass).length;
  out.push(`${rows.length} gradients checked in ${s.dtype}, ` +
    `${failed ? `${failed} FAILED` : "all passed"} (eps ${s.eps.toExponential()}, ` +
    `atol ${s.atol.toExponential()}, rtol ${s.rtol.toExponential()}, ` +
    `seed ${s.seed})${secondOrder ? "; the loss uses grad(), so these are second derivatives" : ""}`);
  return out.join("\n");
}
