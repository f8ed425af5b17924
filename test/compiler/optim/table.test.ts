// The optimizers' updates (compiler/optim/table.ts) against hand-computed steps and the
// textbook forms, evaluated by the reference interpreter in float64; then the same updates
// compiled into modules (float32 with SIMD kernels, float64 with JS loops) against it.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../../compiler/ir/builder.ts";
import { evaluate } from "../../../compiler/ir/interpret.ts";
import { tensor } from "../../../compiler/ir/tensor.ts";
import { type OptimizerDef, type OptimizerName, OPTIMIZERS } from "../../../compiler/optim/table.ts";
import { compileToModel } from "../../../compiler/index.ts";

type Name = OptimizerName;
const ARGS = { weight_decay: 0 };

/** Runs `name`'s update for each gradient in turn from p0 and zero slots; returns the param
 * and slots after each step. */
function run(name: Name, args: Record<string, number | boolean>, p0: number[], grads: number[][]) {
  const def: OptimizerDef = OPTIMIZERS[name];
  const all: Record<string, number | boolean> = { ...ARGS, ...def.defaults, ...args };
  const n = p0.length;
  const b = new GraphBuilder();
  const p = b.add("param", [], { name: "p", shape: [n] });
  const g = b.add("input", [], { name: "g", shape: [n], dtype: "f" });
  const slots = Object.fromEntries(def.slots.map((s) => [s, b.add("state", [], { name: s, shape: [n] })]));
  const lr = b.add("hyper", [], { name: "lr" }), t = b.add("hyper", [], { name: "t" });
  const u = def.update({ b, p, g, slots, lr, t, args: all });
  const graph = { nodes: b.nodes, outputs: [{ name: "p", node: u.param, role: "param" as const },
    ...def.slots.map((s) => ({ name: s, node: u.slots[s], role: "state" as const }))] };
  let param = tensor([n], p0);
  const state = new Map(def.slots.map((s) => [s, tensor([n])]));
  return grads.map((gk, k) => {
    const out = evaluate(graph, { inputs: new Map([["g", tensor([n], gk)]]),
      params: new Map([["p", param]]), state,
      hypers: new Map([["lr", all.lr as number], ["t", k + 1]]) });
    param = out.get("p")!;
    for (const s of def.slots) state.set(s, out.get(s)!);
    return { p: [...param.data], ...Object.fromEntries(def.slots.map((s) => [s, [...state.get(s)!.data]])) } as
      Record<string, number[]>;
  });
}

function expectClose(got: number[], want: number[], digits = 12): void {
  expect(got.length).toBe(want.length);
  got.forEach((x, i) => expect(x).toBeCloseTo(want[i], digits));
}

describe("sgd", () => {
  it("steps p - lr * (g + wd * p) with the decay read before the update", () => {
    const [s1, s2] = run("sgd", { lr: 0.1, weight_decay: 0.01 }, [1, -2], [[0.5, 0.25], [0.5, 0.25]]);
    expectClose(s1.p, [0.949, -2.023]); // 1 - 0.1 * 0.51, -2 - 0.1 * 0.23
    expectClose(s2.p, [0.898051, -2.045977]); // 0.949 - 0.1 * 0.50949, ...
  });
});

describe("momentum", () => {
  const grads = [[1], [2], [3]];
  const steps = (nesterov: boolean, wd = 0, p0 = 1) =>
    run("momentum", { lr: 0.1, momentum: 0.9, nesterov, weight_decay: wd }, [p0], grads);

  it("starts the buffer at the first gradient, then buf = momentum * buf + g", () => {
    // buf: 1, 0.9 * 1 + 2 = 2.9, 0.9 * 2.9 + 3 = 5.61; p: 1 - 0.1, - 0.29, - 0.561.
    const s = steps(false);
    expectClose(s.map((x) => x.momentum_buffer[0]), [1, 2.9, 5.61]);
    expectClose(s.map((x) => x.p[0]), [0.9, 0.61, 0.049]);
  });

  it("with nesterov steps along g + momentum * buf", () => {
    const s = steps(true);
    expectClose(s.map((x) => x.momentum_buffer[0]), [1, 2.9, 5.61]);
    expectClose(s.map((x) => x.p[0]), [0.81, 0.349, -0.4559]);
  });

  it("adds weight decay to the gradient before the buffer", () => {
    // g' = 1 + 0.1 * 2 = 1.2, p = 2 - 0.12 = 1.88; g' = 2 + 0.188, buf = 1.08 + 2.188.
    const s = steps(false, 0.1, 2);
    expectClose([s[0].p[0], s[0].momentum_buffer[0]], [1.88, 1.2]);
    expectClose([s[1].p[0], s[1].momentum_buffer[0]], [1.88 - 0.1 * 3.268, 3.268]);
  });
});

