// Models with several train steps (GANs): each step trains only the params it selects, with
// its own optimizer state; stop_gradient cuts the generator out of the discriminator's
// loss; noise is drawn inside the model; params that no step trains are reported.
import { describe, expect, it } from "vitest";
import { compile, compileToModel } from "../../compiler/index.ts";

const gan = (fakeInDisc: string) => `
dim B = 8
model Gan {
  input real: f32[B, 2]
  gen = Dense(2)
  disc = Dense(1)
  fake = gen(normal([B, 3]))
  output sample = fake
  d_loss = bce_with_logits(disc(real), ones([B, 1])) +
           bce_with_logits(disc(${fakeInDisc}), zeros([B, 1]))
  g_loss = bce_with_logits(disc(fake), ones([B, 1]))
  train d: minimize d_loss over disc with adam(lr = 1e-2)
  train g: minimize g_loss over gen with sgd(lr = 1e-1)
}`;

const real = new Float32Array(16).map((_, i) => Math.cos(i));
const snapshot = (model: any) =>
  Object.fromEntries(Object.entries(model.params).map(([k, v]) => [k, Array.from(v as Float32Array)]));

describe("several train steps", () => {
  it("changes only the params of the step that runs", async () => {
    const model = (await compileToModel(gan("stop_gradient(fake)"))).create({ seed: 1 });
    const changed = (before: Record<string, number[]>) => Object.keys(before)
      .filter((k) => model.params[k].some((v: number, i: number) => v !== before[k][i])).sort();
    for (const [step, own] of [["d", ["disc.W", "disc.b"]], ["g", ["gen.W", "gen.b"]]] as const) {
      for (let i = 0; i < 3; i++) {
        const before = snapshot(model);
        const loss = model.train({ real }, step);
        expect(Number.isFinite(loss)).toBe(true);
        expect(changed(before)).toEqual(own);
      }
    }
  });

  it("keeps one optimizer state per step, for that step's params", async () => {
    const mod = await compileToModel(gan("stop_gradient(fake)"));
    expect(mod.meta.steps.map((s: any) => [s.name, s.optimizer, s.params])).toEqual([
      ["d", "adam", ["disc.W", "disc.b"]],
      ["g", "sgd", ["gen.W", "gen.b"]],
    ]);
    expect(compile(gan("stop_gradient(fake)"), { declarations: false }).diagnostics).toEqual([]);
    // Adam keeps m and v for the discriminator; plain SGD keeps nothing for the generator.
    const bytes: Uint8Array = mod.create().save();
    const headerLength = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
    expect(Object.keys(header).filter((k) => k.startsWith("optim/")).sort()).toEqual([
      "optim/d/disc.W/exp_avg", "optim/d/disc.W/exp_avg_sq", "optim/d/disc.b/exp_avg",
      "optim/d/disc.b/exp_avg_sq", "optim/d/t", "optim/g/t"]);
  });

  it("stop_gradient keeps the discriminator's loss from reaching the generator", async () => {
    const grads = async (fake: string) => {
      const model = (await compileToModel(gan(fake))).create({ seed: 2 });
      const g = model.gradients({ real }, { loss: "d_loss", seed: 4 }).grads;
      return Array.from(g["gen.W"] as Float32Array);
    };
    expect((await grads("stop_gradient(fake)")).every((v) => v === 0)).toBe(true);
    expect((await grads("fake")).some((v) => v !== 0)).toBe(true);
  });

  it("draws fresh noise at every call, and repeats it under gradients' seed", async () => {
    const model = (await compileToModel(gan("stop_gradient(fake)"))).create({ seed: 3 });
    const a = Array.from(model.predict({}).sample as Float32Array);
    const b = Array.from(model.predict({}).sample as Float32Array);
    expect(a).not.toEqual(b);
    const v1 = model.gradients({ real }, { loss: "g_loss", seed: 9 }).value;
    const v2 = model.gradients({ real }, { loss: "g_loss", seed: 9 }).value;
    const v3 = model.gradients({ real }, { loss: "g_loss", seed: 10 }).value;
    expect(v1).toBe(v2);
    expect(v1).not.toBe(v3);
  });

  it("warns about a param that no step trains", () => {
    const r = compile(gan("stop_gradient(fake)").replace("output sample = fake",
      "extra = Dense(2)\n  output sample = extra(fake)"), { declarations: false });
    expect(r.ok).toBe(true);
    const warnings = r.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message);
    expect(warnings).toEqual(["param 'extra.W' is trained by no step",
      "param 'extra.b' is trained by no step"]);
  });
});
