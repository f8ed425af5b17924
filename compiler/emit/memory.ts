// Static memory planning: every intermediate tensor gets an offset in one scratch region,
// reused once its last reader has run. Offsets are assigned greedy-by-size with best fit
// (the strategy of TensorFlow Lite's arena planner and XLA's heap simulator).

export interface Interval {
  /** Elements (at least 1). */
  size: number;
  /** First and last step (inclusive) at which the buffer must hold its value. */
  start: number;
  end: number;
}

export interface Plan {
  offsets: number[];
  total: number;
}

export function planMemory(intervals: readonly Interval[]): Plan {
  const n = intervals.length;
  const start = Int32Array.from(intervals, (v) => v.start);
  const end = Int32Array.from(intervals, (v) => v.end);
  const sizes = Float64Array.from(intervals, (v) => v.size);
  const order = intervals.map((_, i) => i)
    .sort((a, b) => sizes[b] - sizes[a] || start[a] - start[b]);
  const offsets = new Array<number>(n).fill(-1);
  const held = new Occupancy(end.reduce((a, b) => Math.max(a, b), 0) + 1);
  let total = 0;
  for (const i of order) {
    // The smallest hole that fits between the ranges held during i's life (the lowest of
    // equals), else past them all. Merged ranges have the same holes as the buffers they
    // hold, so this is the plan a scan over every placed buffer would make.
    const runs = held.during(start[i], end[i]);
    let best = -1;
    let bestGap = Infinity;
    let at = 0;
    for (let k = 0; k < runs.length; k += 2) {
      const gap = runs[k] - at;
      if (gap >= sizes[i] && gap < bestGap) { best = at; bestGap = gap; }
      at = runs[k + 1];
    }
    offsets[i] = best >= 0 ? best : at;
    total = Math.max(total, offsets[i] + sizes[i]);
    held.add(start[i], end[i], offsets[i], offsets[i] + sizes[i]);
  }
  return { offsets, total };
}

/**
 * The address ranges held at each step, as a segment tree over steps. An unrolled loop
 * places thousands of buffers, thousands of them alive at once (an LSTM's saved states), so
 * comparing each new buffer with every placed one grew with the square of the loop's length.
 * Here each tree node keeps its ranges merged, which plans pack into a few runs, and a query
 * merges about 4 log2(steps) short lists.
 */
class Occupancy {
  private readonly leaves: number;
  /** Per node: ranges of the buffers whose lifetimes the node's steps split off (each
   * lifetime is the disjoint union of its O(log) nodes' steps). */
  private readonly cover: number[][];
  /** Per node: ranges of buffers alive at some step of the node; at least those of `cover`
   * here and below. */
  private readonly within: number[][];
  private readonly merged: number[] = [];
  private readonly nodes: number[] = [];

  constructor(steps: number) {
    let leaves = 1;
    while (leaves < steps) leaves *= 2;
    this.leaves = leaves;
    // Sized up front: arrays filled at scattered indices would turn into slow dictionaries.
    this.cover = new Array(2 * leaves);
    this.within = new Array(2 * leaves);
  }

  /** The ranges held at some step of [s, e], merged, in address order (valid until the next
   * call). A buffer alive then is in `within` of a node splitting [s, e], or in `cover` of an
   * ancestor of one; those ancestors are all ancestors of leaf s or leaf e. */
  during(s: number, e: number): readonly number[] {
    const out = this.merged;
    out.length = 0;
    for (const v of this.split(s, e)) mergeInto(out, this.within[v]);
    for (let v = (s + this.leaves) >> 1; v >= 1; v >>= 1) mergeInto(out, this.cover[v]);
    for (let v = (e + this.leaves) >> 1; v >= 1; v >>= 1) mergeInto(out, this.cover[v]);
    return out;
  }

  add(s: number, e: number, lo: number, hi: number): void {
    for (const v of this.split(s, e)) {
      addRun(this.cover[v] ??= [], lo, hi);
      addRun(this.within[v] ??= [], lo, hi);
    }
    for (let v = (s + this.leaves) >> 1; v >= 1; v >>= 1) addRun(this.within[v] ??= [], lo, hi);
    for (let v = (e + this.leaves) >> 1; v >= 1; v >>= 1) addRun(this.within[v] ??= [], lo, hi);
  }

  /** The nodes whose steps make up [s, e] (valid until the next call). */
  private split(s: number, e: number): readonly number[] {
    const nodes = this.nodes;
    nodes.length = 0;
    for (let l = s + this.leaves, r = e + this.leaves + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) nodes.push(l++);
      if (r & 1) nodes.push(--r);
    }
    return nodes;
  }
}

function mergeInto(out: number[], runs: readonly number[] | undefined): void {
  if (runs) for (let k = 0; k < runs.length; k += 2) addRun(out, runs[k], runs[k + 1]);
}

/** Adds [lo, hi) to `runs` ([lo, hi, lo, hi, ...]: sorted, disjoint, not touching), merging
 * it with the runs it meets. */
function addRun(runs: number[], lo: number, hi: number): void {
  let a = 0;
  let b = runs.length >> 1;
  while (a < b) {
    const m = (a + b) >> 1;
    if (runs[2 * m + 1] < lo) a = m + 1;
    else b = m;
  }
  let c = a;
  while (2 * c < runs.length && runs[2 * c] <= hi) c++;
  if (c === a) {
    runs.splice(2 * a, 0, lo, hi);
    return;
  }
  // Most often the range extends one run: set in place, as a splice is slow.
  runs[2 * a] = Math.min(lo, runs[2 * a]);
  runs[2 * a + 1] = Math.max(hi, runs[2 * c - 1]);
  if (c > a + 1) runs.splice(2 * a + 2, 2 * (c - a - 1));
}
