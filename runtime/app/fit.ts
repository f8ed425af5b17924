// A training loop for compiled modules (Keras's `fit`), for apps that train where they run: a
// page, a worker, Node. Epochs over a dataset in batches of the model's own batch size (with
// a bounded dim, `dim B <= 64`, the last batch of an epoch is the short rest), shuffled by a seeded generator; the mean loss and, on request, accuracy; a validation
// split or set; early stopping; progress callbacks; and a pause for the event loop between
// batches, so a page that trains on its main thread stays responsive. Optional and separate:
// compiled modules do not embed it. Plain TypeScript with no Node or DOM APIs but timers.
import { Rng } from "../rng.ts";

type Floats = Float32Array | Float64Array;
type Tensor = Floats | Int32Array;
type Feeds = Record<string, Tensor>;

interface TensorInfo {
  name: string;
  shape: readonly number[];
  dtype?: string;
}

/** What fit uses of a compiled module's model; any module's `create()` result is one (the
 * `never` parameters accept every module's own feed and step types). */
export interface FitModel {
  readonly meta: {
    inputs: readonly TensorInfo[];
    outputs: readonly TensorInfo[];
    steps: readonly { name: string; loss: string }[];
    predictOnly: boolean;
    /** A bounded dim's (docs/module.md): the module takes any batch up to the bound. */
    batch?: { bound: number };
  };
  readonly inputs: object;
  train(feeds: never, step?: never): number;
  predict(feeds: never): object;
  gradients(feeds: never, options?: never): { value: number };
  save(): Uint8Array;
  load(bytes: Uint8Array): void;
}

/** The model as fit calls it. */
interface Callable {
  meta: FitModel["meta"];
  inputs: Feeds;
  train(feeds: Feeds, step: string): number;
  predict(feeds: Feeds): Record<string, Floats>;
  gradients(feeds: Feeds, options: { loss: string; mode: "eval" }): { value: number };
  save(): Uint8Array;
  load(bytes: Uint8Array): void;
}

/** A dataset: for every input of the model, all samples one after another (row-major, the
 * sample axis first), as typed arrays or other array-likes of numbers. */
export type FitData = Readonly<Record<string, ArrayLike<number>>>;

/** Which output holds the predictions and which input the labels, for accuracy. */
export interface AccuracyOf {
  output: string;
  labels: string;
}

export type Metric = "loss" | "accuracy" | "valLoss" | "valAccuracy";

export interface EarlyStopping {
  /** Default: "valLoss" when there is validation data, else "loss". */
  monitor?: Metric;
  /** Epochs in a row without improvement before training stops (default 0: the first). */
  patience?: number;
  /** How much the metric must improve to count (default 0). */
  minDelta?: number;
  /** End with the params (and optimizer state) of the best epoch (default false). */
  restoreBest?: boolean;
}

export interface EvaluateOptions {
  /** The train step whose loss is measured (default: the model's only step). */
  step?: string;
  /** Also measure accuracy: true finds the output and labels (one output, one int input of
   * one value per sample), or name them. */
  accuracy?: boolean | AccuracyOf;
}

export interface FitOptions extends EvaluateOptions {
  /** Default 1. */
  epochs?: number;
  /** Shuffle the training samples every epoch (default true). */
  shuffle?: boolean;
  /** Seeds the shuffling (default 0). */
  seed?: number;
  /** The fraction of samples, taken from the end before shuffling, kept for validation. */
  validationSplit?: number;
  validationData?: FitData;
  earlyStopping?: EarlyStopping;
  /** Time in ms between pauses for the event loop (default 10; 0: after every batch). */
  yieldMs?: number;
  /** Stops training before the next batch. */
  signal?: AbortSignal;
  onBatch?: (progress: BatchProgress) => void;
  onEpoch?: (logs: EpochLogs) => void;
}

export interface BatchProgress {
  /** From 0. */
  epoch: number;
  epochs: number;
  /** From 0, within the epoch. */
  batch: number;
  batches: number;
  /** This batch's loss, and the mean over the epoch so far. */
  loss: number;
  meanLoss: number;
}

