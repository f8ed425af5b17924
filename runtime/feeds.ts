// Checks on what users pass to predict/train/gradients. The common case (a typed array of
// the declared dtype and length) returns at once without allocating; everything else is
// copied or explained in a TypeError that names the input, its dtype and shape.
import type { TensorData } from "./types.ts";

export type FeedDtype = "f32" | "f64" | "i32";

function feedArrayName(dtype: FeedDtype): string {
  return dtype === "f32" ? "Float32Array" : dtype === "f64" ? "Float64Array" : "Int32Array";
}

/** "a" or "an" for a type name: "an Int32Array", "an Array", but "a Uint8Array". */
function feedArticle(word: string): string {
  return /^[AEIOaeio]/.test(word) ? "an" : "a";
}

/** What a user gave, for a message: "a Float64Array of length 784", "the number 3". */
function feedDescribe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "number" || typeof value === "boolean") {
    return `the ${typeof value} ${value}`;
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "bigint") return `the bigint ${value}n`;
  if (typeof value === "function") return "a function";
  // The tag, not the constructor, so typed arrays from another realm are named right.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    return `${feedArticle(tag)} ${tag} of length ${(value as ArrayLike<unknown>).length}`;
  }
  if (tag === "Object") {
    const ctor = (value as object).constructor;
    if (typeof ctor === "function" && ctor.name && ctor.name !== "Object") {
      return `${feedArticle(ctor.name)} ${ctor.name}`;
    }
    return "an object";
  }
  return `${feedArticle(tag)} ${tag}`;
}

function feedError(
  name: string,
  dtype: FeedDtype,
  shape: readonly number[],
  n: number,
  given: string,
): TypeError {
  const cls = feedArrayName(dtype);
  return new TypeError(
    `input '${name}' expects ${dtype}[${shape.join(", ")}]` +
      ` (${feedArticle(cls)} ${cls} of length ${n}) but got ${given}`,
  );
}

/** The batch a feed holds on a bounded dim's axis (`dim B <= 64`): `rows` rows per sample of
 * `perSample` elements each, from 1 to `bound` samples; otherwise throws, naming the sizes
 * the input takes. */
export function feedBatch(name: string, value: unknown, dtype: FeedDtype,
  shape: readonly number[], rows: number, bound: number): number {
  const perSample = shape.reduce((a, b) => a * b, 1) / bound;
  const length = typeof value === "object" && value !== null
    ? (value as { length?: unknown }).length : undefined;
  const n = typeof length === "number" ? length / perSample : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= bound) return n;
  const rest = shape.slice(1).map((d) => `, ${d}`).join("");
  const lead = rows === 1 ? "n" : `${rows} * n`;
  throw new TypeError(`input '${name}' expects ${dtype}[${lead}${rest}] with a batch n from 1 ` +
    `to ${bound} (a length that is a multiple of ${perSample}, up to ${perSample * bound}) ` +
    `but got ${feedDescribe(value)}`);
}

/** Returns the feed to use for input `name`: `value` itself when it is a typed array of the
 * dtype's class and the shape's length; a copy when it is another array or typed array of
 * that length holding numbers (integers in int32 range for i32); otherwise throws. */
export function checkFeed(
  name: string,
  value: unknown,
  dtype: FeedDtype,
  shape: readonly number[],
): TensorData {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  const exact =
    dtype === "f32"
      ? value instanceof Float32Array
      : dtype === "f64"
        ? value instanceof Float64Array
        : value instanceof Int32Array;
  if (exact && (value as TensorData).length === n) return value as TensorData;
  // Arrays, typed arrays of another kind, and objects with a length and numeric keys.
  const arrayLike = Array.isArray(value) ||
    (ArrayBuffer.isView(value) ? !(value instanceof DataView)
      : typeof value === "object" && value !== null && !(value instanceof Map) &&
        typeof (value as { length?: unknown }).length === "number");
  if (!arrayLike || (value as ArrayLike<unknown>).length !== n) {
    throw feedError(name, dtype, shape, n, feedDescribe(value));
  }
  const source = value as ArrayLike<unknown>;
  const out =
    dtype === "f32"
      ? new Float32Array(n)
      : dtype === "f64"
        ? new Float64Array(n)
        : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = source[i];
    if (typeof v !== "number") {
      const nested = Array.isArray(v) ? " (nested arrays are not read: flatten to row-major)" : "";
      const what = i in source ? feedDescribe(v) : "a hole";
      const given = `${feedDescribe(value)} whose element ${i} is ${what}${nested}`;
      throw feedError(name, dtype, shape, n, given);
    }
    if (dtype === "i32" && !(Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)) {
      const given = `${feedDescribe(value)} whose element ${i} is ${v}, not a 32-bit integer`;
      throw feedError(name, dtype, shape, n, given);
    }
    out[i] = v;
  }
  return out;
}

function feedEditDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost));
    }
    row = next;
  }
  return row[b.length];
}

function feedQuoted(names: readonly string[]): string {
  return names.map((s) => `'${s}'`).join(", ");
}

/** Checks the names of a feeds object for entry point `entry` ("predict", "train", ...):
 * every `required` name must be present, and every present name must be required or
 * `optional` (inputs the entry does not need, which users pass along harmlessly). */
export function checkFeedNames(
  given: object,
  required: readonly string[],
  entry: string,
  optional: readonly string[] = [],
): void {
  // Arrays, typed arrays and Maps hold feeds under no names this function could read.
  if (typeof given !== "object" || given === null || Array.isArray(given) ||
    ArrayBuffer.isView(given) || given instanceof Map) {
    throw new TypeError(
      `${entry} expects an object of inputs, like { ${required[0] ?? "x"}: ... },` +
        ` but got ${feedDescribe(given)}`,
    );
  }
  const has = Object.prototype.hasOwnProperty;
  // for-in rather than Object.keys: no array per call on this hot path.
  for (const key in given) {
    if (!has.call(given, key)) continue;
    if (required.indexOf(key) >= 0 || optional.indexOf(key) >= 0) continue;
    // Entries pass every input as optional, the required ones included.
    const known = required.concat(optional.filter((o) => required.indexOf(o) < 0));
    let best = "";
    let bestDistance = Infinity;
    for (const candidate of known) {
      const d =
        candidate.toLowerCase() === key.toLowerCase() ? 0 : feedEditDistance(key, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    const close = bestDistance <= Math.max(1, Math.floor(Math.max(key.length, best.length) / 3));
    const hint =
      known.length === 0
        ? "it takes no inputs"
        : close
          ? `did you mean '${best}'?`
          : `inputs: ${feedQuoted(known)}`;
    throw new TypeError(`${entry} got unknown input '${key}' (${hint})`);
  }
  for (let i = 0; i < required.length; i++) {
    if (has.call(given, required[i])) continue;
    const missing = required.filter((r) => !has.call(given, r));
    const plural = missing.length > 1 ? "s" : "";
    throw new TypeError(`${entry} needs input${plural} ${feedQuoted(missing)}`);
  }
}

/** Index (from off) of the first NaN or ±Infinity in arr[off .. off+n), or -1. */
export function findNonFinite(arr: ArrayLike<number>, off: number, n: number): number {
  for (let i = 0; i < n; i++) {
    const v = arr[off + i];
    if (v - v !== 0) return i; // NaN - NaN and Inf - Inf are NaN; finite v gives 0
  }
  return -1;
}
