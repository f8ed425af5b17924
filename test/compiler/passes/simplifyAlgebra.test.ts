import { describe, it } from "vitest";
import { simplifyAlgebra as simplify } from "../../../compiler/passes/canonicalize.ts";
import { expectPass, expectUnchanged } from "./expect.ts";

const X = "input x: f32[2, 3]; ";

describe("simplifyAlgebra: identities", () => {
  it("x * 1", () => expectPass(simplify, `${X}output y = mul(x, 1)`, `${X}output y = x`));
  it("1 * x", () => expectPass(simplify, `${X}output y = mul(1, x)`, `${X}output y = x`));
  it("x + 0", () => expectPass(simplify, `${X}output y = add(x, 0)`, `${X}output y = x`));
  it("x - 0", () => expectPass(simplify, `${X}output y = sub(x, 0)`, `${X}output y = x`));
  it("0 - x", () => expectPass(simplify, `${X}output y = sub(0, x)`, `${X}output y = neg(x)`));
  it("x / 1", () => expectPass(simplify, `${X}output y = div(x, 1)`, `${X}output y = x`));
  it("x * -1", () => expectPass(simplify, `${X}output y = mul(x, -1)`, `${X}output y = neg(x)`));
  it("x / 4 as a product", () => expectPass(simplify, `${X}output y = div(x, 4)`, `${X}output y = mul(x, 0.25)`));
  it("x ** 2", () => expectPass(simplify, `${X}output y = pow(x, 2)`, `${X}%0 = x; output y = mul(%0, %0)`));
  it("x + x", () => expectPass(simplify, `${X}output y = add(x, x)`, `${X}output y = mul(x, 2)`));
  it("a 1 broadcast to the result's shape", () => expectPass(simplify,
    "input x: f32[3]; output y = mul(x, broadcast(1) {shape=[2, 3]})",
    "input x: f32[3]; output y = broadcast(x) {shape=[2, 3]}"));
  it("where with equal branches", () => expectPass(simplify,
    `${X}input m: f32[2, 3]; output y = where(m, x, x)`, `${X}output y = x`));
  it("keeps x * 0 (NaN and infinity stay NaN)", () => expectUnchanged(simplify, `${X}output y = mul(x, 0)`));
});

describe("simplifyAlgebra: signs and constants", () => {
  it("double negation", () => expectPass(simplify, `${X}output y = neg(neg(x))`, `${X}output y = x`));
  it("negated difference", () => expectPass(simplify,
    `${X}input z: f32[2, 3]; output y = neg(sub(x, z))`, `${X}input z: f32[2, 3]; output y = sub(z, x)`));
  it("minus a negation", () => expectPass(simplify,
    `${X}input z: f32[2, 3]; output y = sub(x, neg(z))`, `${X}input z: f32[2, 3]; output y = add(x, z)`));
  it("plus a negation", () => expectPass(simplify,
    `${X}input z: f32[2, 3]; output y = add(neg(x), z)`, `${X}input z: f32[2, 3]; output y = sub(z, x)`));
  it("gathers constant factors", () => expectPass(simplify,
    `${X}output y = mul(3, mul(x, 2))`, `${X}output y = mul(x, 6)`));
  it("moves a sign into a factor", () => expectPass(simplify,
    `${X}output y = neg(mul(x, 2))`, `${X}output y = mul(x, -2)`));
});

