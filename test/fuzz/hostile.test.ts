// Generators for what the second round of hardening (issue 17) found by hand: files whose
// work has no bound, hyperparameters outside their domains, names that collide with what
// the module names itself, and command lines that point outputs at the wrong places.
// A fixed seed and a small budget in `npm test`; many more cases with `npm run test:deep`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { compile, compileToModel, importModule, memoryHost } from "../../compiler/index.ts";
import { DOMAINS, type OptimizerName, OPTIMIZERS } from "../../compiler/optim/table.ts";
import { main } from "../../compiler/tools/cli.ts";

const DEEP = Number(process.env.KILN_DEEP) > 0;
const runs = (n: number) => (DEEP ? n * 25 : n);
const TIMEOUT = DEEP ? 4 * 3_600_000 : 120_000;

const compileFast = (source: string, limits?: object) =>
  compile(source, { file: "fuzz.kiln", declarations: false, limits, host: memoryHost() });

// ---- limits on total work

/** Loops nested up to three deep with trip counts up to 100,000, bodies that build nothing,
 * grow a list, or call a layer: most would run for minutes without a budget. */
const busyWork = fc.tuple(
  fc.array(fc.constantFrom(1, 7, 300, 5000, 100_000), { minLength: 1, maxLength: 3 }),
  fc.constantFrom("    n = n + 1", "    hs = hs + [n]", "    y = f(x)", "", "    z = shape(x)"),
).map(([trips, body]) => {
  const open = trips.map((t, d) => `${"  ".repeat(d + 1)}for i${d} in 0..${t} {`).join("\n");
  const close = trips.map((_, d) => `${"  ".repeat(trips.length - d)}}`).join("\n");
  return `layer Id()(x: [N]) {\n  return x\n}\nmodel M {\n  input x: f32[2]\n  f = Id()\n` +
    `  n = 0\n  hs = []\n${open}\n${body}\n${close}\n  output o = x * n\n}\n`;
});

// ---- hyperparameter domains

const VALUES = ["0", "1", "-1", "0.5", "1.5", "1e-8", "-1e-8", "0.999", "1e999", "true", "2"];

/** An optimizer with up to three of its arguments set to edge values. */
const optimizer = fc.tuple(fc.constantFrom(...Object.keys(OPTIMIZERS)),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...VALUES)), { maxLength: 3 }))
  .map(([name, sets]) => {
    const names = [...Object.keys(OPTIMIZERS[name as OptimizerName].defaults), "weight_decay", "clip_norm"];
    const args = new Map(sets.map(([k, v]) => [names[k % names.length], v]));
    return `${name}(${[...args].map(([k, v]) => `${k} = ${v}`).join(", ")})`;
  });

const initialiser = fc.constantFrom("normal(1)", "normal(-1)", "normal(0)", "uniform(-1, 1)",
  "uniform(1, 0)", "uniform(2, 2)", "constant(3)", "glorot_uniform");

// ---- names the module uses for itself

/** Instances nested three deep named as the optimizer named a slot of param W in the step
 * before slots got a namespace of their own (`optim.<step>.W.<slot>`), or as it names one now
 * with dots for slashes; the optimizer, the step and the slot vary. */
const SLOTS: Record<string, string[]> = Object.fromEntries(
  (["adam", "adamw", "rmsprop", "momentum"] as const).map((o) => [o, [...OPTIMIZERS[o].slots,
    ...{ adam: ["m", "v"], adamw: ["m", "v"], rmsprop: ["sq"], momentum: ["buf"] }[o]]]));
const collision = fc.tuple(fc.constantFrom(...Object.keys(SLOTS)), fc.nat(), fc.constantFrom("step", "fit", "t"))
  .map(([opt, k, stepName]) => ({ slot: SLOTS[opt][k % SLOTS[opt].length], opt, stepName }))
  .map(({ slot, opt, stepName }) => ({ source: (top: string) => `
layer Leaf()(x: [N, D]) {
  param ${slot}: [D] = ones
  return x * ${slot}
}
layer Mid()(x: [N, D]) {
  W = Leaf()
  return W(x)
}
layer Top()(x: [N, D]) {
  ${stepName} = Mid()
  return ${stepName}(x)
}
model M {
  input x: f32[4, 3]
  input y: f32[4, 3]
  param W: [3, 3] = glorot_uniform
  ${top} = Top()
  loss = mse(${top}(x @ W), y)
  train ${stepName}: minimize loss with ${opt}(lr = 0.01)
}
` }));

// ---- command lines

const dir = mkdtempSync(join(tmpdir(), "kiln-fuzz-cli-"));
const lib = join(dir, "lib.kiln"), model = join(dir, "m.kiln"), asJs = join(dir, "model.js");
writeFileSync(lib, "layer Twice()(x: [N, D]) {\n  return 2 * x\n}\n");
const MODEL = `import "lib.kiln"\ndim B = 2\nmodel M {\n  input x: f32[B, 3]\n  t = Twice()\n  output y = t(x)\n}\n`;
writeFileSync(model, MODEL);
writeFileSync(asJs, MODEL);
mkdirSync(join(dir, "sub"), { recursive: true });

const OUTS = [model, lib, asJs, dir, join(model, "x.js"), join(dir, "sub"), "/dev/full",
  join(dir, "out.js"), join(dir, "new", "deep", "o.js"), join(dir, "sp ace.js"), join(dir, "ü\u200b.js"),
  join(dir, "o.dot"), join(dir, "o.svg"), ""];
