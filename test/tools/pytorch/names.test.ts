// Names that mean something to Python or to torch.nn.Module (keywords, builtins, Module's
// own attributes, the runtime's names, trailing and leading underscores) work as any other
// in an exported model: it still computes what Kiln computes.
import { afterAll, describe, expect, it } from "vitest";
import { exportPyTorch } from "../../../compiler/tools/pytorch/export.ts";
import { compareWithTorch } from "./oracle.ts";
import { PYTHON, TorchDriver } from "./torch.ts";

const SOURCE = `dim len = 2
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

describe.skipIf(!PYTHON)("names Python or torch give a meaning", () => {
  const driver = PYTHON ? new TorchDriver(PYTHON) : undefined;
  afterAll(() => driver?.close());

  it("work as any other name", async () => {
    const r = exportPyTorch(SOURCE, { file: "names.kiln" });
    expect(r.ok).toBe(true);
    expect(r.className).toBe("F_");
    const { mismatches, compared } = await compareWithTorch(driver!, { source: SOURCE, file: "names.kiln" });
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(20);
  });
});
