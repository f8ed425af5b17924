// A compiled module in a worker, behind an async API: a page keeps drawing while its model
// trains in a Web Worker, a Node server keeps serving while its model trains in a
// worker_threads Worker. Two halves: serveModel() runs in the worker and owns the model;
// WorkerModel, on the other side, sends it calls and gets results (copies), progress events
// and errors (rebuilt as errors of the same class and message). Calls run one at a time, in
// the order made. Plain TypeScript: Node's Worker and MessagePort are matched by shape.
import { evaluate, type EvaluateOptions, fit, type FitData, type FitModel, type FitOptions,
  type History } from "./fit.ts";

type Floats = Float32Array | Float64Array;
type Tensor = Floats | Int32Array;
type Feeds = Record<string, ArrayLike<number>>;

interface TensorInfo {
  name: string;
  shape: number[];
}

/** A compiled module, as `import * as mod from "./model.js"` gives it. */
export interface CompiledModule {
  create(options?: { seed?: number; checkFinite?: boolean }): unknown;
  meta: unknown;
}

interface Posts {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

/** What the worker's side talks through: a worker's `self`, or Node's `parentPort`. */
export interface Port extends Posts {
  addEventListener(type: "message", listener: (e: Event) => void): void;
}

/** A Web Worker, or Node's worker_threads Worker (an EventEmitter). */
export type WorkerHandle = Posts & { terminate(): unknown } & (
  | { addEventListener(type: string, listener: (e: Event) => void): void }
  // Node's listeners take any arguments.
  | { on(event: string, listener: (...args: any[]) => void): unknown });

type Call = "create" | "predict" | "train" | "gradients" | "fit" | "evaluate" | "save" | "load"
  | "setLearningRate" | "getLearningRate";

interface Request {
  id: number;
  call: Call | "abort";
  args: unknown[];
}

type Reply = { id: number; value: unknown }
  | { id: number; error: { name: string; message: string; stack?: string } }
  | { id: number; progress: "batch" | "epoch"; data: unknown };

/** Which of fit's progress events the caller listens to. */
interface Progress {
  batch: boolean;
  epoch: boolean;
}

/** The model's methods a worker serves, loosely typed. */
interface Served extends FitModel {
  predict(feeds: never): Record<string, Floats>;
  gradients(feeds: never, options?: never): { value: number; grads: Record<string, Floats> };
  setLearningRate(step: string, lr: number): void;
  getLearningRate(step: string): number;
}

/** Copies of typed-array views (they live in the model's memory) and their buffers. */
function copies(views: Record<string, Tensor>): [Record<string, Tensor>, ArrayBuffer[]] {
  const out: Record<string, Tensor> = {};
  for (const [k, v] of Object.entries(views)) out[k] = v.slice();
  return [out, Object.values(out).map((v) => v.buffer as ArrayBuffer)];
}

/**
 * Serves one model in this worker over `port` (`self` in a Web Worker, `parentPort` in Node).
 * With `module`, `create` makes a model of it; without, `create` imports the module at the URL
 * it is given.
 */
export function serveModel(port: Port, module?: CompiledModule): void {
  let model: Served | null = null;
  let queue = Promise.resolve();
  const aborts = new Map<number, AbortController>();
  const reply = (r: Reply, transfer: ArrayBuffer[] = []) => port.postMessage(r, transfer);

  const run = async ({ id, call, args }: Request): Promise<[unknown, ArrayBuffer[]]> => {
    if (call === "create") {
      if (model) throw new Error("WorkerModel: this worker already serves a model");
      const [options, url] = args as [object, string | undefined];
      const mod: CompiledModule = module ?? (url ? await import(/* @vite-ignore */ url) : null);
      if (!mod) {
        throw new TypeError("WorkerModel.create: give { module } (a URL): the worker serves none");
      }
      model = mod.create(options) as Served;
      return [model.meta, []];
    }
    if (!model) throw new Error("WorkerModel: no model in this worker yet");
    const m = model as unknown as Record<string, (...a: unknown[]) => unknown>;
    switch (call) {
      case "predict": return copies(m.predict(...args) as Record<string, Tensor>);
      case "gradients": {
        const { value, grads } = m.gradients(...args) as ReturnType<Served["gradients"]>;
        const [g, transfer] = copies(grads);
        return [{ value, grads: g }, transfer];
      }
      case "save": {
        const bytes = model.save(); // a fresh buffer of its own: it can be transferred
        return [bytes, [bytes.buffer as ArrayBuffer]];
      }
      case "fit": {
        const [data, options, wants] = args as [FitData, FitOptions, Progress];
        const stop = new AbortController();
        const progress = (kind: "batch" | "epoch") => (data: unknown) =>
          reply({ id, progress: kind, data });
        aborts.set(id, stop);
        try {
          return [await fit(model, data, { ...options, signal: stop.signal,
            onBatch: wants.batch ? progress("batch") : undefined,
            onEpoch: wants.epoch ? progress("epoch") : undefined }), []];
        } finally {
          aborts.delete(id);
        }
      }
      case "evaluate": return [evaluate(model, ...(args as [FitData, EvaluateOptions])), []];
      default: return [m[call](...args), []];
    }
  };

  port.addEventListener("message", (e) => {
    const request = (e as MessageEvent<Request>).data;
    // An abort must not wait behind the fit it stops.
    if (request.call === "abort") {
      aborts.get(request.args[0] as number)?.abort();
      return;
    }
    queue = queue.then(async () => {
      try {
        const [value, transfer] = await run(request);
        reply({ id: request.id, value }, transfer);
      } catch (err) {
        const { name, message, stack } = err instanceof Error ? err : new Error(String(err));
        reply({ id: request.id, error: { name, message, stack } });
      }
    });
  });
}

const ERRORS: Record<string, new (message: string) => Error> = {
  TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError,
};

/** The loose model type WorkerModel has by default; give it a module's own `Model` type
 * (from its .d.ts) for checked names: `WorkerModel.create<Model>(worker, ...)`. */
export interface AnyModel {
  meta: { inputs: TensorInfo[]; outputs: TensorInfo[] };
  predict(feeds: Feeds): Record<string, Floats>;
  train(feeds: Feeds, step?: string): number;
  gradients(feeds: Feeds, options?: { loss?: string; mode?: "train" | "eval"; seed?: number }):
    { value: number; grads: Record<string, Floats> };
  setLearningRate(step: string, lr: number): void;
  getLearningRate(step: string): number;
}

/** What WorkerModel's type parameter must look like: any module's Model type. */
type Model = Pick<AnyModel, "meta">
  & { [K in Exclude<keyof AnyModel, "meta">]: (...args: never) => unknown };

/** A call waiting for the worker's reply. */
interface Pending {
  ok(value: unknown): void;
  fail(e: Error): void;
  /** A fit's options, whose callbacks get its progress events. */
  fit?: FitOptions;
}

export interface WorkerCreateOptions {
  /** The compiled module's URL, for a worker that serves no module of its own. */
  module?: string;
  seed?: number;
  checkFinite?: boolean;
}

/** A model living in a worker: each call returns a promise of what the model's own would. */
export class WorkerModel<M extends Model = AnyModel> {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: Error | null = null;
  /** The module's `meta`. */
  meta!: M["meta"];

