// runtime/app/fit.ts in Node, on compiled modules: it must train exactly as a hand-written
// loop over the same batches would, visit every sample once an epoch in a seeded order, and
// measure, stop and check its input as documented (docs/training.md).
import { describe, expect, it } from "vitest";
import { compileToModel, type LiveModule } from "../../../compiler/index.ts";
import { evaluate, fit, type FitModel } from "../../../runtime/app/fit.ts";
import { BLOBS_SOURCE, blobs } from "./blobs.ts";

const blobsModule = await compileToModel(BLOBS_SOURCE);
const data = blobs(70, 1); // 8 batches of 8, 6 samples left out each epoch
/** The data's k-th batch in order. */
const batchOf = (k: number) => ({ x: data.x.subarray(k * 32, k * 32 + 32), y: data.y.subarray(k * 8, k * 8 + 8) });

/** A copy of every param. */
const paramsOf = (model: FitModel & { params: Record<string, Float32Array> }) =>
  Object.fromEntries(Object.entries(model.params).map(([k, v]) => [k, Float32Array.from(v)]));

/** A model whose loss is the mean of its input (nothing trains: lr 0), so a loss names the
 * samples of its batch. */
const identity = (batch: number) => compileToModel(`
model Id {
  input x: f32[${batch}, 1]
  param w: [1] = ones
  loss = mean(x * w)
  train step: minimize loss with sgd(lr = 0)
}`);

