// Float32 modules compute exp, sigmoid, tanh, softplus and elu with runtime/fastmath.ts, in
// single kernels and in fused ones (or with its SIMD forms, compiler/emit/wasm/math.ts); float64 modules keep Math, bit for bit, but for tanh,
// which they compute from expm1 (runtime/special.ts kilnTanh: Math.tanh differs between
// engines).
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";
import { kilnTanh } from "../../runtime/special.ts";

const SOURCE = `
model Activations {
  input x: f32[64]
  output e = exp(x)
  output s = sigmoid(x)
  output t = tanh(x)
  output p = softplus(x)
  output u = elu(x, alpha = 0.5)
  output chain = tanh(2 * sigmoid(x) - exp(-x * x))
}`;

/** Math's value of each output (kilnTanh's for tanh), in double. At -O0 each op of `chain` stores its float32 result,
 * so only -O2, where they fuse into one loop in double, is held to its value. */
const EXACT: Record<string, (x: number) => number> = {
  e: Math.exp,
  s: (x) => 1 / (1 + Math.exp(-x)),
  t: kilnTanh,
  p: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
  u: (x) => (x > 0 ? x : 0.5 * Math.expm1(x)),
  chain: (x) => kilnTanh(2 * (1 / (1 + Math.exp(-x))) - Math.exp(-x * x)),
};

const CALLS = /Math\.(exp|expm1|log1p|tanh)\(|kilnTanh\(|kiln(Exp|Expm1|Sigmoid|Tanh|Softplus)F32\(/g;

/** The kernels' calls of Math and of runtime/fastmath.ts (the embedded runtime left out). */
function calls(js: string): Set<string> {
  const kernels = js.slice(js.indexOf("// ---- model"));
  return new Set([...kernels.matchAll(CALLS)].map((m) => m[0].slice(0, -1)));
}

/** Inputs: special values, float32 limits, then a sweep of [-20, 20). */
const X = new Float64Array(64).map((_, i) => -20 + (40 * i) / 64);
X.set([0, -0, Infinity, -Infinity, NaN, 3.4028234663852886e38, -100, 1e-40, 89, -89]);

/** The model's outputs on X; `jsLoops`: without its SIMD kernels (as where WebAssembly cannot
 * run), so its JS loops compute everything. */
async function outputs(dtype: "f32" | "f64", optimize: 0 | 2, jsLoops = false) {
  const r = compile(SOURCE, { dtype, optimize, declarations: false });
  expect(r.ok).toBe(true);
  const js = jsLoops ? r.js!.replace(/^const WASM = .*;$/m, "const WASM = null;") : r.js!;
  const model = (await importModule(js)).create();
  const x = dtype === "f32" ? Float32Array.from(X) : X;
  return { js: r.js, out: model.predict({ x }) as Record<string, Float32Array | Float64Array> };
}

describe("float32 modules' transcendental functions", () => {
  for (const optimize of [0, 2] as const) {
    it(`-O${optimize}: float64 modules call Math and compute its values bit for bit`, async () => {
      const { js, out } = await outputs("f64", optimize);
      expect([...calls(js)].sort()).toEqual(["Math.exp", "Math.expm1", "Math.log1p", "kilnTanh"]);
      for (const [name, f] of Object.entries(EXACT)) {
        X.forEach((x, i) => expect(out[name][i], `${name}(${x})`).toBe(f(x)));
      }
    });

    for (const jsLoops of [true, false]) {
      const how = jsLoops ? "their JS loops call runtime/fastmath.ts" : "in their SIMD kernels";
      it(`-O${optimize}: float32 modules, ${how}, are within 1 ulp of Math`, async () => {
        const { js, out } = await outputs("f32", optimize, jsLoops);
        expect([...calls(js)].sort()).toEqual(["kilnExpF32", "kilnExpm1F32", "kilnSigmoidF32",
          "kilnSoftplusF32", "kilnTanhF32"]);
        for (const [name, f] of Object.entries(EXACT)) {
          // The SIMD kernels round each member to float32, as -O0 stores each op's result.
          if (name === "chain" && (optimize === 0 || !jsLoops)) continue;
          Float32Array.from(X).forEach((x, i) => {
            const want = f(x), got = out[name][i];
            // Within 1 ulp (2^-23 relative; 2^-149, the subnormals' spacing, below 2^-126) or
            // equal, zeros' signs, infinities and NaN included.
            const close = Math.abs(got - want) <= Math.max(2 ** -23 * Math.abs(want), 2 ** -149);
            const why = `${name}(${x}) = ${got}, not ${want}`;
            expect(close || Object.is(got, Math.fround(want)), why).toBe(true);
          });
        }
      });
    }
  }
});
