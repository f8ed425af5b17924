// The runtime compiled modules embed: esbuild's bundles of runtime/ (scripts/build-runtime.mjs),
// one per kind of module, and the leaf functions kernels call, one piece each. Each is
// standalone JavaScript for any engine, carries only what its kind calls, and behaves as the
// runtime's own modules do.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RUNTIME, RUNTIME_PIECE_GROUPS, RUNTIME_PIECES,
} from "../../compiler/emit/runtime.generated.ts";
import { runtimeSource } from "../../compiler/emit/runtime.ts";
import { compile } from "../../compiler/compile.ts";
// @ts-expect-error: a JavaScript build script, without declarations.
import { buildRuntime } from "../../scripts/build-runtime.mjs";

const KINDS = ["train-f32", "train-f64", "predict-f32", "predict-f64"];

describe("the embedded runtime", () => {
  it("is today's runtime/: rebuilding it changes nothing", async () => {
    const fresh = await buildRuntime();
    for (const k of KINDS) expect(fresh.bundles[k], k).toBe(RUNTIME[k]);
    expect(fresh.pieces).toEqual(RUNTIME_PIECES);
    expect(fresh.groups).toEqual(RUNTIME_PIECE_GROUPS);
  });

  it("uses no Node.js API and no module system (it runs in any engine, inside a module)", () => {
    for (const k of KINDS) {
      expect(RUNTIME[k]).not.toMatch(/\brequire\(|\bimport\b|\bprocess\.|\bBuffer\b|node:/);
      // One statement defining the two functions modules call, and nothing else global.
      expect(RUNTIME[k].startsWith("const{createCore,finishModel}=(()=>{"), k).toBe(true);
      const defined = new Function(`"use strict"; ${RUNTIME[k]}; ` +
        "return [typeof createCore, typeof finishModel];")();
      expect(defined).toEqual(["function", "function"]);
    }
    for (const [name, text] of Object.entries(RUNTIME_PIECES)) {
      expect(text).not.toMatch(/\brequire\(|\bimport\b|\bexport\b|\bprocess\.|\bBuffer\b|node:/);
      expect(text.startsWith(`const ${name}=`), name).toBe(true);
    }
    // Each piece defines its one name and keeps its helpers to itself: all pasted side by side
    // (with the bundle) define no name twice.
    const names = Object.keys(RUNTIME_PIECES);
    const all = new Function(`"use strict"; ${RUNTIME["train-f32"]}\n` +
      `${Object.values(RUNTIME_PIECES).join("\n")}\nreturn [${names.join(", ")}];`)();
    expect(all.map((f: unknown) => typeof f)).toEqual(names.map(() => "function"));
    // A file's piece of all its names defines each as the piece alone does (the functions of
    // one number compared on numbers; the products are run by test/compiler/bounded.test.ts).
    for (const { names: group, source } of RUNTIME_PIECE_GROUPS) {
      const fs = new Function(`"use strict"; ${source}\nreturn [${group.join(", ")}];`)();
      const alone = group.map((n) => new Function(`${RUNTIME_PIECES[n]}\nreturn ${n};`)());
      expect(fs.map((f: () => void) => f.length)).toEqual(alone.map((f: () => void) => f.length));
      const unary = (f: (x: number) => number) => f.length === 1;
      for (const x of [-3, -0.5, 0, 1e-3, 2, 50]) {
        expect(fs.filter(unary).map((f: (x: number) => number) => f(x)))
          .toEqual(alone.filter(unary).map((f: (x: number) => number) => f(x)));
      }
    }
  });

  it("carries the leaf functions as pieces, and training only where modules train", () => {
    // Each bundle returns the core's two functions and nothing else.
    for (const k of KINDS) expect(RUNTIME[k]).toMatch(/return\{createCore:[\w$]+,finishModel:[\w$]+\}\}\)\(\);$/);
    expect(Object.keys(RUNTIME_PIECES)).toEqual(["kilnErf", "kilnExpF32", "kilnExpm1F32",
      "kilnOrthogonal", "kilnProduct", "kilnRows", "kilnSigmoidF32", "kilnSoftplusF32", "kilnTanh",
      "kilnTanhF32"]);
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
      .toContain(runtimeSource({ predictOnly: false, dtype: "f64" }, ""));
  });
});
