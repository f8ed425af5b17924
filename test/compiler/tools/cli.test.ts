// The `kiln` command: files written, exit codes, and the bin as a user runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "kiln-cli-"));
const good = join(dir, "good.kiln");
writeFileSync(good, `dim B = 2
model M {
  input x: f32[B, 3]
  fc = Dense(4)
  output y = fc(x)
}
`);
const bad = join(dir, "bad.kiln");
writeFileSync(bad, "model M {\n  input x: f32[2, 3]\n  output y = x @ x\n}\n");

const run = runCli;

describe("kiln compile", () => {
  it("writes the module and its declarations, with dims overridden", async () => {
    const out = join(dir, "build", "m.js");
    const r = await run(["compile", good, "-o", out, "--dim", "B=5", "--dtype", "f64"]);
    expect(r.code).toBe(0);
    expect(existsSync(out) && existsSync(join(dir, "build", "m.d.ts"))).toBe(true);
    const mod = await import(out);
    expect(mod.meta.inputs[0].shape).toEqual([5, 3]);
    expect(mod.create().params["fc.W"]).toBeInstanceOf(Float64Array);
    expect(readFileSync(join(dir, "build", "m.d.ts"), "utf8")).toContain('"fc.W": Float64Array');
  });

  it("exits 1 with a located diagnostic for a model error, and writes nothing", async () => {
    const out = join(dir, "bad.js");
    const r = await run(["compile", bad, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:3:14: error: @ cannot multiply f32[2, 3] by f32[2, 3]`);
    expect(r.err).toContain("  output y = x @ x\n");
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it("prints every independent mistake, in order, for compile and check alike", async () => {
    const twice = join(dir, "twice.kiln");
    writeFileSync(twice,
      "model M {\n  input x: f32[2, 3]\n  a = x @ x\n  output y = relu(nope)\n}\n");
    const out = join(dir, "twice.js");
    for (const args of [["compile", twice, "-o", out], ["check", twice]]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      const at = [`${twice}:3:7: error: @ cannot multiply`,
        `${twice}:4:19: error: unknown name 'nope'`].map((s) => r.err.indexOf(s));
      expect(at[0]).toBeGreaterThanOrEqual(0);
      expect(at[1]).toBeGreaterThan(at[0]);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 on usage errors", async () => {
    expect((await run(["compile"])).code).toBe(2);
    expect((await run(["compile", good, "--dim", "B"])).code).toBe(2);
    expect((await run(["compile", good, "--dtype", "f16"])).code).toBe(2);
    expect((await run(["compile", join(dir, "missing.kiln")])).code).toBe(2);
    expect((await run(["frobnicate", good])).code).toBe(2);
    const r = await run(["compile", good, "--dim", "C=3"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("no dim named 'C'");
  });

  it("runs as the installed bin", () => {
    const out = join(dir, "bin.js");
    const stdout = execFileSync(process.execPath, ["bin/kiln.mjs", "compile", good, "-o", out],
      { encoding: "utf8" });
    expect(stdout).toContain("wrote");
    expect(existsSync(out)).toBe(true);
    const r = spawnSync(process.execPath, ["bin/kiln.mjs", "compile", bad], { encoding: "utf8" });
    expect(r.status).toBe(1);
  });
});

describe("kiln fmt", () => {
  const messy = join(dir, "messy.kiln");
  const neat = "dim B = 2  # batch\n\nmodel M {\n  input x: f32[B, 3]\n  output y = relu(x)\n}\n";
  const reset = () => writeFileSync(messy, "dim B=2  # batch\nmodel M {input x: f32[B,3]\n" +
    "  output y=relu( x )}\n");

  it("prints the formatted file, leaving it as it is", async () => {
    reset();
    const r = await run(["fmt", messy]);
    expect(r).toMatchObject({ code: 0, out: neat });
    expect(readFileSync(messy, "utf8")).not.toBe(neat);
  });

  it("--check names the files that would change and exits 1; --write rewrites them", async () => {
    reset();
    writeFileSync(join(dir, "neat.kiln"), neat);
    expect(await run(["fmt", "--check", messy, join(dir, "neat.kiln")]))
      .toMatchObject({ code: 1, out: `${messy}\n` });
    expect(await run(["fmt", "--write", messy])).toMatchObject({ code: 0,
      out: `formatted ${messy}\n` });
    expect(readFileSync(messy, "utf8")).toBe(neat);
    expect(await run(["fmt", "--check", messy])).toMatchObject({ code: 0, out: "" });
  });

  it("refuses a file with a syntax error, printing it, and writes nothing", async () => {
    const broken = join(dir, "broken.kiln");
    writeFileSync(broken, "model M {\n  y = relu(\n}\n");
    const r = await run(["fmt", "--write", broken]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${broken}:3:1: error: expected`);
    expect(readFileSync(broken, "utf8")).toBe("model M {\n  y = relu(\n}\n");
  });

  it("exits 2 on a usage error", async () => {
    expect((await run(["fmt", "--check", "--write", messy])).code).toBe(2);
    expect((await run(["fmt", messy, messy])).code).toBe(2);
    expect((await run(["fmt", "--fix", messy])).code).toBe(2);
  });
});
