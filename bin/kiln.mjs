#!/usr/bin/env node
// The `kiln` command. An installed package runs its compiled CLI (dist/); a checkout, which has
// the TypeScript sources, runs them through tsx's loader, so it works right after `npm ci` with
// no build step.
import { existsSync } from "node:fs";

const checkout = existsSync(new URL("../compiler/tools/cli.ts", import.meta.url));
let main;
if (checkout) {
  const { register } = await import("tsx/esm/api");
  register();
  // A checkout makes the runtime bundles and the prelude the compiler embeds when stale.
  const { buildRuntime, stale } = await import("../scripts/build-runtime.mjs");
  if (stale()) await buildRuntime();
  ({ main } = await import("../compiler/tools/cli.ts"));
} else {
  ({ main } = await import("../dist/cli.js"));
}
process.exitCode = await main(process.argv.slice(2));
