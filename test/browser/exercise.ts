// What the browser tests run in each place (Node, a page's main thread, a Web Worker, each
// also under a strict Content-Security-Policy): one fixed sequence of calls on a fresh
// instance of a compiled module, with feeds drawn from a seeded generator, so every place
// computes from the same numbers. Results travel as bytes (base64), so that float64 results
// can be compared bit for bit. Imports nothing Node-only: pages load it as it is.
import { Rng } from "../../runtime/rng.ts";

export interface Plan {
  seed: number;
  /** Each int input's values are drawn in [0, n): class labels, token ids. */
  intRanges: Record<string, number>;
  /** Training steps, each on fresh draws. */
  steps: number;
}

/** One result: the bytes of a typed array, base64, and their element type. */
export interface Encoded {
  type: "f32" | "f64" | "i32";
  base64: string;
}

export interface Exercised {
  results: Record<string, Encoded>;
  /** Whether this place compiles WebAssembly at all (a strict CSP forbids it). */
  wasm: boolean;
  /** The models' `backend`, "simd" or "js". */
  backend: string;
  /** How many warnings the module printed while creating two models. */
  warnings: number;
}

type Array = Float32Array | Float64Array | Int32Array;

/** The loosely typed surface of any compiled module that the sequence calls. */
export interface AnyModule {
  meta: { dtype: "f32" | "f64"; inputs: { name: string; dtype: string; shape: number[] }[] };
  create(options: { seed: number }): any;
}

function encode(a: Array): Encoded {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  const type = a instanceof Float32Array ? "f32" : a instanceof Float64Array ? "f64" : "i32";
  return { type, base64: btoa(text) };
}

export function decode(e: Encoded): Array {
  const text = atob(e.base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const Type = { f32: Float32Array, f64: Float64Array, i32: Int32Array }[e.type];
  return new Type(bytes.buffer);
}

function draw(mod: AnyModule, plan: Plan, rng: Rng): Record<string, Array> {
  const feeds: Record<string, Array> = {};
  for (const input of mod.meta.inputs) {
    const n = input.shape.reduce((a, b) => a * b, 1);
    if (input.dtype === "i32") {
      const range = plan.intRanges[input.name];
      if (!range) throw new Error(`the plan gives no range for int input '${input.name}'`);
      feeds[input.name] = Int32Array.from({ length: n }, () => Math.floor(rng.uniform() * range));
    } else {
      const a = mod.meta.dtype === "f64" ? new Float64Array(n) : new Float32Array(n);
      rng.fillUniform(a, 0, n, 0, 1);
      feeds[input.name] = a;
    }
  }
  return feeds;
}

/** Whether this place lets a page compile a WebAssembly module (the smallest valid one). */
export function wasmCompiles(): boolean {
  try {
    const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    return new WebAssembly.Module(empty) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

/** predict, gradients (with a seed, so dropout repeats), `steps` train steps, then the
 * params, state and predictions of the trained model. */
export function exercise(mod: AnyModule, plan: Plan): Exercised {
  const rng = new Rng(plan.seed);
  let warnings = 0;
  const warn = console.warn;
  console.warn = () => void warnings++;
  let model;
  try {
    mod.create({ seed: plan.seed }); // the module warns, if at all, once: not here again
    model = mod.create({ seed: plan.seed });
  } finally {
    console.warn = warn;
  }
  const results: Record<string, Encoded> = {};
  const keep = (prefix: string, views: Record<string, Array>) => {
    for (const [name, v] of Object.entries(views)) results[`${prefix}.${name}`] = encode(v);
  };
  const feeds = draw(mod, plan, rng);
  keep("predict", model.predict(feeds));
  const g = model.gradients(feeds, { seed: 5 });
  keep("gradients", { value: Float64Array.of(g.value), ...g.grads });
  const losses = new Float64Array(plan.steps);
  for (let s = 0; s < plan.steps; s++) losses[s] = model.train(draw(mod, plan, rng));
  keep("train", { losses });
  keep("params", model.params);
  keep("state", model.state);
  keep("trained.predict", model.predict(feeds));
  return { results, wasm: wasmCompiles(), backend: model.backend, warnings };
}
