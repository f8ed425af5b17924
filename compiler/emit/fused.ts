// One loop nest per fused group (compiler/passes/fuseOps.ts). Each element's inputs are read
// once into locals, every member's value is a `const` computed from locals, and only the
// members read outside the group are stored. Offsets advance with the loops (js/loops.ts), so
// no index arithmetic is left in inner loops beyond one add per access. Locals are numbered
// by their place in the group, not by node id: the same computation on other nodes is the
// same code, which the module's kernel cache then shares.
import type { Graph, Node, Shape } from "../ir/types.ts";
import { sections } from "../passes/fuseOps.ts";
import { strides } from "../ir/tensor.ts";
import { JS_OPS } from "./js/ops.ts";
import type { EmitContext, FloatDtype } from "./js/types.ts";
import { type Namer, readStrides, type Ref, rowsOf, stridedLoops } from "./js/loops.ts";
import { elementwiseFn, type EwArg, hasSimdForms } from "./wasm/elementwise.ts";
import type { WasmKernels } from "./wasm/kernels.ts";

export interface GroupContext {
  readonly g: Graph;
  /** Members in node order. */
  readonly members: readonly number[];
  /** Members whose values are stored (read outside the group, or outputs). */
  readonly stored: ReadonlySet<number>;
  /** Where any node's value lives: external inputs and stored members. */
  readonly ref: (id: number) => Ref;
  readonly nm: Namer;
  readonly rng: string;
  readonly scratch?: Ref;
  readonly dtype: FloatDtype;
  readonly simd?: WasmKernels;
  /** Names a trip count as a kernel parameter (KernelParams.count). */
  readonly count?: (n: number | string) => string;
  /** The bounded dim's bound, in a module that has one (compiler/ir/lead.ts). */
  readonly bound?: number;
}

/** The bound, if the loop's leading axis varies with the batch fed. */
const varyingOf = (c: GroupContext, ids: readonly number[]): number | undefined =>
  (c.bound && ids.some((id) => c.g.nodes[id].lead) ? c.bound : undefined);

/** A loop operand: a tensor read (an input from outside) or written (a stored member). */
export interface Operand {
  ref: Ref;
  /** Its strides over the loop's shape (0 where broadcast). */
  strides: number[];
  node: number;
  store: boolean;
}

export function groupKernel(c: GroupContext): string {
  const secs = sections(c.g, c.members);
  const pick = (s: string) => c.members.filter((m) => secs.get(m) === s);
  const local = localNames(c);
  const core = pick("core")[0];
  if (core === undefined) return elementwiseGroup(c, pick("body"), local);
  if (c.g.nodes[core].op === "matmul") return productGroup(c, core, pick("epilogue"), local);
  return reductionGroup(c, core, pick("producer"), pick("epilogue"), local);
}

/** Each node the group touches (members, then the inputs they read) numbered in order. */
function localNames(c: GroupContext): (id: number) => number {
  const index = new Map<number, number>();
  for (const m of c.members) index.set(m, index.size);
  for (const m of c.members) {
    for (const i of c.g.nodes[m].inputs) if (!index.has(i)) index.set(i, index.size);
  }
  return (id) => index.get(id)!;
}

/** Operands of a loop over `shape` computing `ids`: what they read from outside, and what
 * they store. `view` maps a full-rank stride vector to the loop's axes. */
function operandsOf(c: GroupContext, ids: readonly number[], shape: Shape,
  view: (s: number[]) => number[] = (s) => s): Operand[] {
  const inside = new Set(c.members);
  const out: Operand[] = [];
  const seen = new Set<number>();
  for (const m of ids) {
    for (const i of c.g.nodes[m].inputs) {
      if (inside.has(i) || seen.has(i)) continue;
      seen.add(i);
      out.push({ ref: c.ref(i), strides: view(readStrides(c.ref(i), c.g.nodes[i].shape, shape)),
        node: i, store: false });
    }
  }
  for (const m of ids) {
    if (!c.stored.has(m)) continue;
    out.push({ ref: c.ref(m), strides: view(strides(shape)), node: m, store: true });
  }
  return out;
}

