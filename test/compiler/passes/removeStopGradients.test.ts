import { describe, it } from "vitest";
import { removeStopGradients } from "../../../compiler/passes/removeStopGradients.ts";
import { expectPass } from "./expect.ts";

describe("removeStopGradients", () => {
  it("makes stop_gradient the identity it is after differentiation", () => expectPass(
    removeStopGradients, "input x: f32[2]; output y = exp(stop_gradient(x))", "input x: f32[2]; output y = exp(x)"));
});
