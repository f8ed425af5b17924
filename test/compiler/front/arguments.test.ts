// Layer arguments beyond the first tensors: defaults, tensors by name, `none`, hyperparameters
// given ahead (`Bidirectional(LSTM(4))`) and read back (`inst.units`), the recurrent layers'
// optional state and lengths.
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../../compiler/index.ts";

const errors = (src: string) => compile(src, { file: "m.kiln", declarations: false })
  .diagnostics.filter((d) => d.severity === "error").map((d) => d.message);

async function predict(src: string, feeds: Record<string, Float64Array | Int32Array>) {
  const mod = await compileToModel(src, { dtype: "f64" });
  return { mod, out: mod.create({ seed: 3 }).predict(feeds) };
}

const SCALE = `
layer Scale()(x: [N, D], by: [N, D] = none, plus: [N, D] = ones([N, D])) {
  return (by == none ? x : x * by) + plus
}`;

describe("layer tensor arguments", () => {
  it("take defaults, names, and none for an argument not given", async () => {
    const src = `${SCALE}
model M {
  input x: f32[1, 2]
  input k: f32[1, 2]
  s = Scale()
  output a = s(x)
  output b = s(x, k)
  output c = s(x, plus = k)
  output d = s(x, none, k)
  output e = s(x, plus = k, by = k)
}`;
    const x = Float64Array.from([2, 3]), k = Float64Array.from([10, 20]);
    const { out } = await predict(src, { x, k });
    expect(Array.from(out.a)).toEqual([3, 4]);
    expect(Array.from(out.b)).toEqual([21, 61]);
    expect(Array.from(out.c)).toEqual([12, 23]);
    expect(Array.from(out.d)).toEqual([12, 23]);
    expect(Array.from(out.e)).toEqual([30, 80]);
  });

  it("check a default tensor against its pattern, and report what is missing or unknown", () => {
    const bad = `
layer L()(x: [N, D], y: [N, 3] = zeros([N, 4])) {
  return x + y
}
model M {
  input x: f32[2, 3]
  l = L()
  output a = l(x)
}`;
    expect(errors(bad)).toEqual(["L expects [N, 3] but got f32[2, 4] (axis 1 is 4, not 3)"]);
    const src = (call: string) => `${SCALE}\nmodel M {\n  input x: f32[1, 2]\n  s = Scale()\n` +
      `  output a = ${call}\n}`;
    expect(errors(src("s()"))).toEqual(["s (a Scale) takes 1 to 3 tensors but got 0"]);
    expect(errors(src("s(by = x)"))).toEqual(["s (a Scale) needs argument 'x'"]);
    expect(errors(src("s(x, x, x, x)"))).toEqual(["s (a Scale) takes 1 to 3 tensors but got 4"]);
    expect(errors(src("s(x, bye = x)")))
      .toEqual(["s (a Scale) has no argument 'bye'; did you mean 'by'? (it takes x, by, plus)"]);
  });
});

describe("layers as values", () => {
  it("carry hyperparameters given ahead; later ones add to them or override them", async () => {
    const src = `
layer Twice(inner)(x: [N, D]) {
  a = inner()
  b = inner(act = relu)
  return concat([a(x), b(x)], axis = 1)
}
model M {
  input x: f32[1, 2]
  t = Twice(Dense(3, act = tanh))
  output y = t(x)
  output units = zeros([1]) + t.a.units
}`;
    const { mod, out } = await predict(src, { x: Float64Array.from([0.5, -1]) });
    expect(mod.meta.params.map((p: { name: string }) => p.name))
      .toEqual(["t.a.W", "t.a.b", "t.b.W", "t.b.b"]);
    expect(Array.from(out.units)).toEqual([3]);
    const y = Array.from(out.y as Float64Array);
    expect(y.slice(0, 3).every((v) => Math.abs(v) < 1)).toBe(true);
    expect(y.slice(3).every((v) => v >= 0)).toBe(true);
  });

  it("cannot be called on tensors without an instance", () => {
    const src = `model M {\n  input x: f32[1, 2]\n  f = Dense(3)\n  g = relu\n  output y = x |> Dense(2)\n}`;
    expect(errors(src)[0]).toMatch(/^a layer instance needs a name/);
  });
});

describe("recurrent layers", () => {
  it("return their final state with return_state, the state at each sample's length", async () => {
    const src = `
model M {
  input x: f32[2, 4, 3]
  input n: i32[2]
  rnn = LSTM(5, sequences = true, return_state = true)
  (all, h, c) = rnn(x, lengths = n)
  output all
  output h
  output c
}`;
    const x = Float64Array.from({ length: 24 }, (_, i) => Math.sin(i));
    const { out } = await predict(src, { x, n: Int32Array.from([2, 4]) });
    const all = out.all as Float64Array, h = out.h as Float64Array;
    // Sample 0 stops after 2 steps: its state is step 1's output, and later outputs are 0.
    expect(Array.from(h.slice(0, 5))).toEqual(Array.from(all.slice(5, 10)));
    expect(Array.from(all.slice(10, 20))).toEqual(new Array(10).fill(0));
    expect(Array.from(h.slice(5, 10))).toEqual(Array.from(all.slice(35, 40)));
    expect((out.c as Float64Array).some((v) => v !== 0)).toBe(true);
  });

  it("with lengths equal to T agree with no lengths at all", async () => {
    const src = (call: string) => `model M {\n  input x: f32[2, 3, 2]\n  input n: i32[2]\n` +
      `  g = Bidirectional(GRU(3, sequences = true))\n  output y = ${call}\n}`;
    const x = Float64Array.from({ length: 12 }, (_, i) => Math.cos(i));
    const n = Int32Array.from([3, 3]);
    const a = (await predict(src("g(x, lengths = n)"), { x, n })).out.y as Float64Array;
    const b = (await predict(src("g(x)"), { x, n })).out.y as Float64Array;
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
