// Before any test: the runtime bundles compiled modules embed and the prelude the compiler
// embeds are made from runtime/ and dsl/prelude.kiln when missing or older than them
// (scripts/build-runtime.mjs), so tests always run today's.
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildRuntime, stale } from "../scripts/build-runtime.mjs";

export default async function setup(): Promise<void> {
  if (stale()) await buildRuntime();
}
