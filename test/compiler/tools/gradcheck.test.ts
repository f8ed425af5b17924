// gradcheck and `kiln check`: it passes on every example, rejects a model whose gradient
// is wrong (a gradient rule broken on purpose in a test-only copy of the op table), and
// handles what real models have: several steps, stop_gradient, dropout, batch norm, kinks.
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../../compiler/tools/cli.ts";
import { drawFeeds, gradcheck } from "../../../compiler/tools/gradcheck.ts";
import { compileToModel } from "../../../compiler/index.ts";
import { referenceIR } from "../../property/reference.ts";
import { DEEP } from "../../property/arbitrary.ts";
import type { GraphBuilder } from "../../../compiler/ir/builder.ts";
import type { Node } from "../../../compiler/ir/types.ts";

const examples = readdirSync("examples").filter((f) => f.endsWith(".kiln"));
/** Dims, besides batch 4, that keep an example's check fast (sequences and widths cut
 * down); for the DCGAN, fewer elements checked one by one, and 3 random directions per
 * larger tensor from a seed where not all of them cross one of its many ReLU kinks. */
const SMALL: Record<string, { dims: Record<string, number>; directions?: number;
  maxElements?: number; seed?: number }> = {
  "sotu_transformer.kiln": { dims: { T: 6, E: 16 } },
  "spam_bilstm.kiln": { dims: { T: 5, V: 40 } },
  "mnist_dcgan.kiln": { dims: { Z: 4 }, directions: 3, maxElements: 8, seed: 2 },
};

const TANH = `
model Net {
  input x: f32[3, 2]
  input y: f32[3, 2]
  param W: [2, 2] = normal(0.5)
  loss = mse(tanh(x @ W), y)
  train step: minimize loss with sgd(lr = 0.1)
}`;

/** The same net with a gradient penalty: its loss's gradient is a second derivative. */
const PENALTY = `
model Net {
  input x: f32[3, 2]
  input y: f32[3, 2]
  param W: [2, 2] = normal(0.5)
  h = sum(tanh(x @ W))
  loss = mse(tanh(x @ W), y) + 0.5 * sum(square(grad(h, x)))
  train step: minimize loss with sgd(lr = 0.1)
}`;

