// Initialisation written into each module's create() (compiler/emit/module.ts, drawCall): the
// compiler turns every param's initialiser into the draw it makes (runtime/init.ts, initDraw),
// so a module carries only its draws. Held to initTensor, which runs the same initialisers in
// the runtime, for every initialiser, in float32 and float64, and with several seeds.
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../../compiler/index.ts";
import { initTensor, type InitSpec } from "../../../runtime/init.ts";
import { Rng } from "../../../runtime/rng.ts";

const PARAMS: [name: string, shape: number[], spec: InitSpec, source: string][] = [
  ["a", [5, 3], { kind: "orthogonal", args: [] }, "orthogonal"],
  ["b", [4], { kind: "ones", args: [] }, "ones"],
  ["c", [2, 3], { kind: "constant", args: [-0.5] }, "constant(-0.5)"],
  ["d", [3, 4], { kind: "normal", args: [0.3] }, "normal(0.3)"],
  ["e", [6], { kind: "uniform", args: [-2, 3] }, "uniform(-2, 3)"],
  ["f", [4, 5], { kind: "glorot_uniform", args: [] }, "glorot_uniform"],
  ["g", [4, 5], { kind: "glorot_normal", args: [] }, "glorot_normal"],
  ["h", [2, 3, 3, 3], { kind: "he_uniform", args: [] }, "he_uniform"],
  ["i", [3, 7], { kind: "he_normal", args: [] }, "he_normal"],
  ["j", [3], { kind: "zeros", args: [] }, "zeros"],
];

const SOURCE = `model Inits {\n  input x: f32[2]\n` +
  PARAMS.map(([n, s, , src]) => `  param ${n}: [${s.join(", ")}] = ${src}\n`).join("") +
  `  output y = sum(x)${PARAMS.map(([n]) => ` + sum(${n})`).join("")}\n}\n`;

describe("initialisation in create()", () => {
  for (const dtype of ["f32", "f64"] as const) {
    it(`draws every initialiser as initTensor does, in order (${dtype})`, async () => {
      const r = compile(SOURCE, { dtype, declarations: false });
      expect(r.diagnostics).toEqual([]);
      const mod = await importModule(r.js);
      for (const seed of [0, 7, 12345]) {
        const model = mod.create({ seed });
        // The runtime's own initialisers, over one generator in the params' order.
        const rng = new Rng(seed);
        for (const [name, shape, spec] of PARAMS) {
          const want = dtype === "f32" ? new Float32Array(model.params[name].length)
            : new Float64Array(model.params[name].length);
          initTensor(want, 0, shape, spec, rng);
          expect(Array.from(model.params[name]), `${name} (seed ${seed})`).toEqual(Array.from(want));
        }
      }
    });
  }

  it("carries the draws it makes: orthogonal's code only where a param is orthogonal", () => {
    const js = compile(SOURCE, { declarations: false }).js;
    expect(js).toMatch(/^const kilnOrthogonal=/m);
    expect(js).toContain("kilnOrthogonal(F, 0, [5, 3], 1, R); // a: orthogonal");
    expect(js).toContain("F.fill((-0.5), 19, 25); // c: constant");
    // Zeros are the arena's own: no call.
    expect(js).not.toMatch(/\/\/ j: zeros/);
    const plain = SOURCE.replace(" = orthogonal\n", " = normal(0.1)\n");
    expect(compile(plain, { declarations: false }).js).not.toContain("kilnOrthogonal");
  });
});
