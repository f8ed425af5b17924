// The float32 approximations float32 modules compute with (runtime/fastmath.ts), against Math
// in double, on what a kernel stores (the result rounded to float32): inputs of every float32
// magnitude and sign, runs of consecutive floats where results overflow, turn subnormal,
// underflow or saturate, and special values.
import { describe, expect, it } from "vitest";
import {
  kilnExpF32, kilnExpm1F32, kilnSigmoidF32, kilnSoftplusF32, kilnTanhF32,
} from "../../runtime/fastmath.ts";
import { around, EDGES, EXACT, type Fn, maxUlpError, SPECIALS, strided } from "../support/float32.ts";
import { RUNTIME_PIECES } from "../../compiler/emit/runtime.generated.ts";

const FUNCTIONS: Record<string, { fast: Fn; exact: Fn }> = {
  exp: { fast: kilnExpF32, exact: EXACT.exp },
  expm1: { fast: kilnExpm1F32, exact: EXACT.expm1 },
  sigmoid: { fast: kilnSigmoidF32, exact: EXACT.sigmoid },
  tanh: { fast: kilnTanhF32, exact: EXACT.tanh },
  softplus: { fast: kilnSoftplusF32, exact: EXACT.softplus },
};

describe("float32 approximations of runtime/fastmath.ts", () => {
  it("are what modules embed: the minified pieces compute the same doubles", () => {
    // esbuild folds constant expressions of the source (the table's 2 ** (j / 64)) with its
    // own arithmetic, where the engine evaluates them for the source itself: the two must
    // agree, or these tests would hold other numbers than modules compute.
    const names = { exp: "kilnExpF32", expm1: "kilnExpm1F32", sigmoid: "kilnSigmoidF32",
      tanh: "kilnTanhF32", softplus: "kilnSoftplusF32" } as const;
    for (const [name, f] of Object.entries(FUNCTIONS)) {
      const piece = RUNTIME_PIECES[names[name as keyof typeof names]];
      const embedded = new Function(`${piece}\nreturn ${names[name as keyof typeof names]};`)() as Fn;
      for (const x of [...strided(4099), ...around(EDGES, 200), ...SPECIALS]) {
        const [a, b] = [embedded(x), f.fast(x)];
        if (!Object.is(a, b)) expect.fail(`${name}(${x}): module ${a}, runtime/fastmath.ts ${b}`);
      }
    }
  });

  for (const [name, f] of Object.entries(FUNCTIONS)) {
    it(`${name} is within 1 ulp of Math's value over float32 inputs of every magnitude`, () => {
      // Measured over every float32 (a scratch sweep): at most 0.578 ulp, in expm1.
      const { worst, at } = maxUlpError(f.fast, f.exact, strided(1021));
      expect(worst, `${worst.toFixed(3)} ulp at x = ${at}`).toBeLessThan(0.6);
    });

    it(`${name} is within 1 ulp of Math's value where it overflows, underflows or saturates`,
      () => {
        const { worst, at } = maxUlpError(f.fast, f.exact, around(EDGES, 3000));
        expect(worst, `${worst.toFixed(3)} ulp at x = ${at}`).toBeLessThan(0.6);
      });

    it(`${name} gives Math's float32 result at special values`, () => {
      for (const x of SPECIALS) {
        expect(Math.fround(f.fast(x)), `${name}(${x})`).toBe(Math.fround(f.exact(x)));
      }
    });
  }

  it("saturate exactly, in double, with no NaN at large arguments", () => {
    for (const x of [200, 1e5, 3e38, Infinity]) {
      expect(kilnTanhF32(x)).toBe(1);
      expect(kilnTanhF32(-x)).toBe(-1);
      expect(kilnSigmoidF32(x)).toBe(1);
      expect(kilnSigmoidF32(-x)).toBe(0);
      expect(kilnExpm1F32(-x)).toBe(-1);
      expect(kilnSoftplusF32(-x)).toBe(0);
    }
    expect(kilnExpF32(Infinity)).toBe(Infinity);
    expect(kilnExpF32(-Infinity)).toBe(0);
    expect(kilnSoftplusF32(Infinity)).toBe(Infinity);
    // Float32's max is below e^89; a double above it stores as Infinity.
    expect(Math.fround(kilnExpm1F32(Infinity))).toBe(Infinity);
  });

  it("keep the sign of zero and pass subnormal arguments through as Math does", () => {
    expect(kilnTanhF32(-0)).toBe(-0);
    expect(kilnTanhF32(0)).toBe(0);
    expect(kilnExpm1F32(-0)).toBe(-0);
    expect(kilnExpm1F32(0)).toBe(0);
    for (const x of [2 ** -149, -(2 ** -149), 3 * 2 ** -140]) {
      expect(kilnTanhF32(x)).toBe(x);
      expect(kilnExpm1F32(x)).toBe(x);
      expect(kilnExpF32(x)).toBe(1);
    }
  });
});
