// Loop-nest builders shared by op emitters. They take strides, collapse axes that are
// contiguous for every operand, and walk with running offsets so no index arithmetic is
// left in inner loops (what PERF-NOTES measured to matter for JS kernels).
import type { Node, Shape } from "../../ir/types.ts";
import { size } from "../../ir/shape.ts";
import { broadcastStrides, strides } from "../../ir/tensor.ts";

/** Where a kernel reads or writes a tensor: `arr[off + i]`. `lit` marks a scalar constant;
 * `strides`, a view read in place (a slice or transpose of another tensor): element strides
 * for each axis of the tensor's shape. A per-step scalar (`hyper`) lives in `H` (float64)
 * and has a float copy at `mirror` in F, which SIMD kernels read. */
export interface Ref {
  arr: string;
  off: number | string;
  lit?: string;
  strides?: readonly number[];
  mirror?: number | string;
}

/** Strides for reading tensor `ref` of shape `from` as if broadcast to `to`. */
export function readStrides(ref: Ref, from: Shape, to: Shape): number[] {
  if (!ref.strides) return broadcastStrides(from, to);
  const out = new Array<number>(to.length).fill(0);
  const lead = to.length - from.length;
  for (let i = 0; i < from.length; i++) out[lead + i] = from[i] === 1 ? 0 : ref.strides[i];
  return out;
}

/** The batch fed, in kernels of a module with a bounded dim (`dim B <= 64`): a kernel that
 * uses it takes it as its last parameter (compiler/emit/kernels.ts). */
export const ROWS = "nb";

/** A trip count over `extent` elements of a leading axis that varies with the batch fed:
 * the bound's `extent` scaled to the batch fed. */
export function rowsOf(extent: number, bound: number): string {
  return extent === bound ? ROWS : `${extent / bound} * ${ROWS}`;
}

/** Zeroes the rows of a tensor that varies with the batch fed past the batch fed (in each
 * slab of a loop's stacked values), so that a sum over the bound's rows adds nothing more. */
export function zeroTail(x: Node, r: Ref, bound: number): string {
  if ((!x.lead && !x.slab) || x.dtype !== "f") return "";
  if (r.strides || r.lit !== undefined) throw new Error("internal: a view summed over a batch");
  const slabs = x.slab?.count ?? 1, per = size(x.shape) / slabs;
  const fill = (at: string) =>
    `${r.arr}.fill(0, ${at} + ${ROWS} * ${per / bound}, ${at} + ${per});\n`;
  if (slabs === 1) return fill(String(r.off));
  return `for (let q = 0; q < ${slabs}; q++) ${fill(`${r.off} + q * ${per}`)}`;
}

/** Makes locally unique names inside one kernel function. */
export class Namer {
  private n = 0;
  fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
}

/** Merges adjacent axes that every stride vector walks contiguously. */
export function collapseAxes(shape: Shape, strideSets: readonly number[][]):
  { shape: number[]; strides: number[][] } {
  const dims: number[] = [];
  const st: number[][] = strideSets.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    if (shape[d] === 1) continue;
    const last = dims.length - 1;
    if (last >= 0 && strideSets.every((s, k) => st[k][last] === s[d] * shape[d])) {
      dims[last] *= shape[d];
      strideSets.forEach((s, k) => (st[k][last] = s[d]));
      continue;
    }
    dims.push(shape[d]);
    strideSets.forEach((s, k) => st[k].push(s[d]));
  }
  return { shape: dims, strides: st };
}

function at(ref: Ref, ptr: string, idx: string | undefined, stride: number): string {
  if (ref.lit !== undefined) return ref.lit;
  if (idx === undefined || stride === 0) return `${ref.arr}[${ptr}]`;
  return `${ref.arr}[${ptr} + ${stride === 1 ? idx : `${idx} * ${stride}`}]`;
}

/**
 * Nested loops over `shape` with one running offset per operand and loop level. Operand k is
 * read with strides[k]; `body(reads, ptrs)` gets one JS expression per operand (and the
 * offset expression it reads at) and returns statements. `bound`, if given, names the trip
 * count of a loop that collapses to one level (a kernel parameter), so one function serves
 * every length.
 */
