// What issue 17 found wrong at run time, held by the rewritten module: a bad call changes
// nothing (the random generator included), options and feeds are taken as documented,
// optimizer slots never share a name or memory with a param, and load() refuses a step
// count that is not one.
import { describe, expect, it } from "vitest";
import { compileToModel } from "../../compiler/index.ts";

const error = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
};

describe("the module at run time", () => {
  // (a) A bad call changes nothing, the random generator included.
  it("a train call stopped by checkFinite leaves the random stream where it was", async () => {
    const mod = await compileToModel(`model R {
  input x: f32[4, 3]
  fc = Dense(3)
  h = dropout(x, 0.5)
  loss = mean(log(fc(h) * fc(h) + h + 1))
  train fit: minimize loss with sgd(lr = 0.1)
}`, { dtype: "f64" });
    const [a, b] = [1, 2].map(() => mod.create({ seed: 7, checkFinite: true }));
    // The dropout draw comes first; then log of a negative number is NaN, which stops the call.
    const bad = { x: new Float64Array(12).fill(-40) };
    expect(error(() => a.train(bad))).toBeInstanceOf(RangeError);
    const good = { x: Float64Array.from({ length: 12 }, (_, i) => (i % 5) / 7) };
    expect(a.train(good)).toBe(b.train(good));
    expect(Array.from(a.params["fc.W"])).toEqual(Array.from(b.params["fc.W"]));
  });

  // (b) docs/module.md: options of the wrong type are a TypeError.
  it("create({ seed: \"42\" }) is a TypeError naming the option", async () => {
    const mod = await compileToModel("model M {\n  input x: f32[2]\n  output y = x\n}\n");
    const e = error(() => mod.create({ seed: "42" } as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("create: seed must be a finite number, not string");
  });

  // (c) CONTRACT.md: "other array-likes of the right length, copied".
  it("a feed may be any array-like of the right length", async () => {
    const mod = await compileToModel("model M {\n  input x: f32[2, 3]\n  output y = x * 2\n}\n");
    const m = mod.create();
    const like = { length: 6, 0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6 };
    expect(Array.from(m.predict({ x: like }).y)).toEqual([2, 4, 6, 8, 10, 12]);
  });

  // (d) Optimizer slots and params live in separate namespaces, in memory and in the file:
  // a param named as Adam's moment of another param once was (optim.step.W.m) is ordinary.
  it("a param named like an optimizer slot trains as under any other name", async () => {
    const src = (name: string) => `layer Moment()(x: [N, D]) {
  param m: [D] = ones
  return x * m
}
layer Holder()(x: [N, D]) {
  W = Moment()
  return W(x)
}
layer Outer()(x: [N, D]) {
  step = Holder()
  return step(x)
}
model M {
  input x: f32[4, 3]
  input y: f32[4, 3]
  param W: [3, 3] = glorot_uniform
  ${name} = Outer()
  loss = mse(${name}(x @ W), y)
  train step: minimize loss with adam(lr = 0.01)
}`;
    const [clash, apart] = await Promise.all(["optim", "other"].map((n) => compileToModel(src(n), { dtype: "f64" })));
    const [m, twin] = [clash.create({ seed: 3 }), apart.create({ seed: 3 })];
    const feeds = { x: Float64Array.from({ length: 12 }, (_, i) => Math.sin(i)),
      y: Float64Array.from({ length: 12 }, (_, i) => Math.cos(i)) };
    for (let i = 0; i < 4; i++) expect(m.train(feeds)).toBe(twin.train(feeds));
    // Saved and loaded into a fresh model, it goes on as the twin does.
    const again = clash.create({ seed: 9 });
    again.load(m.save());
    expect(again.train(feeds)).toBe(twin.train(feeds));
  });

  // (e) load() refuses a step counter that is not a count, and changes nothing.
  it("load() refuses a step counter of NaN or -3 in a weights file", async () => {
    const mod = await compileToModel(`model M {
  input x: f32[2]
  param w: [2] = ones
  loss = sum(w * w * x)
  train fit: minimize loss with adam(lr = 0.1)
}`, { dtype: "f64" });
    const x = new Float64Array([1, 2]);
    const m = mod.create();
    m.train({ x });
    for (const bad of [NaN, -3, 2.5, Infinity]) {
      const bytes = withScalar(m.save(), "optim/fit/t", bad);
      const before = Array.from(m.save() as Uint8Array);
      const e = error(() => m.load(bytes));
      expect(e.message).toBe("load: the weights do not fit this model (nothing was changed):\n  " +
        `'optim/fit/t' must count steps (an integer >= 0) but holds ${bad}`);
      expect(Array.from(m.save() as Uint8Array)).toEqual(before);
    }
  });
});

/** A copy of safetensors `bytes` with the F64 scalar `name` set to `v`. */
function withScalar(bytes: Uint8Array, name: string, v: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const view = new DataView(out.buffer);
  const headerLength = Number(view.getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(out.subarray(8, 8 + headerLength)));
  view.setFloat64(8 + headerLength + header[name].data_offsets[0], v, true);
  return out;
}
