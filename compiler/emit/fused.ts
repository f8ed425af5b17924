// One loop nest per fused group (compiler/passes/fuseOps.ts). Each element's inputs are read
// once into locals, every member's value is a `const` computed from locals, and only the
// members read outside the group are stored. Offsets advance with the loops (js/loops.ts), so
// no index arithmetic is left in inner loops beyond one add per access. Locals are numbered
// by their place in the group, not by node id: the same computation on other nodes is the
// same code, which the module's kernel cache then shares.
import type { Graph, Shape } from "../ir/types.ts";
import { sections } from "../passes/fuseOps.ts";
import { strides } from "../ir/tensor.ts";
import { JS_OPS } from "./js/ops.ts";
import type { EmitContext, FloatDtype } from "./js/types.ts";
import { type Namer, readStrides, type Ref, stridedLoops } from "./js/loops.ts";
import {
  elementwiseSimd, literalsOf, type Operand, productEpilogue, reductionSimd,
} from "./simd.ts";
import { addendCall, epilogueCall, productFallback } from "./js/matmul.ts";
import { dims, flags } from "../ops/matmul.ts";
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
  /** A product stored only so that its epilogue can write a step's new param over the old
   * one (entry.ts): nothing reads its sums once the epilogue has them. */
  readonly sumsOnly?: boolean;
}

/** Whether something outside the group reads a product's sums: then they are stored whole and
 * the epilogue is a pass of its own, as it always was. (A product stored only so that its
 * epilogue can write a step's new param where the param lives, `sumsOnly`, keeps its
 * epilogue fused.) */
const readElsewhere = (c: GroupContext, core: number): boolean => c.stored.has(core) && !c.sumsOnly;

/** The bound, if the loop's leading axis varies with the batch fed. */
const varyingOf = (c: GroupContext, ids: readonly number[]): number | undefined =>
  (c.bound && ids.some((id) => c.g.nodes[id].lead) ? c.bound : undefined);

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
    // A member computed in its slice of a concat's output is written with its strides.
    const ref = c.ref(m);
    out.push({ ref, strides: view([...ref.strides ?? strides(shape)]), node: m, store: true });
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
    literalsOf(c.g), js, c.count, varying);
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
  if (!epilogue.length) return JS_OPS.matmul.kernel!(ctx);
  // Without SIMD kernels the product's loops are written first, as they always were.
  const first = c.simd ? undefined : JS_OPS.matmul.kernel!(ctx);
  const { all, js } = epilogueLoops(c, core, epilogue, product, local);
  // Over the batch fed, the product's own kernel (bounded.ts) and then the epilogue.
  const varying = varyingOf(c, [core]);
  // A fixed epilogue's sizes stay in its kernel; over the batch fed, its rows are a parameter.
  const separate = () => (first ?? JS_OPS.matmul.kernel!(ctx)) + elementwiseSimd(c.simd,
    n.shape, epilogue.map((id) => c.g.nodes[id]), all,
    literalsOf(c.g), js,
    varying ? c.count : undefined, varying);
  const fused = varying ? undefined : addendProduct(c, core, epilogue, product, local, js) ??
    storedEpilogue(c, core, epilogue, product, all, js, separate);
  return fused ?? separate();
}

/** The epilogue's operands (the product, read where it was stored, as node `from`'s value)
 * and its JS loops. */
function epilogueLoops(c: GroupContext, from: number, epilogue: readonly number[],
  product: Ref, local: (id: number) => number) {
  const shape = c.g.nodes[from].shape;
  const ops = operandsOf(c, epilogue, shape).filter((o) => o.node !== from);
  const all = [{ ref: product, strides: strides(shape), node: from, store: false }, ...ops];
  const js = stridedLoops(shape, all.map((o) => o.ref), all.map((o) => o.strides), (reads) =>
    `const v${local(from)} = ${reads[0]};\n` +
    elementBody(c, epilogue, ops, reads.slice(1), "x", local), c.nm, undefined,
  varyingOf(c, [from]));
  return { all, js };
}

/**
 * Where the epilogue starts by adding a matrix D to the product, and nothing else in the
 * group reads the product: with SIMD kernels, the product starts from D (one kernel, no
 * pass over C for the add; a recurrent step's z = x_t W + h U), the rest of the epilogue
 * after it; without, the product then the whole epilogue, as ever. Undefined elsewhere.
 */
