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

/** Bytes written into one growing buffer: a model's module is tens of kilobytes, and
 * building it by spreading arrays into arrays copied each byte once per level of nesting. */
class Bytes {
  private buf: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  push(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }
  all(bs: ArrayLike<number>): void {
    if (this.length + bs.length > this.buf.length) this.grow(bs.length);
    if (bs instanceof Uint8Array) {
      this.buf.set(bs, this.length);
      this.length += bs.length;
      return;
    }
    for (let i = 0; i < bs.length; i++) this.buf[this.length++] = bs[i];
  }
  uleb(n: number): void {
    this.all(uleb(n));
  }
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.slice(0, this.length);
  }
  private grow(need: number): void {
    const next = new Uint8Array(Math.max(2 * this.buf.length, this.length + need));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}


/** Opcodes by name: core ones, then (under `simd`) the 0xfd-prefixed SIMD ones. */
export const OP = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, void: 0x40,
  get: 0x20, set: 0x21, tee: 0x22, i32Load: 0x28, f32Load: 0x2a, i32Store: 0x36, f32Store: 0x38,
  i32: 0x41, f32Const: 0x43, eqz: 0x45, eq: 0x46, ne: 0x47, ltS: 0x48, gtS: 0x4a, leS: 0x4c,
  geS: 0x4e, f32Le: 0x5f, f32Ge: 0x60, add: 0x6a, sub: 0x6b, mul: 0x6c, and: 0x71, shl: 0x74,
  remU: 0x70, shrS: 0x75, f32Abs: 0x8b, f32Add: 0x92,
} as const;

export const SIMD = {
  load: 0x00, splat: 0x09, store: 0x0b, const: 0x0c, shuffle: 0x0d, i32x4Splat: 0x11,
  f32Splat: 0x13, i32Lane: 0x1b, lane: 0x1f, replaceLane: 0x20,
  i32Eq: 0x37, i32Ne: 0x38, i32LtS: 0x39, i32GtS: 0x3b,
  eq: 0x41, ne: 0x42, lt: 0x43, gt: 0x44, le: 0x45, ge: 0x46,
  f64Eq: 0x47, f64Ne: 0x48, f64Lt: 0x49, f64Gt: 0x4a, f64Le: 0x4b, f64Ge: 0x4c,
  not: 0x4d, and: 0x4e, andNot: 0x4f, or: 0x50, xor: 0x51, bitselect: 0x52, anyTrue: 0x53,
  loadLane: 0x56, storeLane: 0x5a, load32Zero: 0x5c, demote: 0x5e, promote: 0x5f,
  i32Shl: 0xab, i32ShrS: 0xac, i32Add: 0xae, i32Sub: 0xb1, i32Mul: 0xb5,
  i64Shl: 0xcb, i64Add: 0xce, i64Sub: 0xd1,
  abs: 0xe0, neg: 0xe1, sqrt: 0xe3, add: 0xe4, sub: 0xe5, mul: 0xe6, div: 0xe7, min: 0xe8,
  max: 0xe9, pmin: 0xea, pmax: 0xeb,
  f64Abs: 0xec, f64Neg: 0xed, f64Add: 0xf0, f64Sub: 0xf1, f64Mul: 0xf2, f64Div: 0xf3,
  f64Pmin: 0xf6, f64Pmax: 0xf7, convertI32: 0xfa,
} as const;

/** Lane selectors of i8x16.shuffle: float lanes (0-3 of the first vector, 4-7 of the
 * second) as byte lanes. */
export function lanes(...floats: number[]): number[] {
  return floats.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]);
}

/**
 * A function body under construction. Its parameters are its first locals: `params` i32s
 * (byte addresses, counts); `i32s` counts the parameters and the i32 locals after them;
 * `v128s` v128 locals follow. More locals of either type can be asked for as code is written
 * (`local`), and constants (`constant`) are v128 locals set once where the function starts.
 */
export class Fn {
  readonly code: number[] = [];
  private readonly prologue: number[] = [];
  /** Types of the locals asked for after construction, in order. */
  readonly extra: number[] = [];
  private readonly constants = new Map<string, number>();
  constructor(readonly i32s: number, readonly v128s: number, readonly params: number) {}