/** Statements for one element: read inputs, compute `ids` in order, store what leaves. */
function elementBody(c: GroupContext, ids: readonly number[], ops: readonly Operand[],
  reads: readonly string[], prefix: string, local: (id: number) => number, head = ""): string {
  const names = new Map<number, string>();
  const v = (id: number) => `v${local(id)}`;
  let s = head;
  ops.forEach((o, k) => {
    if (o.store) return;
    if (o.ref.lit !== undefined) { names.set(o.node, o.ref.lit); return; }
    names.set(o.node, `${prefix}${local(o.node)}`);
    s += `const ${prefix}${local(o.node)} = ${reads[k]};\n`;
  });
  for (const m of ids) {
    const n = c.g.nodes[m];
    const args = n.inputs.map((i) => names.get(i) ?? v(i));
    s += `const ${v(m)} = ${JS_OPS[n.op].expr!(args, n.attrs, c.dtype, c.rng)};\n`;
  }
  ops.forEach((o, k) => { if (o.store) s += `${reads[k]} = ${v(o.node)};\n`; });
  return s;
}

function elementwiseGroup(c: GroupContext, ids: readonly number[],
  local: (id: number) => number): string {
  const shape = c.g.nodes[ids.at(-1)!].shape;
  const ops = operandsOf(c, ids, shape);
  const varying = varyingOf(c, ids);
  const js = stridedLoops(shape, ops.map((o) => o.ref), ops.map((o) => o.strides),
    (reads) => elementBody(c, ids, ops, reads, "x", local), c.nm, c.count, varying);
  return elementwiseSimd(c.simd, shape, ids.map((id) => c.g.nodes[id]), ops,
    (id) => c.g.nodes[id].attrs.value as number | undefined, js, c.count, varying);
}

/**
 * An elementwise loop (members in order, each an op over operands and earlier members) as a
 * WebAssembly SIMD kernel where it can be one, with `js` as its fallback: the module is
 * float32, the loop a whole number of vectors (and long enough to pay for the call), every
 * tensor read or written whole and contiguous in F (no broadcast, no view), and every op has
 * a SIMD form (compiler/emit/wasm/ops.ts).
 */
export function elementwiseSimd(simd: WasmKernels | undefined, shape: Shape,
  members: readonly Node[], operands: readonly Operand[],
  literal: (node: number) => number | undefined, js: string,
  count?: (n: number | string) => string, varying?: number): string {
  const n = shape.reduce((a, b) => a * b, 1);
  const ops = members.map((m) => m.op);
  if (!simd || n % 4 !== 0 || n < 64 || !hasSimdForms(ops)) return js;
  // Over the batch fed, whole vectors only if each sample is.
  if (varying && (!count || (n / varying) % 4 !== 0)) return js;
  const contiguous = strides(shape);
  const arg = new Map<number, EwArg>();
  const literals: number[] = [], splats: boolean[] = [];
  const ins: (string | number)[] = [], outs: Operand[] = [];
  for (const o of operands) {
    if (o.ref.lit !== undefined) {
      const value = literal(o.node);
      if (value === undefined || o.store) return js;
      arg.set(o.node, { literal: literals.length });
      literals.push(value);
      continue;
    }
    // A per-step scalar is read from its float copy; any one-element tensor is splatted.
    const off = o.ref.arr === "H" ? o.ref.mirror : o.ref.arr === "F" ? o.ref.off : undefined;
    const splat = o.strides.every((s) => s === 0);
    const whole = o.strides.every((s, d) => shape[d] === 1 || s === contiguous[d]);
    if (off === undefined || !(whole || (splat && !o.store))) return js;
    if (o.store) outs.push(o);
    else { arg.set(o.node, { input: ins.length }); ins.push(off); splats.push(splat && !whole); }
  }
  // With `count`, the length is a parameter: one kernel for every length of this program.
  const program = { vectors: count ? undefined : n / 4, splats, literals, outputs: [] as number[],
    members: [] as { op: (typeof ops)[number]; args: EwArg[] }[] };
  for (const [m, node] of members.entries()) {
    if (node.inputs.some((i) => !arg.has(i))) return js;
    program.members.push({ op: ops[m], args: node.inputs.map((i) => arg.get(i)!) });
    arg.set(node.id, { member: m });
  }
  for (const o of outs) {
    const a = arg.get(o.node);
    if (!a || !("member" in a)) return js;
    program.outputs.push(a.member);
  }
  const offsets = [...ins, ...outs.map((o) => o.ref.off)];
  const length = varying ? rowsOf(n, varying) : n;
  return simd.callOrJs(`ew ${JSON.stringify(program)}`, () => elementwiseFn(program), offsets, js,
    count ? [`${count(length)} >> 2`] : []);
}

