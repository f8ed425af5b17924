// A Python with PyTorch for the export tests, and the driver process (driver.py) they talk to.
// $KILN_PYTHON, then /usr/bin/python3 (Debian's python3-torch), then python3 on the PATH.
// In CI (CI set, as .ci/run sets it) a missing PyTorch fails the tests; elsewhere they skip,
// saying how to get it.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const INSTALL_HINT = "PyTorch is not installed: `sudo apt-get install python3-torch` " +
  "(Debian, Ubuntu), or point KILN_PYTHON at a python with torch";

function findPython(): string | undefined {
  const candidates = [process.env.KILN_PYTHON, "/usr/bin/python3", "python3"].filter(
    (p): p is string => !!p);
  return candidates.find((p) =>
    spawnSync(p, ["-c", "import torch"], { stdio: "ignore" }).status === 0);
}

/** The python to run, or undefined (and the tests skip) outside CI. */
export const PYTHON: string | undefined = (() => {
  const python = findPython();
  if (!python && process.env.CI) throw new Error(`CI must run the PyTorch tests: ${INSTALL_HINT}`);
  if (!python) console.warn(`skipping the PyTorch export tests: ${INSTALL_HINT}`);
  return python;
})();

/** One driver.py process; cases run one at a time, in the order given. */
export class TorchDriver {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiting: ((reply: { ok: boolean; error?: string; output?: string }) => void)[] =
    [];
  private buffered = "";
  private stderr = "";

  constructor(python: string) {
    const driver = fileURLToPath(new URL("./driver.py", import.meta.url));
    this.proc = spawn(python, [driver], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout.setEncoding("utf8");
    this.proc.stdout.on("data", (chunk: string) => {
      this.buffered += chunk;
      let at: number;
      while ((at = this.buffered.indexOf("\n")) >= 0) {
        const line = this.buffered.slice(0, at);
        this.buffered = this.buffered.slice(at + 1);
        this.waiting.shift()?.(JSON.parse(line));
      }
    });
    this.proc.stderr.on("data", (chunk) => (this.stderr += chunk));
    this.proc.on("exit", (code) => {
      for (const w of this.waiting.splice(0)) w({ ok: false, error: `driver exited (${code}): ${this.stderr}` });
    });
  }

  /** Runs a case; resolves to what it printed (`kind: "exec"` cases print). */
  run(request: object): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push((r) => (r.ok ? resolve(r.output ?? "") : reject(new Error(r.error))));
      this.proc.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }

  close(): void {
    this.proc.stdin.end();
  }
}
