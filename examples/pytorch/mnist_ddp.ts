// `npm run example:pytorch`: the MNIST CNN (examples/mnist_cnn.kiln) trained at scale in
// PyTorch and shipped back to Kiln. Exports the model file with `kiln export --pytorch`,
// writes the mnist package's digits and a Kiln module's initial weights as safetensors, trains
// with `torchrun --nproc_per_node=2 train_ddp.py` (DistributedDataParallel, gloo on this
// machine's CPUs), then loads the trained weights into the Kiln module and measures its test
// accuracy against the one PyTorch reported. EPOCHS (default 6) and OUT (a directory for the
// files; default a temporary one) are read from the environment.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, exportPyTorch, formatDiagnostics, importModule } from "../../compiler/index.ts";
import { encodeSafetensors } from "../../runtime/safetensors.ts";
import { type Digits, loadMnist } from "../data/mnist.ts";
import { accuracy } from "../mnist_train.ts";

const FILE = "examples/mnist_cnn.kiln";
const B = 32;

export interface RoundTrip {
  /** Test accuracy as PyTorch measured it at the end of training, and as the Kiln module
   * measures it with the weights PyTorch wrote. */
  torchAccuracy: number;
  kilnAccuracy: number;
  /** Training time in PyTorch (all processes, wall clock), samples per second. */
  seconds: number;
  samplesPerSecond: number;
  processes: number;
}

/** A python with PyTorch: $KILN_PYTHON, Debian's /usr/bin/python3, or python3. */
function python(): string {
  const found = [process.env.KILN_PYTHON, "/usr/bin/python3", "python3"].find((p) => p &&
    spawnSync(p, ["-c", "import torch"], { stdio: "ignore" }).status === 0);
  if (!found) throw new Error("PyTorch is not installed: apt-get install python3-torch");
  return found;
}

export async function roundTrip(epochs: number, dir: string, log = console.log): Promise<RoundTrip> {
  mkdirSync(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  const source = readFileSync(new URL(`../../${FILE}`, import.meta.url), "utf8");
  const exported = exportPyTorch(source, { file: FILE, dims: { B } });
  const compiled = compile(source, { file: FILE, dims: { B }, declarations: false });
  if (!exported.ok || !compiled.ok) {
    throw new Error(formatDiagnostics([...exported.diagnostics, ...compiled.diagnostics], exported.sources));
  }
  writeFileSync(path("cnn.py"), exported.python);
  const { train, test } = loadMnist();
  const images = (d: Digits) => ({ dtype: "F32" as const, shape: [d.n, 1, 28, 28], data: d.x });
  const labels = (d: Digits) => ({ dtype: "I32" as const, shape: [d.n], data: d.y });
  writeFileSync(path("mnist.safetensors"), encodeSafetensors([
    { name: "train_x", ...images(train) }, { name: "train_y", ...labels(train) },
    { name: "test_x", ...images(test) }, { name: "test_y", ...labels(test) }]));
  const kiln = (await importModule(compiled.js)).create({ seed: 1 });
  writeFileSync(path("initial.safetensors"), kiln.save());
  log(`exported ${FILE} to ${path("cnn.py")}; ${train.n} training and ${test.n} test digits, ` +
    `and the Kiln module's initial weights, in ${dir}`);

  const py = python();
  // torchrun is `python -m torch.distributed.run`. Its default `--redirects 0` fails with
  // torch < 2.0 on Python 3.11 (Debian 12's pair: meta-llama/llama#86); a mapping naming no
  // process means the same (no redirection) and works with every version.
  const run = spawnSync(py, ["-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
    "--redirects", "9:0", "--tee", "9:0", new URL("./train_ddp.py", import.meta.url).pathname, "--model", path("cnn.py"),
    "--data", path("mnist.safetensors"), "--weights", path("initial.safetensors"),
    "--out", path("trained.safetensors"), "--epochs", String(epochs), "--batch", String(B)],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) throw new Error(`torchrun failed (${run.status}):\n${run.stdout}`);
  const lines = run.stdout.trim().split("\n");
  for (const l of lines.slice(0, -1)) log(`  torch: ${l}`);
  const report = JSON.parse(lines.at(-1)!);

  kiln.load(readFileSync(path("trained.safetensors")));
  const kilnAccuracy = accuracy(kiln, test, new Float32Array(B * 784), new Int32Array(B), B);
  return { torchAccuracy: report.accuracy, kilnAccuracy, seconds: report.seconds,
    samplesPerSecond: report.samples_per_second, processes: report.processes };
}

if (process.argv[1]?.endsWith("mnist_ddp.ts")) {
  const epochs = Number(process.env.EPOCHS ?? 6);
  const r = await roundTrip(epochs, process.env.OUT ?? mkdtempSync(join(tmpdir(), "kiln-ddp-")));
  console.log(`PyTorch, ${r.processes} processes (DistributedDataParallel): ${epochs} epochs in ` +
    `${r.seconds.toFixed(1)} s (${r.samplesPerSecond.toFixed(0)} samples/s); test accuracy ` +
    `${(100 * r.torchAccuracy).toFixed(2)}%`);
  console.log(`Kiln, with the weights PyTorch trained: test accuracy ${(100 * r.kilnAccuracy).toFixed(2)}%`);
}
