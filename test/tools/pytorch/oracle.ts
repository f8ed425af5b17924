// PyTorch as a differential oracle: a model compiled by Kiln (float64) and the same model
// exported to PyTorch start from the same weights (Kiln's save(), loaded by the exported
// module), take the same feeds and draw the same random numbers (driver.py replays Kiln's
// generator), then must agree within 1e-10 of each tensor's largest value on predict's
// outputs, every gradients entry (value and the gradient of every param and float input,
// in both modes) and everything save() holds after rounds of every train step.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, formatDiagnostics, importModule } from "../../../compiler/compile.ts";
import { drawFeeds } from "../../../compiler/tools/gradcheck.ts";
import { type ExportResult, exportPyTorch } from "../../../compiler/tools/pytorch/export.ts";
import { initTensor } from "../../../runtime/init.ts";
import { Rng, RNG_STATE_WORDS } from "../../../runtime/rng.ts";
import {
  decodeSafetensors, encodeSafetensors, type SafetensorsEntry,
} from "../../../runtime/safetensors.ts";
import type { TorchDriver } from "./torch.ts";

export interface OracleCase {
  source: string;
  file?: string;
  model?: string;
  dims?: Record<string, number>;
  seed?: number;
  /** Rounds of every train step (default 3). */
  rounds?: number;
}

export const TOLERANCE = 1e-10;

/** What differs between Kiln and PyTorch (empty when they agree), and how many tensors
 * were compared. */
export async function compareWithTorch(driver: TorchDriver, c: OracleCase):
  Promise<{ mismatches: string[]; compared: number }> {
  const seed = c.seed ?? 1;
  const options = { file: c.file ?? "model.kiln", model: c.model, dims: c.dims };
  const r = compile(c.source, { ...options, dtype: "f64", declarations: false });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  const exported = exportPyTorch(c.source, options);
  if (!exported.ok) throw new Error(formatDiagnostics(exported.diagnostics, exported.sources));
  const ir = r.ir!;
  const model = (await importModule(r.js)).create({ seed });
  const feeds = drawFeeds(ir, seed, "f64");
  const kiln = new Map<string, ArrayLike<number>>();
  const copy = (v: ArrayLike<number>) => Float64Array.from(v);
  for (const [name, v] of Object.entries(model.predict(feeds))) kiln.set(`predict.${name}`, copy(v as Float64Array));
  const weights = model.save();
  const gradients = ir.gradients.map((g, i) => {
    const gseed = seed + 100 + i;
    const { value, grads } = model.gradients(feeds, { loss: g.loss, mode: g.mode, seed: gseed });
    kiln.set(`grad.${g.loss}.${g.mode}.value`, [value]);
    for (const [name, v] of Object.entries(grads)) kiln.set(`grad.${g.loss}.${g.mode}.${name}`, copy(v as Float64Array));
    return [g.loss, g.mode, streamAt(new Rng(gseed))];
  });
  const steps: string[] = [];
  for (let k = 0; k < (c.rounds ?? 3); k++) {
    for (const s of ir.steps) {
      model.train(feeds, s.decl.name);
      steps.push(s.decl.name);
    }
  }
  if (steps.length) {
    for (const [name, t] of decodeSafetensors(model.save())) {
      // Kiln's generator state: PyTorch draws from its own (docs/pytorch.md).
      if (name !== "rng/state") kiln.set(`train.${name}`, t.data);
    }
  }
  const torch = await runInTorch(driver, { exported, inputs: ir.decls.inputs, weights, feeds },
    { predict: true, gradients, steps, stream: streamAt(afterInit(ir.decls, seed)) });
  const group = groups(ir.decls.state);
  const scale = new Map<string, number>();
  for (const [name, want] of kiln) {
    const g = group(name);
    scale.set(g, Math.max(scale.get(g) ?? 0, largest(want), largest(torch.get(name)?.data ?? [])));
  }
  const mismatches: string[] = [];
  for (const [name, want] of kiln) {
    const got = torch.get(name);
    const why = got ? differs(got.data, want, scale.get(group(name))!) : "missing in PyTorch's results";
    if (why) mismatches.push(`${name}: ${why}`);
  }
  for (const name of torch.keys()) if (!kiln.has(name)) mismatches.push(`${name}: not in Kiln's results`);
  return { mismatches, compared: kiln.size };
}

