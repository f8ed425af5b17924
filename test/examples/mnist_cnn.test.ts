// The CNN example's model file at a small batch (`--dim B=8`): it compiles, trains on real
// digits, and its loss falls within a few dozen steps.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileToModel } from "../../compiler/index.ts";
import { fillBatch, loadMnist, permutation } from "../../examples/data/mnist.ts";
import { Rng } from "../../runtime/rng.ts";

const source = readFileSync(new URL("../../examples/mnist_cnn.kiln", import.meta.url), "utf8");

describe("examples/mnist_cnn.kiln", () => {
  it("learns at batch 8: its last pass over 32 digits has well below the first's loss", async () => {
    const B = 8;
    const mod = await compileToModel(source, { file: "examples/mnist_cnn.kiln", dims: { B } });
    expect(mod.meta.inputs.map((i: { shape: number[] }) => i.shape)).toEqual([[B, 1, 28, 28], [B]]);
    const model = mod.create({ seed: 1 });
    model.setLearningRate("step", 3e-3);
    const { train } = loadMnist();
    // The training digits are sorted by class: a seeded shuffle mixes them.
    const order = permutation(train.n, new Rng(3)).subarray(0, 32);
    const x = new Float32Array(B * 784), y = new Int32Array(B);
    const passes: number[] = [];
    for (let pass = 0; pass < 4; pass++) {
      let sum = 0;
      for (let at = 0; at < 32; at += B) {
        fillBatch(train, order, at, B, x, y);
        sum += model.train({ x, y });
      }
      passes.push(sum / (32 / B));
    }
    expect(passes.every(Number.isFinite)).toBe(true);
    expect(passes[3]).toBeLessThan(0.5 * passes[0]);
  });
});
