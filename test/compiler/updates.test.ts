// State updates (docs/language.md, "State and updates") against PyTorch: the same models as
// nn.Modules (test/support/torch_updates.py), trained in float64 from the params Kiln drew,
// must leave the same running statistics, buffers and params after every step.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../compiler/index.ts";
import { Rng } from "../../runtime/rng.ts";

const PYTHON = "/usr/bin/python3";
const SCRIPT = new URL("../support/torch_updates.py", import.meta.url).pathname;

type Feeds = Record<string, Float64Array>;
interface TorchRun { states: Record<string, number[] | number>[]; params: Record<string, number[]>;
  predict?: number[][] }

function torch(request: object): TorchRun {
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(request), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${PYTHON} ${SCRIPT} failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

const rng = new Rng(5);
const draw = (n: number, shift = 0) => Float64Array.from({ length: n }, () => shift + rng.normal());

/** Kiln's state name for PyTorch's buffer name. */
const kilnName = (name: string) => name.replace("running_mean", "mean").replace("running_var", "var");
/** Kiln's params (W as [in, out]) in PyTorch's layout, by PyTorch's name. */
const torchParam = (name: string, v: Float64Array, shape: number[]): number[] => {
  if (!name.endsWith(".W")) return Array.from(v);
  const [k, u] = shape;
  return Array.from({ length: k * u }, (_, i) => v[(i % k) * u + Math.floor(i / k)]);
};

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

function expectClose(got: ArrayLike<number>, want: number[], what: string) {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i]), what).toBeLessThan(1e-12);
}

/** Trains the Kiln model and PyTorch's twin on the same steps; compares after each step. */
async function compare(scenario: string, source: string, steps: [string, Feeds][],
  predict?: Feeds) {
  const mod = await compileToModel(source, { dtype: "f64" });
  const m = mod.create({ seed: 3 });
  const params: Record<string, number[]> = {};
  for (const p of mod.meta.params as { name: string; shape: number[] }[]) {
    params[p.name] = Array.from(m.params[p.name] as Float64Array);
  }
  const asLists = (f: Feeds) => Object.fromEntries(Object.entries(f).map(([k, v]) =>
    [k, chunk(Array.from(v), mod.meta.inputs.find((i: { name: string }) => i.name === k).shape)]));
  const ref = torch({ scenario, params: Object.fromEntries(Object.entries(params).map(([k, v]) =>
    [k, chunk(v, (mod.meta.params as { name: string; shape: number[] }[]).find((p) => p.name === k)!.shape)])),
  steps: steps.map(([s, f]) => [s, asLists(f)]), predict: predict && asLists(predict) });
  steps.forEach(([step, feeds], i) => {
    m.train(feeds, step);
    for (const [name, v] of Object.entries(ref.states[i])) {
      expectClose(m.state[kilnName(name)], flat(v), `${kilnName(name)} after step ${i + 1} (${step})`);
    }
  });
  for (const p of mod.meta.params as { name: string; shape: number[] }[]) {
    const torchName = p.name.replace(/\.W$/, ".weight").replace(/\.b$/, ".bias")
      .replace(/\.gamma$/, ".weight").replace(/\.beta$/, ".bias");
    const want = flat(ref.params[torchName] ?? ref.params[torchName.replace(/(\.\w+)$/, ".0$1")]);
    expectClose(torchParam(p.name, m.params[p.name], p.shape), want, p.name);
  }
  return { m, ref };
}

/** Nested lists of `shape` from row-major values. */
function chunk(v: number[], shape: number[]): unknown {
  if (shape.length <= 1) return shape.length ? v : v[0];
  const n = v.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) => chunk(v.slice(i * n, (i + 1) * n), shape.slice(1)));
}

const batch = () => ({ x: draw(12, 1) });

