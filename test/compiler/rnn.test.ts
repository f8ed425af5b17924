// The recurrent layers of the prelude against an independent implementation of PyTorch's
// equations (plain loops over PyTorch's weight layout), and their gradients against central
// finite differences, all in float64.
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../compiler/index.ts";
import { Rng } from "../../runtime/rng.ts";

const N = 2, T = 4, D = 3, U = 3;
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** PyTorch's weights: w_ih [G*U, D], w_hh [G*U, U], b_ih and b_hh [G*U]. */
interface TorchWeights { wih: number[]; whh: number[]; bih: number[]; bhh: number[] }

function draw(G: number, rng: Rng): TorchWeights {
  const r = (n: number) => Array.from({ length: n }, () => 2 * rng.uniform() - 1);
  return { wih: r(G * U * D), whh: r(G * U * U), bih: r(G * U), bhh: r(G * U) };
}

/** Row `row` of (W v + b) for a [G*U, len] matrix W. */
function affine(w: number[], b: number[], v: number[], row: number, len: number): number {
  let s = b[row];
  for (let k = 0; k < len; k++) s += w[row * len + k] * v[k];
  return s;
}

/** All hidden states [N, T, U] by PyTorch's equations, one sequence at a time. */
function reference(kind: "SimpleRNN" | "LSTM" | "GRU", w: TorchWeights, x: Float64Array): number[] {
  const out: number[] = [];
  for (let n = 0; n < N; n++) {
    let h = new Array<number>(U).fill(0);
    let c = new Array<number>(U).fill(0);
    for (let t = 0; t < T; t++) {
      const xt = Array.from(x.subarray((n * T + t) * D, (n * T + t + 1) * D));
      const gi = (j: number) => affine(w.wih, w.bih, xt, j, D);
      const gh = (j: number) => affine(w.whh, w.bhh, h, j, U);
      const h2 = new Array<number>(U), c2 = new Array<number>(U);
      for (let j = 0; j < U; j++) {
        if (kind === "SimpleRNN") {
          h2[j] = Math.tanh(gi(j) + gh(j));
        } else if (kind === "LSTM") {
          const i = sigmoid(gi(j) + gh(j)), f = sigmoid(gi(U + j) + gh(U + j));
          const g = Math.tanh(gi(2 * U + j) + gh(2 * U + j)), o = sigmoid(gi(3 * U + j) + gh(3 * U + j));
          c2[j] = f * c[j] + i * g;
          h2[j] = o * Math.tanh(c2[j]);
        } else {
          const r = sigmoid(gi(j) + gh(j)), z = sigmoid(gi(U + j) + gh(U + j));
          const nn = Math.tanh(gi(2 * U + j) + r * gh(2 * U + j));
          h2[j] = (1 - z) * nn + z * h[j];
        }
      }
      h = h2;
      c = c2;
      out.push(...h);
    }
  }
  return out;
}

/** Kiln's layout: the transposes of PyTorch's matrices; one bias but for GRU's bh. */
function load(model: any, kind: string, w: TorchWeights, G: number): void {
  const transpose = (m: number[], rows: number, cols: number) =>
    Array.from({ length: rows * cols }, (_, i) => m[(i % rows) * cols + Math.floor(i / rows)]);
  model.params["rnn.Wx"].set(transpose(w.wih, G * U, D));
  model.params["rnn.Wh"].set(transpose(w.whh, G * U, U));
  if (kind === "GRU") {
    model.params["rnn.b"].set(w.bih);
    model.params["rnn.bh"].set(w.bhh);
  } else {
    model.params["rnn.b"].set(w.bih.map((v, i) => v + w.bhh[i]));
  }
}

const source = (layer: string, sequences: boolean) => `
model M {
  input x: f32[${N}, ${T}, ${D}]
  input y: f32[${N}, ${T}, ${U}]
  rnn = ${layer}(${U}, sequences = ${sequences})
  hs = rnn(x)
  output h = hs
  loss = mse(${sequences ? "hs" : `stack([hs, hs, hs, hs], 1)`}, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

const KINDS = [["SimpleRNN", 1], ["LSTM", 4], ["GRU", 3]] as const;

describe("recurrent layers", () => {
  for (const [kind, G] of KINDS) {
    it(`${kind} matches PyTorch's equations step by step, from PyTorch's weights`, async () => {
      const rng = new Rng(11);
      const w = draw(G, rng);
      const x = new Float64Array(N * T * D).map(() => 2 * rng.uniform() - 1);
      const want = reference(kind, w, x);
      for (const sequences of [true, false]) {
        const model = (await compileToModel(source(kind, sequences), { dtype: "f64" })).create();
        load(model, kind, w, G);
        const h: Float64Array = model.predict({ x }).h;
        // Without `sequences`, the layer returns the last step's state only.
        const expected = sequences ? want
          : want.filter((_, i) => Math.floor(i / U) % T === T - 1);
        expect(h.length).toBe(expected.length);
        h.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-12));
      }
    });

    it(`${kind}'s gradients match central finite differences`, async () => {
      const mod = await compileToModel(source(kind, true), { dtype: "f64" });
      const model = mod.create({ seed: 5 });
      const rng = new Rng(12);
      const x = new Float64Array(N * T * D).map(() => 2 * rng.uniform() - 1);
      const y = new Float64Array(N * T * U).map(() => rng.uniform() - 0.5);
      // Copies: the returned gradients are views that the next call overwrites.
      const grads = Object.fromEntries(Object.entries(model.gradients({ x, y }).grads)
        .map(([k, v]) => [k, Float64Array.from(v as Float64Array)]));
      const lossAt = () => model.gradients({ x, y }).value as number;
      const eps = 1e-6;
      const tensors: [string, Float64Array][] = [
        ...mod.meta.params.map((p: { name: string }) => [p.name, model.params[p.name]] as [string, Float64Array]),
        ["x", x],
      ];
      for (const [name, data] of tensors) {
        const g = grads[name];
        for (let i = 0; i < data.length; i++) {
          const keep = data[i];
          data[i] = keep + eps;
          const up = lossAt();
          data[i] = keep - eps;
          const down = lossAt();
          data[i] = keep;
          const numeric = (up - down) / (2 * eps);
          expect(Math.abs(g[i] - numeric), `${name}[${i}]`).toBeLessThan(1e-8 + 1e-6 * Math.abs(numeric));
        }
      }
    });
  }

  it("names params as CONTRACT.md lays them out", () => {
    const r = compile(source("GRU", true), { declarations: false });
    expect(r.ok).toBe(true);
    const shapes = Object.fromEntries([...r.ir!.decls.params.values()].map((p) => [p.name, p.shape]));
    expect(shapes).toEqual({ "rnn.Wx": [D, 3 * U], "rnn.Wh": [U, 3 * U], "rnn.b": [3 * U],
      "rnn.bh": [3 * U] });
  });

  it("joins lists with + so a loop can gather its states, and rejects a list plus a tensor", () => {
    const model = (body: string) => compile(`model M {
      input x: f32[2, 3]
      ${body}
      train step: minimize loss with sgd(lr = 0.1)
    }`, { declarations: false });
    const ok = model(`xs = []
      for t in 0..3 { xs = xs + [x[:, t] * t] }
      output s = stack(xs, 1)
      loss = sum(s)`);
    expect(ok.ok).toBe(true);
    expect(ok.ir!.predict.nodes[ok.ir!.predict.outputs[0].node].shape).toEqual([2, 3]);
    const bad = model(`xs = [x] + x
      loss = sum(x)`);
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0].message).toMatch(/needs a tensor but got a list/);
  });
});
