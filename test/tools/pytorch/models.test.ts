// Every example model and every model the fuzzer starts from (test/fuzz/seeds.ts), exported
// and run in PyTorch against Kiln (oracle.ts): predict, every gradients entry, three rounds
// of every train step. And a model whose names mean something to Python or to
// torch.nn.Module (keywords, builtins, Module's own attributes, the runtime's names, leading
// and trailing underscores), which work as any other.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { exportPyTorch } from "../../../compiler/tools/pytorch/export.ts";
import { SEEDS } from "../../fuzz/seeds.ts";
import { compareWithTorch, type OracleCase } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

const examples = new URL("../../../examples/", import.meta.url);

/** Examples left out, and why. The DCGAN's discriminator is one BatchNorm instance called
 * three times in a training step; the running statistics the export's PyTorch module leaves
 * differ from Kiln's (found when issue 14's examples met the per-call state updates, not yet
 * traced to either side). */
const LEFT_OUT = new Set<string>();

/** Each model of each example file, at a small batch where the batch is a dim. */
function exampleCases(): [string, OracleCase][] {
  return readdirSync(examples).filter((f) => f.endsWith(".kiln") && !LEFT_OUT.has(f)).flatMap((f) => {
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

/** Every name here means something to Python, torch or the exported runtime. */
const NAMES = `dim len = 2
dim range = 3
layer Kiln(def, None = 1)(self: [N, D]) {
  param class: [D, def] = normal(0.5)
  state float: [def] = ones
  kiln = self @ class
  sum = kiln * None + float
  update float = 0.5 * float + 0.5 * mean(sum, axis = 0)
  return sum
}
layer torch(modules)(x: [N, D]) {
  param eval: [D] = ones
  return x * eval * modules
}
model F {
  input lambda: f32[len, range]
  input loss: f32[len, 4]
  parameters = Kiln(4)
  to = torch(2)
  print = parameters(to(lambda))
  x_ = print * 2
  _x = x_ + float(len)
  output self = _x
  output forward = sum(_x)
  is = mse(_x, loss)
  train eval: minimize is with momentum(lr = 0.1)
  train state_dict: minimize forward over to with adam(lr = 0.01)
}
`;

/** Instances whose params only one mode's calls make (a nested instance included). */
const ONE_MODE = `layer Outer()(x: [N, D]) {
  inner = LayerNorm()
  return inner(x) * 2
}
model M {
  input x: f32[3, 2]
  input t: f32[3, 2]
  norm = LayerNorm()
  outer = Outer()
  fc = Dense(2)
  h = training ? fc(x) : norm(x) + outer(x)
  output y = h
  loss = mse(h, t)
  train step: minimize loss with adam(lr = 0.01)
}
`;

describe.skipIf(!PYTHON)("exported to PyTorch", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());

  it.each([...exampleCases(), ...SEEDS.map((source, i): [string, OracleCase] =>
    [`test/fuzz/seeds.ts #${i}`, { source }]),
  ["names Python and torch give a meaning", { source: NAMES, file: "names.kiln" }],
  ["layers called in one mode only", { source: ONE_MODE }],
  ])("%s computes what Kiln computes", async (_name, c) => {
    const { mismatches, compared } = await compareWithTorch(driver!, c);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(10);
  });

  it("gives a model's class a name no layer, dim or Python module name has", () => {
    expect(exportPyTorch(NAMES, { file: "names.kiln" }).className).toBe("F_");
  });
});
