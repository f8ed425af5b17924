import { describe, expect, it } from "vitest";
import { fanInOut, initTensor, type InitSpec } from "../../runtime/init.ts";
import { Rng } from "../../runtime/rng.ts";

function init(shape: number[], spec: InitSpec, seed = 1, f64 = true): Float32Array | Float64Array {
  let n = 1;
  for (const d of shape) n *= d;
  // Guard cells around the tensor show that nothing outside [off, off + n) is written.
  const arr = f64 ? new Float64Array(n + 6) : new Float32Array(n + 6);
  arr.fill(-99);
  initTensor(arr, 3, shape, spec, new Rng(seed));
  expect([arr[0], arr[1], arr[2], arr[n + 3], arr[n + 4], arr[n + 5]]).toEqual(Array(6).fill(-99));
  return arr.subarray(3, n + 3);
}

function stats(xs: ArrayLike<number>): { mean: number; std: number; min: number; max: number } {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    sum += xs[i];
    min = Math.min(min, xs[i]);
    max = Math.max(max, xs[i]);
  }
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) sq += (xs[i] - mean) ** 2;
  return { mean, std: Math.sqrt(sq / xs.length), min, max };
}

describe("fanInOut", () => {
  it("reads Kiln's [in, out] layout for rank 2 and PyTorch's conv layout for rank >= 3", () => {
    expect(fanInOut([])).toEqual([1, 1]);
    expect(fanInOut([7])).toEqual([7, 7]);
    expect(fanInOut([784, 128])).toEqual([784, 128]);
    expect(fanInOut([16, 3, 5, 5])).toEqual([3 * 25, 16 * 25]);
    expect(fanInOut([8, 4, 3])).toEqual([12, 24]);
  });
});

describe("initTensor", () => {
  it("fills zeros, ones and constants", () => {
    expect(Array.from(init([2, 3], { kind: "zeros", args: [] }))).toEqual(Array(6).fill(0));
    expect(Array.from(init([4], { kind: "ones", args: [] }))).toEqual(Array(4).fill(1));
    expect(Array.from(init([], { kind: "constant", args: [2.5] }))).toEqual([2.5]);
  });

  it("normal(std) has mean 0 and that std; normal defaults to std 1", () => {
    const s = stats(init([200, 500], { kind: "normal", args: [0.02] }));
    expect(Math.abs(s.mean)).toBeLessThan(0.0005);
    expect(s.std).toBeCloseTo(0.02, 3);
    expect(stats(init([100_000], { kind: "normal", args: [] })).std).toBeCloseTo(1, 1);
  });

  it("uniform(lo, hi) stays in [lo, hi) with the right mean and std", () => {
    const s = stats(init([100_000], { kind: "uniform", args: [-1, 3] }, 2, false));
    expect(s.min).toBeGreaterThanOrEqual(-1);
    expect(s.max).toBeLessThan(3);
    expect(s.mean).toBeCloseTo(1, 1);
    expect(s.std).toBeCloseTo(4 / Math.sqrt(12), 2);
    const d = stats(init([10_000], { kind: "uniform", args: [] }));
    expect(d.min).toBeGreaterThanOrEqual(0);
    expect(d.max).toBeLessThan(1);
  });

  // For U(-a, a) the std is a / sqrt(3).
  const cases: [InitSpec["kind"], number[], "uniform" | "normal", number][] = [
    ["glorot_uniform", [300, 200], "uniform", Math.sqrt(6 / 500)],
    ["glorot_normal", [300, 200], "normal", Math.sqrt(2 / 500)],
    ["he_uniform", [300, 200], "uniform", Math.sqrt(6 / 300)],
    ["he_normal", [300, 200], "normal", Math.sqrt(2 / 300)],
    ["glorot_uniform", [32, 16, 3, 3], "uniform", Math.sqrt(6 / (16 * 9 + 32 * 9))],
    ["he_normal", [32, 16, 3, 3], "normal", Math.sqrt(2 / (16 * 9))],
  ];
  for (const [kind, shape, family, scale] of cases) {
    it(`${kind} on [${shape}] follows its fans`, () => {
      const s = stats(init(shape, { kind, args: [] }));
      const std = family === "uniform" ? scale / Math.sqrt(3) : scale;
      expect(Math.abs(s.mean)).toBeLessThan(0.03 * std);
      expect(Math.abs(s.std / std - 1)).toBeLessThan(0.03);
      if (family === "uniform") {
        expect(s.min).toBeGreaterThanOrEqual(-scale);
        expect(s.max).toBeLessThan(scale);
        expect(s.max).toBeGreaterThan(0.99 * scale);
      }
    });
  }

  it("is deterministic for a seed", () => {
    const spec: InitSpec = { kind: "glorot_uniform", args: [] };
    expect(init([5, 7], spec, 9)).toEqual(init([5, 7], spec, 9));
    expect(init([5, 7], spec, 9)).not.toEqual(init([5, 7], spec, 10));
  });

  it("does nothing for empty tensors", () => {
    expect(init([0, 5], { kind: "he_normal", args: [] }).length).toBe(0);
  });

  it("rejects wrong argument counts and unknown initialisers", () => {
    const arr = new Float32Array(4);
    const rng = new Rng(0);
    expect(() => initTensor(arr, 0, [4], { kind: "constant", args: [] }, rng)).toThrow(
      "initialiser constant takes 1 argument but got 0",
    );
    expect(() => initTensor(arr, 0, [4], { kind: "he_normal", args: [2] }, rng)).toThrow(
      /he_normal takes 0 arguments/,
    );
    const bogus = { kind: "xavier", args: [] } as unknown as InitSpec;
    expect(() => initTensor(arr, 0, [4], bogus, rng)).toThrow("unknown initialiser 'xavier'");
    const inherited = { kind: "toString", args: [] } as unknown as InitSpec;
    expect(() => initTensor(arr, 0, [4], inherited, rng)).toThrow("unknown initialiser");
  });
});

