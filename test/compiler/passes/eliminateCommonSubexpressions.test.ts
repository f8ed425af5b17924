import { describe, it } from "vitest";
import {
  eliminateCommonSubexpressions as cse,
} from "../../../compiler/passes/canonicalize.ts";
import { expectPass, expectUnchanged } from "./expect.ts";

/** A loop stacking its running sum; a test adds a second output. */
const LOOP = `input x: f32[3, 2]; input c0: f32[2]
%l = loop(c0, x) {length=3, reverse=false} body {
  v = add(arg() {index=0, shape=[2]}, arg() {index=1, shape=[2]})
  value v = v
  carry 0 = 0; sequence 1 {axis=0, start=0, step=1}
  stack 0 {axis=0, start=0, step=1, extent=3};`;

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
  it("reads a loop's outputs that are one body value stacked alike as one", () => expectPass(cse,
    `${LOOP} stack 0 {axis=0, start=0, step=1, extent=3} }
    output a = loop_output(%l) {index=0}; output b = loop_output(%l) {index=1}`,
    `${LOOP} }; %o = loop_output(%l) {index=0}; output a = %o; output b = %o`));
  it("keeps a loop's outputs apart that stack differently", () => expectUnchanged(cse,
    `${LOOP} stack 0 {axis=0, start=2, step=-1, extent=3} }
    output a = loop_output(%l) {index=0}; output b = loop_output(%l) {index=1}`));
  it("never merges random draws", () => expectUnchanged(cse,
    "r = random_uniform() {seq=0, shape=[2]}; s = random_uniform() {seq=0, shape=[2]}; output y = add(r, s)"));
});