describe("rmsprop", () => {
  it("keeps sq = alpha * sq + (1 - alpha) * g² and divides by sqrt(sq) + eps", () => {
    const [s1, s2] = run("rmsprop", { lr: 0.01, alpha: 0.99, eps: 1e-8 }, [1], [[2], [-1]]);
    expectClose(s1.square_avg, [0.04]);
    const p1 = 1 - (0.01 * 2) / (0.2 + 1e-8);
    expectClose(s1.p, [p1]);
    expectClose(s2.square_avg, [0.0496]); // 0.99 * 0.04 + 0.01 * 1
    expectClose(s2.p, [p1 + 0.01 / (Math.sqrt(0.0496) + 1e-8)]);
  });

  it("adds weight decay to the gradient", () => {
    const [s] = run("rmsprop", { lr: 0.01, alpha: 0.9, eps: 1e-8, weight_decay: 0.5 }, [2], [[1]]);
    // g' = 1 + 0.5 * 2 = 2, sq = 0.1 * 4 = 0.4.
    expectClose(s.square_avg, [0.4]);
    expectClose(s.p, [2 - (0.01 * 2) / (Math.sqrt(0.4) + 1e-8)]);
  });
});

/** Adam in the textbook form of Kingma & Ba (m̂ / (sqrt(v̂) + eps)), written independently. */
function referenceAdam(p0: number[], grads: number[][],
  o: { lr: number; b1: number; b2: number; eps: number; l2: number; decoupled: number }): number[][] {
  const p = p0.slice();
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  return grads.map((g, k) => {
    const t = k + 1;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i] + o.l2 * p[i];
      p[i] *= 1 - o.lr * o.decoupled;
      m[i] = o.b1 * m[i] + (1 - o.b1) * gi;
      v[i] = o.b2 * v[i] + (1 - o.b2) * gi * gi;
      const mHat = m[i] / (1 - o.b1 ** t);
      const vHat = v[i] / (1 - o.b2 ** t);
      p[i] -= (o.lr * mHat) / (Math.sqrt(vHat) + o.eps);
    }
    return p.slice();
  });
}

describe("adam", () => {
  const grads = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.1]];

  it("at t = 1 bias correction makes the step lr * g / (|g| + eps)", () => {
    const [s] = run("adam", { lr: 0.001 }, [0.5, -1], [[0.1, -0.2]]);
    expectClose(s.exp_avg, [0.01, -0.02]);
    expectClose(s.exp_avg_sq, [1e-5, 4e-5], 15);
    expectClose(s.p, [0.5 - 0.001 * (0.1 / (0.1 + 1e-8)), -1 + 0.001 * (0.2 / (0.2 + 1e-8))]);
  });

  it("at t = 2 corrects by 1 - beta^2 (hand-computed)", () => {
    const [, s] = run("adam", { lr: 0.1 }, [0], [[1], [3]]);
    // m = 0.9 * 0.1 + 0.1 * 3 = 0.39; v = 0.999 * 0.001 + 0.001 * 9 = 0.009999.
    expectClose(s.exp_avg, [0.39]);
    expectClose(s.exp_avg_sq, [0.009999]);
    const step1 = 0.1 * (1 / (1 + 1e-8));
    const step2 = (0.1 * (0.39 / 0.19)) / (Math.sqrt(0.009999 / 0.001999) + 1e-8);
    expectClose(s.p, [-step1 - step2]);
  });

  it("matches the textbook form over three steps, with L2 weight decay in the gradient", () => {
    const o = { lr: 0.01, b1: 0.8, b2: 0.95, eps: 1e-6, l2: 0.1, decoupled: 0 };
    const want = referenceAdam([0.5, -1], grads, o);
    const got = run("adam", { lr: o.lr, beta1: o.b1, beta2: o.b2, eps: o.eps, weight_decay: 0.1 },
      [0.5, -1], grads);
    got.forEach((s, k) => expectClose(s.p, want[k]));
  });
});

