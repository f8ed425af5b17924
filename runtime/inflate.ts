// DEFLATE (RFC 1951) decoding, for the WebAssembly kernels a module carries: the compiler
// stores them in zlib's format (RFC 1950: deflate with a header and a checksum, so that a
// damaged module is refused, not run; compiler/emit/module.ts), because kernels made for
// neighbouring shapes repeat each other and deflate takes them to a fifth. A module must not
// depend on an engine's DecompressionStream (asynchronous, where `create()` compiles its
// kernels synchronously). Written for size, since every float32 module embeds it: codes are decoded
// bit by bit, canonical code by canonical code (section 3.2.2), which is slow per symbol but
// kernels are a few kilobytes and decoded once per module.

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Code {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function code(lengths: ArrayLike<number>): Code {
  const counts = new Uint16Array(16), offsets = new Uint16Array(16);
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) counts[lengths[s]]++;
  counts[0] = 0;
  // More codes of a length than the shorter ones leave room for: no prefix code (an
  // incomplete one is allowed: a block with one distance code has one).
  for (let n = 1, left = 1; n < 16; n++) {
    left = 2 * left - counts[n];
    if (left < 0) corrupt();
  }
  for (let n = 1; n < 15; n++) offsets[n + 1] = offsets[n] + counts[n];
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) symbols[offsets[lengths[s]]++] = s;
  return { counts, symbols };
}

/** The order code lengths of the code-length code are sent in (section 3.2.7). */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: [Code, Code] | undefined;

/** One error for every way the data can be wrong: it is the compiler's own output, so what
 * went wrong is that the module was damaged, not which bit. */
function corrupt(): never {
  throw new Error("the module's WebAssembly kernels are damaged (not valid deflate data)");
}

/** The bytes `data` deflates; throws on data that is not raw DEFLATE, or ends early. */
export function inflate(data: Uint8Array): Uint8Array<ArrayBuffer> {
  let out = new Uint8Array(data.length * 4 + 64), n = 0, at = 0;
  const bits = (count: number): number => {
    let v = 0;
    for (let i = 0; i < count; i++, at++) {
      if (at >> 3 >= data.length) corrupt();
      v |= ((data[at >> 3] >> (at & 7)) & 1) << i;
    }
    return v;
  };
  const decode = (c: Code): number => {
    // Codes of each length follow those one bit shorter, so the code read so far, less the
    // first code of its length, indexes that length's symbols while it is below their count.
    for (let len = 1, v = 0, first = 0, index = 0; len < 16; len++) {
      v |= bits(1);
      const count = c.counts[len];
      if (v - first < count) return c.symbols[index + v - first];
      index += count;
      first = (first + count) << 1;
      v <<= 1;
    }
    corrupt();
  };
  const room = (more: number) => {
    if (n + more <= out.length) return;
    const grown = new Uint8Array(2 * out.length + more);
    grown.set(out);
    out = grown;
  };
  for (let last = 0; !last;) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      at = (at + 7) & ~7;
      const len = bits(16);
      if ((len ^ bits(16)) !== 0xffff) corrupt();
      if ((at >> 3) + len > data.length) corrupt();
      room(len);
      out.set(data.subarray(at >> 3, (at >> 3) + len), n);
      n += len;
      at += len * 8;
      continue;
    }
    if (type === 3) corrupt();
    let lit: Code, dist: Code;
    if (type === 1) {
      fixed ??= [code(Array.from({ length: 288 }, (_, s) =>
        (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8))), code(new Array(30).fill(5))];
      [lit, dist] = fixed;
    } else {
      const nlit = bits(5) + 257, ndist = bits(5) + 1, nlen = bits(4) + 4;
      const lengths = new Uint8Array(19);
      for (let i = 0; i < nlen; i++) lengths[ORDER[i]] = bits(3);
      const lens = code(lengths), all = new Uint8Array(nlit + ndist);
      for (let i = 0; i < all.length;) {
        const s = decode(lens);
        if (s < 16) { all[i++] = s; continue; }
        if (s === 16 && i === 0) corrupt();
        const [v, count] = s === 16 ? [all[i - 1], 3 + bits(2)]
          : s === 17 ? [0, 3 + bits(3)] : [0, 11 + bits(7)];
        if (i + count > all.length) corrupt();
        all.fill(v, i, i + count);
        i += count;
      }
      lit = code(all.subarray(0, nlit));
      dist = code(all.subarray(nlit));
    }
    for (let s = decode(lit); s !== 256; s = decode(lit)) {
      if (s < 256) {
        room(1);
        out[n++] = s;
        continue;
      }
      // Length and distance codes past the first few add extra bits to a base that doubles
      // every two (distances) or four (lengths) codes (section 3.2.5).
      const i = s - 257;
      if (i > 28) corrupt();
      const e = (i >> 2) - 1;
      const len = i < 8 ? i + 3 : i === 28 ? 258 : ((4 + (i & 3)) << e) + 3 + bits(e);
      const d = decode(dist), f = (d >> 1) - 1;
      if (d > 29) corrupt();
      const back = d < 4 ? d + 1 : ((2 + (d & 1)) << f) + 1 + bits(f);
      if (back > n) corrupt();
      room(len);
      for (let k = 0; k < len; k++, n++) out[n] = out[n - back];
    }
  }
  return out.slice(0, n);
}

/** The bytes of zlib data (RFC 1950): deflate data whose Adler-32 checksum must match. */
export function unzlib(data: Uint8Array): Uint8Array<ArrayBuffer> {
  // Method 8 (deflate), a header that is a multiple of 31, no preset dictionary.
  const header = (data[0] << 8) | data[1];
  if (data.length < 6 || (data[0] & 15) !== 8 || header % 31 || data[1] & 32) corrupt();
  const out = inflate(data.subarray(2, data.length - 4));
  let a = 1, b = 0;
  for (let i = 0; i < out.length; i++) {
    a = (a + out[i]) % 65521;
    b = (b + a) % 65521;
  }
  const n = data.length;
  const sum = ((data[n - 4] << 24) | (data[n - 3] << 16) | (data[n - 2] << 8) | data[n - 1]) >>> 0;
  if ((((b << 16) | a) >>> 0) !== sum) corrupt();
  return out;
}
