// Before any test: the runtime bundles compiled modules embed are made from runtime/ when
// missing or older than it (scripts/build-runtime.mjs), so tests always run today's runtime.
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildRuntime, stale } from "../scripts/build-runtime.mjs";

export default async function setup(): Promise<void> {
  if (stale()) await buildRuntime();
}
