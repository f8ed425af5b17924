// Static memory planning: every intermediate tensor gets an offset in one scratch region,
// reused once its last reader has run. Offsets are assigned greedy-by-size with best fit
// (the strategy of TensorFlow Lite's arena planner and XLA's heap simulator).

export interface Interval {
  /** Elements. */
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
  // Placed buffers kept sorted by offset, so the ones alive at the same time as a new buffer
  // are met in address order with no sort per buffer: long unrolled loops place tens of
  // thousands of buffers.
  const placed: number[] = [];
  let total = 0;
  for (const i of order) {
    let best = -1;
    let bestGap = Infinity;
    let at = 0;
    for (const j of placed) {
      if (start[j] > end[i] || start[i] > end[j]) continue;
      const gap = offsets[j] - at;
      if (gap >= sizes[i] && gap < bestGap) { best = at; bestGap = gap; }
      at = Math.max(at, offsets[j] + sizes[j]);
    }
    offsets[i] = best >= 0 ? best : at;
    total = Math.max(total, offsets[i] + sizes[i]);
    let lo = 0, hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[placed[mid]] <= offsets[i]) lo = mid + 1;
      else hi = mid;
    }
    placed.splice(lo, 0, i);
  }
  return { offsets, total };
}
