// Where emitted JS hands loops to the WebAssembly SIMD kernels: an elementwise loop's
// operands (tensors read or written with strides over the loop's shape) turned into a loop
// nest the SIMD elementwise kernel walks (compiler/emit/wasm/elementwise.ts), or the JS loops
// where it cannot. Fused groups, single elementwise ops, product epilogues and layout copies
// all come through here.
import type { Graph, Node, Shape } from "../ir/types.ts";
import { collapseAxes, type Ref, rowsOf } from "./js/loops.ts";
import { elementwiseFn, type EwArg, type EwCode, type EwProgram, hasSimdForms } from "./wasm/elementwise.ts";
import { type ReduceOp, reduceFn, type ReduceProgram } from "./wasm/reduce.ts";
import type { WasmKernels } from "./wasm/kernels.ts";
import type { ProductEpilogue } from "./wasm/epilogue.ts";

/** A kernel's literal operands' values: a `const` node's, read from the graph (what the
 * `literal` parameters below ask). */
export const literalsOf = (g: Graph) => (node: number): number | undefined =>
  g.nodes[node].attrs.value as number | undefined;

/** A loop operand: a tensor read (an input from outside) or written (a stored member). */
export interface Operand {
  ref: Ref;
  /** Its strides over the loop's shape (0 where broadcast). */
  strides: number[];
  node: number;
  store: boolean;
}

/**
 * An elementwise loop (members in order, each an op over operands and earlier members) as a
 * WebAssembly SIMD kernel where it can be one, with `js` as its fallback: the module is
 * float32, every op has a SIMD form (compiler/emit/wasm/ops.ts), every tensor is in F, and
 * along the loop's innermost axis (after merging the axes every operand walks contiguously)
 * each input is contiguous or broadcast (compiler/emit/wasm/elementwise.ts).
 */
export function elementwiseSimd(simd: WasmKernels | undefined, shape: Shape,
  members: readonly Node[], operands: readonly Operand[],
  literal: (node: number) => number | undefined, js: string,
  count?: (n: number | string) => string, varying?: number): string {
  const ops = members.map((m) => m.op);
  if (!simd || !hasSimdForms(ops)) return js;
  const arg = new Map<number, EwArg>();
  const literals: number[] = [];
  const ins: Operand[] = [], outs: Operand[] = [];
  const addresses = new Map<Operand, string | number>();
  for (const o of operands) {
    if (o.ref.lit !== undefined) {
      const value = literal(o.node);
      if (value === undefined || o.store) return js;
      arg.set(o.node, { literal: literals.length });
      literals.push(value);
      continue;
    }
    // A per-step scalar is read from its float copy.
    const off = o.ref.arr === "H" ? o.ref.mirror : o.ref.arr === "F" ? o.ref.off : undefined;
    if (off === undefined) return js;
    addresses.set(o, off);
    if (o.store) outs.push(o);
    else { arg.set(o.node, { input: ins.length }); ins.push(o); }
  }
  const all = [...ins, ...outs];
  const nest = nestOf(shape, all.map((o) => o.strides), ins.length);
  if (!nest) return js;
  const { dims, strides: strideSets } = nest;
  // With `count`, a one-level loop's length is a parameter: one kernel for every length.
  const counted = count !== undefined && dims.length === 1;
  // Over the batch fed (`varying`, the bound), the outermost level's extent (the batch's axis
  // and any merged with it) is a parameter too: its rows of the bound's.
  if (varying && (!count || dims[0] % varying !== 0)) return js;
  const outer = varying !== undefined && !counted;
  const program: EwProgram = { dims: counted ? undefined : outer ? [0, ...dims.slice(1)] : dims,
    strides: strideSets, inputs: ins.length, literals, outputs: [], members: [],
    ...(outer ? { outer } : {}) };
  for (const [m, node] of members.entries()) {
    if (node.inputs.some((i) => !arg.has(i))) return js;
    const alpha = node.attrs.alpha;
    program.members.push({ op: ops[m], args: node.inputs.map((i) => arg.get(i)!),
      ...(alpha === undefined ? {} : { attrs: { alpha } }) });
    arg.set(node.id, { member: m });
  }
  for (const o of outs) {
    const a = arg.get(o.node);
    if (!a || !("member" in a)) return js;
    program.outputs.push(a.member);
  }
  return simd.callOrJs(`ew ${JSON.stringify(program)}`, () => elementwiseFn(program),
    all.map((o) => addresses.get(o)!), js,
    count && (counted || outer) ? [count(varying ? rowsOf(dims[0], varying) : dims[0])] : []);
}


/** The loop nest over `shape` for operands with these strides (the first `inputs` read, the
 * rest written): axes merged where every operand walks them contiguously; undefined unless
 * along the innermost axis every input is contiguous or broadcast and every output is
 * contiguous. A one-element loop is one level of one element, its inputs broadcast. */
