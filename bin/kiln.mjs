#!/usr/bin/env node
// The `kiln` command: runs the TypeScript CLI through tsx's loader, so a checkout works
// right after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
// A checkout makes the runtime bundles compiled modules embed when runtime/ changed.
const { buildRuntime, stale } = await import("../scripts/build-runtime.mjs");
if (stale()) await buildRuntime();
const { main } = await import("../compiler/tools/cli.ts");
process.exitCode = await main(process.argv.slice(2));
