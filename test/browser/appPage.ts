// The app helpers' test page (app.html loads it): fit on this page's main thread (and whether
// a timer can run meanwhile), and a WorkerModel in a Web Worker, for page.evaluate to call.
import { type EpochLogs, fit, type FitOptions, type History } from "../../runtime/app/fit.ts";
import { WorkerModel } from "../../runtime/app/worker.ts";
import { blobs } from "../runtime/app/blobs.ts";

export interface Fitted {
  history: History;
  /** Predictions for blobs(8, 7) after training. */
  probs: number[];
}

export interface FittedInWorker extends Fitted {
  epochs: EpochLogs[];
  batches: number;
  /** What a bad feed threw, as it arrived here. */
  error: { isTypeError: boolean; message: string };
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

async function fitHere(url: string, options: FitOptions): Promise<Fitted> {
  const model = (await import(absolute(url))).create({ seed: 2 });
  const history = await fit(model, blobs(64, 1), options);
  return { history, probs: Array.from(model.predict({ x: blobs(8, 7).x }).probs as Float32Array) };
}

/** How often a zero-delay timer chain ran during the first epoch of a one-epoch fit (so
 * before fit's pause at the epoch's end), given fit's yieldMs. */
async function ticksDuringEpoch(url: string, yieldMs: number): Promise<number> {
  const model = (await import(absolute(url))).create();
  let ticks = 0, seen = 0, done = false;
  const tick = () => {
    ticks++;
    if (!done) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await fit(model, blobs(2000, 4), { yieldMs, onBatch: (p) => {
    if (p.batch === p.batches - 1) seen = ticks;
  } });
  done = true;
  return seen;
}

async function fitInWorker(url: string, options: FitOptions): Promise<FittedInWorker> {
  const worker = new Worker(new URL("./appWorker.ts", import.meta.url), { type: "module" });
  const remote = await WorkerModel.create(worker, { module: absolute(url), seed: 2 });
  try {
    const epochs: EpochLogs[] = [];
    let batches = 0;
    const history = await remote.fit(blobs(64, 1), { ...options,
      onBatch: () => batches++, onEpoch: (e) => epochs.push(e) });
    const probs = Array.from((await remote.predict({ x: blobs(8, 7).x })).probs);
    const error = await remote.train({ x: new Float32Array(3), y: new Int32Array(8) })
      .then(() => ({ isTypeError: false, message: "no error" }),
        (e: Error) => ({ isTypeError: e instanceof TypeError, message: e.message }));
    return { history, probs, epochs, batches, error };
  } finally {
    remote.terminate();
  }
}

/** A long fit in a worker, aborted after its first epoch. */
async function abortInWorker(url: string): Promise<History> {
  const worker = new Worker(new URL("./appWorker.ts", import.meta.url), { type: "module" });
  const remote = await WorkerModel.create(worker, { module: absolute(url) });
  const stop = new AbortController();
  try {
    return await remote.fit(blobs(4000, 3), { epochs: 50, signal: stop.signal,
      onEpoch: () => stop.abort() });
  } finally {
    remote.terminate();
  }
}

Object.assign(globalThis, { kilnApp: { fitHere, ticksDuringEpoch, fitInWorker, abortInWorker } });
