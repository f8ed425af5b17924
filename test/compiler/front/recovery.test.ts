// Error recovery: one run reports every independent mistake of a file, in source order,
// each as it would be reported alone, and nothing that only follows from another.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Diagnostic } from "../../../dsl/diagnostics.ts";
import { parse } from "../../../dsl/index.ts";
import { compile, type CompileOptions, InternalError } from "../../../compiler/index.ts";
import { OPS } from "../../../compiler/ops/table.ts";
import { DEFAULT_LIMITS } from "../../../compiler/limits.ts";

const MAX_ERRORS = DEFAULT_LIMITS.errors, MAX_FOUND = 5 * MAX_ERRORS;

const check = (source: string, options: CompileOptions = {}) =>
  compile(source, { file: "m.kiln", declarations: false, ...options });

/** Each diagnostic as what a reader sees: the message, the quoted line, the column, and
 * the same for its notes (offsets would differ between files with other lines). */
function seen(source: string, ds: readonly Diagnostic[]): string[] {
  const lines = source.split("\n");
  const one = (message: string, span: Diagnostic["span"]) => span?.file === "m.kiln"
    ? `${message} @ ${lines[span.line - 1].trim()} :${span.col}` : `${message} @ ${span?.file}`;
  return ds.map((d) => [d, ...(d.notes ?? [])].map((n) => one(n.message, n.span)).join(" / "));
}

/** The diagnostics of `source` with only line `keep` of the lines marked `#!` left in. */
function alone(source: string, keep: number): string[] {
  let k = 0;
  const only = source.split("\n").filter((l) => !l.endsWith("#!") || k++ === keep).join("\n");
  return seen(only, check(only).diagnostics);
}

const errorsOf = (source: string, options?: CompileOptions) =>
  check(source, options).diagnostics.filter((d) => d.severity === "error");

afterEach(() => vi.restoreAllMocks());