  /** A new local of the type: 0x7f i32, 0x7b v128. */
  local(type: 0x7f | 0x7b = 0x7b): number {
    this.extra.push(type);
    return this.i32s + this.v128s + this.extra.length - 1;
  }
  /** A v128 local holding these 16 bytes, set once at the function's start. */
  constant(bytes: readonly number[]): number {
    const key = bytes.join();
    let l = this.constants.get(key);
    if (l === undefined) {
      l = this.local();
      this.constants.set(key, l);
      this.prologue.push(0xfd, ...uleb(SIMD.const), ...bytes, OP.set, ...uleb(l));
    }
    return l;
  }
  /** Constant vectors of four float32s, two float64s, four i32s, two i64s (as numbers). */
  f32x4(v: number): number {
    return this.constant([...new Uint8Array(new Float32Array([v, v, v, v]).buffer)]);
  }
  f64x2(v: number): number {
    return this.constant([...new Uint8Array(new Float64Array([v, v]).buffer)]);
  }
  i32x4(v: number): number {
    return this.constant([...new Uint8Array(new Int32Array([v, v, v, v]).buffer)]);
  }
  i64x2(v: number): number {
    return this.constant([...new Uint8Array(new BigInt64Array([BigInt(v), BigInt(v)]).buffer)]);
  }
  /** The body: the constants' set-up, then the code. */
  body(): number[] {
    return [...this.prologue, ...this.code];
  }

  /** A SIMD instruction with its immediates. */
  simd(op: number, ...imm: number[]): void {
    this.code.push(0xfd, ...uleb(op), ...imm);
  }
  /** Core instructions as they are. */
  op(...bytes: number[]): void {
    this.code.push(...bytes);
  }
  get(l: number): void {
    this.code.push(OP.get, ...uleb(l));
  }
  set(l: number): void {
    this.code.push(OP.set, ...uleb(l));
  }
  tee(l: number): void {
    this.code.push(OP.tee, ...uleb(l));
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
  /** local to = local from + by. */
  offset(to: number, from: number, by: number): void {
    this.get(from);
    if (by) this.code.push(OP.i32, ...sleb(by), OP.add);
    this.set(to);
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
  /** `then` where the i32 `cond` pushes is not zero. */
  when(cond: () => void, then: () => void): void {
    cond();
    this.code.push(OP.if, OP.void);
    then();
    this.code.push(OP.end);
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
  // One type per arity: every parameter is an i32 and nothing is returned.
  const arities: number[] = [];
  const typeOf = fns.map((f) => {
    if (!arities.includes(f.params)) arities.push(f.params);
    return arities.indexOf(f.params);
  });
  const out = new Bytes();
  out.all([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  let to = out;
  const section = (id: number, count: number, write: (k: number) => void) => {
    const inner = new Bytes();
    inner.uleb(count);
    to = inner;
    for (let k = 0; k < count; k++) write(k);
    to = out;
    out.push(id);
    out.uleb(inner.length);
    out.all(inner.bytes());
  };
  const name = (s: string) => {
    to.uleb(s.length);
    for (const ch of s) to.push(ch.charCodeAt(0));
  };
  section(1, arities.length, (k) => {
    to.push(0x60);
    to.uleb(arities[k]);
    for (let i = 0; i < arities[k]; i++) to.push(0x7f);
    to.push(0);
  });
  section(2, 1, () => { name("e"); name("m"); to.all([0x02, 0x00, 0x00]); });
  section(3, fns.length, (k) => to.uleb(typeOf[k]));
  section(7, fns.length, (k) => { name(`k${k}`); to.push(0x00); to.uleb(k); });
  section(10, fns.length, (k) => to.all(encoded(fns[k])));
  return out.bytes();
}

/** Each function's entry in the code section (its size, locals and body), made once: a
 * function serves every module of the process that asks for its key (kernels.ts). */
const encodings = new WeakMap<Fn, Uint8Array<ArrayBuffer>>();

function encoded(f: Fn): Uint8Array<ArrayBuffer> {
  const known = encodings.get(f);
  if (known) return known;
  // Runs of one type: the fixed i32s and v128s, then the locals asked for later.
  const runs: [number, number][] = [[f.i32s - f.params, 0x7f], [f.v128s, 0x7b]];
  for (const t of f.extra) {
    if (runs.at(-1)![1] === t) runs.at(-1)![0]++;
    else runs.push([1, t]);
  }
  const locals = runs.filter(([n]) => n > 0);
  const body = new Bytes(256);
  body.uleb(locals.length);
  for (const [n, t] of locals) { body.uleb(n); body.push(t); }
  body.all(f.body());
  body.push(OP.end);
  const entry = new Bytes(body.length + 5);
  entry.uleb(body.length);
  entry.all(body.bytes());
  const bytes = entry.bytes();
  encodings.set(f, bytes);
  return bytes;
}