async function cli(args: string[], run = main) {
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += s; return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += s; return true; });
  try {
    return { code: await run(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("gradcheck on the examples", () => {
  for (const file of examples) {
    const source = readFileSync(join("examples", file), "utf8");
    for (const [, model] of source.matchAll(/^model (\w+)/gm)) {
      // The DCGAN's check is the longest by far (transposed convolutions and batch norm, also
      // checked against PyTorch in test/tools/pytorch): `npm run test:deep` runs it.
      const deepOnly = file === "mnist_dcgan.kiln" && !DEEP;
      it.skipIf(deepOnly)(`passes on examples/${file}, model ${model}`, async () => {
        // Batch 4 (every example names its batch B) keeps the check fast.
        const dims = { B: 4, ...SMALL[file]?.dims };
        const { directions = 2, maxElements, seed } = SMALL[file] ?? {};
        const report = await gradcheck(source, { file, model, dims, directions, maxElements,
          seed });
        expect(report.ok, report.text).toBe(true);
        const ir = referenceIR(source, model, dims);
        const checked = new Set(report.rows.map((r) => r.tensor));
        for (const p of ir.decls.params.keys()) expect(checked.has(p), p).toBe(true);
        expect(report.rows.every((r) => r.checked > 0), report.text).toBe(true);
      });
    }
  }
});

/** Breaks one rule of a test-only copy of the op table, then imports `module` afresh. */
async function withBrokenRule<T>(op: "tanh" | "relu", grad: (n: Node, g: number, b: GraphBuilder) =>
  (number | null)[], body: () => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock("../../../compiler/ops/table.ts", async (importOriginal) => {
    const real = await importOriginal<typeof import("../../../compiler/ops/table.ts")>();
    return { ...real, OPS: { ...real.OPS, [op]: { ...real.OPS[op], grad } } };
  });
  try {
    return await body();
  } finally {
    vi.doUnmock("../../../compiler/ops/table.ts");
    vi.resetModules();
  }
}

describe("a wrong gradient", () => {
  it("is rejected: tanh' taken as 1 - y instead of 1 - y^2", async () => {
    await withBrokenRule("tanh", (n, g, b) =>
      [b.add("mul", [g, b.add("sub", [b.scalar(1), n.id])])], async () => {
      const { gradcheck: check } = await import("../../../compiler/tools/gradcheck.ts");
      const report = await check(TANH);
      expect(report.ok).toBe(false);
      const w = report.rows.find((r) => r.tensor === "W")!;
      expect(w.pass).toBe(false);
      expect(w.maxAbsError).toBeGreaterThan(1e-3);
      expect(report.text).toMatch(/^FAIL loss \(train\) d\/d W: element \[\d+, \d+\]: symbolic/m);
      // And the command exits 1 on it.
      const file = join(mkdtempSync(join(tmpdir(), "kiln-check-")), "net.kiln");
      writeFileSync(file, TANH);
      const { main: broken } = await import("../../../compiler/tools/cli.ts");
      const r = await cli(["check", file], broken);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/W +\[2, 2\] .* FAIL/);
    });
  });

  it("is rejected in second order only: a rule whose value is right but detached", async () => {
    // g * stop_gradient(1 - y^2) is right to first order, but its own derivative is lost.
    await withBrokenRule("tanh", (n, g, b) => {
      const d = b.add("sub", [b.scalar(1), b.add("mul", [n.id, n.id])]);
      return [b.add("mul", [g, b.add("stop_gradient", [d])])];
    }, async () => {
      const { gradcheck: check } = await import("../../../compiler/tools/gradcheck.ts");
      expect((await check(TANH)).ok).toBe(true);
      const report = await check(PENALTY);
      expect(report.secondOrder).toBe(true);
      expect(report.ok, report.text).toBe(false);
    });
  });

  it("is rejected at a kink when it lies outside the one-sided slopes", async () => {
    // relu'(0) taken as 2: no subgradient, though right at every smooth point.
    await withBrokenRule("relu", (n, g, b) => {
      const x = n.inputs[0];
      const slope = b.add("add", [b.add("gt", [x, b.scalar(0)]),
        b.add("mul", [b.scalar(2), b.add("eq", [x, b.scalar(0)])])]);
      return [b.add("mul", [g, slope])];
    }, async () => {
      const { gradcheck: check } = await import("../../../compiler/tools/gradcheck.ts");
      const src = `model R {\n  input x: f32[3]\n  param w: [3] = zeros\n` +
        `  loss = sum(relu(w) * x)\n  train step: minimize loss with sgd(lr = 0.1)\n}`;
      expect((await check(src)).ok).toBe(true);
      const w = (await check(src, { jitter: false })).rows.find((r) => r.tensor === "w")!;
      expect(w).toMatchObject({ pass: false, kinks: 0 });
    });
  });

  it("is not reported when the rules are right", async () => {
    const report = await gradcheck(PENALTY);
    expect(report.secondOrder).toBe(true);
    expect(report.ok, report.text).toBe(true);
    expect(report.text).toMatch(/second derivatives/);
  });
});

describe("gradcheck on what real models have", () => {
  it("checks every loss of a model with several steps, with stop_gradient held fixed", async () => {
    const gan = `
model Gan {
  input real: f32[4, 2]
  gen = Dense(2, act = tanh)
  disc = Dense(1)
  fake = gen(normal([4, 3]))
  d_loss = bce_with_logits(disc(real), ones([4, 1])) +
           bce_with_logits(disc(stop_gradient(fake)), zeros([4, 1]))
  g_loss = bce_with_logits(disc(fake), ones([4, 1]))
  train d: minimize d_loss over disc with adam(lr = 1e-3)
  train g: minimize g_loss over gen with adam(lr = 1e-3)
}`;
    const report = await gradcheck(gan, { seed: 5 });
    expect(report.ok, report.text).toBe(true);
    expect(new Set(report.rows.map((r) => r.loss))).toEqual(new Set(["d_loss", "g_loss"]));
    // The discriminator's loss sees the fakes as constants: no gradient reaches gen.
    const genRows = report.rows.filter((r) => r.loss === "d_loss" && r.tensor.startsWith("gen."));
    expect(genRows.length).toBe(2);
    for (const r of genRows) expect(r.maxAbsError).toBe(0);
  });

  it("checks training and eval mode where they differ: dropout and batch norm", async () => {
    const net = `
model Net {
  input x: f32[6, 3]
  input y: i32[6]
  fc = Dense(4)
  bn = BatchNorm()
  out = Dense(3)
  logits = x |> fc |> bn |> relu |> dropout(0.3) |> out
  loss = cross_entropy(logits, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const report = await gradcheck(net, { seed: 2 });
    expect(report.ok, report.text).toBe(true);
    expect(new Set(report.rows.map((r) => r.mode))).toEqual(new Set(["train", "eval"]));
    const plain = await gradcheck(TANH);
    expect(new Set(plain.rows.map((r) => r.mode))).toEqual(new Set(["train"]));
    const evalOnly = await gradcheck(net, { mode: "eval" });
    expect(new Set(evalOnly.rows.map((r) => r.mode))).toEqual(new Set(["eval"]));
  });

  it("counts elements at a kink apart rather than failing them", async () => {
    // maximum(w, 0) at w = 0: the one-sided slopes are 0 and 1.
    const kink = `
model K {
  input x: f32[3]
  param w: [3] = zeros
  loss = sum(maximum(w, 0) * x) + sum(x * x)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const report = await gradcheck(kink, { jitter: false });
    const w = report.rows.find((r) => r.tensor === "w")!;
    expect(w).toMatchObject({ pass: true, checked: 0, kinks: 3 });
    expect(report.text).toMatch(/w +\[3\] +- +- +0 +3 +PASS/);
    // Moved off the kink (the default), every element is compared.
    const moved = (await gradcheck(kink)).rows.find((r) => r.tensor === "w")!;
    expect(moved).toMatchObject({ pass: true, checked: 3, kinks: 0 });
  });

  it("keeps ties out of the errors: a max over a tensor and its frozen copy", async () => {
    // Every element ties with its stop_gradient copy: left slope 0, right slope 2m.
    const ties = `
model T {
  input x: f32[4, 3]
  param w: [3] = ones
  h = x * w
  m = max(stack([h, stop_gradient(h)], 0), axis = 0)
  loss = sum(m * m) + sum(tanh(x * w))
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const report = await gradcheck(ties);
    expect(report.ok, report.text).toBe(true);
    const w = report.rows.find((r) => r.tensor === "w")!;
    expect(w).toMatchObject({ checked: 0, kinks: 3 });
    const x = report.rows.find((r) => r.tensor === "x")!;
    expect(x.kinks).toBe(12);
  });

  it("passes a ReLU CNN in float32, whose steps of 1e-3 straddle kinks", async () => {
    // Seeds 4 and 6 failed when a mismatch was excused only if the one-sided differences
    // differed by more than it: several kinks within one step can cancel in that test.
    const cnn = `
model C {
  input x: f32[4, 2, 8, 8]
  input y: i32[4]
  c1 = Conv2D(6, 3, act = relu)
  c2 = Conv2D(6, 3, act = relu)
  fc = Dense(3)
  h = x |> c1 |> c2 |> max_pool2d(2) |> flatten |> fc
  loss = cross_entropy(h, y)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    for (const seed of [4, 6]) {
      const report = await gradcheck(cnn, { seed, dtype: "f32", maxElements: 200 });
      expect(report.ok, report.text).toBe(true);
      expect(report.rows.reduce((n, r) => n + r.kinks, 0)).toBeGreaterThan(0);
    }
  });

  it("holds a state read after its update fixed, as the gradient does", async () => {
    const src = `
layer Norm()(x: [N, D]) {
  state scale: [] = ones
  update scale = 0.5 * scale + 0.5 * mean(x * x)
  return x / scale
}
model S {
  input x: f32[3, 2]
  nrm = Norm()
  fc = Dense(2)
  loss = mean(square(fc(nrm(x))))
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const report = await gradcheck(src);
    expect(report.ok, report.text).toBe(true);
    expect(report.rows.find((r) => r.tensor === "x")!.checked).toBe(6);
  });

  it("keeps ties of max pooling out of the errors", async () => {
    const pool = `
model P {
  input x: f32[1, 1, 4, 4]
  param w: [1, 1, 4, 4] = ones
  loss = sum(square(max_pool2d(x * w, 2)))
  train step: minimize loss with sgd(lr = 0.1)
}`;
    // Each 2 x 2 window holds equal values (one of them the window's maximum).
    const x = Float64Array.from({ length: 16 }, (_, i) => 1 + Math.floor((i % 4) / 2) + 2 * Math.floor(i / 8));
    const report = await gradcheck(pool, { feeds: { x }, jitter: false });
    expect(report.ok, report.text).toBe(true);
    const w = report.rows.find((r) => r.tensor === "w")!;
    expect(w).toMatchObject({ checked: 0, kinks: 16 });
  });

  it("compares along random directions above maxElements", async () => {
    const report = await gradcheck(TANH, { maxElements: 4, directions: 5 });
    expect(report.ok, report.text).toBe(true);
    const x = report.rows.find((r) => r.tensor === "x")!;
    expect(x).toMatchObject({ method: "directions", checked: 5 });
    expect(report.rows.find((r) => r.tensor === "W")!.method).toBe("elementwise");
  });

  it("checks the float32 module with float32 tolerances", async () => {
    const report = await gradcheck(TANH, { dtype: "f32" });
    expect(report.settings).toMatchObject({ dtype: "f32", eps: 1e-3, atol: 2e-3, rtol: 2e-3 });
    expect(report.ok, report.text).toBe(true);
  });

  it("draws class ids within range, and positive values for inputs reaching log", () => {
    const ir = referenceIR(`
model M {
  input ids: i32[50]
  input y: i32[50]
  input p: f32[50]
  e = Embedding(7, 3)
  logits = Dense(5)(e(ids))
  loss = cross_entropy(logits, y) + sum(log(p))
  train step: minimize loss with sgd(lr = 0.1)
}`.replace("logits = Dense(5)(e(ids))", "fc = Dense(5)\n  logits = fc(e(ids))"));
    const feeds = drawFeeds(ir, 1);
    expect(Math.max(...feeds.ids)).toBeLessThan(7);
    expect(Math.max(...feeds.y)).toBeLessThan(5);
    expect(Math.min(...feeds.ids, ...feeds.y)).toBeGreaterThanOrEqual(0);
    expect(new Set(feeds.y).size).toBeGreaterThan(1);
    expect(Math.min(...feeds.p)).toBeGreaterThan(0);
  });

  it("is deterministic for a seed", async () => {
    const a = await gradcheck(PENALTY, { seed: 9 });
    const b = await gradcheck(PENALTY, { seed: 9 });
    expect(a.rows).toEqual(b.rows);
  });

  it("says so when a model has no loss to check", async () => {
    const report = await gradcheck("model M {\n  input x: f32[2]\n  output y = tanh(x)\n}\n");
    expect(report).toMatchObject({ ok: true, rows: [] });
    expect(report.text).toMatch(/no train step/);
  });

  it("reports a model that does not compile with its diagnostics", async () => {
    const report = await gradcheck("model M {\n  input x: f32[2]\n  loss = sum(x @ x)\n}\n",
      { file: "m.kiln" });
    expect(report.ok).toBe(false);
    expect(report.rows).toEqual([]);
    expect(report.text).toMatch(/^m\.kiln:3:14: error: @ needs operands of rank 2/);
  });
});

describe("grad(...) of a layer's param", () => {
  it("differentiates every mention of it, as a train step does", async () => {
    // fc.W names a new param node at each mention; grad must reach the one the layer used.
    const src = `
model M {
  input x: f32[2, 3]
  fc = Dense(2)
  y = fc(x)
  output gw = grad(sum(y * y), fc.W)
  loss = sum(y * y)
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const model = (await compileToModel(src, { dtype: "f64" })).create({ seed: 1 });
    const x = new Float64Array([1, 2, 3, -1, 0.5, 2]);
    const gw = Array.from(model.predict({ x }).gw as Float64Array);
    const want = Array.from(model.gradients({ x }).grads["fc.W"] as Float64Array);
    expect(want.some((v) => v !== 0)).toBe(true);
    gw.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
  });
});

describe("kiln check", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-check-"));
  const good = join(dir, "net.kiln");
  writeFileSync(good, TANH);

  it("prints the table and exits 0 when every gradient matches", async () => {
    const r = await cli(["check", good, "--seed", "3"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^loss +mode +tensor +shape +max abs error +max rel error/);
    expect(r.out).toMatch(/W +\[2, 2\] .* PASS/);
    expect(r.out).toMatch(/seed 3\)/);
  });

  it("prints JSON with --json", async () => {
    const r = await cli(["check", good, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(true);
    expect(json.rows.map((row: { tensor: string }) => row.tensor).sort()).toEqual(["W", "x", "y"]);
    expect(json.text).toBeUndefined();
  });

  it("exits 1 with diagnostics for a model error", async () => {
    const bad = join(dir, "bad.kiln");
    writeFileSync(bad, "model M {\n  input x: f32[2]\n  loss = sum(x @ x)\n}\n");
    const r = await cli(["check", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.kiln:3:14: error: @ needs operands of rank 2/);
    expect(r.out).toBe("");
  });

  it("applies --dim and --model", async () => {
    const file = join(dir, "two.kiln");
    writeFileSync(file, `dim N = 2\n${TANH.replace(/\[3, 2\]/g, "[N, 2]")}\n` +
      TANH.replace("Net", "Other"));
    const r = await cli(["check", file, "--dim", "N=5", "--model", "Net", "--json"]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out).rows.find((row: { tensor: string }) => row.tensor === "x");
    expect(x.shape).toEqual([5, 2]);
  });
});
