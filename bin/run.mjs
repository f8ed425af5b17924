#!/usr/bin/env node
// Runs a TypeScript script (an example or benchmark) through tsx's loader.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
// A checkout makes the runtime bundles and the prelude the compiler embeds when stale.
const { buildRuntime, stale } = await import("../scripts/build-runtime.mjs");
if (stale()) await buildRuntime();
const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