describe("simplifyAlgebra: broadcasts and layout", () => {
  it("reads a broadcast operand in place", () => expectPass(simplify,
    `${X}param b: f32[3]; output y = add(x, broadcast(b) {shape=[2, 3]})`, `${X}param b: f32[3]; output y = add(x, b)`));
  it("computes on the small shape, then broadcasts", () => expectPass(simplify,
    "input x: f32[2, 1]; output y = exp(broadcast(x) {shape=[2, 3]})",
    "input x: f32[2, 1]; output y = broadcast(exp(x)) {shape=[2, 3]}"));
  it("sees through a reshape that adds leading 1s", () => expectPass(simplify,
    `${X}output y = mul(x, reshape(0.5) {shape=[1, 1]})`, `${X}output y = mul(x, 0.5)`));
  it("transposes that cancel", () => expectPass(simplify,
    `${X}output y = transpose(transpose(x) {perm=[1, 0]}) {perm=[1, 0]}`, `${X}output y = x`));
  it("transposes that compose", () => expectPass(simplify,
    "input x: f32[2, 3, 4]; output y = transpose(transpose(x) {perm=[1, 2, 0]}) {perm=[1, 2, 0]}",
    "input x: f32[2, 3, 4]; output y = transpose(x) {perm=[2, 0, 1]}"));
  it("reshapes that chain", () => expectPass(simplify,
    "input x: f32[6]; output y = reshape(reshape(x) {shape=[2, 3]}) {shape=[3, 2]}",
    "input x: f32[6]; output y = reshape(x) {shape=[3, 2]}"));
  it("a reshape that restores a reduction's kept axes", () => expectPass(simplify,
    `${X}output y = reshape(sum(x) {axes=[1], keepdims=false}) {shape=[2, 1]}`,
    `${X}output y = sum(x) {axes=[1], keepdims=true}`));
  it("pads of one box summed", () => expectPass(simplify,
    "input a: f32[2]; input b: f32[2]; output y = add(pad(a) {begin=[1], shape=[4]}, pad(b) {begin=[1], shape=[4]})",
    "input a: f32[2]; input b: f32[2]; output y = pad(add(a, b)) {begin=[1], shape=[4]}"));
  it("pads of adjacent boxes summed, as a slice's gradients are", () => expectPass(simplify,
    "input a: f32[3, 1]; input b: f32[3, 2]; " +
    "output y = add(pad(b) {begin=[0, 2], shape=[3, 5]}, pad(a) {begin=[0, 1], shape=[3, 5]})",
    "input a: f32[3, 1]; input b: f32[3, 2]; output y = pad(concat(a, b) {axis=1}) {begin=[0, 1], shape=[3, 5]}"));
  it("a pad that covers the whole", () => expectPass(simplify,
    `${X}output y = pad(x) {begin=[0, 0], shape=[2, 3]}`, `${X}output y = x`));
  it("joins of joins", () => expectPass(simplify,
    `${X}output y = concat(concat(x, x) {axis=0}, x) {axis=0}`, `${X}output y = concat(x, x, x) {axis=0}`));
  it("keeps pads of boxes apart", () => expectUnchanged(simplify,
    "input a: f32[1]; output y = add(pad(a) {begin=[0], shape=[4]}, pad(a) {begin=[2], shape=[4]})"));
  it("a reduction over axes of size 1", () => expectPass(simplify,
    "input x: f32[2, 1]; output y = max(x) {axes=[1], keepdims=false}", "input x: f32[2, 1]; output y = reshape(x) {shape=[2]}"));
});

describe("simplifyAlgebra: stabilization", () => {
  it("log(softmax(x)) as log_softmax", () => expectPass(simplify,
    `${X}m = max(x) {axes=[1], keepdims=true}; e = exp(sub(x, m)); ` +
    "output y = log(div(e, sum(e) {axes=[1], keepdims=true}))",
    `${X}d = sub(x, max(x) {axes=[1], keepdims=true}); output y = sub(d, log(sum(exp(d)) {axes=[1], keepdims=true}))`));
  it("log(sigmoid(x)) = -softplus(-x)", () => expectPass(simplify,
    `${X}output y = log(sigmoid(x))`, `${X}output y = neg(softplus(neg(x)))`));
  it("log(1 - sigmoid(x)) = -softplus(x)", () => expectPass(simplify,
    `${X}output y = log(sub(1, sigmoid(x)))`, `${X}output y = neg(softplus(x))`));
  it("log(1 + exp(x)) = softplus(x)", () => expectPass(simplify,
    `${X}output y = log(add(1, exp(x)))`, `${X}output y = softplus(x)`));
  it("log(exp(x)) = x", () => expectPass(simplify, `${X}output y = log(exp(x))`, `${X}output y = x`));
  it("relu's gradient mask reads the activation", () => expectPass(simplify,
    `${X}output a = relu(x); output m = gt(x, 0)`, `${X}%0 = relu(x); output a = %0; output m = gt(%0, 0)`));
});

describe("simplifyAlgebra: the order of rows summed over", () => {
  /** A stack of steps [T=4, B=3, n=8] read as rows in batch order, and x [B, T, 2]. */
  const S = "input s: f32[4, 3, 8]; input x: f32[3, 4, 2]; xs = reshape(x) {shape=[12, 2]}; " +
    "rows = reshape(transpose(s) {perm=[1, 0, 2]}) {shape=[12, 8]}; ";
  it("sums the stack untransposed", () => expectPass(simplify,
    `${S}output y = sum(rows) {axes=[0], keepdims=false}`,
    "input s: f32[4, 3, 8]; output y = sum(reshape(s) {shape=[12, 8]}) {axes=[0], keepdims=false}"));
  it("transposes the smaller operand of A^T B instead", () => expectPass(simplify,
    `${S}output y = matmul(xs, rows) {ta=true, tb=false}`,
    "input s: f32[4, 3, 8]; input x: f32[3, 4, 2]; output y = matmul(" +
    "reshape(transpose(x) {perm=[1, 0, 2]}) {shape=[12, 2]}, reshape(s) {shape=[12, 8]}) {ta=true, tb=false}"));
  it("keeps the transpose where it is the smaller operand, or rows are not summed over", () => {
    expectUnchanged(simplify, `input s: f32[4, 3, 1]; input x: f32[3, 4, 2]; xs = reshape(x) {shape=[12, 2]}; ` +
      "output y = matmul(xs, reshape(transpose(s) {perm=[1, 0, 2]}) {shape=[12, 1]}) {ta=true, tb=false}");
    expectUnchanged(simplify, `${S}output y = matmul(xs, rows) {ta=false, tb=false}`.replace("[12, 2]", "[2, 12]"));
  });
});
