// Internal compiler errors: a bug in Kiln (here, a fault injected into one op's shape rule)
// is reported as one, with the model line it happened at and how to report it; exit code 70.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../compiler/tools/cli.ts";
import { compile, InternalError } from "../../compiler/index.ts";
import { REPORT_HELP } from "../../compiler/internal.ts";
import { OPS } from "../../compiler/ops/table.ts";

const SOURCE = `model M {
  input x: f32[4, 3]
  fc = Dense(2, act = relu)
  output y = fc(x)
}
`;

function inject(fault: Error): void {
  vi.spyOn(OPS.relu, "shape").mockImplementation(() => {
    throw fault;
  });
}

afterEach(() => vi.restoreAllMocks());

describe("an internal error", () => {
  it("is thrown by compile() as an InternalError that knows the model line", () => {
    inject(new TypeError("boom"));
    let caught: unknown;
    try {
      compile(SOURCE, { file: "m.kiln" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InternalError);
    const e = caught as InternalError;
    expect(e.message).toBe("internal compiler error: TypeError: boom");
    // Innermost first: the prelude's Dense body, then the model statement that called it.
    expect(e.diagnostic.span).toMatchObject({ file: "<prelude>" });
    expect(e.diagnostic.notes?.map((n) => [n.span?.file, n.span?.line])).toEqual([["m.kiln", 4]]);
    expect(e.detail).toMatch(/^TypeError: boom\n\s+at /);
  });

  it("makes the CLI print where, what and how to report it, and exit 70", async () => {
    inject(new TypeError("boom"));
    const file = join(mkdtempSync(join(tmpdir(), "kiln-ice-")), "m.kiln");
    writeFileSync(file, SOURCE);
    let err = "";
    vi.spyOn(process.stderr, "write").mockImplementation((s) => {
      err += s;
      return true;
    });
    const code = await main(["compile", file, "-o", join(tmpdir(), "kiln-ice.js")]);
    expect(code).toBe(70);
    expect(err).toMatch(/^<prelude>:\d+:\d+: error: internal compiler error: TypeError: boom\n/);
    expect(err).toContain(`${file}:4:3: note: while compiling this\n    output y = fc(x)\n    ^`);
    expect(err).toContain(`\n${REPORT_HELP}\nTypeError: boom\n`);
  });

  it("without a model location still says what happened and how to report it", async () => {
    const e = new InternalError(new Error("lost"));
    expect(e.diagnostic.span).toBeUndefined();
    expect(e.message).toBe("internal compiler error: Error: lost");
  });

  it("a chain too long for the compiler's stack is a diagnostic at its line, not a crash", () => {
    // 20000 steps overflow Node's default stack here; with a larger stack it compiles.
    const src = `model M {\n  input x: f32[3]\n  output y = x${" |> relu".repeat(20000)}\n}\n`;
    const r = compile(src, { file: "m.kiln", declarations: false });
    if (!r.ok) {
      expect(r.diagnostics[0]).toMatchObject({ span: { line: 3 },
        message: "the model is nested too deeply to compile (the compiler ran out of stack)" });
    }
  });

  it("is not what a stack overflow from nesting is: that is a diagnostic at the line", () => {
    inject(new RangeError("Maximum call stack size exceeded"));
    const r = compile(SOURCE, { file: "m.kiln" });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0].message).toBe("the model is nested too deeply to compile (the compiler " +
      "ran out of stack)");
    expect(r.diagnostics[0].span?.file).toBe("<prelude>");
  });
});
