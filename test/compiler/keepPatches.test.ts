// Patches kept from a convolution for its filter gradient (compiler/passes/keepPatches.ts):
// which models get them, and that the rewritten graph computes what the graph as it was
// computes, emitted (float64 to 1e-12, float32 within the usual tolerance, its JS loops and
// SIMD kernels alike) and in the interpreter, with a bounded batch fed fewer samples too.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { compile, compileToModel } from "../../compiler/index.ts";
import { evaluate } from "../../compiler/ir/interpret.ts";
import { type Tensor, tensor } from "../../compiler/ir/tensor.ts";
import type { Graph } from "../../compiler/ir/types.ts";
import { keepPatches } from "../../compiler/passes/keepPatches.ts";
import { emitGraph, mismatch, Rng } from "../property/harness.ts";

const CNN = readFileSync(new URL("../../examples/mnist_cnn.kiln", import.meta.url), "utf8");

/** Strides, padding (asymmetric for the even kernel) and a 1x1 convolution (whose patches
 * are the image). A sample's patches: c1's 18 x 20 floats, c3's 16 x 20. */
const STRIDED = (batch: string) => `
dim B ${batch}
model Strided {
  input x: f32[B, 2, 9, 8]
  input y: i32[B]
  c1 = Conv2D(3, 3, stride = 2, padding = 1)
  c2 = Conv2D(4, 1)
  c3 = Conv2D(2, 2, padding = "same")
  fc = Dense(3)
  logits = x |> c1 |> relu |> c2 |> relu |> c3 |> flatten |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

function ir(source: string, dims: Record<string, number> = {}, optimize: 1 | 2 = 2) {
  const r = compile(source, { file: "m.kiln", dims, optimize, declarations: false });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return r.ir!;
}

const count = (g: Graph, op: string) => g.nodes.filter((n) => n.op === op).length;

/** Values for a graph's leaves: labels in [0, 3), other floats in [-1, 1) (state in [0.5, 1.5),
 * variances). */
function leaves(g: Graph): Map<string, Tensor> {
  const rng = new Rng(3);
  const values = new Map<string, Tensor>();
  for (const n of g.nodes) {
    if (!["input", "param", "state"].includes(n.op)) continue;
    const t = tensor(n.shape);
    t.data.forEach((_, i) => (t.data[i] = n.dtype === "i" ? Math.floor(3 * rng.uniform())
      : n.op === "state" ? 0.5 + rng.uniform() : 2 * rng.uniform() - 1));
    values.set(n.attrs.name as string, t);
  }
  return values;
}

/** A float32 module made where WebAssembly may not be compiled: its kernels' JS loops. */
async function withoutWasm(g: Graph) {
  vi.stubGlobal("WebAssembly", { ...WebAssembly, Module: () => {
    throw new Error("no WebAssembly here");
  } });
  try {
    return await emitGraph(g, { dtype: "f32" });
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The gradients entry at -O1 (no patches kept) against the same graph with them kept:
 * interpreted, and emitted in float64 and float32. */
async function expectSameWithPatches(g: Graph, kept: number) {
  const withPatches = keepPatches(g);
  expect(count(withPatches, "patches")).toBe(kept);
  const values = leaves(g);
  const want = evaluate(g, { inputs: values, params: values, state: values, rng: new Rng(0) });
  const [f64, f64Before, f32, f32Before] = await Promise.all([
    emitGraph(withPatches), emitGraph(g), emitGraph(withPatches, { dtype: "f32" }),
    emitGraph(g, { dtype: "f32" })].map((m) => m.then((x) => x.run(values))));
  const js = (await withoutWasm(withPatches)).run(values);
  for (const o of g.outputs) {
    const w = want.get(o.name)!.data;
    expect(mismatch(f64[o.name], w, 1e-12, 1e-12), `${o.name} against the interpreter`)
      .toBeUndefined();
    expect(mismatch(f64[o.name], f64Before[o.name], 1e-12, 1e-12), `${o.name} in float64`)
      .toBeUndefined();
    expect(mismatch(f32[o.name], w, 1e-4, 1e-3), `${o.name} in float32`).toBeUndefined();
    expect(mismatch(f32[o.name], f32Before[o.name], 1e-5, 1e-4), `${o.name} float32 before`)
      .toBeUndefined();
    expect(mismatch(js[o.name], w, 1e-4, 1e-3), `${o.name} in float32 JS`).toBeUndefined();
  }
}

describe("patches kept for the filter gradient", () => {
  it("makes the CNN example's step read each convolution's patches once where they fit", () => {
    // At batch 4 the second convolution's patches are 4 x 72 x 196 floats, within MAX_KEPT.
    const step = ir(CNN, { B: 4 }).steps[0].graph;
    expect(count(step, "patches")).toBe(2);
    expect(count(step, "conv2d_weight_grad") + count(step, "conv2d")).toBe(0);
    // At 32 neither's are (226K and 452K floats): both recompute them.
    const big = ir(CNN).steps[0].graph;
    expect(count(big, "patches")).toBe(0);
    expect(count(big, "conv2d_weight_grad")).toBe(2);
    // predict has no filter gradient to share them with.
    expect(count(ir(CNN, { B: 4 }).predict, "patches")).toBe(0);
  });

  it("computes the CNN example's gradients as before", async () => {
    await expectSameWithPatches(ir(CNN, { B: 2 }, 1).gradients[0].graph, 2);
  });

  it("computes strided, padded and 1x1 convolutions' gradients as before", async () => {
    // The 1x1 convolution (c2) has no patches of its own to keep.
    await expectSameWithPatches(ir(STRIDED("= 3"), {}, 1).gradients[0].graph, 2);
  });

  it("trains a bounded batch fed fewer samples as a module compiled for them", async () => {
    const bounded = ir(STRIDED("<= 6"));
    expect(count(bounded.steps[0].graph, "patches")).toBe(2);
    for (const dtype of ["f64", "f32"] as const) {
      const [a, b] = await Promise.all([STRIDED("<= 6"), STRIDED("= 3")].map((s) =>
        compileToModel(s, { file: "m.kiln", dtype, declarations: false })));
      const [ma, mb] = [a.create({ seed: 1 }), b.create({ seed: 1 })];
      const x = Array.from({ length: 3 * 2 * 9 * 8 }, (_, i) => Math.sin(i));
      const feeds = { x: dtype === "f64" ? Float64Array.from(x) : Float32Array.from(x),
        y: Int32Array.from([0, 2, 1]) };
      for (let k = 0; k < 3; k++) {
        const [la, lb] = [ma.train(feeds), mb.train(feeds)];
        expect(Math.abs(la - lb), `${dtype} loss at step ${k}`).toBeLessThanOrEqual(
          dtype === "f64" ? 1e-12 : 1e-5);
      }
      for (const p of Object.keys(mb.params)) {
        expect(mismatch(ma.params[p], mb.params[p], dtype === "f64" ? 1e-12 : 1e-5, 1e-5), p)
          .toBeUndefined();
      }
    }
  });

  it("keeps those within the budget only, and trains as without them", async () => {
    // At 200 samples c1's patches (72000 floats) exceed MAX_KEPT, c3's (64000) do not.
    const step = ir(STRIDED("= 200")).steps[0].graph;
    expect(count(step, "patches")).toBe(1);
    // c1's, and the 1x1 c2's, which reads the image as its patches.
    expect(count(step, "conv2d_weight_grad")).toBe(2);
    const [kept, none] = await Promise.all([2, 1].map((optimize) => compileToModel(
      STRIDED("= 200"), { file: "m.kiln", dtype: "f64", optimize: optimize as 1 | 2,
        declarations: false })));
    const [a, b] = [kept.create({ seed: 1 }), none.create({ seed: 1 })];
    const feeds = { x: Float64Array.from({ length: 200 * 2 * 9 * 8 }, (_, i) => Math.sin(i)),
      y: Int32Array.from({ length: 200 }, (_, i) => i % 3) };
    for (let k = 0; k < 2; k++) {
      expect(Math.abs(a.train(feeds) - b.train(feeds))).toBeLessThan(1e-12);
    }
    for (const p of Object.keys(b.params)) {
      expect(mismatch(a.params[p], b.params[p], 1e-12, 1e-12), p).toBeUndefined();
    }
  });
});
