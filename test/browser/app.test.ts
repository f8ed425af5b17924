// The app helpers (runtime/app/) in headless Chromium: fit on a page's main thread, which must
// keep the page's event loop running while it trains, and WorkerModel over a real Web Worker.
// Both must train as fit does in Node on the same float32 module, data and seeds: the same
// history and predictions, within 1e-6.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";
import { type EpochLogs, fit, type FitOptions } from "../../runtime/app/fit.ts";
import { BLOBS_SOURCE, blobs } from "../runtime/app/blobs.ts";
import { type Chromium, launchChromium, skipBrowserTests } from "../support/chromium.ts";
import { page, type Served, type Server, serve } from "../support/serve.ts";
import type { Fitted, FittedInWorker } from "./appPage.ts";

const OPTIONS: FitOptions = { epochs: 4, accuracy: true, validationSplit: 0.25, seed: 5, yieldMs: 0 };

const files = new Map<string, Served>([["/app.html", page(["test/browser/appPage.ts"])]]);

/** The same run in Node. */
async function inNode(js: string): Promise<Fitted> {
  const model = (await importModule(js)).create({ seed: 2 });
  const history = await fit(model, blobs(64, 1), OPTIONS);
  return { history, probs: Array.from(model.predict({ x: blobs(8, 7).x }).probs as Float32Array) };
}

function expectClose(got: number[], want: number[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((v, i) => {
    expect(Math.abs(v - want[i]), `[${i}]: ${v} here, ${want[i]} in Node`).toBeLessThanOrEqual(1e-6);
  });
}

function expectSameTraining(got: Fitted, want: Fitted): void {
  const metrics = (e: EpochLogs) => [e.loss, e.accuracy!, e.valLoss!, e.valAccuracy!];
  expect(got.history.epochs.length).toBe(want.history.epochs.length);
  expectClose(got.history.epochs.flatMap(metrics), want.history.epochs.flatMap(metrics));
  expectClose(got.probs, want.probs);
}

describe.skipIf(skipBrowserTests())("fit and WorkerModel in Chromium", () => {
  let browser: Chromium, server: Server, page: Page, node: Fitted, js: string;
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(`globalThis.kilnApp.${fn}(...${JSON.stringify(args)})`) as Promise<T>;

  beforeAll(async () => {
    js = compile(BLOBS_SOURCE, { declarations: false }).js;
    files.set("/models/blobs.js", { body: js, type: "text/javascript" });
    [browser, server, node] = await Promise.all([launchChromium(), serve(files), inNode(js)]);
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/app.html`);
    await page.waitForFunction(() => "kilnApp" in globalThis);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("fit on the main thread trains as in Node", async () => {
    expectSameTraining(await call<Fitted>("fitHere", "models/blobs.js", OPTIONS), node);
  });

  it("fit on the main thread lets the page's timers run between batches", async () => {
    expect(await call<number>("ticksDuringEpoch", "models/blobs.js", 0)).toBeGreaterThan(1);
    // Without pauses inside the epoch (yieldMs past its length), no timer runs in it.
    expect(await call<number>("ticksDuringEpoch", "models/blobs.js", 1e9)).toBe(0);
  });

  it("WorkerModel trains in a Web Worker as in Node, with progress and errors on the page", async () => {
    const got = await call<FittedInWorker>("fitInWorker", "models/blobs.js", OPTIONS);
    expectSameTraining(got, node);
    expect(got.epochs).toEqual(got.history.epochs);
    expect(got.batches).toBe(4 * 6);
    const here = (await importModule(js)).create();
    const message = (() => {
      try {
        here.train({ x: new Float32Array(3), y: new Int32Array(8) });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(got.error).toEqual({ isTypeError: true, message });
  });

  it("a WorkerModel's fit stops when its signal aborts", async () => {
    const h = await call<Fitted["history"]>("abortInWorker", "models/blobs.js");
    expect(h.stopped).toBe("aborted");
    expect(h.epochs.length).toBeGreaterThanOrEqual(1);
    expect(h.epochs.length).toBeLessThan(50);
  });
});
