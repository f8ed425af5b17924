import { describe, it } from "vitest";
import { eliminateDeadNodes } from "../../../compiler/passes/eliminateDeadNodes.ts";
import { expectPass, expectUnchanged } from "./expect.ts";

describe("eliminateDeadNodes", () => {
  it("drops what no output needs", () => expectPass(eliminateDeadNodes,
    "input x: f32[4]; a = exp(x); b = log(a); output y = a", "input x: f32[4]; output y = exp(x)"));
  it("drops unused leaves", () => expectPass(eliminateDeadNodes,
    "input x: f32[2]; input z: f32[2]; param W: f32[2]; output y = neg(x)",
    "input x: f32[2]; output y = neg(x)"));
  it("keeps a draw nobody reads, since it moves the generator", () => expectUnchanged(eliminateDeadNodes,
    "input x: f32[2]; r = random_uniform() {seq=0, shape=[2]}; output y = exp(x)"));
});
