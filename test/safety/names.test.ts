// Safe emission: names, numbers and strings from a model file reach the emitted module only
// as data, so names that mean something to JavaScript work as ordinary names everywhere.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";

/** Identifiers the language allows that JavaScript objects, classes or parsers treat specially. */
const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "class",
  "function", "delete", "return_", "await", "eval", "arguments", "prototype", "NaN", "undefined"];

/** An object with `name` as an own, enumerable property, even for `__proto__`. */
function record(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true });
  return o;
}

/** A model whose input, param, output, loss and step are all called `name`-something. */
function model(name: string): string {
  return `model M {
  input ${name}: f32[2]
  param ${name}_w: [2] = ones
  layer_out = ${name} * ${name}_w
  output ${name}_out = layer_out
  ${name}_loss = sum(layer_out * layer_out)
  train ${name}_step: minimize ${name}_loss with sgd(lr = 0.1)
}`;
}

async function load(source: string, file = "m.kiln") {
  const r = compile(source, { file });
  expect(r.diagnostics).toEqual([]);
  return { r, mod: await importModule(r.js) };
}

describe("hostile names", () => {
  it.each(HOSTILE)("'%s' works as input, param, output, loss and step", async (name) => {
    const out = name === "toString" ? "valueOf" : "toString";
    const src = `model M {
  input ${name}: f32[2]
  param ${name}_p: [2] = ones
  param w: [2] = ones
  h = ${name} * w * ${name}_p
  output ${out} = h
  ${name}_loss = sum(h * h)
  train ${name}: minimize ${name}_loss with sgd(lr = 0.1)
}`;
    const { r, mod } = await load(src);
    const m = mod.create();
    expect(mod.meta.inputs.map((i: { name: string }) => i.name)).toEqual([name]);
    const feeds = record([[name, new Float32Array([1, 2])]]);
    const y = m.predict(feeds);
    expect(Object.keys(y)).toEqual([out]);
    expect(Array.from(y[out] as Float32Array)).toEqual([1, 2]);
    expect(Object.keys(m.params)).toEqual([`${name}_p`, "w"]);
    expect(m.train(feeds, name)).toBe(5);
    expect(m.train(feeds)).toBeLessThan(5); // the only step, without its name
    const g = m.gradients(feeds);
    expect(Object.keys(g.grads).sort()).toEqual([`${name}_p`, "w", name].sort());
    expect(Object.getPrototypeOf(g.grads)).toBe(Object.prototype);
    m.params.w.fill(7);
    const other = mod.create();
    other.load(m.save());
    expect(Array.from(other.params.w as Float32Array)).toEqual([7, 7]);
    expect(r.dts).toContain(`${JSON.stringify(name)}: Float32Array | ArrayLike<number>`);
  });

  it("keeps __proto__ an own property of outputs, params, state and gradients", async () => {
    const { mod } = await load(`model M {
  input x: f32[2]
  param __proto__: [2] = ones
  state constructor: [2] = zeros
  output toString = x * __proto__ + constructor
  loss = sum(x * __proto__)
  train step: minimize loss with sgd(lr = 0.1)
}`);
    const m = mod.create();
    const x = new Float32Array([3, 4]);
    expect(Object.keys(m.params)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(m.params, "__proto__")?.value).toBeInstanceOf(Float32Array);
    expect(Object.getPrototypeOf(m.params)).toBe(Object.prototype);
    expect(Object.keys(m.state)).toEqual(["constructor"]);
    expect(Array.from(m.predict({ x }).toString as Float32Array)).toEqual([3, 4]);
    expect(Object.keys(m.gradients({ x }).grads).sort()).toEqual(["__proto__", "x"]);
  });

  it("an output named __proto__ is returned as one", async () => {
    const { mod } = await load("model M {\n  input x: f32[2]\n  output __proto__ = 2 * x\n}");
    const y = mod.create().predict({ x: [1, 2] });
    expect(Object.keys(y)).toEqual(["__proto__"]);
    expect(Array.from(Object.getOwnPropertyDescriptor(y, "__proto__")!.value)).toEqual([2, 4]);
  });

  it("a feed missing under a name that objects inherit is reported missing", async () => {
    for (const name of ["__proto__", "constructor", "toString"]) {
      const { mod } = await load(model(name));
      const m = mod.create();
      expect(() => m.predict({})).toThrow(new TypeError(`predict needs input '${name}'`));
      expect(() => m.train({}, `${name}_step`)).toThrow(TypeError);
    }
  });

  it("suffixed hostile names in every role", async () => {
    for (const name of HOSTILE) {
      const { mod } = await load(model(name));
      const m = mod.create();
      const feeds = record([[name, [1, 1]]]);
      expect(Object.keys(m.predict(feeds))).toEqual([`${name}_out`]);
      expect(m.train(feeds, `${name}_step`)).toBe(2);
      expect(mod.meta.steps[0].name).toBe(`${name}_step`);
    }
  });
});