/** The product, stored in the core's buffer or else the last member's (the epilogue then
 * runs over it in place), then the epilogue over the product's elements. */
function productGroup(c: GroupContext, core: number, epilogue: readonly number[],
  local: (id: number) => number): string {
  const n = c.g.nodes[core];
  const ins = n.inputs.map((i) => c.g.nodes[i]);
  const product = c.stored.has(core) ? c.ref(core) : c.ref(c.members.at(-1)!);
  const ctx: EmitContext = { node: n, ins, out: product, args: n.inputs.map((i) => c.ref(i)),
    nm: c.nm, rng: c.rng, scratch: c.scratch, dtype: c.dtype, simd: c.simd, bound: c.bound };
  let code = JS_OPS.matmul.kernel!(ctx);
  if (!epilogue.length) return code;
  const ops = operandsOf(c, epilogue, n.shape).filter((o) => o.node !== core);
  const all = [{ ref: product, strides: strides(n.shape), node: core, store: false }, ...ops];
  code += stridedLoops(n.shape, all.map((o) => o.ref), all.map((o) => o.strides), (reads) =>
    `const v${local(core)} = ${reads[0]};\n` +
    elementBody(c, epilogue, ops, reads.slice(1), "x", local), c.nm, undefined,
  varyingOf(c, [core]));
  return code;
}

/**
 * Kept axes outside, reduced axes inside. Producers run per input element in the inner
 * loop and feed the accumulator; the epilogue runs per result after it.
 */
function reductionGroup(c: GroupContext, core: number, producers: readonly number[],
  epilogue: readonly number[], local: (id: number) => number): string {
  const n = c.g.nodes[core];
  const x = n.inputs[0];
  const inShape = c.g.nodes[x].shape;
  const axes = n.attrs.axes as number[];
  const kept = inShape.map((_, d) => d).filter((d) => !axes.includes(d));
  const keptShape = kept.map((d) => inShape[d]);
  const keepdims = n.attrs.keepdims === true;
  const { init, combine } = JS_OPS[n.op].reducer!;
  // Producer operands; with no producers the reduced input itself is the one.
  const inner = producers.length ? operandsOf(c, producers, inShape)
    : [{ ref: c.ref(x), strides: readStrides(c.ref(x), inShape, inShape), node: x, store: false }];
  const outer = operandsOf(c, [core, ...epilogue], n.shape, keepdims
    ? (s) => kept.map((d) => s[d]) : (s) => s).filter((o) => o.node !== x || o.store);
  const all = [...outer, ...inner.map((o) => ({ ...o, strides: kept.map((d) => o.strides[d]) }))];
  const acc = c.nm.fresh("acc");
  // A loop's stacked values hold rows past the batch fed in every step's slab.
  if (c.bound && inner.some((o) => c.g.nodes[o.node].slab)) {
    throw new Error("internal: a fused reduction over a loop's stacked batch");
  }
  // Axis 0, when it varies, is the first kept axis or the first reduced one.
  const varying = varyingOf(c, [x]);
  const [outerRows, innerRows] = axes.includes(0) ? [undefined, varying] : [varying, undefined];
  return stridedLoops(keptShape, all.map((o) => o.ref), all.map((o) => o.strides),
    (reads, ptrs) => {
      const bases = inner.map((o, k) => ({ ...o.ref, off: ptrs[outer.length + k] }));
      const loop = stridedLoops(axes.map((d) => inShape[d]), bases,
        inner.map((o) => axes.map((d) => o.strides[d])), (r) => {
          const value = producers.length ? `v${local(x)}` : r[0];
          const body = producers.length ? elementBody(c, producers, inner, r, "x", local) : "";
          return body + `${acc} = ${combine(acc, value)};\n`;
        }, c.nm, undefined, innerRows);
      return `let ${acc} = ${init};\n${loop}` + elementBody(c, epilogue, outer,
        reads.slice(0, outer.length), "e", local, `const v${local(core)} = ${acc};\n`);
    }, c.nm, undefined, outerRows);
}
