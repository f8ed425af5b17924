import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeSafetensors,
  encodeSafetensors,
  type SafetensorsTensor,
} from "../../runtime/safetensors.ts";

/** A file with a hand-written header (padded to 8 bytes) and raw data bytes. */
function file(header: string, data: number[] | Uint8Array = []): Uint8Array {
  const json = new TextEncoder().encode(header);
  const padded = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + padded + data.length).fill(0x20, 8, 8 + padded);
  new DataView(out.buffer).setUint32(0, padded, true);
  out.set(json, 8);
  out.set(data, 8 + padded);
  return out;
}

const sample: SafetensorsTensor[] = [
  { name: "fc1.W", dtype: "F32", shape: [2, 3], data: Float32Array.of(1, -2, 3.5, 0, 1e-8, 7) },
  { name: "step", dtype: "I32", shape: [], data: Int32Array.of(-12345) },
  { name: "fc1.b", dtype: "F64", shape: [3], data: Float64Array.of(Math.PI, -0, 1e300) },
  { name: "empty", dtype: "F32", shape: [0, 4], data: new Float32Array(0) },
  { name: "0", dtype: "I32", shape: [2], data: Int32Array.of(2 ** 31 - 1, -(2 ** 31)) },
  { name: "__proto__", dtype: "F32", shape: [1], data: Float32Array.of(9) },
];

describe("encodeSafetensors", () => {
  it("writes the reference byte layout (checked against a hand-built file)", () => {
    const bytes = encodeSafetensors(
      [{ name: "a", dtype: "F32", shape: [2], data: Float32Array.of(1, 2) }],
      { format: "pt" },
    );
    const header =
      '{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
    expect(header.length).toBe(85); // padded to 88
    const expected = [
      ...[88, 0, 0, 0, 0, 0, 0, 0],
      ...Array.from(header, (c) => c.charCodeAt(0)),
      ...[0x20, 0x20, 0x20],
      ...[0x00, 0x00, 0x80, 0x3f], // 1.0f little-endian
      ...[0x00, 0x00, 0x00, 0x40], // 2.0f
    ];
    expect(Array.from(bytes)).toEqual(expected);
  });

  it("keeps tensors in the given order, integer-like names included", () => {
    const bytes = encodeSafetensors(sample);
    const n = new DataView(bytes.buffer).getUint32(0, true);
    expect(n % 8).toBe(0);
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + n));
    expect(header.indexOf('"fc1.W"')).toBeLessThan(header.indexOf('"0"'));
    expect([...decodeSafetensors(bytes).keys()]).toEqual(sample.map((t) => t.name));
  });

  it("rejects inconsistent tensors", () => {
    const t = (over: Partial<SafetensorsTensor>): SafetensorsTensor[] => [
      { name: "x", dtype: "F32", shape: [2], data: new Float32Array(2), ...over },
    ];
    expect(() => encodeSafetensors(t({ shape: [3] }))).toThrow(/F32\[3\] \(3 elements\).*has 2/);
    expect(() => encodeSafetensors(t({ data: new Float64Array(2) }))).toThrow(/Float64Array/);
    expect(() => encodeSafetensors(t({ shape: [-2] }))).toThrow(/invalid shape/);
    expect(() => encodeSafetensors([...t({}), ...t({})])).toThrow(/duplicate tensor name 'x'/);
    expect(() => encodeSafetensors(t({ name: "__metadata__" }))).toThrow(/cannot name/);
    const bad = { v: 3 } as unknown as Record<string, string>;
    expect(() => encodeSafetensors([], bad)).toThrow(/metadata 'v' must be a string/);
  });
});

