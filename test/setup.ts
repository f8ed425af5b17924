// Before any test: the runtime bundles compiled modules embed and the prelude the compiler
// embeds are made from runtime/ and dsl/prelude.kiln when missing or older than them
// (scripts/build-runtime.mjs), so tests always run today's.
//
// Every temporary file a test, a CLI it spawns, Python or Chromium makes goes under one
// directory for the run (TMPDIR, which os.tmpdir(), Python's tempfile and Chromium read),
// removed when the run ends: a test that forgets to clean up leaves nothing behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildRuntime, stale } from "../scripts/build-runtime.mjs";

export default async function setup(): Promise<() => void> {
  if (stale()) await buildRuntime();
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "kiln-test-"));
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
