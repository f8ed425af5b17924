import { describe, expect, it } from "vitest";
import { fuseOps, MAX_GROUP } from "../../../compiler/passes/fuseOps.ts";
import { run, showGroups } from "./expect.ts";

const fused = (input: string) => showGroups(run(fuseOps, input));

describe("fuseOps", () => {
  it("fuses an elementwise chain", () => expect(fused(
    "input x: f32[4]; output y = exp(neg(mul(x, 2)))")).toBe("mul neg exp"));
  it("fuses a product with its bias and activation", () => expect(fused(
    "input x: f32[4, 3]; param W: f32[3, 5]; param b: f32[5]; output y = relu(add(matmul(x, W), b))"))
    .toBe("matmul add relu"));
  it("fuses a reduction with what makes its input and what uses its result", () => expect(fused(
    "input x: f32[4, 3]; output y = log(sum(exp(x)) {axes=[1], keepdims=false})")).toBe("exp sum log"));
  it("lets a value read by a later loop leave the group, stored", () => expect(fused(
    "input x: f32[4]; a = exp(x); output s = sum(a) {axes=[0], keepdims=false}; output y = mul(a, 3)"))
    .toBe("exp sum"));
  it("does not fuse across a reader that runs before the loop", () => expect(fused(
    "input x: f32[4]; a = exp(x); m = max(a) {axes=[0], keepdims=true}; output y = sub(a, m)"))
    .toBe("exp max"));
  it("fuses a draw into the loop that uses it", () => expect(fused(
    "input x: f32[4]; output y = mul(x, ge(random_uniform() {seq=0, shape=[4]}, 0.5))"))
    .toBe("random_uniform ge mul"));
  it("keeps draws in their order: a loop may not make one after a later one", () => expect(fused(
    "r = random_uniform() {seq=0, shape=[4]}; a = mul(r, 2); s = random_uniform() {seq=1, shape=[4]}; " +
    "output y = add(a, s)")).toBe("random_uniform mul | random_uniform add"));
  it("does not draw inside a reduction loop (it walks out of row-major order)", () => expect(fused(
    "output y = sum(random_uniform() {seq=0, shape=[4, 3]}) {axes=[0], keepdims=false}")).toBe(""));
  it("caps a group's size", () => {
    let chain = "x";
    for (let i = 0; i < 30; i++) chain = `neg(${chain})`;
    const sizes = showGroups(run(fuseOps, `input x: f32[4]; output y = ${chain}`)).split(" | ")
      .map((grp) => grp.split(" ").length);
    expect(sizes).toEqual([MAX_GROUP, 30 - MAX_GROUP]);
  });
  it("keeps two products apart", () => expect(fused(
    "input x: f32[4, 4]; param W: f32[4, 4]; output y = add(matmul(x, W), matmul(W, x))")).toBe("matmul add"));
});