export interface TorchModel {
  exported: ExportResult;
  inputs: ReadonlyMap<string, { shape: number[] }>;
  /** What a Kiln module's save() wrote, for load_safetensors. */
  weights: Uint8Array;
  feeds: Record<string, Float64Array | Float32Array | Int32Array>;
}

export interface TorchRun {
  predict?: boolean;
  /** [loss, mode, generator state] for each gradients entry. */
  gradients?: unknown[][];
  /** Train steps to take, in order. */
  steps?: string[];
  /** The generator state random draws replay from (default: a stream seeded 0). */
  stream?: number[];
  dtype?: "f32" | "f64";
}

/** Runs the exported model in PyTorch from the given weights: `predict.OUTPUT`,
 * `grad.LOSS.MODE.NAME` and, after the steps, `train.NAME` for all save_safetensors() writes. */
export async function runInTorch(driver: TorchDriver, m: TorchModel, r: TorchRun):
  Promise<Map<string, SafetensorsEntry>> {
  const dir = mkdtempSync(join(tmpdir(), "kiln-torch-"));
  try {
    const path = (name: string) => join(dir, name);
    writeFileSync(path("model.py"), m.exported.python);
    writeFileSync(path("weights.safetensors"), m.weights);
    writeFileSync(path("feeds.safetensors"), encodeSafetensors(Object.entries(m.feeds).map(
      ([name, data]) => ({ name, shape: m.inputs.get(name)!.shape, data,
        dtype: data instanceof Int32Array ? "I32" : data instanceof Float32Array ? "F32" : "F64" }))));
    await driver.run({ module: path("model.py"), cls: m.exported.className,
      inputs: [...m.inputs.keys()], weights: path("weights.safetensors"),
      feeds: path("feeds.safetensors"), stream: r.stream ?? streamAt(new Rng(0)),
      predict: r.predict ?? false, gradients: r.gradients ?? [], steps: r.steps ?? [],
      dtype: r.dtype ?? "f64", out: path("out.safetensors") });
    return decodeSafetensors(readFileSync(path("out.safetensors")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Kiln's main generator after create() initialised every param and state from it. */
function afterInit(decls: { params: Map<string, Init>; state: Map<string, Init> }, seed: number): Rng {
  const rng = new Rng(seed);
  for (const p of [...decls.params.values(), ...decls.state.values()]) {
    const n = p.shape.reduce((a, b) => a * b, 1);
    initTensor(new Float64Array(n), 0, p.shape, p.init as Parameters<typeof initTensor>[3], rng);
  }
  return rng;
}

interface Init {
  shape: number[];
  init: { kind: string; args: number[] };
}

function streamAt(rng: Rng): number[] {
  const words = new Uint32Array(RNG_STATE_WORDS);
  rng.saveState(words);
  return [...words];
}

/**
 * The result a tensor belongs to, whose largest value sets the scale of its comparison: the
 * outputs; one gradients entry's value; its gradients (one vector, as a gradient is); after
 * training, the params, the state, each kind of optimizer slot of a step, each step count.
 * (A tensor alone would not do: a bias before a batch norm has a true gradient of 0, and
 * both sides compute rounding noise there.)
 */
function groups(state: ReadonlyMap<string, unknown>): (name: string) => string {
  return (name) => {
    if (name.startsWith("predict.")) return "predict";
    if (name.startsWith("grad.")) return name.endsWith(".value") ? name : name.split(".").slice(0, 3).join(".");
    const slot = /^train\.optim\/([^/]*)\/.*\/(\w+)$/.exec(name);
    if (slot) return `optim ${slot[1]} ${slot[2]}`;
    if (/^train\.optim\/[^/]*\/t$/.test(name)) return name;
    return state.has(name.slice("train.".length)) ? "state" : "params";
  };
}

function largest(xs: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) m = Math.max(m, Math.abs(xs[i]));
  return m;
}

/** Why `got` is not within TOLERANCE * scale of `want`, or undefined. NaNs must meet NaNs
 * and infinities equal ones. */
export function differs(got: ArrayLike<number>, want: ArrayLike<number>, scale: number):
  string | undefined {
  if (got.length !== want.length) return `${got.length} values, Kiln has ${want.length}`;
  for (let i = 0; i < want.length; i++) {
    const a = got[i], b = want[i];
    if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) continue;
    if (!(Math.abs(a - b) <= TOLERANCE * scale)) {
      return `element ${i}: PyTorch ${a}, Kiln ${b} (the result's largest |value| ${scale})`;
    }
  }
  return undefined;
}
