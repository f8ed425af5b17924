// How emitted kernels call the WebAssembly SIMD kernels of runtime/simd.ts. A kernel's code
// names each SIMD kernel it may use by an identifier that spells its kind and sizes,
// `simd_mm_64_784_128_0_0`; the module binds every name its code contains at create(), to
// the kernel over the arena's memory, or to null where there is none (float64 arenas, engines
// without SIMD), and the kernel then runs its JS loops instead.
import { SIMD_EW_LITERAL, SIMD_EW_MEMBER, SIMD_EW_OPS } from "../../runtime/simd.ts";

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

/** A tensor an elementwise loop reads (or, with `store`, writes), as the loop builders see it. */
export interface EwOperand {
  ref: { arr: string; off: string | number; lit?: string };
  /** Its strides over the loop's shape (0 where broadcast). */
  strides: readonly number[];
  node: number;
  store: boolean;
  /** A literal's value. */
  value?: number;
}

const f32Bits = (v: number) => new Uint32Array(Float32Array.of(v).buffer)[0];

/**
 * An elementwise loop (members in order, each an op over operands and earlier members) as
 * runtime/simd.ts's "ew" kernel: its program and its operands' offsets (inputs, then
 * outputs), or null where it cannot be one. It can where the module is float32, the loop is
 * a whole number of vectors, every tensor is read or written whole and contiguous in F (no
 * broadcast, no view), and every op is one SIMD_EW_OPS has.
 */
export function ewKernel(dtype: string, shape: readonly number[],
  members: readonly { id: number; op: string; inputs: readonly number[] }[],
  operands: readonly EwOperand[]): { params: number[]; offsets: (string | number)[] } | null {
  const n = shape.reduce((a, b) => a * b, 1);
  if (dtype !== "f32" || n % 4 !== 0 || n < 64) return null;
  const contiguous = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const code = new Map<number, number>();
  const lits: number[] = [], ins: EwOperand[] = [], outs: EwOperand[] = [];
  for (const o of operands) {
    if (o.ref.lit !== undefined) {
      if (o.value === undefined || o.store) return null;
      code.set(o.node, SIMD_EW_LITERAL + lits.length);
      lits.push(f32Bits(o.value));
      continue;
    }
    if (o.ref.arr !== "F" || o.strides.some((s, d) => shape[d] !== 1 && s !== contiguous[d])) return null;
    if (o.store) outs.push(o);
    else { code.set(o.node, ins.length); ins.push(o); }
  }
  const program: number[] = [];
  for (const [m, { id, op, inputs }] of members.entries()) {
    const opCode = SIMD_EW_OPS[op];
    if (opCode === undefined || inputs.some((i) => !code.has(i))) return null;
    program.push(opCode, ...[0, 1, 2].map((k) => (k < inputs.length ? code.get(inputs[k])! : 0)));
    code.set(id, SIMD_EW_MEMBER + m);
  }
  const outMembers = outs.map((o) => code.get(o.node)! - SIMD_EW_MEMBER);
  if (outMembers.some((m) => !(m >= 0 && m < members.length))) return null;
  return {
    params: [n / 4, ins.length, outs.length, members.length, ...program, ...outMembers, lits.length, ...lits],
    offsets: [...ins.map((o) => o.ref.off), ...outs.map((o) => o.ref.off)],
  };
}