  private constructor(private readonly worker: WorkerHandle) {
    const onMessage = (data: Reply) => this.receive(data);
    const onFailure = (e: Error) => this.fail(e);
    if ("addEventListener" in worker) {
      worker.addEventListener("message", (e) => onMessage((e as MessageEvent).data));
      worker.addEventListener("error", (e) => {
        e.preventDefault();
        const why = (e as ErrorEvent).message || "its script did not load";
        onFailure(new Error(`the worker failed: ${why}`));
      });
      worker.addEventListener("messageerror", () => {
        onFailure(new Error("a reply from the worker could not be read"));
      });
    } else {
      worker.on("message", onMessage);
      worker.on("error", (e: Error) => onFailure(new Error(`the worker failed: ${e.message}`)));
      worker.on("exit", (code: number) => onFailure(new Error(`the worker exited (code ${code})`)));
    }
  }

  /** Starts a model in `worker`, which runs serveModel(). */
  static async create<M extends Model = AnyModel>(worker: WorkerHandle,
    options: WorkerCreateOptions = {}): Promise<WorkerModel<M>> {
    const remote = new WorkerModel<M>(worker);
    const { module, ...createOptions } = options;
    remote.meta = await remote.call("create", [createOptions, module]) as M["meta"];
    return remote;
  }

