// The SIMD forms of exp, sigmoid, tanh, softplus and elu (compiler/emit/wasm/math.ts) hold the
// contract of the JS fast math (runtime/fastmath.ts): what a kernel stores is within 0.6 ulp
// of Math's value in double, over float32 inputs of every magnitude and sign and runs of
// consecutive floats where results overflow, turn subnormal, underflow or saturate; special
// values give Math's float32 result exactly; and results differ from the JS fast math's by at
// most one float32 step. docs/performance.md gives the errors measured over every float32.
import { describe, expect, it } from "vitest";
import {
  kilnExpF32, kilnExpm1F32, kilnSigmoidF32, kilnSoftplusF32, kilnTanhF32,
} from "../../../runtime/fastmath.ts";
import type { ElementwiseOp } from "../../../compiler/emit/wasm/ops.ts";
import { around, EDGES, EXACT, type Fn, SPECIALS, strided, toBits, ulpError } from "../../support/float32.ts";
import { forEachResult, simdFunction } from "../../support/simdmath.ts";

const deep = process.env.KILN_DEEP === "1";
const elu = (em1: Fn, alpha: number): Fn => (x) => (x > 0 ? x : alpha * em1(x));

const FUNCTIONS: { name: string; op: ElementwiseOp; alpha?: number; exact: Fn; fast: Fn }[] = [
  { name: "exp", op: "exp", exact: EXACT.exp, fast: kilnExpF32 },
  { name: "sigmoid", op: "sigmoid", exact: EXACT.sigmoid, fast: kilnSigmoidF32 },
  { name: "tanh", op: "tanh", exact: EXACT.tanh, fast: kilnTanhF32 },
  { name: "softplus", op: "softplus", exact: EXACT.softplus, fast: kilnSoftplusF32 },
  // With alpha 1, elu is expm1 wherever x <= 0.
  { name: "elu (expm1)", op: "elu", alpha: 1, exact: elu(EXACT.expm1, 1), fast: elu(kilnExpm1F32, 1) },
  { name: "elu, alpha 0.3", op: "elu", alpha: 0.3, exact: elu(EXACT.expm1, 0.3),
    fast: elu(kilnExpm1F32, 0.3) },
];

/** The largest error against Math and the largest distance in float32 steps from the JS
 * fast math, over `inputs`. */
function errors(f: (typeof FUNCTIONS)[number], inputs: Iterable<number>) {
  let worst = 0, at = NaN, steps = 0, stepsAt = NaN;
  forEachResult(simdFunction(f.op, f.alpha), inputs, (x, y) => {
    const e = ulpError(y, f.exact(x));
    if (!(e <= worst)) { worst = e; at = x; }
    const js = Math.fround(f.fast(x));
    const d = Number.isNaN(y) && Number.isNaN(js) ? 0 : Math.abs(toBits(y) - toBits(js));
    if (!(d <= steps)) { steps = d; stepsAt = x; }
  });
  return { worst, at, steps, stepsAt };
}

describe("SIMD exp and its family", () => {
  for (const f of FUNCTIONS) {
    it(`${f.name} is within 0.6 ulp of Math over every magnitude, one step at most from the JS fast math`,
      () => {
        const r = errors(f, strided(deep ? 61 : 1021));
        expect(r.worst, `${r.worst.toFixed(3)} ulp at x = ${r.at}`).toBeLessThan(0.6);
        expect(r.steps, `${r.steps} steps from the JS fast math at x = ${r.stepsAt}`).toBeLessThanOrEqual(1);
      }, 60_000);

    it(`${f.name} is within 0.6 ulp of Math where it overflows, underflows or saturates`, () => {
      const r = errors(f, around([...EDGES, 0.34657359, 0.6931472], deep ? 30_000 : 3000));
      expect(r.worst, `${r.worst.toFixed(3)} ulp at x = ${r.at}`).toBeLessThan(0.6);
      expect(r.steps, `${r.steps} steps from the JS fast math at x = ${r.stepsAt}`).toBeLessThanOrEqual(1);
    });

    it(`${f.name} gives Math's float32 result at special values`, () => {
      forEachResult(simdFunction(f.op, f.alpha), SPECIALS, (x, y) => {
        expect(Object.is(y, Math.fround(f.exact(x))), `${f.name}(${x}) = ${y}`).toBe(true);
      });
    });
  }

  it("keep the sign of zero, saturate exactly and pass subnormal arguments as Math does", () => {
    const tanh = simdFunction("tanh"), em1 = simdFunction("elu", 1), exp = simdFunction("exp");
    const tiny = [2 ** -149, -(2 ** -149), 3 * 2 ** -140];
    expect([...tanh(Float32Array.of(0, -0, 200, -200, Infinity, -Infinity, ...tiny))])
      .toEqual([0, -0, 1, -1, 1, -1, ...tiny.map(Math.fround)]);
    expect(Object.is(em1(Float32Array.of(-0))[0], -0)).toBe(true);
    expect([...em1(Float32Array.of(-200, -Infinity, -(2 ** -149)))]).toEqual([-1, -1, -(2 ** -149)]);
    expect([...exp(Float32Array.of(...tiny))]).toEqual([1, 1, 1]);
    const s = simdFunction("sigmoid")(Float32Array.of(200, -200, Infinity, -Infinity));
    expect([...s]).toEqual([1, 0, 1, 0]);
  });
});
