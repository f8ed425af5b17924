// The test pages' script (index.html loads it): exercise() on this page's main thread or in
// a Web Worker, for page.evaluate to call. URLs are relative to the page, so a page under
// /csp/ loads everything, workers included, under the same policy.
import { type Exercised, exercise, type Plan } from "./exercise.ts";

async function here(url: string, plan: Plan): Promise<Exercised> {
  return exercise(await import(new URL(url, document.baseURI).href), plan);
}

function inWorker(url: string, plan: Plan): Promise<Exercised> {
  return new Promise((ok, fail) => {
    const w = new Worker(new URL("./exerciseWorker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e) => {
      w.terminate();
      if (e.data.error) fail(new Error(e.data.error));
      else ok(e.data.ok);
    };
    w.onerror = (e) => fail(new Error(`worker: ${e.message}`));
    w.postMessage({ url: new URL(url, document.baseURI).href, plan });
  });
}

Object.assign(globalThis, { kilnTest: { here, inWorker } });
