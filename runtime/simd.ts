// WebAssembly SIMD matrix products for float32 modules. Plain JS tops out near 5 GFLOP/s
// (bounds-checked scalar loads, no SIMD); a 4 x 8 register block of f32x4 accumulators
// measured 31-39 GFLOP/s on the same core, packing included (bench/matmul.ts). Each product
// shape gets its own small module, assembled here on first use with its sizes as constants.
// Operands are packed into one WebAssembly memory shared by all shapes (rows padded to the
// block, transposed B laid out row-major), so a call allocates nothing once memory is grown.

/** The WebAssembly binary encoding's pieces we need. */
function simdUleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function simdSleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

function simdSection(id: number, items: number[][]): number[] {
  const body = [...simdUleb(items.length), ...items.flat()];
  return [id, ...simdUleb(body.length), ...body];
}

const SIMD_RB = 4;
const SIMD_CB = 8;

/**
 * A module importing memory `e.m` and exporting `mm(a, b, c)` (byte addresses): C[Mp, Np] =
 * A' B with B row-major [K, Np] and A' = A [Mp, K] or, when `ta`, A^T stored [K, Mp].
 */
function simdModule(Mp: number, K: number, Np: number, ta: boolean): Uint8Array<ArrayBuffer> {
  const RB = SIMD_RB;
  const LG = 0x20, LS = 0x21, I32 = 0x41, ADD = 0x6a, MUL = 0x6c, LTU = 0x49, BRIF = 0x0d;
  const LOOP = [0x03, 0x40], END = 0x0b;
  const v = (op: number, ...rest: number[]) => [0xfd, ...simdUleb(op), ...rest];
  // Locals: params a b c, then i j k pa pb pc, then the accumulators, B vectors, A splat.
  const [A, B, C, I, J, Kv, PA, PB, PC] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const CV = SIMD_CB / 4;
  const acc = (r: number, q: number) => 9 + r * CV + q;
  const bv = (q: number) => 9 + RB * CV + q;
  const splat = 9 + RB * CV + CV;
  const sAi = ta ? 4 : K * 4, sAk = ta ? Mp * 4 : 4;
  const c: number[] = [];
  const inc = (l: number, by: number) => c.push(LG, l, I32, ...simdSleb(by), ADD, LS, l);
  const loopUntil = (l: number, n: number) => c.push(LG, l, I32, ...simdSleb(n), LTU, BRIF, 0, END);
  c.push(I32, 0, LS, I, ...LOOP, I32, 0, LS, J, ...LOOP);
  for (let r = 0; r < RB; r++) {
    for (let q = 0; q < CV; q++) c.push(...v(0x0c, ...new Array(16).fill(0)), LS, acc(r, q));
  }
  c.push(LG, A, LG, I, I32, ...simdSleb(sAi), MUL, ADD, LS, PA);
  c.push(LG, B, LG, J, I32, 2, 0x74, ADD, LS, PB);
  c.push(I32, 0, LS, Kv, ...LOOP);
  for (let q = 0; q < CV; q++) c.push(LG, PB, ...v(0x00, 4, ...simdUleb(q * 16)), LS, bv(q));
  for (let r = 0; r < RB; r++) {
    c.push(LG, PA, ...v(0x09, 2, ...simdUleb(r * sAi)), LS, splat); // v128.load32_splat
    for (let q = 0; q < CV; q++) {
      c.push(LG, acc(r, q), LG, splat, LG, bv(q), ...v(0xe6), ...v(0xe4), LS, acc(r, q)); // mul, add
    }
  }
  inc(PA, sAk);
  inc(PB, Np * 4);
  inc(Kv, 1);
  loopUntil(Kv, K);
  c.push(LG, C, LG, I, I32, ...simdSleb(Np), MUL, LG, J, ADD, I32, 2, 0x74, ADD, LS, PC);
  for (let r = 0; r < RB; r++) {
    for (let q = 0; q < CV; q++) c.push(LG, PC, LG, acc(r, q), ...v(0x0b, 4, ...simdUleb((r * Np + q * 4) * 4)));
  }
  inc(J, SIMD_CB);
  loopUntil(J, Np);
  inc(I, RB);
  loopUntil(I, Mp);
  c.push(END);
  const body = [2, ...simdUleb(6), 0x7f, ...simdUleb(RB * CV + CV + 1), 0x7b, ...c];
  const str = (s: string) => [...simdUleb(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...simdSection(1, [[0x60, 3, 0x7f, 0x7f, 0x7f, 0]]),
    ...simdSection(2, [[...str("e"), ...str("m"), 0x02, 0x00, 0x01]]),
    ...simdSection(3, [[0]]),
    ...simdSection(7, [[...str("mm"), 0x00, 0]]),
    ...simdSection(10, [[...simdUleb(body.length), ...body]])]);
}

