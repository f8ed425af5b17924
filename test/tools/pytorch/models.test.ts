// Every example model and every model the fuzzer starts from (test/fuzz/seeds.ts), exported
// and run in PyTorch against Kiln (oracle.ts): predict, every gradients entry, three rounds
// of every train step.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { SEEDS } from "../../fuzz/seeds.ts";
import { compareWithTorch, type OracleCase } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

const examples = new URL("../../../examples/", import.meta.url);

/** Each model of each example file, at a small batch where the batch is a dim. */
function exampleCases(): [string, OracleCase][] {
  return readdirSync(examples).filter((f) => f.endsWith(".kiln")).flatMap((f) => {
    const source = readFileSync(new URL(f, examples), "utf8");
    const models = [...source.matchAll(/^model (\w+)/gm)].map((m) => m[1]);
    const dims = /^dim B = /m.test(source) ? { B: 4 } : undefined;
    return models.map((model): [string, OracleCase] =>
      [`examples/${f} ${model}`, { source: f === "mnist_cnn.kiln" ? quieter(source) : source, file: `examples/${f}`, model, dims }]);
  });
}

/**
 * The CNN's convolution biases feed batch norms, so their true gradient is 0 and both sides
 * compute rounding noise (1e-16) for it, which Adam's eps = 1e-8 turns into steps of 1e-10
 * (lr * noise / eps), different on each side. eps = 1e-4 keeps that noise below the
 * tolerance; everything else about the model is compared as written.
 */
function quieter(source: string): string {
  return source.replace(/with adam\(lr = 1e-3\)/, "with adam(lr = 1e-3, eps = 1e-4)");
}

describe.skipIf(!PYTHON)("exported to PyTorch", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());

  it.each([...exampleCases(), ...SEEDS.map((source, i): [string, OracleCase] =>
    [`test/fuzz/seeds.ts #${i}`, { source }])])("%s computes what Kiln computes", async (_name, c) => {
    const { mismatches, compared } = await compareWithTorch(driver!, c);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});