export interface EpochLogs {
  /** From 0. */
  epoch: number;
  loss: number;
  accuracy?: number;
  valLoss?: number;
  valAccuracy?: number;
  seconds: number;
}

export interface History {
  epochs: EpochLogs[];
  stopped: "completed" | "early" | "aborted";
  /** The epoch early stopping judged best (null without early stopping). */
  bestEpoch: number | null;
  /** Training samples, and how many of them each epoch leaves out (the last partial batch,
   * where the module's batch size is fixed; none with a bounded dim). */
  samples: number;
  dropped: number;
}

/** A run of samples of a dataset. */
interface Slice {
  data: FitData;
  start: number;
  count: number;
}

/** What fit and evaluate work out, and check, before running anything. */
interface Setup {
  /** "fit" or "evaluate", for messages. */
  who: string;
  model: Callable;
  batch: number;
  /** The module takes any batch up to `batch` (a bounded dim): no sample is left out. */
  bounded: boolean;
  /** The feeds of a short batch of n samples (views of the slots' first n rows), by n. */
  short: Map<number, Feeds>;
  /** Each input's elements per sample. */
  rows: Map<string, number>;
  ints: Set<string>;
  step: string;
  loss: string;
  accuracy: AccuracyOf | null;
  feeds: Feeds;
}

function prepare(who: string, m: FitModel, options: EvaluateOptions, need: "loss" | "accuracy"):
  Setup {
  const model = m as unknown as Callable;
  const { meta } = model;
  const inputs = meta.inputs;
  const batch = inputs[0]?.shape[0];
  if (batch === undefined || inputs.some((i) => i.shape[0] !== batch)) {
    throw new TypeError(`${who}: every input of the model must have the batch as its first axis, ` +
      `of one size; got ${inputs.map((i) => `${i.name} [${i.shape.join(", ")}]`).join(", ")}`);
  }
  const names = meta.steps.map((s) => s.name);
  let step = options.step ?? "";
  if (need === "loss" || options.step !== undefined) {
    if (meta.predictOnly) {
      throw new TypeError(`${who}: the module was compiled with --predict-only: it cannot train`);
    }
    if (options.step === undefined && names.length !== 1) {
      throw new TypeError(`${who}: the model has several train steps (${names.join(", ")}): ` +
        "name one with { step }");
    }
    step = options.step ?? names[0];
    if (!names.includes(step)) {
      throw new TypeError(`${who}: no train step '${step}'; steps: ${names.join(", ")}`);
    }
  }
  const rows = new Map(inputs.map((i) => [i.name, i.shape.slice(1).reduce((a, b) => a * b, 1)]));
  const feeds: Feeds = Object.fromEntries(inputs.map((i) => [i.name, model.inputs[i.name]]));
  const loss = meta.steps.find((s) => s.name === step)?.loss ?? "";
  const ints = new Set(inputs.filter((i) => i.dtype === "i32").map((i) => i.name));
  const accuracy = accuracyOf(who, meta, batch, options.accuracy);
  return { who, model, batch, bounded: meta.batch !== undefined, short: new Map(), rows, ints,
    step, loss, accuracy, feeds };
}

function accuracyOf(who: string, meta: FitModel["meta"], batch: number,
  a: EvaluateOptions["accuracy"]): AccuracyOf | null {
  if (!a) return null;
  if (a === true) {
    const outputs = meta.outputs.filter((o) => o.shape[0] === batch);
    const perSample = (i: TensorInfo) => i.shape.every((d, k) => k === 0 || d === 1);
    const labels = meta.inputs.filter((i) => i.dtype === "i32" && perSample(i));
    if (outputs.length !== 1 || labels.length !== 1) {
      throw new TypeError(`${who}: cannot tell which output and input accuracy compares; name them: ` +
        "{ accuracy: { output, labels } }");
    }
    return { output: outputs[0].name, labels: labels[0].name };
  }
  if (!meta.outputs.some((o) => o.name === a.output)) {
    throw new TypeError(`${who}: accuracy: no output '${a.output}'`);
  }
  if (!meta.inputs.some((i) => i.name === a.labels)) {
    throw new TypeError(`${who}: accuracy: no input '${a.labels}'`);
  }
  return a;
}

