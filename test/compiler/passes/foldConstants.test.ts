import { describe, it } from "vitest";
import { foldConstants } from "../../../compiler/passes/canonicalize.ts";
import { expectPass, expectUnchanged } from "./expect.ts";

describe("foldConstants", () => {
  it("folds scalars", () => expectPass(foldConstants, "output y = add(2, 3)", "output y = 5"));
  it("folds inside a larger expression", () => expectPass(foldConstants,
    "input x: f32[3]; output y = mul(x, sqrt(div(1, 4)))", "input x: f32[3]; output y = mul(x, 0.5)"));
  it("keeps a tensor of one value as a broadcast scalar", () => expectPass(foldConstants,
    "output y = exp(broadcast(0) {shape=[2, 2]})", "output y = broadcast(1) {shape=[2, 2]}"));
  it("makes a tensor_const of distinct values", () => expectPass(foldConstants,
    "output y = concat(reshape(1) {shape=[1]}, reshape(-2) {shape=[1]}) {axis=0}",
    "output y = tensor_const() {shape=[2], values=[1, -2]}"));
  it("leaves tensors above FOLD_LIMIT to run", () => expectUnchanged(foldConstants,
    "input x: f32[2000]; output y = mul(x, exp(broadcast(0) {shape=[2000]}))"));
  it("never folds a random draw", () => expectUnchanged(foldConstants,
    "output y = mul(random_uniform() {seq=0, shape=[2]}, 2)"));
  it("leaves integer results alone", () => expectUnchanged(foldConstants,
    "output y = broadcast(const() {dtype=\"i\", value=3}) {shape=[2]}"));
});