function addendProduct(c: GroupContext, core: number, epilogue: readonly number[],
  product: Ref, local: (id: number) => number, js: string): string | undefined {
  const n = c.g.nodes[core];
  const add = c.g.nodes[epilogue[0]];
  const { ta, tb } = flags(n);
  // Kept apart for a param write, D + A B is made in the product's scratch and the rest
  // reads it there. (Summing D after the product instead rounds differently: a GAN's
  // discriminator, whose weight gradient has a real and a fake term, trains to other bits.)
  if (!c.simd || n.shape.length !== 2 || tb || readElsewhere(c, core) || add.op !== "add" ||
    !add.inputs.includes(core) || add.inputs[0] === add.inputs[1]) return undefined;
  if (c.stored.has(add.id) && add.id !== c.members.at(-1)) return undefined;
  if (c.members.some((m) => m !== add.id && c.g.nodes[m].inputs.includes(core))) return undefined;
  const x = add.inputs.find((i) => i !== core)!;
  if (c.members.includes(x)) return undefined;
  const ref = c.ref(x), xs = readStrides(ref, c.g.nodes[x].shape, n.shape);
  if (ref.lit !== undefined || xs[1] !== 1 || xs[0] < n.shape[1]) return undefined;
  const [a, b] = n.inputs.map((i) => c.ref(i));
  const d = dims(c.g.nodes[n.inputs[0]].shape, c.g.nodes[n.inputs[1]].shape, ta, tb);
  const call = addendCall(product, a, b, ref, xs[0], d, ta, c.simd);
  if (!call) return undefined;
  const rest = epilogue.slice(1);
  let after = "";
  if (rest.length) {
    const r = epilogueLoops(c, add.id, rest, product, local);
    after = elementwiseSimd(c.simd, n.shape, rest.map((id) => c.g.nodes[id]), r.all,
      literalsOf(c.g), r.js);
  }
  return `if (W !== null) {\n${call}${after}} else {\n` +
    `${productFallback(product, a, b, d, ta, tb)}${js}}\n`;
}

/**
 * Where the whole epilogue can run as the product's SIMD kernel stores C (compiler/emit/
 * wasm/epilogue.ts: at most one value stored in C's place, others in matrices of C's
 * shape; biases along C's columns, matrices of C's shape or scalars besides the product):
 * one kernel, no second pass over C; the same sums and the same epilogue, so the same bits.
 * Undefined elsewhere.
 */
function storedEpilogue(c: GroupContext, core: number, epilogue: readonly number[],
  product: Ref, all: readonly Operand[], js: string, separate: () => string): string | undefined {
  const n = c.g.nodes[core];
  const { ta, tb } = flags(n);
  // Over the batch fed (a depth or rows that vary), the product's own kernel (bounded.ts).
  const ins = n.inputs.map((i) => c.g.nodes[i]);
  if (!c.simd || n.shape.length !== 2 || tb || readElsewhere(c, core) ||
    (c.bound && ins.some((x) => x.lead || x.slab))) return undefined;
  const e = productEpilogue(epilogue.map((id) => c.g.nodes[id]), all,
    literalsOf(c.g));
  if (!e) return undefined;
  const [a, b] = n.inputs.map((i) => c.ref(i));
  const d = dims(ins[0].shape, ins[1].shape, ta, tb);
  const call = epilogueCall(product, a, b, d, ta, c.simd, e.epilogue, e.addresses);
  if (!call) return undefined;
  // Outputs besides C are written while later tiles still read A and B (the separate pass
  // wrote them after the whole product): where one may overlap them (a step's new weights
  // written where the old ones were read), the kernel runs only when they are apart.
  const spans = ins.map((x, k) => ({ ref: [a, b][k], span: span([a, b][k], x.shape) }));
  const apart: string[] = [];
  for (const o of e.also) {
    for (const { ref, span: s } of spans) {
      if (o.arr !== ref.arr) continue;
      if (typeof o.off !== "number" || typeof ref.off !== "number") {
        apart.push(`(${o.off} + ${d.M * d.N} <= ${ref.off} || ${ref.off} + ${s} <= ${o.off})`);
      } else if (o.off + d.M * d.N > ref.off && ref.off + s > o.off) return undefined;
    }
  }
  const fused = `if (W !== null) {\n${call}} else {\n` +
    `${productFallback(product, a, b, d, ta, tb)}${js}}\n`;
  return apart.length ? `if (${apart.join(" && ")}) {\n${fused}} else {\n${separate()}}\n` : fused;
}

/** Elements from a tensor's first to its last, as `ref` lays it out (a view's strides). */
function span(ref: Ref, shape: Shape): number {
  const s = ref.strides ?? strides(shape);
  return shape.reduce((sum, d, k) => sum + (d - 1) * Math.abs(s[k]), 1);
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
  const js = stridedLoops(keptShape, all.map((o) => o.ref), all.map((o) => o.strides),
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
  // Over the batch fed, the JS loops (they run its rows only).
  if (varying) return js;
  const nodes = (ids: readonly number[]) => ids.map((id) => c.g.nodes[id]);
  return reductionSimd(c.simd, { core: n, inShape, producers: nodes(producers),
    epilogue: nodes(epilogue), inner, outer: outer.map((o) => ({ ...o, strides: o.strides })),
    literal: literalsOf(c.g) }, js);
}