/** The number of samples in `data`, checked against the model's inputs. */
function samplesIn(s: Setup, data: FitData, what: string): number {
  const extra = Object.keys(data).filter((k) => !s.rows.has(k));
  if (extra.length) throw new TypeError(`${s.who}: ${what} has no input named ${extra.join(", ")}`);
  let n = -1;
  for (const [name, row] of s.rows) {
    const a = data[name];
    if (!a || typeof a.length !== "number") {
      throw new TypeError(`${s.who}: ${what} has no array for input '${name}'`);
    }
    if (a.length % row !== 0) {
      throw new RangeError(`${s.who}: ${what}.${name} has ${a.length} numbers, not a whole number of ` +
        `samples of ${row}`);
    }
    if (n >= 0 && a.length / row !== n) {
      throw new RangeError(`${s.who}: ${what}'s inputs hold different numbers of samples ` +
        `(${name}: ${a.length / row}, others ${n})`);
    }
    n = a.length / row;
    if (s.ints.has(name) && !(a instanceof Int32Array)) {
      for (let i = 0; i < a.length; i++) {
        if (!(Number.isInteger(a[i]) && a[i] >= -(2 ** 31) && a[i] < 2 ** 31)) {
          throw new RangeError(`${s.who}: ${what}.${name}[${i}] is ${a[i]}, not an int32 ` +
            `(input '${name}' is i32)`);
        }
      }
    }
  }
  return n;
}

/** The batches a run over `count` samples takes: whole ones, and a short last one where the
 * module takes it (a bounded dim). */
function batchesOf(s: Setup, count: number): number {
  return s.bounded ? Math.ceil(count / s.batch) : Math.floor(count / s.batch);
}

/** The feeds of a batch of `n` samples: the slots themselves, or views of their first rows. */
function feedsOf(s: Setup, n: number): Feeds {
  if (n === s.batch) return s.feeds;
  let feeds = s.short.get(n);
  if (!feeds) {
    feeds = Object.fromEntries([...s.rows].map(([name, row]) =>
      [name, s.feeds[name].subarray(0, n * row)]));
    s.short.set(n, feeds);
  }
  return feeds;
}

/** Copies `n` samples, order[at .. at + n) (or at .. at + n), into the model's input slots;
 * returns the feeds that hold them. */
function gather(s: Setup, from: Slice, at: number, order: Int32Array | null,
  n = s.batch): Feeds {
  for (const [name, row] of s.rows) {
    const src = from.data[name], dst = s.feeds[name];
    // A typed array's long rows go over as block copies (its elements one by one cost a sixth
    // of an MNIST MLP step); short rows (labels) and other array-likes element by element.
    const typed = ArrayBuffer.isView(src) && row >= 16 ? (src as unknown as Tensor) : null;
    for (let k = 0; k < n; k++) {
      const p = (from.start + (order ? order[at + k] : at + k)) * row;
      if (typed) dst.set(typed.subarray(p, p + row), k * row);
      else for (let j = 0; j < row; j++) dst[k * row + j] = src[p + j];
    }
  }
  return feedsOf(s, n);
}

/** Right predictions in the batch of `n` now in the model's slots (given its predictions). */
function correct(s: Setup, outputs: Record<string, Floats>, n = s.batch): number {
  const { output, labels } = s.accuracy!;
  const pred = outputs[output], truth = s.feeds[labels];
  const classes = pred.length / n, perLabel = truth.length / s.batch;
  const argmax = (a: ArrayLike<number>, at: number, n: number) => {
    let best = 0;
    for (let c = 1; c < n; c++) if (a[at + c] > a[at + best]) best = c;
    return best;
  };
  let right = 0;
  for (let k = 0; k < n; k++) {
    const p = classes > 1 ? argmax(pred, k * classes, classes) : +(pred[k] > 0.5);
    const t = perLabel > 1 ? argmax(truth, k * perLabel, perLabel) : Math.round(truth[k]);
    if (p === t) right++;
  }
  return right;
}

