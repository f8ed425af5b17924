// The shipping example: weights trained by the batch-64 training module, loaded into the
// predict-only batch-1 module, classify held-out digits exactly as the training module does,
// from a smaller module, arena and weights file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileToModel } from "../../compiler/index.ts";
import { fillBatch, loadMnist, permutation } from "../../examples/data/mnist.ts";
import { ship } from "../../examples/ship_mnist.ts";
import { Rng } from "../../runtime/rng.ts";

const source = readFileSync(new URL("../../examples/mnist_mlp.kiln", import.meta.url), "utf8");

describe("examples/ship_mnist", () => {
  it("ships a trained MLP that predicts one digit at a time as the training module does", async () => {
    const B = 64;
    const model = (await compileToModel(source, { file: "examples/mnist_mlp.kiln" })).create({ seed: 1 });
    const { train, test: all } = loadMnist();
    const x = new Float32Array(B * 784), y = new Int32Array(B);
    const order = permutation(train.n, new Rng(3));
    for (let s = 0; s < 40; s++) {
      fillBatch(train, order, s * B, B, x, y);
      model.train({ x, y });
    }
    // 256 held-out digits, classified in 4 batches by the training module.
    const n = 256;
    const test = { ...all, n, x: all.x.subarray(0, n * 784), y: all.y.subarray(0, n) };
    let right = 0;
    const ids = new Int32Array(n).map((_, i) => i);
    for (let at = 0; at < n; at += B) {
      fillBatch(test, ids, at, B, x, y);
      const { probs } = model.predict({ x });
      for (let k = 0; k < B; k++) {
        const row = Array.from(probs.subarray(k * 10, k * 10 + 10) as Float32Array);
        if (row.indexOf(Math.max(...row)) === y[k]) right++;
      }
    }
    const s = await ship(model.save(), test);
    expect(s.accuracy).toBe(right / n);
    expect(s.accuracy).toBeGreaterThan(0.6); // 40 steps is enough to be far above chance
    expect(s.shippedJs).toBeLessThan(s.trainingJs);
    expect(s.shippedArena).toBeLessThan(s.trainingArena / 3);
    expect(s.shippedWeights).toBeLessThan(s.trainedWeights / 2);
  });
});