describe("orthogonal", () => {
  /** a [r, k] times b [k, c], row-major. */
  function matmul(a: ArrayLike<number>, b: ArrayLike<number>, r: number, k: number, c: number) {
    const out = new Float64Array(r * c);
    for (let i = 0; i < r; i++)
      for (let j = 0; j < c; j++) {
        let s = 0;
        for (let l = 0; l < k; l++) s += a[i * k + l] * b[l * c + j];
        out[i * c + j] = s;
      }
    return out;
  }
  function transpose(a: ArrayLike<number>, r: number, c: number): Float64Array {
    const out = new Float64Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = a[i * c + j];
    return out;
  }
  function expectIdentity(m: Float64Array, k: number, tol: number): void {
    let worst = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) worst = Math.max(worst, Math.abs(m[i * k + j] - +(i === j)));
    expect(worst).toBeLessThan(tol);
  }

  it("gives orthonormal columns for a tall [in, out] matrix (WᵀW = I)", () => {
    const w = init([64, 16], { kind: "orthogonal", args: [] });
    expectIdentity(matmul(transpose(w, 64, 16), w, 16, 64, 16), 16, 1e-12);
  });

  it("gives orthonormal rows for a wide matrix (WWᵀ = I), in float32 too", () => {
    const w = init([10, 40], { kind: "orthogonal", args: [] }, 3, false);
    expectIdentity(matmul(w, transpose(w, 10, 40), 10, 40, 10), 10, 1e-6);
  });

  it("flattens conv weights to [out, in*kh*kw] and applies the gain", () => {
    const w = init([4, 2, 3, 3], { kind: "orthogonal", args: [2] });
    const wwt = matmul(w, transpose(w, 4, 18), 4, 18, 4).map((x) => x / 4);
    expectIdentity(wwt, 4, 1e-12);
  });

  it("is the sign-corrected Q of the QR of a normal matrix, as in PyTorch", () => {
    // Redraw the normal matrix A the initialiser started from; R = QᵀA must be upper
    // triangular with a positive diagonal.
    const [rows, cols] = [12, 5];
    const q = init([rows, cols], { kind: "orthogonal", args: [] }, 4);
    const a = new Float64Array(rows * cols);
    new Rng(4).fillNormal(a, 0, a.length, 0, 1);
    const r = matmul(transpose(q, rows, cols), a, cols, rows, cols);
    for (let i = 0; i < cols; i++) {
      expect(r[i * cols + i]).toBeGreaterThan(0);
      for (let j = 0; j < i; j++) expect(Math.abs(r[i * cols + j])).toBeLessThan(1e-12);
    }
  });

  it("handles a square matrix and rejects rank < 2", () => {
    const w = init([8, 8], { kind: "orthogonal", args: [] });
    expectIdentity(matmul(transpose(w, 8, 8), w, 8, 8, 8), 8, 1e-12);
    expectIdentity(matmul(w, transpose(w, 8, 8), 8, 8, 8), 8, 1e-12);
    expect(() => init([8], { kind: "orthogonal", args: [] })).toThrow(/rank >= 2.*\[8\]/);
  });
});