/** Mean loss (eval mode) and accuracy over the batches of `from` (batchesOf). */
function measure(s: Setup, from: Slice, loss: boolean): { loss?: number; accuracy?: number } {
  const batches = batchesOf(s, from.count);
  // Each batch's loss weighs its share of a full batch (1 but for a short last one).
  let sum = 0, weight = 0, right = 0, seen = 0;
  for (let b = 0; b < batches; b++) {
    const n = Math.min(s.batch, from.count - b * s.batch);
    const feeds = gather(s, from, b * s.batch, null, n);
    if (loss) sum += (n / s.batch) * s.model.gradients(feeds, { loss: s.loss, mode: "eval" }).value;
    if (s.accuracy) right += correct(s, s.model.predict(feeds), n);
    weight += n / s.batch;
    seen += n;
  }
  return { loss: loss ? sum / weight : undefined,
    accuracy: s.accuracy ? right / seen : undefined };
}

/** The loss (eval mode: no dropout, running statistics) and accuracy of the model over the
 * whole batches of `data`. */
export function evaluate(model: FitModel, data: FitData, options: EvaluateOptions = {}):
  { loss?: number; accuracy?: number } {
  const hasSteps = model.meta.steps.length > 0 && !model.meta.predictOnly;
  const s = prepare("evaluate", model, options, hasSteps ? "loss" : "accuracy");
  if (!hasSteps && !s.accuracy) {
    throw new TypeError("evaluate: the model has no loss; ask for { accuracy }");
  }
  const count = samplesIn(s, data, "data");
  if (count < (s.bounded ? 1 : s.batch)) {
    throw new RangeError(`evaluate: data has ${count} samples, fewer than one batch (${s.batch})`);
  }
  return measure(s, { data, start: 0, count }, hasSteps);
}

/** Resolves after the event loop has run whatever was waiting (input, rendering, messages). */
function pause(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => void };
  if (g.setImmediate) return new Promise((ok) => g.setImmediate!(ok));
  // MessageChannel, not setTimeout: browsers clamp nested timeouts to 4 ms.
  return new Promise((ok) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      c.port1.close();
      ok();
    };
    c.port2.postMessage(null);
  });
}

function checkOptions(o: FitOptions): void {
  const count = (v: number | undefined, name: string, least: number) => {
    if (v !== undefined && !(Number.isInteger(v) && v >= least)) {
      throw new RangeError(`fit: ${name} must be an integer of at least ${least}, not ${v}`);
    }
  };
  count(o.epochs, "epochs", 1);
  count(o.earlyStopping?.patience, "earlyStopping.patience", 0);
  const split = o.validationSplit;
  if (split !== undefined && !(split >= 0 && split < 1)) {
    throw new RangeError(`fit: validationSplit must be in [0, 1), not ${split}`);
  }
  if (split && o.validationData) throw new TypeError("fit: give validationSplit or validationData, not both");
  if (o.yieldMs !== undefined && !(o.yieldMs >= 0)) {
    throw new RangeError(`fit: yieldMs must be >= 0, not ${o.yieldMs}`);
  }
}

/** The training and validation samples (validationSplit's from the end of `data`). */
function slices(s: Setup, data: FitData, o: FitOptions): { train: Slice; val: Slice | null } {
  const total = samplesIn(s, data, "data");
  const held = Math.floor(total * (o.validationSplit ?? 0));
  const train: Slice = { data, start: 0, count: total - held };
  const v = o.validationData;
  const val = held ? { data, start: total - held, count: held }
    : v ? { data: v, start: 0, count: samplesIn(s, v, "validationData") } : null;
  for (const [what, slice] of [["training", train], ["validation", val]] as const) {
    if (slice && slice.count < (s.bounded ? 1 : s.batch)) {
      throw new RangeError(`fit: ${slice.count} ${what} samples, fewer than one batch (${s.batch})`);
    }
  }
  return { train, val };
}

/** Early stopping's judgement after each epoch, and the best epoch's saved model. */
class Stopper {
  private best = 0;
  private wait = 0;
  private snapshot: Uint8Array | null = null;
  bestEpoch: number | null = null;

  constructor(private readonly rule: EarlyStopping, private readonly monitor: Metric,
    private readonly model: Callable) {}

