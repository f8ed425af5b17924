// The WebAssembly binary encoding, as much as the kernels need: LEB128 numbers, sections, a
// function body under construction, and one module holding every kernel of a model. The
// kernels are built here, when a model is compiled, and their bytes travel in the module.

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

/** Signed LEB128. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

function section(id: number, items: number[][]): number[] {
  const body = [...uleb(items.length), ...items.flat()];
  return [id, ...uleb(body.length), ...body];
}

const name = (s: string) => [...uleb(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];

/** Opcodes by name: core ones, then (under `simd`) the 0xfd-prefixed SIMD ones. */
export const OP = {
  get: 0x20, set: 0x21, tee: 0x22, i32: 0x41, f32Const: 0x43, add: 0x6a, sub: 0x6b, loop: 0x03,
  end: 0x0b, brIf: 0x0d, void: 0x40, f32Add: 0x92, f32Load: 0x2a, f32Store: 0x38,
} as const;

export const SIMD = {
  load: 0x00, splat: 0x09, store: 0x0b, const: 0x0c, f32Splat: 0x13, lane: 0x1f, and: 0x4e,
  bitselect: 0x52, storeLane: 0x5a,
  eq: 0x41, ne: 0x42, lt: 0x43, gt: 0x44, le: 0x45, ge: 0x46,
  abs: 0xe0, neg: 0xe1, sqrt: 0xe3, add: 0xe4, sub: 0xe5, mul: 0xe6, div: 0xe7,
} as const;

/**
 * A function body under construction. Its parameters are its first locals: `params` i32s
 * (byte addresses, counts), then `floats` f32s; `i32s` counts the parameters and the i32
 * locals after them; v128 locals follow.
 */
export class Fn {
  readonly code: number[] = [];
  constructor(public i32s: number, public v128s: number, readonly params: number,
    readonly floats = 0) {}

  /** A SIMD instruction with its immediates. */
  simd(op: number, ...imm: number[]): void {
    this.code.push(0xfd, ...uleb(op), ...imm);
  }
  get(l: number): void {
    this.code.push(OP.get, ...uleb(l));
  }
  set(l: number): void {
    this.code.push(OP.set, ...uleb(l));
  }
  i32(v: number): void {
    this.code.push(OP.i32, ...sleb(v));
  }
  /** local l += by (nothing for 0). */
  addTo(l: number, by: number): void {
    if (by === 0) return;
    this.get(l);
    this.code.push(OP.i32, ...sleb(by), OP.add);
    this.set(l);
  }
  /** `body` run `count` times: a count-down loop on local `l`; nothing for 0, no loop for 1. */
  repeat(l: number, count: number, body: () => void): void {
    if (count <= 0) return;
    if (count === 1) { body(); return; }
    this.code.push(OP.i32, ...sleb(count));
    this.set(l);
    this.code.push(OP.loop, OP.void);
    body();
    this.get(l);
    this.code.push(OP.i32, 1, OP.sub, OP.tee, ...uleb(l), OP.brIf, 0, OP.end);
  }
  /** `body` run as many times as local `l` says (at least once): a count-down loop. */
  countDown(l: number, body: () => void): void {
    this.code.push(OP.loop, OP.void);
    body();
    this.get(l);
    this.code.push(OP.i32, 1, OP.sub, OP.tee, ...uleb(l), OP.brIf, 0, OP.end);
  }

  /** v128 local l = 0. */
  zero(l: number): void {
    this.simd(SIMD.const, ...new Array(16).fill(0));
    this.set(l);
  }
  /** v128 local l = splat of a float32 given by its bits. */
  splatBits(bits: number, l: number): void {
    this.code.push(OP.f32Const, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, bits >>> 24);
    this.simd(SIMD.f32Splat);
    this.set(l);
  }
  /** acc += x * y, for v128 locals (y given as code that pushes it). */
  fma(acc: number, x: number, y: () => void): void {
    this.get(acc);
    this.get(x);
    y();
    this.simd(SIMD.mul);
    this.simd(SIMD.add);
    this.set(acc);
  }
}

/** memarg: alignment hint 0 (accesses may be unaligned), then the static offset. */
export function mem(offset: number): number[] {
  return [0, ...uleb(offset)];
}

/** The bits of a float32. */
export function f32Bits(v: number): number {
  return new Uint32Array(Float32Array.of(v).buffer)[0];
}

/** A module importing memory `e.m` and exporting each function as `k<index>`. */
export function moduleBytes(fns: readonly Fn[]): Uint8Array<ArrayBuffer> {
  const types: string[] = [];
  const typeOf = fns.map((f) => {
    const sig = [...new Array(f.params).fill(0x7f), ...new Array(f.floats).fill(0x7d)];
    const key = sig.join();
    if (!types.includes(key)) types.push(key);
    return types.indexOf(key);
  });
  const typeItems = types.map((key) => {
    const sig = key ? key.split(",").map(Number) : [];
    return [0x60, ...uleb(sig.length), ...sig, 0];
  });
  const bodies = fns.map((f) => {
    const locals = [[...uleb(f.i32s - f.params - f.floats), 0x7f], [...uleb(f.v128s), 0x7b]];
    const body = [...uleb(locals.length), ...locals.flat(), ...f.code, OP.end];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, typeItems),
    ...section(2, [[...name("e"), ...name("m"), 0x02, 0x00, 0x00]]),
    ...section(3, typeOf.map((t) => uleb(t))),
    ...section(7, fns.map((_, i) => [...name(`k${i}`), 0x00, ...uleb(i)])),
    ...section(10, bodies)]);
}
