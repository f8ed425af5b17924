// Where Kiln's MLP spends its time: a child node process runs the calls under --cpu-prof
// (in-process inspector sampling put a tenth of the samples in its own `dispatch`), and self
// time is summed per function from the profile it writes. Kernel functions are
// named after their node (`k_step0_4`); the module's comment on each (`// matmul [64, 128]`)
// says which op it runs, so the report reads in ops and shapes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, importModule } from "../compiler/index.ts";
import { fillBatch, loadMnist, permutation } from "../examples/data/mnist.ts";
import { Rng } from "../runtime/rng.ts";
import { MLP_SOURCE } from "./mlp.ts";

export interface ProfileRow {
  fn: string;
  /** What the function is: "matmul [64, 128]" for a kernel, else the function's name. */
  what: string;
  share: number;
  msPerCall: number;
}

export interface ProfileResult {
  entry: string;
  batch: number;
  calls: number;
  msPerCall: number;
  rows: ProfileRow[];
  /** Share of time per kind: matrix products, optimizer, other kernels, everything else. */
  kinds: Record<string, number>;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time (µs) per function name over samples taken between `from` and `to` (µs on the
 * monotonic clock that both the profiler and process.hrtime read). */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || "(anonymous)"]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    if (t < from || t > to) return;
    const f = name.get(id)!;
    self.set(f, (self.get(f) ?? 0) + profile.timeDeltas[k]);
  });
  return self;
}

function kindOf(what: string): string {
  if (/\bmatmul\b/.test(what)) return "matrix products, JS (with what fusion put in them)";
  if (what === "simdMatmul") return "matrix products, SIMD operand packing (JS)";
  if (what.startsWith("wasm-function")) return "matrix products, SIMD kernel (WebAssembly)";
  if (/Step$/.test(what)) return "optimizer";
  if (/^[a-z_]+ \[/.test(what)) return "other kernels";
  return "other (entry functions, feed checks, GC)";
}

function setup(entry: string, batch: number) {
  const r = compile(MLP_SOURCE, { file: "bench/mlp.kiln", dims: { B: batch }, declarations: false });
  const ops = new Map([...r.js.matchAll(/function (k_\w+)\(\) \{ \/\/ (.*)/g)].map((m) => [m[1], m[2]]));
  return { js: r.js, ops };
}

/** The child: warm up, then time the calls; prints the loop's start and end (µs). */
async function child(entry: string, batch: number, calls: number): Promise<void> {
  const m = (await importModule(setup(entry, batch).js)).create({ seed: 1 });
  const { train } = loadMnist();
  const x = new Float32Array(batch * 784), y = new Int32Array(batch);
  fillBatch(train, permutation(train.n, new Rng(7)), 0, batch, x, y);
  const run = entry === "train" ? () => m.train({ x, y }) : () => m.predict({ x });
  for (let i = 0; i < Math.min(calls, 200); i++) run();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  const t1 = process.hrtime.bigint();
  process.stdout.write(`${t0 / 1000n} ${t1 / 1000n}\n`);
}

export async function profileMlp(entry: "train" | "predict", batch: number, calls: number): Promise<ProfileResult> {
  const dir = mkdtempSync(join(tmpdir(), "kiln-prof-"));
  try {
    const out = execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-interval=200",
      "--import", "tsx", fileURLToPath(import.meta.url), entry, String(batch), String(calls)], { encoding: "utf8" });
    const [from, to] = out.trim().split("\n").at(-1)!.split(" ").map(Number);
    const ms = (to - from) / 1000;
    const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), "utf8")) as CpuProfile;
    const self = selfTimes(profile, from, to);
    const { ops } = setup(entry, batch);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const rows = [...self].map(([fn, us]) => ({ fn, what: ops.get(fn) ?? fn, share: us / total,
      msPerCall: (us / total) * (ms / calls) })).sort((a, b) => b.share - a.share);
    const kinds: Record<string, number> = {};
    for (const row of rows) kinds[kindOf(row.what)] = (kinds[kindOf(row.what)] ?? 0) + row.share;
    return { entry, batch, calls, msPerCall: ms / calls, rows, kinds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, batch, calls] = process.argv.slice(2);
  await child(entry, Number(batch), Number(calls));
}