  /** Whether training should stop after `logs`. */
  stop(logs: EpochLogs): boolean {
    const value = logs[this.monitor]!, delta = this.rule.minDelta ?? 0;
    const better = this.monitor.endsWith("oss") ? value < this.best - delta : value > this.best + delta;
    if (better || this.bestEpoch === null) {
      [this.best, this.wait, this.bestEpoch] = [value, 0, logs.epoch];
      if (this.rule.restoreBest) this.snapshot = this.model.save();
      return false;
    }
    return ++this.wait >= Math.max(1, this.rule.patience ?? 0);
  }

  /** Loads the best epoch's model back, if asked to and training went past it. */
  restore(lastEpoch: number): void {
    if (this.snapshot && this.bestEpoch !== lastEpoch) this.model.load(this.snapshot);
  }
}

/** The metric early stopping watches, checked against what fit measures. */
function monitorOf(s: Setup, o: FitOptions, validating: boolean): Metric {
  const monitor = o.earlyStopping?.monitor ?? (validating ? "valLoss" : "loss");
  if (monitor.startsWith("val") && !validating) {
    throw new TypeError(`fit: earlyStopping monitors ${monitor} without validation data`);
  }
  if (monitor.endsWith("ccuracy") && !s.accuracy) {
    throw new TypeError(`fit: earlyStopping monitors ${monitor}; set accuracy`);
  }
  return monitor;
}

function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Trains `model` on `data` (see FitOptions); resolves to the history of every epoch. Checks
 * the data and options before the first step: a mistake throws and changes nothing. */
export async function fit(model: FitModel, data: FitData, options: FitOptions = {}):
  Promise<History> {
  checkOptions(options);
  const s = prepare("fit", model, options, "loss");
  const { train, val } = slices(s, data, options);
  const stopper = options.earlyStopping
    ? new Stopper(options.earlyStopping, monitorOf(s, options, val !== null), s.model) : null;
  const epochs = options.epochs ?? 1, yieldMs = options.yieldMs ?? 10;
  const batches = batchesOf(s, train.count);
  const rng = new Rng(options.seed ?? 0);
  const order = new Int32Array(train.count).map((_, i) => i);
  const history: History = { epochs: [], stopped: "completed", bestEpoch: null, samples: train.count,
    dropped: Math.max(0, train.count - batches * s.batch) };
  let paused = performance.now();
  for (let epoch = 0; epoch < epochs && history.stopped === "completed"; epoch++) {
    const t0 = performance.now();
    if (options.shuffle ?? true) shuffle(order, rng);
    // Each batch's loss weighs its share of a full batch (1 but for a short last one).
    let sum = 0, weight = 0, right = 0, seen = 0;
    for (let b = 0; b < batches && history.stopped === "completed"; b++) {
      if (options.signal?.aborted) {
        history.stopped = "aborted";
        break;
      }
      const n = Math.min(s.batch, train.count - b * s.batch);
      const feeds = gather(s, train, b * s.batch, order, n);
      if (s.accuracy) right += correct(s, s.model.predict(feeds), n);
      const loss = s.model.train(feeds, s.step);
      sum += (n / s.batch) * loss;
      weight += n / s.batch;
      seen += n;
      options.onBatch?.({ epoch, epochs, batch: b, batches, loss, meanLoss: sum / weight });
      if (performance.now() - paused >= yieldMs) {
        await pause();
        paused = performance.now();
      }
    }
    if (history.stopped === "aborted") break;
    const logs: EpochLogs = { epoch, loss: sum / weight, seconds: 0 };
    if (s.accuracy) logs.accuracy = right / seen;
    if (val) {
      const v = measure(s, val, true);
      logs.valLoss = v.loss;
      if (s.accuracy) logs.valAccuracy = v.accuracy;
    }
    logs.seconds = (performance.now() - t0) / 1000;
    history.epochs.push(logs);
    options.onEpoch?.(logs);
    if (stopper?.stop(logs)) history.stopped = "early";
    await pause();
    paused = performance.now();
  }
  history.bestEpoch = stopper?.bestEpoch ?? null;
  stopper?.restore(history.epochs.length - 1);
  return history;
}
