// Compiled modules in a real browser (headless Chromium): the example MLP and LSTM, small, and a
// CNN with the example's layers, as float32 and float64 modules, on a page's main thread and in
// a Web Worker, each also under a Content-Security-Policy that forbids compiling WebAssembly
// (float32 modules then run their JS loops). Every place runs the same calls on the same seeded
// feeds as Node does here (exercise.ts: predict, gradients, three training steps, the params
// and state after them); float64 results must equal Node's bit for bit, float32 ones agree
// within 1e-6 (relative past 1) with Node's on the same path: its SIMD kernels, or its JS loops
// where the page forbids WebAssembly (a SIMD kernel and a JS loop round differently, and three
// Adam steps turn a rounding difference in a near-zero gradient into one of lr).
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";
import { type Chromium, launchChromium, skipBrowserTests } from "../support/chromium.ts";
import { page as html, type Served, type Server, serve } from "../support/serve.ts";
import { type AnyModule, decode, type Encoded, type Exercised, exercise, type Plan } from "./exercise.ts";

interface ModelCase {
  name: string;
  source: string;
  dims: Record<string, number>;
  intRanges: Record<string, number>;
}

const example = (file: string) => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");

/** examples/mnist_cnn.kiln's layers (convolutions, batch norm, pooling, dropout) over 12 x 12
 * images, which the JS loops of a page under CSP run in a fraction of the time of 28 x 28. */
const CNN = `
dim B = 2
model SmallCnn {
  input x: f32[B, 1, 12, 12]
  input y: i32[B]
  conv1 = Conv2D(4, 3, padding = "same")
  bn1 = BatchNorm()
  conv2 = Conv2D(8, 3, padding = "same")
  bn2 = BatchNorm()
  fc1 = Dense(16, act = relu)
  fc2 = Dense(10)
  h = x |> conv1 |> bn1 |> relu |> max_pool2d(2)
  h = h |> conv2 |> bn2 |> relu |> max_pool2d(2)
  logits = h |> flatten |> fc1 |> dropout(0.3) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}`;

const MODELS: ModelCase[] = [
  { name: "mlp", source: example("mnist_mlp.kiln"), dims: { B: 4 }, intRanges: { y: 10 } },
  { name: "cnn", source: CNN, dims: {}, intRanges: { y: 10 } },
  { name: "lstm", source: example("names_lstm.kiln"), dims: { B: 4, T: 5 }, intRanges: { ids: 28, y: 2 } },
];
const DTYPES = ["f32", "f64"] as const;
const PLACES = [
  { name: "main thread", csp: false, worker: false },
  { name: "worker", csp: false, worker: true },
  { name: "main thread under CSP", csp: true, worker: false },
  { name: "worker under CSP", csp: true, worker: true },
];

const files = new Map<string, Served>([["/index.html", html(["test/browser/page.ts"])]]);
/** Node's results by "model dtype", and by "model dtype js" those of its JS loops. */
const expected = new Map<string, Exercised>();
const planOf = (m: ModelCase): Plan => ({ seed: 11, intRanges: m.intRanges, steps: 3 });

/** The module with WebAssembly hidden from it, as a page that forbids compiling WebAssembly
 * leaves it: a float32 module then allocates a plain buffer and runs its JS loops. */
function withoutWasm(js: string): AnyModule {
  const script = js.replace(/^export (?=const |function )/gm, "");
  return new Function("WebAssembly", `"use strict";\n${script}\nreturn { create, meta };`)(undefined);
}

