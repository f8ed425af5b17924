// How emitted kernels call the WebAssembly SIMD kernels of runtime/simd.ts. A kernel's code
// names each SIMD kernel it may use by an identifier that spells its kind and sizes,
// `simd_mm_64_784_128_0_0`; the module binds every name its code contains at create(), to
// the kernel over the arena's memory, or to null where there is none (float64 arenas, engines
// without SIMD), and the kernel then runs its JS loops instead.

/** The identifier a module binds to the SIMD kernel `kind` with integer `params`. */
export function simdName(kind: string, params: readonly number[]): string {
  return `simd_${kind}_${params.join("_")}`;
}

/** Every SIMD kernel a module's code names. */
export function simdNamesIn(code: string): { name: string; kind: string; params: number[] }[] {
  const found = new Map<string, { name: string; kind: string; params: number[] }>();
  for (const m of code.matchAll(/\bsimd_([a-z0-9]+)((?:_\d+)+)\b/g)) {
    found.set(m[0], { name: m[0], kind: m[1], params: m[2].slice(1).split("_").map(Number) });
  }
  return [...found.values()];
}

/**
 * Statements that run the SIMD kernel where the module has it, else `js`. `offsets` are
 * element offsets into F, which views the arena from byte 0: the kernel takes them as byte
 * addresses, 4 bytes an element.
 */
export function simdOrJs(kind: string, params: readonly number[], offsets: readonly (string | number)[],
  js: string): string {
  const fn = simdName(kind, params);
  return `if (${fn} !== null) ${fn}(${offsets.map((o) => `(${o}) * 4`).join(", ")});\nelse {\n${js}}\n`;
}
