// The test pages' script (index.html loads it): exercise() on this page's main thread or in
// a Web Worker, for page.evaluate to call. URLs are relative to the page, so a page under
// /csp/ loads everything, workers included, under the same policy.
import { type Exercised, exercise, type Plan } from "./exercise.ts";

async function here(url: string, plan: Plan): Promise<Exercised> {
  return exercise(await import(new URL(url, document.baseURI).href), plan);
}

/** One worker for every run on this page (each module is imported afresh by its URL). */
let worker: Worker | undefined;
const waiting = new Map<number, { ok(r: Exercised): void; fail(e: Error): void }>();
let next = 0;

function inWorker(url: string, plan: Plan): Promise<Exercised> {
  if (!worker) {
    worker = new Worker(new URL("./exerciseWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e) => {
      const w = waiting.get(e.data.id)!;
      waiting.delete(e.data.id);
      if (e.data.error) w.fail(new Error(e.data.error));
      else w.ok(e.data.ok);
    };
    worker.onerror = (e) => {
      for (const w of waiting.values()) w.fail(new Error(`worker: ${e.message}`));
      waiting.clear();
    };
  }
  const id = next++;
  return new Promise((ok, fail) => {
    waiting.set(id, { ok, fail });
    worker!.postMessage({ id, url: new URL(url, document.baseURI).href, plan });
  });
}

Object.assign(globalThis, { kilnTest: { here, inWorker } });