function nestOf(shape: Shape, strideSets: readonly number[][], inputs: number):
  { dims: number[]; strides: number[][] } | undefined {
  const c = collapseAxes(shape, [...strideSets]);
  if (!c.shape.length) {
    return { dims: [1], strides: strideSets.map((_, k) => [k < inputs ? 0 : 1]) };
  }
  const inner = (s: number[]) => s[s.length - 1];
  const ok = c.strides.every((s, k) => inner(s) === 1 || (k < inputs && inner(s) === 0));
  return ok ? { dims: c.shape, strides: c.strides } : undefined;
}

/** A copy of `src` into `dst` (each with its strides over `shape`, both in F) as a SIMD
 * kernel where the nest allows, else `js`. */
export function copySimd(simd: WasmKernels | undefined, shape: Shape,
  dst: { ref: Ref; strides: number[] }, src: { ref: Ref; strides: number[] }, js: string): string {
  if (!simd || dst.ref.arr !== "F" || src.ref.arr !== "F" || src.ref.lit !== undefined) return js;
  const nest = nestOf(shape, [src.strides, dst.strides], 1);
  if (!nest) return js;
  const program: EwProgram = { ...nest, inputs: 1, literals: [], outputs: [0],
    members: [{ op: "float", args: [{ input: 0 }] }] };
  return simd.callOrJs(`ew ${JSON.stringify(program)}`, () => elementwiseFn(program),
    [src.ref.off, dst.ref.off], js);
}

/** Operands as a kernel's arguments: each node read is an input, a literal or an earlier
 * member; `addresses` are the tensors' places in F, in parameter order. */
class Args {
  readonly arg = new Map<number, EwArg>();
  readonly literals: number[] = [];
  readonly addresses: (string | number)[] = [];

  constructor(private readonly literal: (node: number) => number | undefined) {}

  /** Takes each operand as a literal or as the next input (after `first`): the inputs, or
   * undefined where one is neither. */
  read(ops: readonly Operand[], first = 0): Operand[] | undefined {
    const inputs: Operand[] = [];
    for (const o of ops) {
      if (o.ref.lit !== undefined) {
        const value = this.literal(o.node);
        if (value === undefined) return undefined;
        this.arg.set(o.node, { literal: this.literals.length });
        this.literals.push(value);
        continue;
      }
      if (!this.place(o)) return undefined;
      this.arg.set(o.node, { input: first + inputs.length });
      inputs.push(o);
    }
    return inputs;
  }
  /** Takes operand `o`'s address; false unless it is in F. */
  place(o: Operand): boolean {
    const off = o.ref.arr === "H" ? o.ref.mirror : o.ref.arr === "F" ? o.ref.off : undefined;
    if (off === undefined) return false;
    this.addresses.push(off);
    return true;
  }
  /** The members' code, or undefined where an op has no SIMD form or an input is missing. */
  code(members: readonly Node[]): EwCode | undefined {
    if (!hasSimdForms(members.map((m) => m.op))) return undefined;
    const code: EwCode = { members: [], literals: this.literals };
    for (const [m, node] of members.entries()) {
      if (node.inputs.some((i) => !this.arg.has(i))) return undefined;
      const alpha = node.attrs.alpha;
      code.members.push({ op: node.op as EwCode["members"][number]["op"],
        args: node.inputs.map((i) => this.arg.get(i)!),
        ...(alpha === undefined ? {} : { attrs: { alpha } }) });
      this.arg.set(node.id, { member: m });
    }
    return code;
  }
}

/**
 * A product's epilogue (members in order over the product, operand 0, and other operands)
 * as code its SIMD kernel applies while storing C (compiler/emit/wasm/epilogue.ts), with the
 * places in F of its other inputs and of its outputs besides C; undefined unless C is
 * [M, N], every op has a SIMD form, each other input is a literal, a vector along C's
 * columns, a matrix of C's shape or a scalar, and at most one output is in C's place (none:
 * C holds only the sums, in scratch).
 */
