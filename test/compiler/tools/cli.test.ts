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

  it("refuses to overwrite a model file it reads, and changes nothing", async () => {
    const lib = join(dir, "lib.kiln"), user = join(dir, "user.kiln"), asJs = join(dir, "model.js");
    writeFileSync(lib, "layer Twice()(x: [N, D]) {\n  return 2 * x\n}\n");
    writeFileSync(user, `import "lib.kiln"\nmodel M {\n  input x: f32[2, 3]\n  t = Twice()\n  output y = t(x)\n}\n`);
    writeFileSync(asJs, readFileSync(good, "utf8"));
    for (const [args, hit] of [[["compile", good, "-o", good], good], [["compile", asJs], asJs],
      [["compile", user, "-o", lib], lib]] as const) {
      const before = readFileSync(hit, "utf8");
      const r = await run([...args]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`kiln: writing '${args.at(-1) === asJs ? asJs : hit}' would overwrite a model ` +
        `file this compile reads; name another output with -o OUT.js\n`);
      expect(readFileSync(hit, "utf8")).toBe(before);
    }
    // Nor any other model file: `kiln compile model.js -o user.kiln` wrote JavaScript over it.
    const before = readFileSync(user, "utf8");
    const r = await run(["compile", asJs, "-o", user]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kiln: '${user}' names a model file, which kiln writes no output to; ` +
      `name the output another way (-o OUT.js)\n`);
    expect(readFileSync(user, "utf8")).toBe(before);
    // Nor a file of the user's it did not write: a model kept as `.js` it does not read.
    const mine = join(dir, "mine.js");
    writeFileSync(mine, "// my script\n");
    const again = await run(["compile", good, "-o", mine]);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`kiln: '${mine}' exists and kiln did not write it; kiln compile ` +
      "overwrites only its own output: name another with -o OUT.js, or remove the file\n");
    expect(readFileSync(mine, "utf8")).toBe("// my script\n");
    // Its own output it writes again.
    const own = join(dir, "own.js");
    expect((await run(["compile", good, "-o", own])).code).toBe(0);
    expect((await run(["compile", good, "-o", own])).code).toBe(0);
  });

  it("says why an output cannot be written, with exit 2 and no stack trace", async () => {
    const cases: [string, string][] = [[dir, "it is a directory"],
      [join(good, "x.js"), "a part of its path is a file, not a directory"]];
    if (existsSync("/dev/full")) cases.push(["/dev/full", "no space is left on the device"]);
    for (const [out, why] of cases) {
      const r = await run(["compile", good, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`kiln: cannot write '${out}': ${why}\n`);
    }
    const r = await run(["graph", good, "-o", join(good, "g.dot")]);
    expect([r.code, r.err]).toEqual([2, `kiln: cannot write '${join(good, "g.dot")}': a part of ` +
      `its path is a file, not a directory\n`]);
  });

  it("reads --dim __proto__ as a dim like any other", async () => {
    const proto = join(dir, "proto.kiln");
    writeFileSync(proto, "dim __proto__ = 4\nmodel M {\n  input x: f32[__proto__]\n  output y = x\n}\n");
    const out = join(dir, "proto.js");
    expect((await run(["compile", proto, "-o", out, "--dim", "__proto__=8"])).code).toBe(0);
    expect((await import(out)).meta.inputs[0].shape).toEqual([8]);
    const r = await run(["compile", good, "--dim", "__proto__=8"]);
    expect([r.code, r.err]).toEqual([1,
      "error: --dim __proto__: the model file has no dim named '__proto__' (it has B)\n"]);
  });

  it("prints a command's usage for --help, and exits 0", async () => {
    const r = await run(["compile", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage:\n  kiln compile FILE \[-o OUT.js\]/);
    expect(r.out).not.toContain("kiln check");
    expect(r.out).toContain("steps (default 10000000)");
  });

  it("limits what it reads and how long it works", async () => {
    const r = await run(["compile", "/dev/zero"]);
    expect([r.code, r.err]).toEqual([2, "kiln: cannot read '/dev/zero': it is larger than 4194304 " +
      "bytes, the limit on a model file (--limit fileBytes=N raises it)\n"]);
    const loop = join(dir, "loop.kiln");
    writeFileSync(loop, "model M {\n  input x: f32[2]\n  for i in 0..1000 {\n    y = i\n  }\n  output o = x\n}\n");
    const slow = await run(["compile", loop, "-o", join(dir, "loop.js"), "--limit", "steps=500",
      "--loops", "unroll"]);
    expect(slow.code).toBe(1);
    expect(slow.err).toContain("error: compiling the model takes more than 500 steps");
    expect((await run(["compile", loop, "--limit", "steps=-1"])).code).toBe(2);
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
