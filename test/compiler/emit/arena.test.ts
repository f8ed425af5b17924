// What the optimizer promises about memory: a training step allocates nothing (no typed
// array is made, the heap does not grow), and a step's planned scratch is at most half of
// what its intermediate tensors would take with a buffer each.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");

async function mlp(dims?: Record<string, number>) {
  const r = compile(example("mnist_mlp.kiln"), { dims, declarations: false });
  expect(r.ok).toBe(true);
  const model = (await importModule(r.js)).create({ seed: 1 });
  const B = dims?.B ?? 64;
  const x = new Float32Array(B * 784).map((_, i) => (i % 13) / 13);
  const y = new Int32Array(B).map((_, i) => i % 10);
  return { model, feeds: { x, y } };
}

const TYPED = ["Float32Array", "Float64Array", "Int32Array", "Uint8Array", "Uint32Array",
  "Int8Array", "Int16Array", "Uint16Array", "Uint8ClampedArray", "ArrayBuffer", "DataView"] as const;

/** Counts typed arrays and buffers made while `fn` runs: by constructor, and by the methods
 * that make new arrays from old ones (subarray, slice, map, filter). */
function countTypedArrays(fn: () => void): number {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = TYPED.map((name) => g[name]);
  const proto = Object.getPrototypeOf(Int8Array.prototype) as Record<string, unknown>;
  const methods = ["subarray", "slice", "map", "filter"];
  const savedMethods = methods.map((m) => proto[m]);
  let count = 0;
  TYPED.forEach((name, k) => {
    g[name] = new Proxy(saved[k] as object, {
      construct(target, args, newTarget) {
        count++;
        return Reflect.construct(target as never, args, newTarget);
      },
    });
  });
  methods.forEach((m, k) => {
    proto[m] = function (this: unknown, ...args: unknown[]) {
      count++;
      return (savedMethods[k] as (...a: unknown[]) => unknown).apply(this, args);
    };
  });
  try {
    fn();
  } finally {
    TYPED.forEach((name, k) => (g[name] = saved[k]));
    methods.forEach((m, k) => (proto[m] = savedMethods[k]));
  }
  return count;
}

describe("a training step allocates nothing", () => {
  it("makes no typed array in 100 steps of the MNIST MLP, nor in predict", async () => {
    const { model, feeds } = await mlp();
    model.train(feeds);
    model.predict(feeds);
    // The wrappers themselves must be seen to count.
    expect(countTypedArrays(() => new Float32Array(1).subarray(0))).toBe(2);
    expect(countTypedArrays(() => {
      for (let i = 0; i < 100; i++) model.train(feeds);
      model.predict(feeds);
    })).toBe(0);
  });

  it("keeps the heap flat over 1000 steps", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { model, feeds } = await mlp({ B: 8 });
    for (let i = 0; i < 100; i++) model.train(feeds);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) model.train(feeds);
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    // A leak of even 64 bytes a step would show as 64 KB.
    expect(growth).toBeLessThan(64 * 1024);
  });
});

describe("static memory planning", () => {
  it.each([["mnist_mlp.kiln"], ["mnist_cnn.kiln"]])(
    "plans %s's training step in at most half the memory of its intermediates", (file) => {
      const stats = (optimize: 0 | 2) => {
        const r = compile(example(file), { optimize, declarations: false });
        expect(r.ok).toBe(true);
        return r.stats!.entries.find((e) => e.name === "step0")!;
      };
      const [unoptimized, optimized] = [stats(0), stats(2)];
      const scratch = optimized.scratchF + optimized.scratchI;
      expect(scratch).toBeLessThanOrEqual(0.5 * optimized.intermediates);
      expect(scratch).toBeLessThanOrEqual(0.5 * unoptimized.intermediates);
      // Fusion and in-place writes beat liveness-based reuse alone.
      expect(scratch).toBeLessThan(unoptimized.scratchF + unoptimized.scratchI);
    });
});
