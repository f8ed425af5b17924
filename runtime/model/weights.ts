// save() and load(): params, state, optimizer slots, step counts and the random generator's
// state, in the safetensors format. load() validates the whole file against the model before
// it changes anything.
import { decodeSafetensors, encodeSafetensors, type SafetensorsTensor } from "../safetensors.ts";
import { type Rng, RNG_STATE_WORDS } from "../rng.ts";
import type { Float } from "../types.ts";
import type { ModuleTables } from "./tables.ts";

/** Names no param or state can have (those never hold '/'). */
const RNG_NAME = "rng/state";
const STEP_COUNT = /^optim\/(.*)\/t$/;

export interface Persistent {
  F: Float;
  stepCount: Float64Array;
  rng: Rng;
}

export function save(t: ModuleTables, model: string, dtype: "F32" | "F64", s: Persistent): Uint8Array {
  const list: SafetensorsTensor[] = t.persistent.map((p) => ({ name: p.name, dtype, shape: p.shape,
    data: s.F.subarray(p.off, p.off + p.size) }));
  t.steps.forEach((step, i) => list.push({ name: `optim/${step.name}/t`, dtype: "F64", shape: [],
    data: s.stepCount.subarray(i, i + 1) }));
  const words = new Uint32Array(RNG_STATE_WORDS);
  s.rng.saveState(words);
  list.push({ name: RNG_NAME, dtype: "I32", shape: [RNG_STATE_WORDS], data: new Int32Array(words.buffer) });
  return encodeSafetensors(list, { format: "kiln", model });
}

export function load(t: ModuleTables, dtype: "F32" | "F64", s: Persistent, bytes: unknown): void {
  // By tag, not instanceof: bytes from another realm (an iframe, a vm context) are welcome.
  if (Object.prototype.toString.call(bytes) !== "[object Uint8Array]") {
    throw new TypeError("load expects the Uint8Array that save() returns");
  }
  const got = decodeSafetensors(bytes as Uint8Array);
  const known = new Map(t.persistent.map((p) => [p.name, p]));
  const steps = t.steps.map((step) => step.name);
  const problems: string[] = [];
  for (const [name, x] of got) {
    // A training module's optimizer state, which a predict-only module has no use for.
    if (t.predictOnly && name.startsWith("optim/")) continue;
    const counter = STEP_COUNT.exec(name);
    if (counter && steps.includes(counter[1])) {
      const n = x.data[0];
      if (x.dtype !== "F64" || x.shape.length !== 0) problems.push(`'${name}' must be a F64 scalar`);
      else if (!(Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER)) {
        problems.push(`'${name}' must count steps (an integer >= 0) but holds ${n}`);
      }
      continue;
    }
    if (name === RNG_NAME) {
      const zero = x.data.length === RNG_STATE_WORDS && [0, 1, 2, 3].every((k) => x.data[k] === 0);
      if (x.dtype !== "I32" || x.shape.length !== 1 || x.shape[0] !== RNG_STATE_WORDS || zero) {
        problems.push(`'${name}' must be the I32[${RNG_STATE_WORDS}] state save() writes`);
      }
      continue;
    }
    const want = known.get(name);
    if (!want) { problems.push(`unknown tensor '${name}'`); continue; }
    if (x.dtype !== dtype) problems.push(`'${name}' has dtype ${x.dtype} but the model needs ${dtype}`);
    if (x.shape.length !== want.shape.length || x.shape.some((d, i) => d !== want.shape[i])) {
      problems.push(`'${name}' has shape [${x.shape.join(", ")}] but the model needs ` +
        `[${want.shape.join(", ")}]`);
    }
  }
  for (const p of t.persistent) {
    if (p.kind !== "optim" && !got.has(p.name)) problems.push(`missing ${p.kind} '${p.name}'`);
  }
  if (problems.length) {
    throw new Error("load: the weights do not fit this model (nothing was changed):\n  " +
      problems.join("\n  "));
  }
  for (const [name, x] of got) {
    const want = known.get(name);
    if (want) s.F.set(x.data, want.off);
    else if (name === RNG_NAME) s.rng.restoreState(new Uint32Array(Int32Array.from(x.data).buffer));
    else {
      const counter = STEP_COUNT.exec(name);
      if (counter && steps.includes(counter[1])) s.stepCount[steps.indexOf(counter[1])] = x.data[0];
    }
  }
}