export function stridedLoops(shape: Shape, refs: readonly Ref[], strideSets: readonly number[][],
  body: (reads: string[], ptrs: string[]) => string, nm: Namer,
  bound?: (n: number | string) => string, varying?: number): string {
  const c = collapseAxes(shape, [...strideSets]);
  const depth = c.shape.length;
  // With `varying` (the bound), axis 0 runs over the batch fed: it is the first level.
  const trip = (d: number): number | string => (varying && d === 0
    ? rowsOf(c.shape[0], varying) : c.shape[d]);
  // Level d's offsets start from level d-1's; the innermost level indexes from its base.
  let ptrs = refs.map((r) => String(r.off));
  let open = "";
  let close = "";
  for (let d = 0; d < depth - 1; d++) {
    const i = nm.fresh("i");
    const next = refs.map((r, k) => (r.lit === undefined && c.strides[k][d] !== 0 ? nm.fresh("p") : ptrs[k]));
    const inits = refs.map((_, k) => (next[k] !== ptrs[k] ? `, ${next[k]} = ${ptrs[k]}` : "")).join("");
    const steps = refs.map((_, k) => (next[k] !== ptrs[k] ? `, ${next[k]} += ${c.strides[k][d]}` : "")).join("");
    open += `for (let ${i} = 0${inits}; ${i} < ${trip(d)}; ${i}++${steps}) {\n`;
    close += "}\n";
    ptrs = next;
  }
  if (depth === 0) return body(refs.map((r, k) => at(r, ptrs[k], undefined, 0)), ptrs);
  const i = nm.fresh("i");
  const inner = depth - 1;
  const reads = refs.map((r, k) => at(r, ptrs[k], i, c.strides[k][inner]));
  const ptrsAt = ptrs.map((p, k) => (c.strides[k][inner] === 0 ? p
    : `${p} + ${c.strides[k][inner] === 1 ? i : `${i} * ${c.strides[k][inner]}`}`));
  const n = depth === 1 && bound ? bound(trip(inner)) : trip(inner);
  open += `for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n${body(reads, ptrsAt)}}\n`;
  return open + close;
}

/** An elementwise loop writing `out` (shape `shape`; contiguous unless it has strides) from
 * broadcast inputs. */
export function elementwiseLoop(out: Ref, shape: Shape, ins: readonly Ref[],
  inShapes: readonly Shape[], expr: (reads: string[]) => string, nm: Namer,
  bound?: (n: number | string) => string, varying?: number): string {
  const sets = [[...out.strides ?? strides(shape)], ...inShapes.map((s, k) => readStrides(ins[k], s, shape))];
  return stridedLoops(shape, [out, ...ins], sets,
    ([o, ...r]) => `${o} = ${expr(r)};\n`, nm, bound, varying);
}

/**
 * A reduction of `inp` (shape `shape`) over `axes` into contiguous `out`: the kept axes
 * outside, the reduced axes inside, one accumulator per output element.
 */
export function reductionLoop(out: Ref, inp: Ref, shape: Shape, axes: readonly number[],
  init: string, combine: (acc: string, v: string) => string, finish: (acc: string) => string,
  nm: Namer, varying?: number): string {
  // Axis 0, when it varies, is the first of the kept axes or of the reduced ones.
  const outer = varying && !axes.includes(0) ? varying : undefined;
  const inside = varying && axes.includes(0) ? varying : undefined;
  if (inside && axes[0] !== 0) throw new Error("internal: reduced axes out of order");
  const s = strides(shape);
  const kept = shape.map((_, d) => d).filter((d) => !axes.includes(d));
  const keptShape = kept.map((d) => shape[d]);
  const acc = nm.fresh("acc");
  const base: Ref = { arr: inp.arr, off: inp.off };
  return stridedLoops(keptShape, [out, base], [strides(keptShape), kept.map((d) => s[d])],
    ([o], [, ptr]) => {
      const inner = stridedLoops(axes.map((d) => shape[d]), [{ arr: inp.arr, off: ptr }],
        [axes.map((d) => s[d])], ([v]) => `${acc} = ${combine(acc, v)};\n`, nm, undefined, inside);
      return `let ${acc} = ${init};\n${inner}${o} = ${finish(acc)};\n`;
    }, nm, undefined, outer);
}

/** A JS literal for a number, safe to splice into any expression. */
export function lit(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "(-Infinity)";
  if (Object.is(v, -0)) return "(-0)";
  return v < 0 ? `(${v})` : String(v);
}
