// The PyTorch export as a differential oracle over random programs (test/property/generate.ts:
// broadcasting, matmul, reductions, layout, every layer, loops, grad inside the model, so
// second derivatives, convolutions and pooling, dropout and noise): each program is exported
// and compared with Kiln in float64 (oracle.ts), its train steps under each optimizer.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Coverage, models, runs, timeout } from "../../property/arbitrary.ts";
import { compareWithTorch } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

/** Optimizers for the generated step. Adam's and RMSprop's eps stay well above lr times the
 * rounding noise of a gradient that is truly 0 (a bias before a normalisation), which they
 * would otherwise turn into steps as large as the tolerance. */
const OPTIMIZERS = [
  "sgd(lr = 0.1)",
  "sgd(lr = 0.1, weight_decay = 0.01, clip_norm = 0.5)",
  "momentum(lr = 0.05, nesterov = true, weight_decay = 0.01)",
  "momentum(lr = 0.05, momentum = 0.8)",
  "rmsprop(lr = 0.01, eps = 1e-3, clip_norm = 1)",
  "adam(lr = 0.01, eps = 1e-3, weight_decay = 0.001)",
  "adamw(lr = 0.01, beta1 = 0.8, eps = 1e-3, clip_norm = 2)",
];

/** A convolution program: conv2d at any stride and padding (int, pair, "same", "valid"),
 * with or without bias, pooled, differentiated inside the model by its weights and its input
 * (so the loss's gradient is a second derivative through the convolution and the pooling). */
const convPrograms = fc.record({
  n: fc.integer({ min: 1, max: 2 }), c: fc.integer({ min: 1, max: 3 }), o: fc.integer({ min: 1, max: 3 }),
  kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }),
  extra: fc.integer({ min: 0, max: 3 }), sh: fc.integer({ min: 1, max: 2 }), sw: fc.integer({ min: 1, max: 2 }),
  padding: fc.constantFrom("0", "1", "[1, 0]", "\"same\"", "\"valid\"", "[0, 2]"),
  bias: fc.boolean(), pool: fc.constantFrom("", "max_pool2d", "avg_pool2d"),
  act: fc.constantFrom("tanh", "relu", "softplus", "gelu"),
}).map((p) => {
  const [H, W] = [p.kh + p.extra, p.kw + p.extra + 1];
  const stride = p.sh === p.sw ? `${p.sh}` : `[${p.sh}, ${p.sw}]`;
  const conv = `conv2d(x, w, stride = ${stride}, padding = ${p.padding}${p.bias ? ", bias = b" : ""})`;
  // The output's width, so that pooling windows two wide fit.
  const pw = ({ "0": 0, "1": 1, "[1, 0]": 0, "\"valid\"": 0, "[0, 2]": 2 } as Record<string, number>)[p.padding];
  const wo = pw === undefined ? Math.ceil(W / p.sw) : Math.floor((W + 2 * pw - p.kw) / p.sw) + 1;
  const pooled = p.pool ? `${p.pool}(${p.act}(h), [1, ${Math.min(2, wo)}], stride = 1)` : `${p.act}(h)`;
  return `model Conv {
  input x: f32[${p.n}, ${p.c}, ${H}, ${W}]
  param w: [${p.o}, ${p.c}, ${p.kh}, ${p.kw}] = normal(0.5)
  param b: [${p.o}] = normal(0.5)
  h = ${conv}
  y = ${pooled}
  output out = y
  gx = grad(sum(square(y)), x)
  loss = mean(square(y)) + 0.1 * sum(square(grad(sum(sigmoid(h)), w))) + 0.1 * mean(gx * x)
  train step: minimize loss with adam(lr = 0.01, eps = 1e-3)
}
`;
});

const features = new Coverage();
afterAll(() => console.log(features.summary("PyTorch differential: features")));

describe.skipIf(!PYTHON)("random programs exported to PyTorch", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());

  it("compute the same values, gradients and optimizer steps as Kiln", async () => {
    await fc.assert(fc.asyncProperty(models(), fc.nat(OPTIMIZERS.length - 1), fc.nat(1000),
      async (m, k, seed) => {
        const source = m.source.replace("with sgd(lr = 0.1)", `with ${OPTIMIZERS[k]}`);
        const { mismatches } = await compareWithTorch(driver!, { source, seed });
        expect(mismatches).toEqual([]);
        features.add(source, [...m.features, OPTIMIZERS[k].split("(")[0]]);
      }), { seed: 11, numRuns: runs(20, 500) });
  }, timeout(120_000));

  it("agree on convolutions and pooling, to second derivatives", async () => {
    await fc.assert(fc.asyncProperty(convPrograms, fc.nat(1000), async (source, seed) => {
      const { mismatches } = await compareWithTorch(driver!, { source, seed });
      expect(mismatches).toEqual([]);
    }), { seed: 12, numRuns: runs(8, 200) });
  }, timeout(120_000));
});
