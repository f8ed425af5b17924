// PyTorch as the reference for layers, through the python the export tests find
// (test/tools/pytorch/torch.ts: Debian's python3-torch by default; a missing PyTorch skips
// these tests outside CI and fails them in CI).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";
import { PYTHON as FOUND } from "../tools/pytorch/torch.ts";

export const PYTHON = FOUND ?? "";

/** `describe`, or `describe.skip` where no python with PyTorch was found. */
export const describeWithTorch = FOUND ? describe : describe.skip;

/** Runs a Python script of test/support with `input` as JSON on stdin; returns its JSON. */
export function runPython(script: string, input: unknown): any {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const r = spawnSync(PYTHON, [path], { input: JSON.stringify(input), encoding: "utf8",
    maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.error ?? r.stderr}`);
  return JSON.parse(r.stdout);
}