describe("the declarations", () => {
  it("type-check a program that uses hostile names in every role", () => {
    const r = compile(`model M {
  input __proto__: f32[2]
  input constructor: i32[2]
  param toString: [2] = ones
  state hasOwnProperty: [2] = zeros
  h = __proto__ * toString + hasOwnProperty
  output delete = h
  output class = float(constructor)
  function = sum(h * h)
  train await: minimize function with sgd(lr = 0.1)
}`);
    const files: Record<string, string> = { "/m.d.ts": r.dts, "/use.ts": `import { create, type Inputs } from "./m.js";
const m = create({ seed: 1, checkFinite: true });
const feeds: Inputs = { ["__proto__"]: new Float32Array(2), constructor: new Int32Array(2) };
const y = m.predict(feeds);
const d: Float32Array = y.delete;
const c: Float32Array = y.class;
const loss: number = m.train(feeds, "await");
const p: Float32Array = m.params.toString;
const s: Float32Array = m.state.hasOwnProperty;
void [d, c, loss, p, s];
` };
    const options = { strict: true, noEmit: true, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"], types: [] };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => (name in files
      ? ts.createSourceFile(name, files[name], version) : read(name, version));
    host.fileExists = (name) => name in files || ts.sys.fileExists(name);
    const program = ts.createProgram(["/use.ts"], options, host);
    const problems = ts.getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });
});

describe("hostile text and numbers", () => {
  it("a file name with line terminators and comment closers stays inside the header comment", async () => {
    const file = "evil\u2028export const pwned = 1;\u2029*/\r\nthrow 1;//.kiln";
    const { r, mod } = await load("model M {\n  input x: f32[2]\n  output y = x\n}", file);
    expect(r.js.split("\n")[0]).toMatch(/^\/\/ Generated by kiln from evil export const pwned/);
    expect(Object.keys(mod)).toEqual(["create", "meta"]);
    expect(Array.from(mod.create().predict({ x: [1, 2] }).y as Float32Array)).toEqual([1, 2]);
  });

  it("numbers at the edges of floating point are emitted as literals, not text", async () => {
    const { mod } = await load(`model M {
  input x: f32[3]
  output y = x * 1e308 * 10 + 1e-320 + leaky_relu(x, 1e999) * 0
}`);
    const y = mod.create().predict({ x: [1, -1, 0] }).y as Float32Array;
    expect(Array.from(y)).toEqual([Infinity, NaN, NaN]);
  });

  it("strings never reach the module: one with U+2028 is a diagnostic", () => {
    const r = compile(`model M {
  input x: f32[1, 1, 4, 4]
  param w: [1, 1, 3, 3] = ones
  output y = conv2d(x, w, padding = "\u2028same")
}`);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0].message).toContain("padding");
  });

  it("identifiers outside ASCII are a syntax error, not a crash", () => {
    const r = compile("model M {\n  input é: f32[2]\n  output y = é\n}", { file: "m.kiln" });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ message: "unexpected character 'é'",
      span: { line: 2, col: 9 } });
  });

  it("dims beyond the limit, from the file or from --dim, are diagnostics", () => {
    const src = "dim B = 2\nmodel M {\n  input x: f32[B]\n  output y = x\n}";
    for (const B of [1e308, 2 ** 31, Infinity, NaN, 2.5, -1, 0]) {
      const r = compile(src, { dims: { B } });
      expect(r.ok).toBe(false);
      expect(r.diagnostics[0].message).toMatch(/^--dim B=.*: a dim (is not an integer|must be positive|is too large)/);
    }
    const r = compile(src.replace("2", "99999999999999999999999"));
    expect(r.diagnostics[0].message).toBe("dim B = 1e+23 is too large (the limit is 2147483647)");
  });

  it("a dim, layer or hyperparameter named like an Object.prototype member is ordinary", async () => {
    const { mod } = await load(`dim constructor = 3
dim toString = 2
layer Scale(valueOf = 2, hasOwnProperty = 3)(x: [N]) {
  return x * valueOf * hasOwnProperty
}
model M {
  input x: f32[constructor]
  s = Scale(hasOwnProperty = toString)
  output y = s(x)
}`);
    expect(Array.from(mod.create().predict({ x: [1, 2, 3] }).y as Float32Array)).toEqual([4, 8, 12]);
    expect(compile("model M {\n  input x: f32[2]\n  output y = constructor(x)\n}").diagnostics[0]
      .message).toBe("unknown name 'constructor'");
    expect(compile("model M {\n  param w: [2] = toString\n  output y = w\n}").diagnostics[0]
      .message).toMatch(/^unknown initialiser 'toString'; expected one of zeros/);
    expect(compile("model M {\n  param w: [2] = ones\n  loss = sum(w)\n" +
      "  train s: minimize loss with constructor(lr = 1)\n}").diagnostics[0].message)
      .toMatch(/^unknown optimizer 'constructor'; expected one of sgd/);
  });
});
