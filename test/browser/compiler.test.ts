// The compiler in a browser: the browser entry bundled as the package ships it (no Node module
// in it, or esbuild would fail), compiling a model that imports a layer file from memory in
// headless Chromium, on the main thread and in a Web Worker. The page must emit the very
// module Node emits and train it as Node does: bit for bit in float64, within 1e-6 in float32.
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as node from "../../compiler/index.ts";
// @ts-expect-error: a JavaScript build script, without declarations.
import { BROWSER_BUNDLE } from "../../scripts/build-package.mjs";
import { blobs } from "../runtime/app/blobs.ts";
import { type Chromium, launchChromium, skipBrowserTests } from "../support/chromium.ts";
import { page, type Served, type Server, serve } from "../support/serve.ts";
import {
  type CompileRun, type CompileRunResult, compileAndRun, diagnosticsOf,
} from "./compilerPage.ts";

const FILES = {
  "/app/layers/hidden.kiln": `
layer Hidden(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  param b: [units] = zeros
  return relu(x @ W + b)
}`,
  "/app/blobs.kiln": `import "layers/hidden.kiln"
dim B = 8
model Blobs {
  input x: f32[B, 4]
  input y: i32[B]
  h = Hidden(16)
  fc = Dense(3)
  logits = x |> h |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.02)
}`,
};

const data = blobs(8, 1);
const run = (dtype: "f32" | "f64"): CompileRun => ({ files: FILES, file: "/app/blobs.kiln", dtype,
  x: Array.from(data.x), y: Array.from(data.y), steps: 3 });

function expectSameRun(got: CompileRunResult, want: CompileRunResult, dtype: "f32" | "f64"): void {
  expect(got.js).toBe(want.js);
  if (dtype === "f64") {
    expect(got.losses).toEqual(want.losses);
    expect(got.probs).toEqual(want.probs);
    return;
  }
  const close = (a: number[], b: number[]) =>
    a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1e-6));
  close(got.losses, want.losses);
  close(got.probs, want.probs);
}

describe("the browser entry's bundle", () => {
  it("holds no Node module, no TypeScript and no ts-morph, and imports nothing", async () => {
    const r = await build({ ...BROWSER_BUNDLE, write: false, outdir: "/bundle" });
    const inputs = Object.keys(r.metafile!.inputs);
    expect(inputs).toContain("compiler/compile.ts");
    const unwanted = /^node:|nodeHost|node_modules\/(typescript|ts-morph)\//;
    expect(inputs.filter((f) => unwanted.test(f))).toEqual([]);
    expect(Object.values(r.metafile!.outputs).flatMap((o) => o.imports)).toEqual([]);
  });
});

describe.skipIf(skipBrowserTests())("the compiler in Chromium", () => {
  let browser: Chromium, server: Server, tab: Page;
  const call = <T>(fn: string, arg: unknown) =>
    tab.evaluate(`globalThis.kilnCompiler.${fn}(${JSON.stringify(arg)})`) as Promise<T>;

  beforeAll(async () => {
    const bundle = await build({ ...BROWSER_BUNDLE, write: false, outdir: "/bundle" });
    const files = new Map<string, Served>([
      ["/kiln.js", { body: bundle.outputFiles![0].text, type: "text/javascript" }],
      ["/compiler.html", page(["test/browser/compilerPage.ts"])],
    ]);
    [browser, server] = await Promise.all([launchChromium(), serve(files)]);
    tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/compiler.html`);
    await tab.waitForFunction(() => "kilnCompiler" in globalThis);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const dtype of ["f64", "f32"] as const) {
    it(`compiles and trains a ${dtype} model on the main thread as Node does`, async () => {
      const want = await compileAndRun(node, run(dtype));
      expectSameRun(await call("here", run(dtype)), want, dtype);
    });

    it(`compiles and trains a ${dtype} model in a Web Worker as Node does`, async () => {
      const want = await compileAndRun(node, run(dtype));
      expectSameRun(await call("inWorker", run(dtype)), want, dtype);
    });
  }

  it("compiles under a Content-Security-Policy without eval or blob: scripts", async () => {
    const strict = await browser.context.newPage();
    try {
      await strict.goto(`${server.origin}/csp/compiler.html`);
      await strict.waitForFunction(() => "kilnCompiler" in globalThis);
      const compiled = (fn: string) => strict.evaluate(
        `globalThis.kilnCompiler.${fn}(${JSON.stringify(run("f32"))})`);
      expect(await compiled("diagnosticsHere")).toBe("");
      // Importing the module it made is what the policy refuses: a page must allow blob:.
      await expect(compiled("here"))
        .rejects.toThrow(/Failed to fetch dynamically imported module: blob:/);
    } finally {
      await strict.close();
    }
  });

  it("reports a mistake at its line in the imported file, as Node does", async () => {
    const bad = { ...run("f64"), files: { ...FILES,
      "/app/layers/hidden.kiln": FILES["/app/layers/hidden.kiln"].replace("x @ W", "W @ x") } };
    const text = await call<string>("diagnosticsHere", bad);
    expect(text).toMatch(/^\/app\/layers\/hidden\.kiln:5:\d+: error: /);
    expect(text).toBe(diagnosticsOf(node, bad));
  });
});