export function productEpilogue(members: readonly Node[], operands: readonly Operand[],
  literal: (node: number) => number | undefined):
  { epilogue: ProductEpilogue; addresses: (string | number)[]; also: Ref[] } | undefined {
  const [product, ...rest] = operands;
  if (product.store || product.strides.length !== 2 || product.strides[1] !== 1) return undefined;
  const N = product.strides[0];
  const inC = (o: Operand) => o.ref.arr === product.ref.arr && o.ref.off === product.ref.off;
  const writes = rest.filter((o) => o.store);
  const args = new Args(literal);
  const ins = args.read([product, ...rest.filter((o) => !o.store)]);
  const c = writes.filter(inC), also = writes.filter((o) => !inC(o));
  // Nothing of the epilogue stored in C (output -1): a product kept in scratch so that its
  // epilogue writes a step's new param where the param lives.
  if (!ins || ins[0] !== product || c.length > 1 || !also.every((o) => args.place(o))) {
    return undefined;
  }
  const inputs = ins.slice(1).map(({ strides: [row, col] }) => (row === 0 && col === 0 ? "scalar"
    : col !== 1 ? undefined : row === 0 ? "col" : row === N ? "matrix" : undefined));
  const code = args.code(members);
  const member = (o: Operand) => {
    const a = args.arg.get(o.node);
    return a && "member" in a ? a.member : undefined;
  };
  const output = c.length ? member(c[0]) : -1, outs = also.map(member);
  if (!code || output === undefined || !outs.every((m) => m !== undefined) ||
    !inputs.every((k) => k !== undefined)) return undefined;
  return { epilogue: { ...code, inputs: inputs as ProductEpilogue["inputs"], output,
    also: outs as number[] }, addresses: args.addresses.slice(1), also: also.map((o) => o.ref) };
}

export interface Reduction {
  core: Node;
  inShape: Shape;
  producers: readonly Node[];
  epilogue: readonly Node[];
  /** Read per element of the reduced input, strides over it. */
  inner: readonly Operand[];
  /** Read or written per result, strides over the kept axes. */
  outer: readonly Operand[];
  literal: (node: number) => number | undefined;
}

/** A reduction group (compiler/emit/fused.ts) as a SIMD kernel (compiler/emit/wasm/reduce.ts)
 * where the vectors can run along the input's innermost reduced or kept axis, else `js`. */
export function reductionSimd(simd: WasmKernels | undefined, r: Reduction, js: string): string {
  const op = r.core.op as ReduceOp;
  if (!simd || !["sum", "max", "min"].includes(op)) return js;
  const axes = r.core.attrs.axes as number[];
  const keptAxes = r.inShape.map((_, d) => d).filter((d) => !axes.includes(d));
  // Producers' operands and their members; the value each element contributes.
  const inner = new Args(r.literal);
  const innerReads = inner.read(r.inner.filter((o) => !o.store));
  const producers = inner.code(r.producers);
  const value = inner.arg.get(r.core.inputs[0]);
  const innerWrites = r.inner.filter((o) => o.store);
  if (!innerReads || !producers || !value || "literal" in value ||
    !innerWrites.every((o) => inner.place(o))) return js;
  const stored = innerWrites.map((o) => inner.arg.get(o.node));
  if (!stored.every((a) => a && "member" in a)) return js;
  const innerOps = [...innerReads, ...innerWrites];
  // The epilogue: input 0 is the result, then the outer operands read.
  const outer = new Args(r.literal);
  outer.arg.set(r.core.id, { input: 0 });
  const readOps = outer.read(r.outer.filter((o) => !o.store && o.node !== r.core.id), 1);
  const epilogue = outer.code(r.epilogue);
  const writes = r.outer.filter((o) => o.store);
  if (!readOps || !epilogue || !writes.every((o) => outer.place(o))) return js;
  const outputs = writes.map((o) => outer.arg.get(o.node)!);
  // Kept levels outside (every operand), reduced levels inside (the inner ones).
  const kept = collapseAxes(keptAxes.map((d) => r.inShape[d]),
    [...innerOps.map((o) => keptAxes.map((d) => o.strides[d])), ...readOps.map((o) => o.strides),
      ...writes.map((o) => o.strides)]);
  const reduced = collapseAxes(axes.map((d) => r.inShape[d]),
    innerOps.map((o) => axes.map((d) => o.strides[d])));
  const K = kept.shape.length, R = reduced.shape.length;
  // Read operands contiguous or broadcast along the vectors' level, written ones contiguous.
  const written = (k: number) => (k >= innerReads.length && k < innerOps.length) ||
    k >= innerOps.length + readOps.length;
  const fits = (s: number[], k: number) => s[s.length - 1] === 1 ||
    (!written(k) && s[s.length - 1] === 0);
  const along = R && reduced.strides.every(fits) ? "reduced"
    : K && kept.strides.every(fits) ? "kept" : undefined;
  if (!along || !R && !K) return js;
  const program: ReduceProgram = { op, kept: kept.shape, reduced: reduced.shape,
    inner: innerOps.map((_, k) => [...kept.strides[k], ...reduced.strides[k]]),
    innerInputs: innerReads.length, producers, value,
    stored: stored.map((a) => (a as { member: number }).member),
    outer: kept.strides.slice(innerOps.length), outerInputs: readOps.length, epilogue, outputs,
    along };
  return simd.callOrJs(`reduce ${JSON.stringify(program)}`, () => reduceFn(program),
    [...inner.addresses, ...outer.addresses], js);
}
