// keepPatches: a conv2d and its filter gradient over the same image and geometry read one
// patches node; anything else is left as it is.
import { describe, expect, it } from "vitest";
import { keepPatches, MAX_KEPT } from "../../../compiler/passes/keepPatches.ts";
import { expectPass, expectUnchanged, run } from "./expect.ts";

const ATTRS = "stride=[1, 1], pad=[1, 1, 1, 1]";
const convAndGrad = (x: string, attrs = ATTRS, grad = attrs) =>
  `input x: f32[${x}]; input g: f32[2, 4, 6, 6]; param w: f32[4, 3, 3, 3]; param b: f32[4]; ` +
  `output y = conv2d(x, w, b) {${attrs}}; ` +
  `output dw = conv2d_weight_grad(x, g) {${grad}, kernel=[3, 3]}`;

describe("keepPatches", () => {
  it("makes the patches once for a conv2d and its filter gradient", () => expectPass(keepPatches,
    convAndGrad("2, 3, 6, 6"),
    "input x: f32[2, 3, 6, 6]; input g: f32[2, 4, 6, 6]; param w: f32[4, 3, 3, 3]; " +
    "param b: f32[4]; s = patches(x) {kernel=[3, 3], " + ATTRS + "}; " +
    "output y = conv2d_patches(s, w, b) {size=[6, 6], " + ATTRS + "}; " +
    "output dw = conv2d_weight_grad_patches(s, g) {kernel=[3, 3], size=[6, 6], " + ATTRS + "}"));

  it("shares them with every conv2d of that geometry over the image", () => {
    const g = run(keepPatches, convAndGrad("2, 3, 6, 6") +
      `; param v: f32[4, 3, 3, 3]; output z = conv2d(x, v) {${ATTRS}}`);
    const ops = g.nodes.map((n) => n.op);
    expect(ops.filter((op) => op === "patches")).toHaveLength(1);
    expect(ops.filter((op) => op === "conv2d_patches")).toHaveLength(2);
  });

  it("leaves a conv2d without its filter gradient alone (predict, frozen weights)", () =>
    expectUnchanged(keepPatches, "input x: f32[2, 3, 6, 6]; param w: f32[4, 3, 3, 3]; " +
      `output y = conv2d(x, w) {${ATTRS}}`));

  it("leaves a filter gradient of another geometry alone", () =>
    expectUnchanged(keepPatches, convAndGrad("2, 3, 6, 6", ATTRS,
      "stride=[1, 1], pad=[2, 1, 0, 1]")));

  it("keeps no patches of a 1x1 convolution (its patches are the image)", () =>
    expectUnchanged(keepPatches, "input x: f32[2, 3, 6, 6]; input g: f32[2, 4, 6, 6]; " +
      "param w: f32[4, 3, 1, 1]; output y = conv2d(x, w) {stride=[1, 1], pad=[0, 0, 0, 0]}; " +
      "output dw = conv2d_weight_grad(x, g) {stride=[1, 1], pad=[0, 0, 0, 0], kernel=[1, 1]}"));

  it("keeps patches only within the budget", () => {
    // 2 samples of 27 x 36 patch entries: 1944 floats.
    const text = convAndGrad("2, 3, 6, 6");
    expectUnchanged((g) => keepPatches(g, 1943), text);
    expect(run((g) => keepPatches(g, 1944), text).nodes.some((n) => n.op === "patches")).toBe(true);
    expect(MAX_KEPT).toBeGreaterThanOrEqual(1944);
  });
});
