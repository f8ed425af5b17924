// Training the compiled model in a Web Worker (runtime/app/worker.ts's WorkerModel) on the
// bundled digits: fit over ten batches at a time, each chunk followed by the loss and accuracy
// on the held-out digits, so the chart moves as the model learns.
import { WorkerModel } from "../../runtime/app/worker.ts";
import type { Digits } from "./data.ts";
import type { Compiled } from "./protocol.ts";

/** Batches per fit call: how often the held-out digits are measured. */
const CHUNK = 10;

export interface Progress {
  onStep(step: number, loss: number): void;
  onHeldOut(step: number, accuracy: number, loss: number): void;
}

/** Which input takes the pixels (784 floats per digit) and which the labels (one int). */
function feedsOf(c: Compiled): { pixels: string; labels: string; batch: number } {
  const per = (shape: number[]) => shape.slice(1).reduce((a, b) => a * b, 1);
  const pixels = c.inputs.find((i) => i.dtype === "f32" && per(i.shape) === 784);
  const labels = c.inputs.find((i) => i.dtype === "i32" && per(i.shape) === 1);
  if (!pixels || !labels || c.inputs.length !== 2 || c.steps.length !== 1) {
    throw new Error("the playground trains a model with one train step and two inputs: 784 " +
      "floats per digit (f32[B, 784] or f32[B, 1, 28, 28]) and its label (i32[B])");
  }
  return { pixels: pixels.name, labels: labels.name, batch: pixels.shape[0] };
}

/** Samples [from, from + n) of a dataset, wrapping around, as the model's feeds. */
function slice(d: Digits, from: number, n: number, names: { pixels: string; labels: string }) {
  const x = new Float32Array(n * 784), y = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = (from + k) % d.n;
    x.set(d.x.subarray(i * 784, i * 784 + 784), k * 784);
    y[k] = d.y[i];
  }
  return { [names.pixels]: x, [names.labels]: y };
}

export class Trainer {
  private constructor(readonly model: WorkerModel, private readonly names:
    ReturnType<typeof feedsOf>, private step = 0) {}

  static async start(compiled: Compiled): Promise<Trainer> {
    const names = feedsOf(compiled);
    const url = URL.createObjectURL(new Blob([compiled.js], { type: "text/javascript" }));
    const worker = new Worker(new URL("./train.worker.ts", import.meta.url), { type: "module" });
    try {
      return new Trainer(await WorkerModel.create(worker, { module: url, seed: 1 }), names);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  /** `steps` more steps, measured on `test` every CHUNK steps. */
  async train(steps: number, data: { train: Digits; test: Digits }, progress: Progress,
    signal: AbortSignal): Promise<void> {
    const { batch } = this.names;
    const test = slice(data.test, 0, data.test.n, this.names);
    for (let done = 0; done < steps && !signal.aborted;) {
      const n = Math.min(CHUNK, steps - done);
      const first = this.step;
      const history = await this.model.fit(slice(data.train, first * batch, n * batch, this.names),
        { epochs: 1, shuffle: false, accuracy: true, validationData: test, signal,
          onBatch: (p) => {
            this.step = first + p.batch + 1;
            progress.onStep(this.step, p.loss);
          } });
      done += n;
      const e = history.epochs.at(-1);
      if (e?.valAccuracy !== undefined) progress.onHeldOut(this.step, e.valAccuracy, e.valLoss!);
    }
  }

  terminate(): void {
    this.model.terminate();
  }
}
