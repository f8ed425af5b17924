// The runtime's leaf functions (fast math, erf, tanh, the generic product) are pasted into a
// module one piece each, only where its code calls them (compiler/emit/runtime.ts), or one
// piece of a file's several where that is smaller: a module must define every one it calls,
// and carries none it does not but for that.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";
import { piecesCalled } from "../../../compiler/emit/runtime.ts";
import { RUNTIME_PIECES } from "../../../compiler/emit/runtime.generated.ts";

const EXAMPLES = new URL("../../../examples/", import.meta.url);

/** Each example file's models (a file may hold several). */
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".kiln")).flatMap((file) => {
  const source = readFileSync(new URL(file, EXAMPLES), "utf8");
  return [...source.matchAll(/^model (\w+)/gm)].map((m) => ({ file, model: m[1], source }));
});

const KINDS = [{}, { dtype: "f64" }, { predictOnly: true }, { predictOnly: true, dtype: "f64" }];

/** The `kiln…` names the module's code (create() and what it holds) mentions; the pieces the
 * module pastes (each the names it defines, and its length); and every name the module
 * defines at its top level: the pieces', and those bound from the bundle. */
function names(js: string) {
  const code = js.slice(js.indexOf("\nexport function create("));
  const used = [...new Set(code.match(/\bkiln[A-Z]\w*/g))].sort();
  const all = [...js.matchAll(/^const(?: (kiln[A-Z]\w*)|\{([\w,]+)\})=.*$/gm)]
    .map((m) => ({ names: m[1] ? [m[1]] : m[2].split(","), length: m[0].length }));
  // The bundle's statement defines createCore and finishModel; the pieces', kiln… names.
  const statements = all.filter((s) => s.names[0].startsWith("kiln"));
  const pieces = statements.flatMap((s) => s.names).sort();
  const bound = all.find((s) => s.names.includes("createCore"))!.names;
  return { used, statements, pieces, defined: new Set([...pieces, ...bound]) };
}

function compiled(source: string, options: object): string {
  const r = compile(source, { declarations: false, ...options });
  expect(r.diagnostics).toEqual([]);
  return r.js;
}

const ACTIVATIONS = `model Act {
  input x: f32[2, 8]
  param w: [8] = ones
  h = x * w
  output s = sigmoid(h)
  output t = tanh(h)
  output g = gelu(h)
  output p = softplus(h)
  output u = elu(h, alpha = 1.0)
  output x1 = exp(h)
  loss = sum(sigmoid(h) + tanh(h) + gelu(h) + softplus(h) + elu(h, alpha = 1.0))
  train step: minimize loss with sgd(lr = 0.01)
}`;

/** erf at a few points, to 16 digits: gelu(sqrt 2 v) = (sqrt 2 v / 2)(1 + erf v). */
const ERF = [[-3, -0.9999779095030014], [-2, -0.9953222650189527], [-0.5, -0.5204998778130465],
  [0, 0], [0.5, 0.5204998778130465], [1, 0.8427007929497149], [2, 0.9953222650189527],
  [3, 0.9999779095030014]];

describe("runtime pieces", () => {
  it("are found by whole name: kilnTanhF32 is not kilnTanh", () => {
    expect(piecesCalled("x = kilnTanhF32(a) + kilnErf(b); // kilnExpF32x kilnNothing(c)"))
      .toEqual(["kilnErf", "kilnTanhF32"]);
    expect(piecesCalled("kilnTanh(a)")).toEqual(["kilnTanh"]);
  });

  for (const dtype of ["f32", "f64"] as const) {
    it(`are pasted where kernels call sigmoid, tanh, gelu, softplus, elu, exp, and run (${dtype})`,
      async () => {
        const js = compiled(ACTIVATIONS, { dtype });
        const { used, pieces, statements } = names(js);
        expect(pieces).toEqual(used);
        // Fast math's five are one piece, smaller than five with a copy of the table each.
        expect(statements.length).toBe(dtype === "f32" ? 2 : 1);
        expect(pieces).toEqual(dtype === "f32"
          ? ["kilnErf", "kilnExpF32", "kilnExpm1F32", "kilnSigmoidF32", "kilnSoftplusF32",
            "kilnTanhF32"]
          : ["kilnErf", "kilnTanh"]);
        const m = (await importModule(js)).create();
        const fed = [...ERF.map(([v]) => Math.SQRT2 * v), -1, -7.5, 7.5, 1e-3, -20, 20, 1.5, -0.25];
        // What the module computes from: its inputs as it stores them.
        const xs = dtype === "f32" ? fed.map(Math.fround) : fed;
        const y = m.predict({ x: fed }) as Record<string, Float32Array | Float64Array>;
        const tol = dtype === "f32" ? 2e-7 : 1e-14;
        const near = (got: ArrayLike<number>, f: (x: number) => number, what: string) =>
          xs.forEach((x, i) => expect(Math.abs(got[i] - f(x)), `${what}(${x})`)
            .toBeLessThanOrEqual(tol * Math.max(1, Math.abs(f(x)))));
        near(y.s, (x) => 1 / (1 + Math.exp(-x)), "sigmoid");
        near(y.t, Math.tanh, "tanh");
        near(y.p, (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), "softplus");
        near(y.u, (x) => (x > 0 ? x : Math.expm1(x)), "elu");
        near(y.x1, Math.exp, "exp");
        // A float32 input is sqrt 2 v rounded, off v by up to 6e-8 relative once divided back.
        ERF.forEach(([, erf], i) => expect(Math.abs(y.g[i] - fed[i] / 2 * (1 + erf)),
          `gelu(${fed[i]})`).toBeLessThanOrEqual((dtype === "f32" ? 2e-6 : tol) *
          Math.max(1, Math.abs(fed[i]))));
        expect(Number.isFinite(m.train({ x: fed }))).toBe(true);
      });
  }

  it("are not pasted where nothing calls them: the MNIST MLP has no sigmoid, tanh or erf", () => {
    const source = readFileSync(new URL("mnist_mlp.kiln", EXAMPLES), "utf8");
    for (const options of [{}, { predictOnly: true }]) {
      const js = compiled(source, options);
      for (const name of ["kilnSigmoidF32", "kilnTanhF32", "kilnTanh", "kilnErf"]) {
        expect(js).not.toContain(name);
      }
      // Its softmax calls exp, and its products fall back to kilnProduct without SIMD and run
      // over the rows fed by kilnRows: exp alone, as it is smaller alone than with the rest of
      // fast math, and the two products' functions together, as kilnRows calls kilnProduct.
      expect(names(js).statements.map((s) => s.names.join(" ")).sort())
        .toEqual(["kilnExpF32", "kilnProduct kilnRows"]);
    }
  });

  it("finds the examples", () => expect(examples.length).toBeGreaterThanOrEqual(5));

  for (const { file, model, source } of examples) {
    it(`define every kiln… name the ${file} ${model} module uses, in no more bytes than alone`,
      () => {
        for (const options of KINDS) {
          const { used, statements, defined } =
            names(compiled(source, { file, model, ...options }));
          const kind = JSON.stringify(options);
          expect(used.filter((n) => !defined.has(n)), `${kind}: used, undefined`).toEqual([]);
          for (const s of statements) {
            expect(s.names.some((n) => used.includes(n)), `${kind}: ${s.names} unused`).toBe(true);
          }
          const pasted = statements.reduce((sum, s) => sum + s.length, 0);
          const alone = used.reduce((sum, n) => sum + (RUNTIME_PIECES[n]?.length ?? 0), 0);
          expect(pasted, kind).toBeLessThanOrEqual(alone);
        }
      });
  }
});
