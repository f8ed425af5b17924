import { describe, it } from "vitest";
import {
  eliminateCommonSubexpressions as cse,
} from "../../../compiler/passes/canonicalize.ts";
import { expectPass, expectUnchanged } from "./expect.ts";

describe("eliminateCommonSubexpressions", () => {
  it("merges equal nodes", () => expectPass(cse,
    "input x: f32[4]; output y = add(exp(x), exp(x))", "input x: f32[4]; %0 = exp(x); output y = add(%0, %0)"));
  it("merges a product with its swapped twin", () => expectPass(cse,
    "input x: f32[4]; input z: f32[4]; output a = mul(x, z); output b = mul(z, x)",
    "input x: f32[4]; input z: f32[4]; %0 = mul(x, z); output a = %0; output b = %0"));
  it("keeps operand order where it matters", () => expectUnchanged(cse,
    "input x: f32[4]; input z: f32[4]; output a = sub(x, z); output b = sub(z, x)"));
  it("merges leaves of one name", () => expectPass(cse,
    "param W: f32[2]; output y = add(W, param() {name=\"W\", shape=[2]})", "param W: f32[2]; output y = add(W, W)"));
  it("tells attrs apart", () => expectUnchanged(cse,
    "input x: f32[2, 3]; output a = sum(x) {axes=[0], keepdims=false}; output b = sum(x) {axes=[1], keepdims=false}"));
  it("never merges random draws", () => expectUnchanged(cse,
    "r = random_uniform() {seq=0, shape=[2]}; s = random_uniform() {seq=0, shape=[2]}; output y = add(r, s)"));
});