describe("decodeSafetensors", () => {
  it("round-trips every dtype exactly, with metadata", () => {
    const meta: Record<string, string> = {};
    const metadata = JSON.parse('{"kiln": "1", "ü": "ß", "__proto__": "p"}');
    const bytes = encodeSafetensors(sample, metadata);
    const back = decodeSafetensors(bytes, meta);
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    expect(Object.keys(meta)).toEqual(["kiln", "ü", "__proto__"]);
    expect(meta["__proto__"]).toBe("p");
    for (const t of sample) {
      const got = back.get(t.name)!;
      expect(got.dtype).toBe(t.dtype);
      expect(got.shape).toEqual(t.shape);
      expect(got.data.constructor).toBe(t.data.constructor);
      expect(Array.from(got.data)).toEqual(Array.from(t.data));
    }
    expect(Object.is(back.get("fc1.b")!.data[1], -0)).toBe(true);
  });

  it("copies into fresh aligned arrays even when the file is not aligned", () => {
    const bytes = encodeSafetensors([
      { name: "a", dtype: "F32", shape: [1], data: Float32Array.of(1) },
      { name: "b", dtype: "F64", shape: [2], data: Float64Array.of(3, 4) }, // at data byte 4
    ]);
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    const back = decodeSafetensors(shifted);
    expect(Array.from(back.get("b")!.data)).toEqual([3, 4]);
    shifted.fill(0);
    expect(Array.from(back.get("b")!.data)).toEqual([3, 4]);
  });

  it("round-trips random tensors (property)", () => {
    const tensor = fc.oneof(
      fc.array(fc.float({ noNaN: true }), { maxLength: 20 }).map((xs) => ({
        dtype: "F32" as const, data: Float32Array.from(xs) })),
      fc.array(fc.double(), { maxLength: 20 }).map((xs) => ({
        dtype: "F64" as const, data: Float64Array.from(xs) })),
      fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 20 }).map(
        (xs) => ({ dtype: "I32" as const, data: Int32Array.from(xs) })),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), tensor), { selector: (p) => p[0] }),
        (pairs) => {
          const ts = pairs
            .filter(([name]) => name !== "__metadata__")
            .map(([name, t]) => ({ name, ...t, shape: [t.data.length] }));
          const back = decodeSafetensors(encodeSafetensors(ts));
          expect([...back.keys()]).toEqual(ts.map((t) => t.name));
          for (const t of ts) expect(back.get(t.name)!.data).toEqual(t.data);
        }),
    );
  });

  it("accepts an empty file body and a header with trailing padding", () => {
    expect(decodeSafetensors(file("{}")).size).toBe(0);
    expect(decodeSafetensors(encodeSafetensors([])).size).toBe(0);
  });

  it("throws on every truncation of a valid file, never returning", () => {
    const bytes = encodeSafetensors(sample, { a: "b" });
    for (let len = 0; len < bytes.length; len++) {
      expect(() => decodeSafetensors(bytes.subarray(0, len)), `length ${len}`).toThrow(
        /safetensors: (file is|truncated)/,
      );
    }
  });

  it("throws only its own errors for corrupted bytes (property)", () => {
    const bytes = encodeSafetensors(sample, { a: "b" });
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.nat(255), (at, value) => {
        const copy = bytes.slice();
        copy[at] = value;
        try {
          decodeSafetensors(copy);
        } catch (e) {
          expect((e as Error).message).toMatch(/^safetensors: /);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("says how much data a truncated file lacks", () => {
    const bytes = encodeSafetensors(sample);
    const cut = bytes.subarray(0, bytes.length - 5);
    const dataBytes = 24 + 4 + 24 + 0 + 8 + 4;
    expect(() => decodeSafetensors(cut)).toThrow(
      `safetensors: truncated: expected ${dataBytes} bytes of data, file has ${dataBytes - 5}`,
    );
  });

  const entry = (over: Record<string, unknown>): string =>
    JSON.stringify({ x: { dtype: "F32", shape: [2], data_offsets: [0, 8], ...over } });
  const eight = new Array(8).fill(0);
  const cases: [string, Uint8Array, RegExp | string][] = [
    ["a file shorter than 8 bytes", new Uint8Array(5), "file is 5 bytes, too short"],
    ["an absurd header length", Uint8Array.of(0, 0, 0, 0, 1, 0, 0, 0, 1), /absurd/],
    ["a header length past the end", Uint8Array.of(16, 0, 0, 0, 0, 0, 0, 0, 123),
      "truncated: header length 16 runs past the end of the file (9 bytes)"],
    ["a header that is not UTF-8", (() => {
      const f = file("{}      ");
      f[9] = 0xff;
      return f;
    })(), "header is not valid UTF-8"],
    ["a header that is not JSON", file("{x: 1}"), /header is not valid JSON/],
    ["a header that is an array", file("[]"), "header must be a JSON object but is an array"],
    ["a header that is a number", file("12"), "header must be a JSON object but is a number"],
    ["an entry that is not an object", file('{"x": [1]}'), "tensor 'x' must be an object"],
    ["a missing dtype", file(JSON.stringify({ x: { shape: [], data_offsets: [0, 4] } })),
      "tensor 'x' is missing 'dtype'"],
    ["a missing shape", file(JSON.stringify({ x: { dtype: "F32", data_offsets: [0, 4] } })),
      "tensor 'x' is missing 'shape'"],
    ["missing offsets", file(JSON.stringify({ x: { dtype: "F32", shape: [] } })),
      "tensor 'x' is missing 'data_offsets'"],
    ["an unknown dtype", file(entry({ dtype: "BF16" }), eight),
      'tensor \'x\' has dtype "BF16", which is not supported (supported: F32, F64, I32)'],
    ["a non-string dtype", file(entry({ dtype: 3 }), eight), /dtype 3, which is not supported/],
    ["a negative dim", file(entry({ shape: [-2] }), eight), /shape \[-2\], which is not a list/],
    ["a fractional dim", file(entry({ shape: [1.5] }), eight), /shape \[1.5\]/],
    ["a shape that is not a list", file(entry({ shape: 2 }), eight), /shape 2,/],
    ["three offsets", file(entry({ data_offsets: [0, 4, 8] }), eight), /data_offsets \[0,4,8\]/],
    ["offsets that are not integers", file(entry({ data_offsets: [0, "8"] }), eight),
      /data_offsets \[0,"8"\], which are not two integers/],
    ["reversed offsets", file(entry({ data_offsets: [8, 0] }), eight), /data_offsets \[8,0\]/],
    ["a size mismatch", file(entry({ shape: [3] }), eight),
      "tensor 'x' is F32[3], which takes 12 bytes, but its data_offsets [0, 8] span 8 bytes"],
    ["overlapping tensors", file(JSON.stringify({
      a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
      b: { dtype: "F32", shape: [2], data_offsets: [4, 12] },
    }), new Array(12).fill(0)), "tensor 'b' [4, 12] overlaps tensor 'a' [0, 8]"],
    ["a gap between tensors", file(JSON.stringify({
      a: { dtype: "F32", shape: [1], data_offsets: [0, 4] },
      b: { dtype: "F32", shape: [1], data_offsets: [8, 12] },
    }), new Array(12).fill(0)), /not contiguous: 4 unused bytes between tensor 'a'/],
    ["a gap at the start", file(entry({ shape: [1], data_offsets: [4, 8] }), eight),
      /4 unused bytes between the start of the data and tensor 'x'/],
    ["bytes after the last tensor", file(entry({}), new Array(12).fill(0)),
      "file has 12 bytes of data but its tensors cover only 8"],
    ["duplicate names", file('{"x": {"dtype":"F32","shape":[1],"data_offsets":[0,4]},' +
      ' "x": {"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', eight),
      "duplicate name 'x' in the header"],
    ["duplicate names spelled with escapes", file('{"x": {"dtype":"F32","shape":[],' +
      '"data_offsets":[0,4]}, "\\u0078": {"dtype":"F32","shape":[],"data_offsets":[4,8]}}',
      eight), "duplicate name 'x'"],
    ["metadata that is not an object", file('{"__metadata__": "v"}'),
      "__metadata__ must be an object but is a string"],
    ["metadata with a non-string value", file('{"__metadata__": {"k": 1}}'),
      "metadata 'k' must be a string but is a number"],
  ];
  for (const [what, bytes, message] of cases) {
    it(`rejects ${what}`, () => {
      expect(() => decodeSafetensors(bytes)).toThrow(message);
    });
  }

  it("reads nested objects and strings with braces without mistaking keys", () => {
    const header = JSON.stringify({
      __metadata__: { "x": "}{,\"", nested: "[{" },
      "a,\"b": { dtype: "I32", shape: [1], data_offsets: [0, 4] },
    });
    const back = decodeSafetensors(file(header, [7, 0, 0, 0]));
    expect(Array.from(back.get('a,"b')!.data)).toEqual([7]);
  });
});
