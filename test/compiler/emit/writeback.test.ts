// A weight gradient fused with its optimizer update (a product with the update as its
// epilogue) writes the new weights where they live: its sums are kept in scratch, so they
// never overwrite the old weights the epilogue still reads, and nothing is copied back after
// the step. Checked where the sums are stored more than once (a packed product over two K
// blocks), under the kernels' JS loops (an engine without WebAssembly), and in float64.
import { describe, expect, it, vi } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";

/** A Dense stack whose first weight gradient is x^T dy over a batch of `batch` rows. */
const stack = (batch: number, optimizer: string) => `
model M {
  input x: f32[${batch}, 64]
  input y: i32[${batch}]
  d1 = Dense(128, act = relu)
  d2 = Dense(16)
  logits = x |> d1 |> d2
  loss = cross_entropy(logits, y)
  train step: minimize loss with ${optimizer}
}`;

function feeds(batch: number) {
  return {
    x: Float32Array.from({ length: batch * 64 }, (_, i) => Math.sin(i * 1.7)),
    y: Int32Array.from({ length: batch }, (_, i) => (i * 7) % 16),
  };
}

/** The step's statements (its entry function), as emitted. */
function stepCode(js: string): string {
  const start = js.indexOf("function run_step0(");
  return js.slice(start, js.indexOf("\n}\n", start));
}

async function train(source: string, batch: number, options: { dtype?: "f32" | "f64"; wasm?: boolean }) {
  const r = compile(source, { dtype: options.dtype ?? "f32", declarations: false });
  expect(r.ok, r.diagnostics.map((d) => d.message).join("\n")).toBe(true);
  if (options.wasm === false) {
    vi.stubGlobal("WebAssembly", { ...WebAssembly, Module: () => {
      throw new Error("no WebAssembly here");
    } });
    vi.spyOn(console, "warn").mockImplementation(() => {});
  }
  try {
    const m = (await importModule(r.js)).create({ seed: 4 });
    if (options.wasm === false) expect(m.backend).toBe("js");
    const f = feeds(batch);
    for (let k = 0; k < 3; k++) m.train(f, "step");
    return { js: r.js, W: Float64Array.from(m.params["d1.W"] as ArrayLike<number>) };
  } finally {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  }
}

describe("a weight gradient fused with its update", () => {
  it.each([
    ["one K block, Adam", 64, "adam(lr = 0.01)"],
    ["a packed product over two K blocks, Adam", 512, "adam(lr = 0.01)"],
    ["two K blocks, AdamW", 512, "adamw(lr = 0.01, weight_decay = 0.1)"],
    ["two K blocks, momentum", 512, "momentum(lr = 0.05)"],
  ])("writes the new weights where they live, and trains as float64 and the JS loops do (%s)",
    async (_what, batch, optimizer) => {
      const source = stack(batch as number, optimizer as string);
      const simd = await train(source, batch as number, {});
      // No weights made aside and copied back after the step.
      expect(stepCode(simd.js)).not.toMatch(/copyWithin/);
      expect(simd.js).toMatch(/fused matmul (sub|mul|add)/);
      const js = await train(source, batch as number, { wasm: false });
      const f64 = await train(source, batch as number, { dtype: "f64" });
      const start = await train(source.replace(/lr = [\d.]+/, "lr = 0"), batch as number, { dtype: "f64" });
      let moved = 0;
      for (let i = 0; i < f64.W.length; i++) {
        expect(Math.abs(simd.W[i] - f64.W[i]), `SIMD W[${i}]`).toBeLessThan(1e-4);
        expect(Math.abs(js.W[i] - f64.W[i]), `JS loops W[${i}]`).toBeLessThan(1e-4);
        if (Math.abs(f64.W[i] - start.W[i]) > 1e-4) moved++;
      }
      expect(moved).toBeGreaterThan(f64.W.length / 4); // the steps did change the weights
    });
});