describe("adamw", () => {
  it("decays the param by 1 - lr * wd before an Adam step without L2 (hand-computed)", () => {
    const [s1, s2] = run("adamw", { lr: 0.1, weight_decay: 0.01 }, [1], [[0.5], [0.5]]);
    const p1 = 1 * (1 - 0.1 * 0.01) - 0.1 * (0.5 / (0.5 + 1e-8));
    expectClose(s1.p, [p1]);
    // Constant g: m̂ = 0.5 and v̂ = 0.25 exactly, so the Adam part is again lr * 0.5 / 0.5.
    expectClose(s2.p, [p1 * 0.999 - 0.1 * (0.5 / (0.5 + 1e-8))]);
  });

  it("matches the textbook AdamW over three steps and differs from Adam with L2", () => {
    const grads = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.1]];
    const o = { lr: 0.01, b1: 0.9, b2: 0.999, eps: 1e-8, l2: 0, decoupled: 0.5 };
    const want = referenceAdam([0.5, -1], grads, o);
    const w = run("adamw", { lr: 0.01, weight_decay: 0.5 }, [0.5, -1], grads);
    const l2 = run("adam", { lr: 0.01, weight_decay: 0.5 }, [0.5, -1], grads);
    w.forEach((s, k) => expectClose(s.p, want[k]));
    expect(Math.abs(w[2].p[0] - l2[2].p[0])).toBeGreaterThan(1e-4);
  });
});

describe("every optimizer", () => {
  it("keeps its slots under PyTorch's state names, and weight decay 0 leaves no trace", () => {
    expect(OPTIMIZERS.adam.slots).toEqual(["exp_avg", "exp_avg_sq"]);
    expect(OPTIMIZERS.momentum.slots).toEqual(["momentum_buffer"]);
    expect(OPTIMIZERS.rmsprop.slots).toEqual(["square_avg"]);
    const b = new GraphBuilder();
    const [p, g] = ["p", "g"].map((name) => b.add("param", [], { name, shape: [3] }));
    const before = b.nodes.length;
    OPTIMIZERS.sgd.update({ b, p, g, slots: {}, lr: b.add("hyper", [], { name: "lr" }),
      t: b.add("hyper", [], { name: "t" }), args: { lr: 1, weight_decay: 0 } });
    expect(b.nodes.slice(before).map((n) => n.op)).toEqual(["hyper", "hyper", "mul", "sub"]);
  });
});

/** A model whose loss is sum(W * g): its gradient for W is the fed g. */
const model = (optimizer: string, clip = "") => `model M {
  input g: f32[64]
  input h: f32[6]
  param W: [64] = uniform(-1, 1)
  param V: [6] = uniform(-1, 1)
  loss = sum(W * g) + sum(V * h)
  train step: minimize loss with ${optimizer.replace(")", `${clip})`)}
}`;

describe("compiled updates", () => {
  const grads = [0, 1, 2].map((k) => ({
    g: Float32Array.from({ length: 64 }, (_, i) => Math.sin(i + 7 * k) * (k + 1)),
    h: Float32Array.from({ length: 6 }, (_, i) => Math.cos(i - k)),
  }));
  const cases = ["sgd(lr = 0.1, weight_decay = 0.01)", "momentum(lr = 0.1, nesterov = true)",
    "momentum(lr = 0.05, weight_decay = 0.1)", "rmsprop(lr = 0.01, alpha = 0.9)",
    "adam(lr = 0.01, weight_decay = 0.1)", "adamw(lr = 0.01, beta1 = 0.8)"];
  for (const opt of cases) {
    it(`run ${opt} as the interpreter does, in float32 (SIMD) and float64`, async () => {
      const name = opt.slice(0, opt.indexOf("(")) as Name;
      const args = Object.fromEntries(opt.slice(opt.indexOf("(") + 1, -1).split(", ").map((kv) => {
        const [k, v] = kv.split(" = ");
        return [k, v === "true" ? true : Number(v)];
      }));
      for (const dtype of ["f32", "f64"] as const) {
        const mod = await compileToModel(model(opt), { dtype });
        const m = mod.create({ seed: 3 });
        if (dtype === "f32") expect(m.backend).toBe("simd");
        const W0 = [...m.params.W], V0 = [...m.params.V];
        for (const feeds of grads) m.train(feeds);
        const want = run(name, args, W0, grads.map((f) => [...f.g]));
        const wantV = run(name, args, V0, grads.map((f) => [...f.h]));
        expectClose([...m.params.W], want[2].p, dtype === "f32" ? 5 : 12);
        expectClose([...m.params.V], wantV[2].p, dtype === "f32" ? 5 : 12);
      }
    });
  }

  it("clip the global norm over every gradient of the step first", async () => {
    const mod = await compileToModel(model("sgd(lr = 1)", ", clip_norm = 2"), { dtype: "f64" });
    const m = mod.create();
    const W0 = [...m.params.W], V0 = [...m.params.V];
    m.train(grads[0]);
    const norm = Math.hypot(...grads[0].g, ...grads[0].h);
    const scale = Math.min(1, 2 / (norm + 1e-6));
    expect(norm).toBeGreaterThan(2);
    expectClose([...m.params.W], W0.map((w, i) => w - grads[0].g[i] * scale));
    expectClose([...m.params.V], V0.map((v, i) => v - grads[0].h[i] * scale));
  });
});