describe("fit", () => {
  it("trains as a loop of train() over the same batches does, bit for bit", async () => {
    const a = blobsModule.create({ seed: 3 }), b = blobsModule.create({ seed: 3 });
    const losses: number[] = [];
    const history = await fit(a, data, { epochs: 2, shuffle: false, onBatch: (p) => losses.push(p.loss) });
    const expected: number[] = [];
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let k = 0; k < 8; k++) {
        expected.push(b.train(batchOf(k)));
      }
    }
    expect(losses).toEqual(expected);
    expect(paramsOf(a)).toEqual(paramsOf(b));
    expect(history.epochs.map((e) => e.loss)).toEqual([0, 1].map((e) =>
      expected.slice(e * 8, e * 8 + 8).reduce((s, v) => s + v, 0) / 8));
    expect(history).toMatchObject({ stopped: "completed", bestEpoch: null, samples: 70, dropped: 6 });
    // Plain arrays of numbers train the same.
    const c = blobsModule.create({ seed: 3 });
    await fit(c, { x: Array.from(data.x), y: Array.from(data.y) }, { epochs: 2, shuffle: false });
    expect(paramsOf(c)).toEqual(paramsOf(a));
  });

  it("trains a bounded batch's short rest too, as train() on it does, and measures every sample", async () => {
    const bounded = await compileToModel(BLOBS_SOURCE.replace("dim B = 8", "dim B <= 8"));
    const a = bounded.create({ seed: 3 }), b = bounded.create({ seed: 3 });
    const sizes: number[] = [];
    const history = await fit(a, data, { epochs: 2, shuffle: false,
      onBatch: (p) => sizes.push(p.batches) });
    const rest = { x: data.x.subarray(64 * 4), y: data.y.subarray(64) };
    const expected: number[] = [];
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let k = 0; k < 8; k++) expected.push(b.train(batchOf(k)));
      expected.push(b.train(rest));
    }
    expect(paramsOf(a)).toEqual(paramsOf(b));
    expect(sizes).toEqual(Array(18).fill(9));
    expect(history).toMatchObject({ samples: 70, dropped: 0 });
    // The epoch's loss weighs the rest of 6 as 6/8 of a batch.
    const first = expected.slice(0, 9);
    expect(history.epochs[0].loss).toBeCloseTo(
      (first.slice(0, 8).reduce((x, y) => x + y, 0) + 0.75 * first[8]) / 8.75, 12);
    // Accuracy over all 70 samples: a multiple of 1/70, not of 1/64.
    const acc = evaluate(a, data, { accuracy: true }).accuracy!;
    expect(Math.abs(acc * 70 - Math.round(acc * 70))).toBeLessThan(1e-9);
    const right = [...Array(9).keys()].reduce((sum, k) => {
      const n = Math.min(8, 70 - 8 * k);
      const probs = a.predict({ x: data.x.subarray(32 * k, 32 * k + 4 * n) }).probs as Float32Array;
      return sum + [...Array(n).keys()].filter((i) => {
        const row = Array.from(probs.subarray(3 * i, 3 * i + 3));
        return row.indexOf(Math.max(...row)) === data.y[8 * k + i];
      }).length;
    }, 0);
    expect(acc).toBe(right / 70);
  });

  it("learns the blobs: the loss falls and accuracy rises", async () => {
    const model = blobsModule.create({ seed: 3 });
    const h = await fit(model, data, { epochs: 8, accuracy: true, seed: 2 });
    expect(h.epochs[7].loss).toBeLessThan(h.epochs[0].loss / 2);
    expect(h.epochs[7].accuracy).toBeGreaterThan(0.9);
    expect(evaluate(model, blobs(48, 9), { accuracy: true }).accuracy).toBeGreaterThan(0.85);
  });

  it("visits every sample once an epoch, in an order its seed repeats", async () => {
    const run = async (seed: number) => {
      const order: number[][] = [[], [], []];
      await fit((await identity(1)).create(), { x: Float32Array.from({ length: 10 }, (_, i) => i) },
        { epochs: 3, seed, onBatch: (p) => order[p.epoch].push(p.loss) });
      return order;
    };
    const [a, again, other] = [await run(4), await run(4), await run(5)];
    for (const epoch of a) expect([...epoch].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(a[0]).not.toEqual(a[1]);
    expect(again).toEqual(a);
    expect(other).not.toEqual(a);
  });

  it("counts accuracy from predictions before each step, and validates on the held-out end", async () => {
    const model = blobsModule.create({ seed: 3 }), twin = blobsModule.create({ seed: 3 });
    const h = await fit(model, data, { shuffle: false, accuracy: true, validationSplit: 0.25 });
    // 70 samples: the last 17 validate (2 whole batches), the first 53 train (6 batches).
    let right = 0;
    for (let k = 0; k < 6; k++) {
      const { x, y } = batchOf(k);
      const { probs } = twin.predict({ x });
      for (let i = 0; i < 8; i++) {
        const row = Array.from((probs as Float32Array).subarray(i * 3, i * 3 + 3));
        if (row.indexOf(Math.max(...row)) === y[i]) right++;
      }
      twin.train({ x, y });
    }
    expect(h.epochs[0].accuracy).toBe(right / 48);
    const held = { x: data.x.subarray(53 * 4), y: data.y.subarray(53) };
    const v = evaluate(twin, held, { accuracy: true });
    expect(h.epochs[0].valLoss).toBe(v.loss);
    expect(h.epochs[0].valAccuracy).toBe(v.accuracy);
    expect(h).toMatchObject({ samples: 53, dropped: 5 });
  });

  it("stops early after `patience` epochs without improvement and restores the best params", async () => {
    // lr 0: nothing improves by minDelta after the first epoch.
    const flat = (await identity(2)).create();
    const h = await fit(flat, { x: new Float32Array(8) },
      { epochs: 10, earlyStopping: { patience: 2, minDelta: 1 } });
    expect(h.epochs.length).toBe(3);
    expect(h).toMatchObject({ stopped: "early", bestEpoch: 0 });

    // A step so large that the validation loss gets worse after an epoch or two.
    const wild = await compileToModel(BLOBS_SOURCE.replace("lr = 0.02", "lr = 3"));
    const model = wild.create({ seed: 3 });
    const snapshots: Record<string, Float32Array>[] = [];
    const g = await fit(model, data, { epochs: 12, validationSplit: 0.3,
      earlyStopping: { restoreBest: true, patience: 3 }, onEpoch: () => snapshots.push(paramsOf(model)) });
    expect(g.stopped).toBe("early");
    expect(g.bestEpoch).toBeLessThan(g.epochs.length - 1);
    const best = g.epochs[g.bestEpoch!].valLoss!;
    expect(Math.min(...g.epochs.map((e) => e.valLoss!))).toBe(best);
    expect(paramsOf(model)).toEqual(snapshots[g.bestEpoch!]);
  });

  it("stops before the next batch once its signal aborts", async () => {
    const stop = new AbortController();
    const model = blobsModule.create();
    let batches = 0;
    const h = await fit(model, data, { epochs: 5, signal: stop.signal,
      onBatch: (p) => { batches++; if (p.epoch === 1 && p.batch === 2) stop.abort(); } });
    expect(batches).toBe(8 + 3);
    expect(h.stopped).toBe("aborted");
    expect(h.epochs.length).toBe(1);
  });

  it("lets the event loop run between batches", async () => {
    const model = blobsModule.create();
    let fired = false;
    const seen: boolean[] = [];
    setTimeout(() => (fired = true), 0);
    await fit(model, data, { yieldMs: 0, onBatch: (p) => {
      seen.push(fired);
      const t = performance.now();
      if (p.batch === 0) while (performance.now() - t < 5); // the timer is due by now
    } });
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });

  it("checks data and options before training: a mistake throws and changes nothing", async () => {
    const model = blobsModule.create({ seed: 1 });
    const before = paramsOf(model);
    const bad: [object, object, RegExp][] = [
      [{ x: data.x }, {}, /data has no array for input 'y'/],
      [{ ...data, z: data.y }, {}, /data has no input named z/],
      [{ x: data.x.subarray(1), y: data.y }, {}, /data.x has 279 numbers, not a whole number of samples/],
      [{ x: data.x, y: data.y.subarray(1) }, {}, /different numbers of samples/],
      [{ x: data.x, y: Array.from(data.y, (v) => v + 0.5) }, {}, /data.y\[0\] is 0.5, not an int32/],
      [{ x: data.x.subarray(0, 28), y: data.y.subarray(0, 7) }, {}, /7 training samples, fewer than one batch/],
      [data, { epochs: 0 }, /epochs must be an integer of at least 1/],
      [data, { validationSplit: 1 }, /validationSplit must be in \[0, 1\)/],
      [data, { validationSplit: 0.05 }, /3 validation samples, fewer than one batch/],
      [data, { step: "nope" }, /no train step 'nope'; steps: step/],
      [data, { earlyStopping: { monitor: "valLoss" } }, /monitors valLoss without validation data/],
      [data, { accuracy: { output: "logits", labels: "y" } }, /accuracy: no output 'logits'/],
    ];
    for (const [d, options, message] of bad) {
      await expect(fit(model, d as never, options), String(message)).rejects.toThrow(message);
    }
    expect(paramsOf(model)).toEqual(before);
  });

  it("refuses modules it cannot drive, saying why", async () => {
    const gan = await compileToModel(`
model Two {
  input x: f32[4, 2]
  a = Dense(1)
  b = Dense(1)
  loss_a = mean(a(x))
  loss_b = mean(b(x))
  train sa: minimize loss_a over a with sgd(lr = 0.1)
  train sb: minimize loss_b over b with sgd(lr = 0.1)
}`);
    await expect(fit(gan.create(), { x: new Float32Array(8) })).rejects.toThrow(/train steps \(sa, sb\)/);
    const shipped: LiveModule = await compileToModel(BLOBS_SOURCE, { predictOnly: true });
    await expect(fit(shipped.create(), data)).rejects.toThrow(/--predict-only: it cannot train/);
    expect(evaluate(shipped.create(), data, { accuracy: true }).loss).toBeUndefined();
  });
});
