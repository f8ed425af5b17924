// The runtime's DEFLATE decoder (runtime/inflate.ts), which every float32 module runs on its
// WebAssembly kernels: held to zlib's encoder in every block type it writes (stored, fixed and
// dynamic Huffman codes), to the compiler's own encoder, and to bounded failure on damage.
import { constants, deflateRawSync, deflateSync as zlibDeflate } from "node:zlib";
import fc from "fast-check";
import { deflateSync, zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inflate, unzlib } from "../../runtime/inflate.ts";
import { compile } from "../../compiler/compile.ts";
import { readFileSync } from "node:fs";

const RUNS = process.env.KILN_DEEP ? 2000 : 200;

/** Bytes with repeats at every distance deflate reaches, and runs: what matches are made of. */
const repetitive = fc.array(fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 40 }),
  fc.tuple(fc.integer({ min: 1, max: 40000 }), fc.integer({ min: 3, max: 300 }))
    .map(([back, len]) => ({ back, len })),
), { maxLength: 60 }).map((parts) => {
  const out: number[] = [];
  for (const p of parts) {
    if (p instanceof Uint8Array) out.push(...p);
    else for (let i = 0; i < p.len; i++) out.push(out.length >= p.back ? out[out.length - p.back] : i & 255);
  }
  return Uint8Array.from(out);
});

const STRATEGIES = [constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY,
  constants.Z_RLE, constants.Z_FILTERED];

describe("inflate", () => {
  it("undoes zlib's raw deflate at every level and strategy", () => {
    fc.assert(fc.property(fc.oneof(repetitive, fc.uint8Array({ maxLength: 3000 })),
      fc.integer({ min: 0, max: 9 }), fc.constantFrom(...STRATEGIES), (data, level, strategy) => {
        const packed = deflateRawSync(data, { level, strategy });
        expect(Buffer.from(inflate(packed)).equals(Buffer.from(data))).toBe(true);
      }), { numRuns: RUNS });
  });

  it("undoes the compiler's encoder (fflate), whose output modules carry", () => {
    fc.assert(fc.property(repetitive, fc.integer({ min: 0, max: 9 }), (data, level) => {
      const back = inflate(deflateSync(data, { level: level as 0 }));
      expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
    }), { numRuns: RUNS });
  });

  it("reads stored blocks longer than one block, and output larger than its first guess", () => {
    const data = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
    expect(Buffer.from(inflate(deflateRawSync(data, { level: 0 }))).equals(Buffer.from(data))).toBe(true);
    const zeros = new Uint8Array(1_000_000);
    const packed = deflateRawSync(zeros, { level: 9 });
    expect(packed.length).toBeLessThan(2000);
    expect(inflate(packed)).toEqual(zeros);
  });

  it("reads zlib's format, checksum checked, from zlib and from the compiler's encoder", () => {
    fc.assert(fc.property(repetitive, fc.integer({ min: 0, max: 9 }), (data, level) => {
      for (const packed of [zlibDeflate(data, { level }), zlibSync(data, { level: level as 0 })]) {
        expect(Buffer.from(unzlib(packed)).equals(Buffer.from(data))).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it("refuses truncated or damaged kernels instead of returning wrong bytes or running on", () => {
    const src = readFileSync(new URL("../../examples/mnist_mlp.kiln", import.meta.url), "utf8");
    const js = compile(src, { declarations: false }).js;
    const packed = Buffer.from(/^const WASM = "([^"]*)";$/m.exec(js)![1], "base64");
    const wasm = unzlib(packed);
    expect(WebAssembly.validate(wasm)).toBe(true);
    expect(js).toContain(`(${wasm.length} bytes, zlib-compressed)`);
    // Every proper prefix is refused.
    for (let n = 0; n < packed.length; n += 97) expect(() => unzlib(packed.subarray(0, n))).toThrow(/damaged/);
    // So is a flipped bit (every 7th), by the header, the deflate data or the checksum;
    // unless it decodes to the very same bytes (a match moved to an equal earlier run).
    let same = 0, flips = 0;
    for (let bit = 0; bit < packed.length * 8; bit += 7, flips++) {
      const bad = Uint8Array.from(packed);
      bad[bit >> 3] ^= 1 << (bit & 7);
      try {
        expect(Buffer.from(unzlib(bad)).equals(Buffer.from(wasm)), `bit ${bit}`).toBe(true);
        same++;
      } catch (e) {
        expect(String(e), `bit ${bit}`).toMatch(/damaged/);
      }
    }
    expect(same).toBeLessThan(flips / 20);
    // Raw deflate: block type 3 is refused.
    expect(() => inflate(Uint8Array.of(0b111))).toThrow(/damaged/);
  });
});
