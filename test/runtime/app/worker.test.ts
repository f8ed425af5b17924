// runtime/app/worker.ts over Node's worker_threads: a model served in a worker must answer
// every call as the same model in this thread does (bit for bit), in the order the calls
// were made, with progress events from fit, and errors of the same class and message.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";
import { type EpochLogs, fit } from "../../../runtime/app/fit.ts";
import { WorkerModel } from "../../../runtime/app/worker.ts";
import { BLOBS_SOURCE, blobs } from "./blobs.ts";

const js = compile(BLOBS_SOURCE, { declarations: false }).js;
const url = `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`;
const local = await importModule(js);
const data = blobs(64, 1);
const dir = mkdtempSync(join(tmpdir(), "kiln-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker_threads Worker running `code` (ES module text) with tsx's loader, so it can
 * import the repository's TypeScript. */
function tsWorker(code: string): Worker {
  const file = join(dir, `w${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const url = JSON.stringify(pathToFileURL(file).href);
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${url}); });`,
    { eval: true });
}

const RUNTIME = new URL("../../../runtime/app/worker.ts", import.meta.url).href;
/** A worker that serves the module create() names by URL. */
const generic = () => tsWorker(`import { parentPort } from "node:worker_threads";
import { serveModel } from ${JSON.stringify(RUNTIME)};
serveModel(parentPort);`);

describe("WorkerModel in a worker_threads Worker", () => {
  it("answers each call as the same model in this thread does", async () => {
    const remote = await WorkerModel.create(generic(), { module: url, seed: 4 });
    const here = local.create({ seed: 4 });
    try {
      expect(remote.meta).toEqual(local.meta);
      const x = data.x.subarray(0, 32), y = data.y.subarray(0, 8);
      const p = await remote.predict({ x });
      expect(p.probs).toEqual(Float32Array.from(here.predict({ x }).probs));
      const g = await remote.gradients({ x, y }), h = here.gradients({ x, y });
      const grads = Object.entries(h.grads as Record<string, Float32Array>).map(([k, v]) => [k, v.slice()]);
      expect(g).toEqual({ value: h.value, grads: Object.fromEntries(grads) });
      await remote.setLearningRate("step", 0.5);
      here.setLearningRate("step", 0.5);
      expect(await remote.getLearningRate("step")).toBe(0.5);
      // Calls made without waiting run in the order made.
      const losses = await Promise.all([1, 2, 3].map(() => remote.train({ x, y })));
      expect(losses).toEqual([1, 2, 3].map(() => here.train({ x, y })));
      expect(p.probs).toEqual(p.probs.slice()); // a copy, not a view into the worker's memory
      const saved = await remote.save();
      expect(saved).toEqual(here.save());
      const fresh = local.create({ seed: 9 });
      fresh.load(saved);
      await remote.train({ x, y });
      await remote.load(saved);
      expect((await remote.predict({ x })).probs).toEqual(Float32Array.from(fresh.predict({ x }).probs));
    } finally {
      remote.terminate();
    }
  });

  it("runs fit in the worker with the same history as here, and its progress events here", async () => {
    const remote = await WorkerModel.create(generic(), { module: url, seed: 2 });
    try {
      const options = { epochs: 3, accuracy: true, validationSplit: 0.25, seed: 5 };
      const epochs: EpochLogs[] = [];
      let batches = 0;
      const h = await remote.fit(data, { ...options, onBatch: () => batches++,
        onEpoch: (e) => epochs.push(e) });
      const want = await fit(local.create({ seed: 2 }), data, options);
      const noTime = (e: EpochLogs) => ({ ...e, seconds: 0 });
      expect(h.epochs.map(noTime)).toEqual(want.epochs.map(noTime));
      expect(epochs).toEqual(h.epochs);
      expect(batches).toBe(3 * 6);
    } finally {
      remote.terminate();
    }
  });

  it("stops a fit in the worker when the signal aborts", async () => {
    const remote = await WorkerModel.create(generic(), { module: url });
    const stop = new AbortController();
    try {
      const h = await remote.fit(blobs(4000, 3), { epochs: 50, yieldMs: 0,
        onEpoch: (e) => { if (e.epoch === 1) stop.abort(); }, signal: stop.signal });
      expect(h.stopped).toBe("aborted");
      expect(h.epochs.length).toBeGreaterThanOrEqual(2);
      expect(h.epochs.length).toBeLessThan(50);
    } finally {
      remote.terminate();
    }
  });

  it("rejects with the model's own error, of the same class and message", async () => {
    const remote = await WorkerModel.create(generic(), { module: url });
    const here = local.create();
    try {
      const bad = { x: new Float32Array(3), y: data.y.subarray(0, 8) };
      const mine = (() => { try { here.train(bad); } catch (e) { return e as Error; } })()!;
      const theirs = await remote.train(bad).then(() => new Error("no error"), (e: Error) => e);
      expect(theirs).toBeInstanceOf(TypeError);
      expect(theirs.message).toBe(mine.message);
      await expect(remote.fit(data, { epochs: 0 })).rejects.toThrow(RangeError);
      await expect(remote.load(new Uint8Array(5))).rejects.toThrow(/safetensors|header|short/i);
      // The model still works after its errors.
      expect(await remote.train({ x: data.x.subarray(0, 32), y: bad.y })).toBeGreaterThan(0);
      await expect(WorkerModel.create(generic())).rejects.toThrow(/give \{ module \} \(a URL\)/);
    } finally {
      remote.terminate();
    }
  });

  it("serves a module the worker imports itself; pending calls fail when the worker ends", async () => {
    const file = join(dir, "blobs.mjs");
    writeFileSync(file, js);
    const worker = tsWorker(`import { parentPort } from "node:worker_threads";
import { serveModel } from ${JSON.stringify(RUNTIME)};
import * as blobs from ${JSON.stringify(pathToFileURL(file).href)};
serveModel(parentPort, blobs);`);
    const remote = await WorkerModel.create(worker, { seed: 4 });
    const x = data.x.subarray(0, 32);
    const want = (local.create({ seed: 4 }).predict({ x }).probs as Float32Array).slice();
    expect((await remote.predict({ x })).probs).toEqual(want);
    const long = remote.fit(blobs(4000, 3), { epochs: 50 });
    remote.terminate();
    await expect(long).rejects.toThrow(/terminated/);
    await expect(remote.predict({ x })).rejects.toThrow(/terminated/);
  });
});