/** Lazily made state (the embedded runtime's top level holds literals only): the memory every
 * product packs its operands into, a float view of it, the kernels by shape, SIMD support. */
const simdState: { memory?: WebAssembly.Memory; heap?: Float32Array; available?: boolean;
  kernels: Record<string, (a: number, b: number, c: number) => void> } = { kernels: {} };

/** Whether this engine runs WebAssembly SIMD: a small product module must validate. */
export function simdAvailable(): boolean {
  if (simdState.available === undefined) {
    try {
      simdState.available = typeof WebAssembly === "object" &&
        WebAssembly.validate(simdModule(SIMD_RB, 1, SIMD_CB, false));
    } catch {
      simdState.available = false;
    }
  }
  return simdState.available;
}

function simdHeap(floats: number): Float32Array {
  const s = simdState;
  if (!s.memory) s.memory = new WebAssembly.Memory({ initial: 1 });
  const bytes = floats * 4;
  if (s.memory.buffer.byteLength < bytes) s.memory.grow(Math.ceil((bytes - s.memory.buffer.byteLength) / 65536));
  if (s.heap?.buffer !== s.memory.buffer) s.heap = new Float32Array(s.memory.buffer);
  return s.heap!;
}

/**
 * C[M, N] (at c[co]) = op(A) op(B), A stored [K, M] when `ta`, B stored [N, K] when `tb`.
 * `key` names the shape and layout ("M,K,N,ta,tb"), a literal at each call site so the
 * lookup allocates nothing.
 */
export function simdMatmul(key: string, M: number, K: number, N: number, ta: boolean, tb: boolean,
  a: Float32Array, ao: number, b: Float32Array, bo: number, c: Float32Array, co: number): void {
  const Mp = Math.ceil(M / SIMD_RB) * SIMD_RB, Np = Math.ceil(N / SIMD_CB) * SIMD_CB;
  let run = simdState.kernels[key];
  if (run === undefined) {
    simdHeap(0);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(simdModule(Mp, K, Np, ta)),
      { e: { m: simdState.memory! } });
    run = instance.exports.mm as (a: number, b: number, c: number) => void;
    simdState.kernels[key] = run;
  }
  const aAt = 0, bAt = Mp * K, cAt = bAt + K * Np;
  const h = simdHeap(cAt + Mp * Np);
  if (!ta) {
    for (let i = 0; i < M * K; i++) h[i] = a[ao + i];
    for (let i = M * K; i < Mp * K; i++) h[i] = 0;
  } else {
    for (let k = 0; k < K; k++) {
      const s = ao + k * M, d = k * Mp;
      for (let i = 0; i < M; i++) h[d + i] = a[s + i];
      for (let i = M; i < Mp; i++) h[d + i] = 0;
    }
  }
  for (let k = 0; k < K; k++) {
    const d = bAt + k * Np;
    if (tb) for (let j = 0, s = bo + k; j < N; j++, s += K) h[d + j] = b[s];
    else for (let j = 0, s = bo + k * N; j < N; j++) h[d + j] = b[s + j];
    for (let j = N; j < Np; j++) h[d + j] = 0;
  }
  run(aAt * 4, bAt * 4, cAt * 4);
  for (let i = 0; i < M; i++) {
    const s = cAt + i * Np, d = co + i * N;
    for (let j = 0; j < N; j++) c[d + j] = h[s + j];
  }
}
