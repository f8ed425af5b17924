// Where Kiln's benchmark models spend their time: a child node process runs the calls under
// --cpu-prof (in-process inspector sampling put a tenth of the samples in its own `dispatch`),
// and time is summed per function from the profile it writes: self time per function, and
// per kernel its time with what it calls (SIMD kernels). Kernel functions are numbered
// (`k12`); the module's comment on each (`// matmul [64, 128]`) says which op it runs, so the
// report reads in ops and shapes. Optimizer updates are kernels of the step like any other.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, importModule } from "../compiler/index.ts";
import { CNN_SOURCE } from "./cnn.ts";
import { LSTM_SOURCE, lstmBatches } from "./lstm.ts";
import { MLP_SOURCE, mnistBatches } from "./mlp.ts";

/** The profiled models: their source and one batch of their data. */
const MODELS = {
  mlp: { source: MLP_SOURCE, batch: (n: number) => mnistBatches(n, 1) },
  cnn: { source: CNN_SOURCE, batch: (n: number) => mnistBatches(n, 1) },
  lstm: { source: LSTM_SOURCE, batch: (n: number) => lstmBatches(n, 1) },
};
export type ProfiledModel = keyof typeof MODELS;

export interface ProfileRow {
  fn: string;
  /** What the function is: "matmul [64, 128]" for a kernel, else the function's name. */
  what: string;
  share: number;
  msPerCall: number;
}

export interface ProfileResult {
  model: ProfiledModel;
  entry: string;
  batch: number;
  calls: number;
  msPerCall: number;
  rows: ProfileRow[];
  /** Share of time per kind: matrix products, optimizer, other kernels, everything else. */
  kinds: Record<string, number>;
  /** Per op ("conv2d_weight_grad", "fused gt mul"), its kernels' time with what they call;
   * time outside kernels under the function's own name. */
  ops: Record<string, number>;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Time (µs) per sample's function between `from` and `to` (µs on the monotonic clock that
 * both the profiler and process.hrtime read): self time per function name, and time per
 * kernel (`k12`) with its callees, other samples under their own function's name. */
function times(profile: CpuProfile, from: number, to: number) {
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || "(anonymous)"]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const kernelOf = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (KERNEL.test(name.get(at)!)) return name.get(at)!;
    }
    return name.get(id)!;
  };
  const self = new Map<string, number>(), inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let t = profile.startTime;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    if (t < from || t > to) return;
    add(self, name.get(id)!, profile.timeDeltas[k]);
    add(inclusive, kernelOf(id), profile.timeDeltas[k]);
  });
  return { self, inclusive };
}

/** The module's kernel functions' names. */
const KERNEL = /^k\d+$/;

function kindOf(what: string): string {
  if (/\bmatmul\b/.test(what)) return "matrix products, JS (with what fusion put in them)";
  if (what.startsWith("wasm-function")) return "WebAssembly SIMD kernels (products, elementwise, updates)";
  if (/^conv2d\w* \[/.test(what)) return "convolutions, JS (im2col copies, bias, sums over samples)";
  if (/^[a-z_\d]+( [a-z_\d]+)* \[/.test(what)) return "other kernels";
  return "other (entry functions, feed checks, GC)";
}

function setup(model: ProfiledModel, batch: number) {
  const r = compile(MODELS[model].source, { file: `bench/${model}.kiln`, dims: { B: batch },
    declarations: false });
  if (!r.ok) throw new Error(`bench/${model}.kiln did not compile`);
  const ops = new Map([...r.js.matchAll(/function (k\d+)\([^)]*\) \{ \/\/ (.*)/g)].map((m) => [m[1], m[2]]));
  return { js: r.js, ops };
}

/** The child: warm up, then time the calls; prints the loop's start and end (µs). */
async function child(model: ProfiledModel, entry: string, batch: number, calls: number): Promise<void> {
  const m = (await importModule(setup(model, batch).js)).create({ seed: 1 });
  const { x: [x], y: [y] } = MODELS[model].batch(batch);
  const run = entry === "train" ? () => m.train({ x, y }) : () => m.predict({ x });
  for (let i = 0; i < Math.min(calls, 200); i++) run();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  const t1 = process.hrtime.bigint();
  process.stdout.write(`${t0 / 1000n} ${t1 / 1000n}\n`);
}

export async function profileModel(model: ProfiledModel, entry: "train" | "predict", batch: number,
  calls: number): Promise<ProfileResult> {
  const dir = mkdtempSync(join(tmpdir(), "kiln-prof-"));
  try {
    const out = execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-interval=200",
      "--import", "tsx", fileURLToPath(import.meta.url), model, entry, String(batch), String(calls)],
    { encoding: "utf8" });
    const [from, to] = out.trim().split("\n").at(-1)!.split(" ").map(Number);
    const ms = (to - from) / 1000;
    const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), "utf8")) as CpuProfile;
    const { self, inclusive } = times(profile, from, to);
    const { ops } = setup(model, batch);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const rows = [...self].map(([fn, us]) => ({ fn, what: ops.get(fn) ?? fn, share: us / total,
      msPerCall: (us / total) * (ms / calls) })).sort((a, b) => b.share - a.share);
    const kinds: Record<string, number> = {};
    for (const row of rows) kinds[kindOf(row.what)] = (kinds[kindOf(row.what)] ?? 0) + row.share;
    const byOp: Record<string, number> = {};
    for (const [fn, us] of inclusive) {
      const op = (ops.get(fn) ?? fn).replace(/ \[.*$/, "");
      byOp[op] = (byOp[op] ?? 0) + us / total;
    }
    return { model, entry, batch, calls, msPerCall: ms / calls, rows, kinds, ops: byOp };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [model, entry, batch, calls] = process.argv.slice(2);
  await child(model as ProfiledModel, entry, Number(batch), Number(calls));
}
