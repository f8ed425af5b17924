// The runtime compiled modules embed: esbuild's bundles of runtime/ (scripts/build-runtime.mjs),
// one per kind of module. Each is standalone JavaScript for any engine, carries only what its
// kind calls, and behaves as the runtime's own modules do.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RUNTIME, RUNTIME_NAMES } from "../../compiler/emit/runtime.generated.ts";
import { runtimeSource } from "../../compiler/emit/runtime.ts";
import { compile } from "../../compiler/compile.ts";
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildRuntime } from "../../scripts/build-runtime.mjs";

const KINDS = ["train-f32", "train-f64", "predict-f32", "predict-f64"];

describe("the embedded runtime", () => {
  it("is today's runtime/: rebuilding it changes nothing", async () => {
    const fresh = await buildRuntime();
    for (const k of KINDS) expect(fresh[k], k).toBe(RUNTIME[k]);
  });

  it("uses no Node.js API and no module system (it runs in any engine, inside a module)", () => {
    for (const k of KINDS) {
      expect(RUNTIME[k]).not.toMatch(/\brequire\(|\bimport\b|\bprocess\.|\bBuffer\b|node:/);
      // It defines one name and nothing else global.
      const globals = new Function(`"use strict"; ${RUNTIME[k]}; return typeof kilnRuntime;`)();
      expect(globals).toBe("object");
    }
  });

  it("carries float32 fast math only where modules are float32, and training only where they train", () => {
    expect(RUNTIME_NAMES["train-f32"]).toContain("kilnExpF32");
    expect(RUNTIME_NAMES["train-f64"]).not.toContain("kilnExpF32");
    expect(RUNTIME["predict-f64"]).not.toContain("gradients: mode must be");
    expect(RUNTIME["train-f64"]).toContain("gradients: mode must be");
    for (const k of KINDS) expect(RUNTIME[k].length).toBeLessThan(RUNTIME["train-f32"].length + 1);
    // Nor does a float64 module carry the code that inflates and compiles SIMD kernels.
    for (const k of ["train-f64", "predict-f64"]) {
      expect(RUNTIME[k]).not.toMatch(/WebAssembly\.Module|kernels are damaged/);
    }
    expect(RUNTIME["predict-f32"]).toMatch(/WebAssembly\.Module/);
    expect(RUNTIME["predict-f32"]).toMatch(/kernels are damaged/);
  });

  it("is what each module embeds, so a predict-only float64 module is the smallest", () => {
    const src = readFileSync(new URL("../../examples/mnist_mlp.kiln", import.meta.url), "utf8");
    const size = (o: object) => compile(src, { declarations: false, ...o }).js.length;
    expect(size({ dtype: "f64", predictOnly: true })).toBeLessThan(size({ predictOnly: true }));
    expect(size({ predictOnly: true })).toBeLessThan(size({}));
    expect(compile(src, { declarations: false, dtype: "f64" }).js)
      .toContain(runtimeSource({ predictOnly: false, dtype: "f64" }));
  });
});
