// PyTorch as the reference for layers: Debian's python3-torch through /usr/bin/python3 (not
// whatever `python3` comes first on PATH). Outside CI a machine without it skips these tests;
// in CI (CI=true) they run, and fail if PyTorch is missing (.ci/run installs it).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";

export const PYTHON = "/usr/bin/python3";

const hasTorch = spawnSync(PYTHON, ["-c", "import torch"], { stdio: "ignore" }).status === 0;

/** `describe`, or `describe.skip` where PyTorch is missing and this is not CI. */
export const describeWithTorch = hasTorch || process.env.CI ? describe : describe.skip;

/** Runs a Python script of test/support with `input` as JSON on stdin; returns its JSON. */
export function runPython(script: string, input: unknown): any {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const r = spawnSync(PYTHON, [path], { input: JSON.stringify(input), encoding: "utf8",
    maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.error ?? r.stderr}`);
  return JSON.parse(r.stdout);
}