/** Compiles every model for the pages and runs it in Node. */
async function prepare(): Promise<void> {
  for (const m of MODELS) {
    for (const dtype of DTYPES) {
      const r = compile(m.source, { file: `${m.name}.kiln`, dims: m.dims, dtype, declarations: false });
      if (!r.ok) throw new Error(`${m.name}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
      files.set(`/models/${m.name}-${dtype}.js`, { body: r.js, type: "text/javascript" });
      expected.set(`${m.name} ${dtype}`, exercise(await importModule(r.js), planOf(m)));
      expected.set(`${m.name} ${dtype} js`, exercise(withoutWasm(r.js), planOf(m)));
    }
  }
}

/** Runs exercise() in the page (or in a worker it starts) on the module at `url`. */
function exerciseIn(page: Page, url: string, plan: Plan, worker: boolean): Promise<Exercised> {
  return page.evaluate(({ url, plan, worker }) => {
    type Run = (u: string, p: Plan) => Exercised;
    const run = (globalThis as unknown as { kilnTest: Record<"here" | "inWorker", Run> }).kilnTest;
    return worker ? run.inWorker(url, plan) : run.here(url, plan);
  }, { url, plan, worker });
}

/** The first element where `a` and `b` differ by more than `tolerance` (relative past 1;
 * 0 asks for the same bits), or null. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>, tolerance: number): string | null {
  for (let i = 0; i < b.length; i++) {
    const same = tolerance === 0 ? Object.is(a[i], b[i])
      : Math.abs(a[i] - b[i]) <= tolerance * Math.max(1, Math.abs(b[i]));
    if (!same) return `[${i}] is ${a[i]} in the browser, ${b[i]} in Node (of ${b.length})`;
  }
  return null;
}

/** Every result agrees within `tolerance` (ints always exactly); names the first element of
 * each that does not. */
function expectAgree(got: Record<string, Encoded>, want: Record<string, Encoded>, tolerance: number): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  const differ: string[] = [];
  for (const [name, w] of Object.entries(want)) {
    expect(got[name].type, name).toBe(w.type);
    const d = firstDifference(decode(got[name]), decode(w), w.type === "i32" ? 0 : tolerance);
    if (d) differ.push(`${name}${d}`);
  }
  expect(differ).toEqual([]);
}

describe.skipIf(skipBrowserTests())("compiled modules in Chromium", () => {
  let browser: Chromium, server: Server;
  const pages = new Map<boolean, Page>();
  /** Each place's results, run once for the tests that read them. */
  const runs = new Map<string, Promise<Exercised>>();
  const resultsIn = (m: ModelCase, dtype: string, place: (typeof PLACES)[number]) => {
    const key = `${m.name} ${dtype} ${place.name}`;
    if (!runs.has(key)) {
      const url = `models/${m.name}-${dtype}.js`;
      runs.set(key, exerciseIn(pages.get(place.csp)!, url, planOf(m), place.worker));
    }
    return runs.get(key)!;
  };

  beforeAll(async () => {
    // Node's runs while the browser starts.
    [browser, server] = await Promise.all([launchChromium(), serve(files), prepare()]);
    for (const csp of [false, true]) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}${csp ? "/csp" : ""}/index.html`);
      await page.waitForFunction(() => "kilnTest" in globalThis);
      pages.set(csp, page);
    }

  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const m of MODELS) {
    for (const dtype of DTYPES) {
      for (const place of PLACES) {
        const want = () => expected.get(`${m.name} ${dtype}${place.csp ? " js" : ""}`)!.results;
        const bitwise = dtype === "f64";
        it(`${m.name}, ${dtype}, ${place.name}: the same results as in Node` +
          `${bitwise ? ", bit for bit" : ""}`, async () => {
          const got = await resultsIn(m, dtype, place);
          // The policy must really forbid WebAssembly there, or the JS loops go untested; a
          // float32 module then says so, once.
          expect(got.wasm).toBe(!place.csp);
          const simd = dtype === "f32" && !place.csp;
          expect(got.backend).toBe(simd ? "simd" : "js");
          expect(got.warnings).toBe(dtype === "f32" && place.csp ? 1 : 0);
          expectAgree(got.results, want(), bitwise ? 0 : 1e-6);
        });
      }
    }
  }
});
