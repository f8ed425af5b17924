// Limits on a compile's total work (compiler/limits.ts): files that would make the compiler
// run for minutes or read without end fail with one clear error, each limit can be raised,
// and a bad limit is the caller's TypeError.
import { describe, expect, it } from "vitest";
import { compile, memoryHost } from "../../compiler/index.ts";
import { DEFAULT_LIMITS } from "../../compiler/limits.ts";

const STEPS_ERROR = /^compiling the model takes more than (\d+) steps/;

/** Errors with loops unrolled: the work the budget bounds (rolled, a body is elaborated once). */
const errorsOf = (source: string, limits?: object, loops: "unroll" | "roll" = "unroll") => {
  const r = compile(source, { file: "m.kiln", declarations: false, limits, loops });
  return r.diagnostics.filter((d) => d.severity === "error");
};

const model = (body: string, layers = "") =>
  `${layers}model M {\n  input x: f32[2]\n${body}\n  output o = x\n}\n`;

describe("the elaboration budget", () => {
  const work: [string, string, string?][] = [
    ["nested loops that build nothing", "  for i in 0..100000 {\n    for j in 0..100000 {\n      y = i\n    }\n  }"],
    ["empty nested loops", "  for i in 0..100000 {\n    for j in 0..100000 {\n    }\n  }"],
    ["a list grown one item at a time", "  hs = []\n  for t in 0..100000 {\n    hs = hs + [t]\n  }"],
    ["layer calls that build nothing", "  f = Id()\n  for i in 0..32768 {\n    for j in 0..1024 {\n      y = f(x)\n    }\n  }",
      "layer Id()(x: [N]) {\n  return x\n}\n"],
  ];

  it.each(work)("stops %s with one error at the place", (_what, body, layers) => {
    const errors = errorsOf(model(body, layers), { steps: 200_000 });
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(STEPS_ERROR);
    expect(errors[0].message.match(STEPS_ERROR)![1]).toBe("200000");
    expect(errors[0].span!.line).toBeGreaterThan(3);
  });

  it("lets loops that stay loops through: their bodies are elaborated once", () => {
    for (const [, body, layers] of [work[0], work[1], work[3]]) {
      expect(errorsOf(model(body!, layers), { steps: 200_000 }, "roll")).toEqual([]);
    }
  });

  it("stops at the default limit too", () => {
    const errors = errorsOf(model(work[0][1]));
    expect(errors.map((e) => e.message.match(STEPS_ERROR)?.[1])).toEqual([String(DEFAULT_LIMITS.steps)]);
  });

  it("counts over every model of the file, and lets a raised limit through", () => {
    const loop = "  for i in 0..1000 {\n    y = i + 1\n  }";
    const two = `${model(loop)}model N {\n  input x: f32[2]\n${loop}\n  output o = x\n}\n`;
    // Each model takes some 5,000 steps per mode: 1 for the iteration, 1 for the statement,
    // 3 for its expressions.
    expect(errorsOf(model(loop), { steps: 12_000 })).toEqual([]);
    expect(errorsOf(two, { steps: 12_000 }).map((e) => e.message)).toEqual([
      expect.stringMatching(STEPS_ERROR)]);
    expect(errorsOf(two, { steps: 24_000 })).toEqual([]);
  });
});

describe("syntax errors", () => {
  it("stop parsing after five times the errors shown, and are counted in a note", () => {
    const many = `model M {\n${"  x = = 1\n".repeat(20_000)}}\n`;
    const r = compile(many, { file: "m.kiln", declarations: false });
    expect(r.diagnostics).toHaveLength(DEFAULT_LIMITS.errors + 1);
    expect(r.diagnostics.at(-1)!.message).toBe(`and at least ${4 * DEFAULT_LIMITS.errors} more ` +
      `errors (only the first ${DEFAULT_LIMITS.errors} are shown; checking stops after ` +
      `${5 * DEFAULT_LIMITS.errors})`);
    const few = compile(many, { file: "m.kiln", declarations: false, limits: { errors: 3 } });
    expect(few.diagnostics.map((d) => d.span?.line)).toEqual([2, 3, 4, undefined]);
  });

  it("stop at the lexer's errors too", () => {
    const r = compile(`model M {\n${"  ± ±\n".repeat(5_000)}}\n`, { file: "m.kiln", declarations: false });
    expect(r.diagnostics).toHaveLength(DEFAULT_LIMITS.errors + 1);
  });
});

describe("file sizes", () => {
  it("refuses an import that never ends, naming the limit", () => {
    const r = compile(`import "/dev/zero"\n${model("")}`, { file: "/tmp/m.kiln", declarations: false });
    expect(r.diagnostics.map((d) => d.message)).toEqual([`cannot read imported file '/dev/zero' ` +
      `(looked for /dev/zero): it is larger than ${DEFAULT_LIMITS.fileBytes} bytes, the limit on ` +
      `a model file (--limit fileBytes=N raises it)`]);
  });

  it("refuses a source or an imported text larger than the limit", () => {
    const big = `# ${"x".repeat(2000)}\n${model("")}`;
    expect(errorsOf(big, { fileBytes: 1000 })[0].message).toMatch(/^cannot compile 'm.kiln': it is larger than 1000 bytes/);
    const r = compile(`import "big.kiln"\n${model("")}`, { file: "/tmp/m.kiln", declarations: false,
      limits: { fileBytes: 1000 }, host: memoryHost({ "/tmp/big.kiln": big }) });
    expect(r.diagnostics[0].message).toMatch(/^cannot read imported file 'big.kiln' .*larger than 1000 bytes/);
  });
});

describe("limits as options", () => {
  it("are checked: an unknown or non-positive one is a TypeError", () => {
    expect(() => compile(model(""), { limits: { step: 5 } as never })).toThrow(
      new TypeError("unknown limit 'step'; the limits are steps, fileBytes, errors"));
    expect(() => compile(model(""), { limits: { steps: 0 } })).toThrow(
      new TypeError("limit steps must be a positive integer, not 0"));
  });
});
