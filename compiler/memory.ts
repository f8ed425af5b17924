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
  const order = intervals.map((_, i) => i)
    .sort((a, b) => intervals[b].size - intervals[a].size || intervals[a].start - intervals[b].start);
  const offsets = new Array<number>(intervals.length).fill(-1);
  const placed: number[] = [];
  let total = 0;
  for (const i of order) {
    const me = intervals[i];
    // Buffers alive at the same time as this one, by offset.
    const busy = placed
      .filter((j) => intervals[j].start <= me.end && me.start <= intervals[j].end)
      .map((j) => ({ lo: offsets[j], hi: offsets[j] + intervals[j].size }))
      .sort((a, b) => a.lo - b.lo);
    let best = -1;
    let bestGap = Infinity;
    let at = 0;
    for (const r of busy) {
      const gap = r.lo - at;
      if (gap >= me.size && gap < bestGap) { best = at; bestGap = gap; }
      at = Math.max(at, r.hi);
    }
    offsets[i] = best >= 0 ? best : at;
    total = Math.max(total, offsets[i] + me.size);
    placed.push(i);
  }
  return { offsets, total };
}