describe("error recovery", () => {
  it("reports independent mistakes in source order, each as it is reported alone", () => {
    const src = `dim B = 4
model M {
  input x: f32[B, 3]
  h = fc1(x)  #!
  fc = Dense(5)
  z = x @ zeros([4, 4])  #!
  y = fc(x)
  output y = softmax(y)
  output y = relu(x)  #!
  loss = mean(fc(x))
  train fit: minimize loss with adma(lr = 0.1)  #!
}
`;
    const r = check(src);
    expect(r.ok).toBe(false);
    expect(seen(src, r.diagnostics)).toEqual([0, 1, 2, 3].flatMap((i) => alone(src, i)));
    const marked = src.split("\n").flatMap((l, i) => (l.endsWith("#!") ? [i + 1] : []));
    expect(r.diagnostics.map((d) => d.span?.line)).toEqual(marked);
  });

  it("stays silent about what uses a failed binding", () => {
    const src = `layer Twice()(x: [N]) {
  return 2 * x
}
model M {
  input x: f32[4]
  h = x @ nope
  tw = Twice()
  a = h + 1
  (b, c) = (h, a)
  for t in 0..3 {
    a = a + h[t]
  }
  output y = tw(a) + b
  output c
  loss = sum(h)
  train fit: minimize loss with sgd(lr = 0.1)
}
`;
    expect(seen(src, errorsOf(src))).toEqual([`unknown name 'nope' @ h = x @ nope :11`]);
  });

  it("stays silent about what uses a failed dim, input, param or instance", () => {
    const src = `dim B = 0
dim C = 2 * B
model M {
  input x: f32[C, 3]
  param w: [3, Q] = zeros
  state s: [R] = zeros
  fc = Dense(act = relu)
  y = fc(x @ w)
  update s = s * 0.9
  output o = y + fc.W
}
`;
    expect(errorsOf(src).map((d) => d.span?.line)).toEqual([1, 5, 6, 7]);
  });

  it("reports a mistake in a layer's body once, however often the layer is used", () => {
    const src = `layer Bad(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  param b: [units] = zeroz
  return x @ W + nope
}
model M {
  input x: f32[4, 3]
  a = Bad(5)
  b = Bad(6)
  y1 = a(x)
  y2 = a(x)
  y3 = b(x)
  w = a.W
  v = a.b
  output o = y1 + y2 + y3 + v
}
`;
    const errors = errorsOf(src);
    // Both mistakes of the body, each at its line in the layer with a note at the first call
    // and one where its instance was made.
    expect(errors.map((d) => d.span?.line)).toEqual([3, 4]);
    for (const d of errors) expect(d.notes?.map((n) => n.span?.line)).toEqual([10, 8]);
  });

  it("reports a layer's mistake once per distinct message (two instances, two mistakes)", () => {
    const src = `model M {
  input x: f32[4, 3]
  c = Dense(2, act = 3)
  d = Dense(2, act = "s")
  output o = c(x) + d(x)
  output p = d(x)
}
`;
    // One statement fails at its first mistake; the second call of d is another statement.
    const errors = errorsOf(src);
    expect(errors.map((d) => d.message)).toEqual(["the number 3 cannot be called",
      'the string "s" cannot be called']);
    expect(errors.map((d) => d.notes?.[0]?.span?.line)).toEqual([5, 6]);
  });

  it("stops a loop at its first failing iteration: one error, not one per iteration", () => {
    const src = `model M {
  input x: f32[4, 3]
  for t in 0..10 {
    q = x[t + 2, :]
  }
  output o = q
}
`;
    expect(seen(src, errorsOf(src))).toEqual([
      "index 4 is out of range for axis 0 of size 4 @ q = x[t + 2, :] :11"]);
  });

  it("finds the mistakes of the eval mode too, in their place in the file", () => {
    const src = `model M {
  input x: f32[3]
  y = training ? x : x + nope
  z = x @ x
  output o = y + z
}
`;
    // Training mode meets line 4's mistake; line 3's only eval mode meets, later.
    expect(errorsOf(src).map((d) => [d.span?.line, d.message.split(" ")[0]])).toEqual([
      [3, "unknown"], [4, "@"]]);
  });

  it("checks every model of the file, whichever is compiled", () => {
    const src = `model A {
  input x: f32[3]
  output y = relu(x) + zz
}
model B {
  input x: f32[3]
  output y = x
}
`;
    for (const model of ["A", "B"]) {
      expect(errorsOf(src, { model }).map((d) => d.message)).toEqual(["unknown name 'zz'"]);
    }
  });

  it("reports every train step whose selection matches nothing", () => {
    const src = `model M {
  input x: f32[3]
  param w: [3] = ones
  loss = sum(x * w)
  train s: minimize loss over q with sgd(lr = 0.1)
  train t: minimize loss over r with sgd(lr = 0.1)
}
`;
    expect(errorsOf(src).map((d) => d.span?.line)).toEqual([5, 6]);
  });

  it(`shows at most ${MAX_ERRORS} errors, then says how many more there are`, () => {
    const bad = (n: number) => Array.from({ length: n }, (_, i) => `  e${i} = nope${i} + x\n`);
    const file = (n: number) =>
      `model M {\n  input x: f32[3]\n${bad(n).join("")}  output y = x\n}\n`;
    const r = check(file(MAX_ERRORS + 5));
    expect(r.diagnostics.slice(0, -1).map((d) => d.message)).toEqual(
      bad(MAX_ERRORS).map((_, i) => `unknown name 'nope${i}'`));
    expect(r.diagnostics.at(-1)).toEqual({ severity: "note",
      message: `and 5 more errors (only the first ${MAX_ERRORS} are shown)` });
    // Past MAX_FOUND the count is a lower bound: checking stopped there.
    const many = check(file(MAX_FOUND * 3));
    expect(many.diagnostics).toHaveLength(MAX_ERRORS + 1);
    expect(many.diagnostics.at(-1)?.message).toBe(`and at least ${MAX_FOUND - MAX_ERRORS} more ` +
      `errors (only the first ${MAX_ERRORS} are shown; checking stops after ${MAX_FOUND})`);
  });

  it("leaves syntax errors as the parser reports them, and checks nothing more", () => {
    const src = `model M {
  input x f32[4]
  y = nope + 1
  output z = relu(x
}
`;
    expect(check(src).diagnostics).toEqual(parse(src, "m.kiln").diagnostics);
  });

  it("still throws an internal error, even after mistakes were found", () => {
    vi.spyOn(OPS.relu, "shape").mockImplementation(() => {
      throw new TypeError("boom");
    });
    const src = `model M {\n  input x: f32[3]\n  a = nope\n  output y = relu(x)\n}\n`;
    expect(() => check(src)).toThrow(InternalError);
  });

  it("leaves valid files alone", () => {
    const dir = new URL("../../../examples/", import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".kiln"))) {
      const r = check(readFileSync(new URL(f, dir), "utf8"), { file: f });
      expect(r.diagnostics.filter((d) => d.severity === "error"), f).toEqual([]);
    }
  });

  // Lines that fail on their own, whatever model they are put in, and bind fresh names.
  const BAD = [
    (i: number) => `e${i} = nope${i} * 2`,
    (i: number) => `e${i} = zeros([2, 3]) @ zeros([4, 5])`,
    (i: number) => `e${i} = sum(zeros([2]), axis = 3)`,
    (i: number) => `e${i} = relu(zeros([2]), 1)`,
    (i: number) => `output e${i} = reshape(zeros([6]), [4, -1])`,
    (i: number) => `e${i} = zeros([3])[5]`,
    (i: number) => `param e${i}: [2] = zeroz`,
    (i: number) => `e${i} = Dense(units = 2, unit = 3)`,
  ];
  const EXAMPLES = ["mnist_mlp.kiln", "regression.kiln", "names_lstm.kiln"].map((f) =>
    readFileSync(new URL(`../../../examples/${f}`, import.meta.url), "utf8"));

  it("reports k bad lines put anywhere in a valid model as k errors, each as alone", () => {
    const cases = fc.record({
      base: fc.constantFrom(...EXAMPLES),
      lines: fc.array(fc.tuple(fc.nat(), fc.nat(BAD.length - 1)), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(fc.property(cases, ({ base, lines }) => {
      // After a statement of a model's body (not inside a loop or a layer).
      const ends = parse(base, "m.kiln").program.items.flatMap((item) =>
        item.kind === "model" ? item.body.map((s) => s.span.endLine) : []);
      const out = base.split("\n");
      const at = lines.map(([where], i) => [ends[where % ends.length], i] as const)
        .sort((a, b) => b[0] - a[0]);
      for (const [line, i] of at) out.splice(line, 0, `  ${BAD[lines[i][1]](i)}  #!`);
      const src = out.join("\n");
      expect(seen(src, check(src).diagnostics)).toEqual(lines.flatMap((_, k) => alone(src, k)));
    }), { seed: 7, numRuns: 30 });
  });
});