const ARGS = ["--dim", "B=3", "__proto__=8", "constructor=2", "B=0", "--model", "M", "N",
  "--dtype", "f64", "-O0", "--limit", "steps=10", "errors=1", "fileBytes=10", "--json",
  "--backward", "--help", "--predict-only", "--seed", "1"];
const argv = fc.tuple(fc.constantFrom("compile", "graph", "stats", "check"),
  fc.constantFrom(model, asJs, lib, "/dev/zero", join(dir, "missing.kiln"), dir),
  fc.option(fc.constantFrom(...OUTS)), fc.array(fc.constantFrom(...ARGS), { maxLength: 4 }))
  .map(([cmd, file, out, rest]) => [cmd, file, ...(out === null ? [] : ["-o", out]), ...rest]);

async function runCli(args: string[]) {
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += s; return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += s; return true; });
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("fuzzing what issue 17 found", () => {
  it("busy work ends in bounded time, with the budget's error or a model", () => {
    fc.assert(fc.property(busyWork, (source) => {
      const t0 = performance.now();
      const r = compileFast(source, { steps: 300_000 });
      const ms = performance.now() - t0;
      // Not a speed target: 300,000 steps take well under a second; minutes mean no bound.
      expect(ms, source).toBeLessThan(15_000);
      const errors = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
      if (!r.ok) {
        expect(errors.every((m) => /more than 300000 steps|graph grows past|is too long to unroll/.test(m)),
          `${errors.join("\n")}\n${source}`).toBe(true);
      }
    }), { seed: 21, numRuns: runs(30) });
  }, TIMEOUT);

  it("accepted hyperparameters train to finite params; others are refused at their place", async () => {
    await fc.assert(fc.asyncProperty(optimizer, initialiser, async (opt, init) => {
      const source = `model M {\n  input x: f32[4, 3]\n  input y: f32[4, 2]\n  param W: [3, 2] = ${init}\n` +
        `  loss = mse(x @ W, y)\n  train fit: minimize loss with ${opt}\n}\n`;
      const r = compileFast(source);
      if (!r.ok) {
        for (const d of r.diagnostics) {
          expect(d.span, d.message).toBeDefined();
          expect(d.message, source).toMatch(/must be|needs momentum > 0|is given twice|must not be above/);
        }
        return;
      }
      const m = (await importModule(r.js)).create({ seed: 1 });
      const feeds = { x: Float32Array.from({ length: 12 }, (_, i) => Math.sin(i)),
        y: Float32Array.from({ length: 8 }, (_, i) => Math.cos(i)) };
      for (let i = 0; i < 3; i++) m.train(feeds);
      expect(Array.from(m.params.W as Float32Array).every(Number.isFinite), `${source}`).toBe(true);
    }), { seed: 22, numRuns: runs(60) });
  }, TIMEOUT);

  it("every numeric optimizer argument has a domain, so none goes unchecked", () => {
    for (const { defaults } of Object.values(OPTIMIZERS)) {
      for (const [k, v] of Object.entries(defaults)) if (typeof v === "number") expect(DOMAINS[k], k).toBeDefined();
    }
  });

  it("names like the module's own compile, with params and state named apart", () => {
    fc.assert(fc.property(collision, (c) => {
      const r = compileFast(c.source("optim"));
      expect(r.ok, r.diagnostics.map((d) => d.message).join("\n")).toBe(true);
      const names = [...r.ir!.decls.params.keys(), ...r.ir!.decls.state.keys()];
      expect(new Set(names).size).toBe(names.length);
    }), { seed: 23, numRuns: runs(20) });
  }, TIMEOUT);

  // Slots once shared the params' namespace (issue 17): optim.step.W.m was both.
  it("names like the module's own train and save as under any other name", async () => {
    await fc.assert(fc.asyncProperty(collision, async (c) => {
      const [clash, apart] = await Promise.all(["optim", "other"].map((top) =>
        compileToModel(c.source(top), { dtype: "f64" })));
      const [m, twin] = [clash.create({ seed: 3 }), apart.create({ seed: 3 })];
      const feeds = { x: Float64Array.from({ length: 12 }, (_, i) => Math.sin(i)),
        y: Float64Array.from({ length: 12 }, (_, i) => Math.cos(i)) };
      for (let i = 0; i < 3; i++) expect(m.train(feeds)).toBe(twin.train(feeds));
      const again = clash.create({ seed: 4 });
      again.load(m.save());
      expect(again.train(feeds)).toBe(twin.train(feeds));
    }), { seed: 24, numRuns: runs(10) });
  }, TIMEOUT);

  it("command lines exit 0, 1 or 2 with one-line reasons, and never touch a model file", async () => {
    await fc.assert(fc.asyncProperty(argv, async (args) => {
      const r = await runCli(args);
      const where = `kiln ${args.join(" ")}\n${r.err}`;
      expect([0, 1, 2], where).toContain(r.code);
      expect(r.err, where).not.toMatch(/\n\s+at |internal compiler error/);
      for (const f of [model, asJs]) expect(readFileSync(f, "utf8"), where).toBe(MODEL);
      expect(readFileSync(lib, "utf8"), where).toMatch(/^layer Twice/);
      const o = args.indexOf("-o");
      if (r.code === 0 && o >= 0 && args[0] === "compile" && !args.includes("--help")) {
        expect(existsSync(args[o + 1]), where).toBe(true);
      }
    }), { seed: 25, numRuns: runs(60) });
  }, TIMEOUT);
});