  predict(feeds: Parameters<M["predict"]>[0]): Promise<ReturnType<M["predict"]>> {
    return this.call("predict", [feeds]) as Promise<ReturnType<M["predict"]>>;
  }

  train(...args: Parameters<M["train"]>): Promise<number> {
    return this.call("train", args) as Promise<number>;
  }

  gradients(...args: Parameters<M["gradients"]>): Promise<ReturnType<M["gradients"]>> {
    return this.call("gradients", args) as Promise<ReturnType<M["gradients"]>>;
  }

  /** fit() in the worker: `onBatch` and `onEpoch` run here, and `signal` stops it there. */
  fit(data: FitData, options: FitOptions = {}): Promise<History> {
    const { signal, onBatch, onEpoch, ...rest } = options;
    const id = this.next;
    const wants: Progress = { batch: !!onBatch, epoch: !!onEpoch };
    const done = this.call("fit", [data, rest, wants], options) as Promise<History>;
    const abort = () => this.post({ id: 0, call: "abort", args: [id] });
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort);
    return done.finally(() => signal?.removeEventListener("abort", abort));
  }

  evaluate(data: FitData, options: EvaluateOptions = {}): Promise<ReturnType<typeof evaluate>> {
    return this.call("evaluate", [data, options]) as Promise<ReturnType<typeof evaluate>>;
  }

  save(): Promise<Uint8Array> {
    return this.call("save", []) as Promise<Uint8Array>;
  }

  load(bytes: Uint8Array): Promise<void> {
    return this.call("load", [bytes]) as Promise<void>;
  }

  setLearningRate(step: string, lr: number): Promise<void> {
    return this.call("setLearningRate", [step, lr]) as Promise<void>;
  }

  getLearningRate(step: string): Promise<number> {
    return this.call("getLearningRate", [step]) as Promise<number>;
  }

  /** Stops the worker; calls still pending reject. */
  terminate(): void {
    void this.worker.terminate();
    this.fail(new Error("the worker was terminated"));
  }

  private post(request: Request): void {
    if (!this.dead) this.worker.postMessage(request, []);
  }

  private call(call: Call, args: unknown[], fitOptions?: FitOptions): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail, fit: fitOptions });
      try {
        this.post({ id, call, args });
      } catch (e) {
        this.pending.delete(id);
        fail(e);
      }
    });
  }

  private receive(r: Reply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    if ("progress" in r) {
      if (r.progress === "batch") p.fit?.onBatch?.(r.data as never);
      else p.fit?.onEpoch?.(r.data as never);
      return;
    }
    this.pending.delete(r.id);
    if ("value" in r) {
      p.ok(r.value);
      return;
    }
    const e = new (ERRORS[r.error.name] ?? Error)(r.error.message);
    if (!(r.error.name in ERRORS)) e.name = r.error.name;
    if (r.error.stack) e.stack = `${e.stack}\nin the worker: ${r.error.stack}`;
    p.fail(e);
  }

  private fail(e: Error): void {
    this.dead ??= e;
    for (const p of this.pending.values()) p.fail(e);
    this.pending.clear();
  }
}