describe("state updates match PyTorch", () => {
  it("applies both calls' updates, in order, when a batch norm runs twice in a step", async () => {
    const src = `model D {
  input real: f32[4, 3]
  input fake: f32[4, 3]
  bn = BatchNorm()
  fc = Dense(1)
  loss = mean(fc(bn(real))) - mean(fc(bn(fake)))
  train step: minimize loss with sgd(lr = 0.1)
}`;
    const steps = [0, 1].map(() => ["step", { real: draw(12, 2), fake: draw(12, -1) }] as [string, Feeds]);
    await compare("twice", src, steps);
  });

  it("moves the statistics only in the steps whose loss runs the batch norm", async () => {
    const src = `model T {
  input x: f32[4, 3]
  trunk = Dense(3, act = tanh)
  bn = BatchNorm()
  ha = Dense(1)
  hb = Dense(1)
  h = trunk(x)
  la = mean(square(ha(bn(h))))
  lb = mean(square(hb(h)))
  train a: minimize la with sgd(lr = 0.1)
  train b: minimize lb with sgd(lr = 0.1)
}`;
    const { m } = await compare("trunk", src, ["a", "b", "b", "a", "b"].map((s) => [s, batch()]));
    const before = Array.from(m.state["bn.mean"]);
    m.train(batch(), "b");
    expect(Array.from(m.state["bn.mean"])).toEqual(before);
  });

  for (const where of ["before", "after"]) {
    it(`leaves the statistics to the training batch with a predict-only call ${where} it`,
      async () => {
        const out = "  output o = bn(other)\n";
        const src = `model P {
  input x: f32[4, 3]
  input other: f32[4, 3]
  bn = BatchNorm()
  fc = Dense(1)
${where === "before" ? out : ""}  loss = mean(square(fc(bn(x))))
${where === "after" ? out : ""}  train fit: minimize loss with sgd(lr = 0.1)
}`;
        const other = { other: draw(12, 3) };
        const { m, ref } = await compare(`output_${where}`, src, [0, 1, 2].map(() => ["fit", batch()]),
          other);
        expectClose(m.predict(other).o, flat(ref.predict), "predict's o");
        // No warning: the statistics do move, in the training call.
        expect(compile(src, { dtype: "f64" }).diagnostics).toEqual([]);
      });
  }

  it("applies updates that read only params and state (an EMA, a step counter)", async () => {
    const src = `model E {
  input x: f32[4, 3]
  fc = Dense(2)
  state ema: [3, 2] = zeros
  state n: [] = zeros
  loss = mean(square(fc(x)))
  update ema = 0.9 * ema + 0.1 * fc.W
  update n = n + 1
  train fit: minimize loss with sgd(lr = 0.1)
}`;
    const { m } = await compare("ema", src, [0, 1, 2].map(() => ["fit", batch()]));
    expect(m.state.n[0]).toBe(3);
  });

  it("lets a read after an update see the new value", async () => {
    const src = `layer Scaled()(x: [N, D]) {
  state n: [] = zeros
  update n = n + 1
  return x * n
}
model F {
  input x: f32[4, 3]
  s = Scaled()
  fc = Dense(1)
  loss = mean(square(fc(s(x)))) + mean(square(fc(s(x))))
  train fit: minimize loss with sgd(lr = 0.1)
}`;
    const { m } = await compare("scaled", src, [0, 1].map(() => ["fit", batch()]));
    expect(m.state["s.n"][0]).toBe(4);
  });

  it("runs every call made in a layer call that runs, whether or not its result is used",
    async () => {
      const src = `layer Block()(x: [N, D]) {
  bn = BatchNorm()
  t = bn(x)
  fc = Dense(3)
  return fc(x)
}
model G {
  input x: f32[4, 3]
  blk = Block()
  loss = mean(square(blk(x)))
  train fit: minimize loss with sgd(lr = 0.1)
}`;
      await compare("block", src, [0, 1].map(() => ["fit", batch()]));
    });
});

describe("state updates, beyond PyTorch's models", () => {
  const run = async (body: string, optimize: 0 | 2) => {
    const src = `model M {\n  input x: f32[2]\n  param w: [2] = ones\n  state a: [2] = zeros\n` +
      `  state b: [2] = ones\n  loss = sum(w * x)\n${body}\n  train fit: minimize loss with sgd(lr = 0.5)\n}`;
    const m = (await compileToModel(src, { dtype: "f64", optimize })).create();
    m.train({ x: new Float64Array([1, 2]) });
    return { a: Array.from(m.state.a as Float64Array), b: Array.from(m.state.b as Float64Array) };
  };

  for (const level of [0, 2] as const) {
    it(`chains updates of several states in order (-O${level})`, async () => {
      // a reads b before b's update, then b doubles twice: a = 1, b = 4.
      expect(await run("  update a = b\n  update b = b * 2\n  update b = b * 2", level))
        .toEqual({ a: [1, 1], b: [4, 4] });
      // After b's update, a read of b sees 2.
      expect(await run("  update b = b * 2\n  update a = b + 0", level))
        .toEqual({ a: [2, 2], b: [2, 2] });
    });
  }

  // The param is updated in place; the state still gets its value from the step's start.
  for (const level of [0, 2] as const) {
    it(`reads a param as it was in the step, before the optimizer moved it (-O${level})`,
      async () => {
        expect((await run("  update a = w", level)).a).toEqual([1, 1]);
      });
  }

  it("warns of state that no step updates, once per instance", () => {
    const src = `model M {
  input x: f32[4, 3]
  bn = BatchNorm()
  fc = Dense(1)
  output o = bn(x)
  loss = mean(square(fc(x)))
  train fit: minimize loss over fc with sgd(lr = 0.1)
}`;
    const r = compile(src, { file: "m.kiln" });
    expect(r.ok).toBe(true);
    const never = r.diagnostics.filter((d) => d.message.startsWith("state "));
    expect(never.map((d) => d.message)).toEqual(["state 'bn.mean', 'bn.var' never " +
      "change: 'bn' updates them only in calls whose results no train step uses"]);
    expect(never[0].span!.line).toBe(5);
  });

  it("rebuilds for a step only what reads a skipped update", () => {
    const src = `model M {
  input x: f32[4, 3]
  input z: f32[4, 3]
  bn = BatchNorm()
  fa = Dense(1)
  fb = Dense(1)
  la = mean(square(fa(bn(x))))
  lb = mean(square(fb(bn(z))))
  train a: minimize la with sgd(lr = 0.1)
  train b: minimize lb with sgd(lr = 0.1)
}`;
    const ir = compile(src, { optimize: 0 }).ir!;
    // Each step's new statistics start from the stored ones, not from the other step's.
    for (const s of ir.steps) {
      const feeds = s.graph.nodes.filter((n) => n.op === "input").map((n) => n.attrs.name);
      expect(feeds).toEqual([s.decl.name === "a" ? "x" : "z"]);
      expect(s.graph.outputs.filter((o) => o.role === "state").map((o) => o.name))
        .toEqual(["bn.mean", "bn.var"]);
    }
  });
});
