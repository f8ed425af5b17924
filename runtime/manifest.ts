// Which runtime files the compiler embeds in every emitted module, and in what order. Each
// listed file is self-contained (no imports but `import type`), declares only functions,
// classes, consts and types, and uses top-level names no other runtime file uses, so the
// files can be transpiled, stripped of `export` and concatenated into one scope.
// Not embedded: this file, and types.ts (types only).

export function runtimeFiles(): string[] {
  return ["rng.ts", "init.ts", "safetensors.ts", "feeds.ts", "optimizers.ts", "simd.ts", "special.ts",
    "fastmath.ts"];
}

/** Where a runtime file's source is, for reading it in Node. */
export function runtimeFileUrl(name: string): URL {
  return new URL(`./${name}`, import.meta.url);
}
