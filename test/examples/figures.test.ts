// The examples' line charts: one polyline per run of finite values, round ticks, escaped
// text.
import { describe, expect, it } from "vitest";
import { lineChart } from "../../examples/figures/plot.ts";

describe("examples/figures/plot", () => {
  it("draws each series as polylines broken at gaps, with a legend entry", () => {
    const svg = lineChart({ title: "a < b & c", x: "epoch", y: "loss", series: [
      { name: "train", values: [3, 2, NaN, 1.5, 1] }, { name: "test", values: [2.5, 2.5] }] });
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg).toContain(">a &#60; b &#38; c</text>");
    expect(svg).toContain(">train</text>");
    const ticks = [...svg.matchAll(/text-anchor="end">([^<]*)</g)].map((m) => Number(m[1]));
    expect(ticks).toEqual([1, 1.5, 2, 2.5, 3]);
  });
});
