// A model whose two modes elaborate alike (no dropout, batch norm or `training`) is optimized,
// differentiated and emitted once for both: predict comes from the training forward graph,
// and the eval gradients entry runs the training one's code. Models whose modes differ keep
// two of everything.
import { describe, expect, it } from "vitest";
import { compile, importModule } from "../../compiler/index.ts";
import { sameGraph } from "../../compiler/ir/graph.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";

const model = (body: string) => `
model M {
  input x: f32[4, 6]
  input y: i32[4]
  fc1 = Dense(5, act = relu)
  fc2 = Dense(3)
${body}
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-2)
}`;

const ALIKE = model("  logits = x |> fc1 |> fc2");
const DROPOUT = model("  logits = x |> fc1 |> dropout(0.5) |> fc2");
const TRAINING = model("  h = fc1(x)\n  logits = fc2(training ? h * 2 : h)");
const BATCHNORM = model("  bn = BatchNorm()\n  logits = x |> fc1 |> bn |> fc2");

const feeds = {
  x: new Float32Array(24).map((_, i) => Math.sin(i + 1)),
  y: new Int32Array([0, 1, 2, 1]),
};

/** The entry functions the module hands its runtime, in entry order. */
const runs = (js: string) => js.match(/finishModel\(c, \[([^\]]*)\]/)![1].split(", ");

describe("modes that elaborate alike", () => {
  it("build the eval gradients and predict from the training graphs, once", async () => {
    const r = compile(ALIKE, { declarations: false });
    expect(r.ok).toBe(true);
    expect(runs(r.js)).toEqual(["run_predict", "run_step0", "run_grad0", "run_grad0"]);
    expect(r.js).not.toContain("function run_grad1(");
    const passes = r.ir!.passes!;
    expect(passes.find((p) => p.graph === "forward (eval)")).toEqual(
      { graph: "forward (eval)", passes: [], sameAs: "forward (training)" });
    expect(passes.find((p) => p.graph === "gradients loss eval")?.sameAs).toBe("gradients loss train");
    const [train, evalMode] = r.ir!.gradients;
    expect(evalMode.graph).toBe(train.graph);

    const m = (await importModule(r.js)).create({ seed: 3 });
    const a = m.gradients(feeds, { mode: "train" }), b = m.gradients(feeds, { mode: "eval" });
    expect(b.value).toBe(a.value);
    for (const name of Object.keys(a.grads)) expect([...b.grads[name]]).toEqual([...a.grads[name]]);
    expect(Math.max(...[...a.grads["fc1.W"]].map(Math.abs))).toBeGreaterThan(0);
    // Predict, from the training forward graph, agrees with the step's loss at the same params.
    const p = m.predict(feeds).probs;
    const ce = -[0, 1, 2, 3].reduce((s, i) => s + Math.log(p[3 * i + feeds.y[i]]), 0) / 4;
    expect(m.train(feeds)).toBeCloseTo(ce, 5);
  });

  it("are reported by kiln stats as one graph", async () => {
    const { modelStats, formatStats } = await import("../../compiler/tools/stats.ts");
    const s = modelStats(ALIKE, {});
    if (!("report" in s)) throw new Error("stats failed");
    const e = s.report.entries;
    expect(e[3]).toMatchObject({ entry: "gradients loss eval", sameAs: "gradients loss train" });
    expect(e[3].passes).toEqual(e[2].passes);
    expect(formatStats(s.report)).toContain(
      "gradients loss eval: as gradients loss train: the modes elaborate alike");
  });

  for (const [what, src] of [["dropout", DROPOUT], ["`training`", TRAINING],
    ["batch norm", BATCHNORM]] as const) {
    it(`are not assumed: a model with ${what} keeps both modes' graphs`, async () => {
      const r = compile(src, { declarations: false });
      expect(r.ok).toBe(true);
      expect(runs(r.js)).toEqual(["run_predict", "run_step0", "run_grad0", "run_grad1"]);
      expect(r.ir!.passes!.some((p) => p.sameAs !== undefined)).toBe(false);
      const m = (await importModule(r.js)).create({ seed: 3 });
      const a = m.gradients(feeds, { mode: "train", seed: 1 }), b = m.gradients(feeds, { mode: "eval" });
      expect(b.value).not.toBe(a.value);
    });
  }

  it("are compared exactly: 0 and -0 are different graphs", () => {
    const graph = (v: number) => {
      const b = new GraphBuilder();
      return { nodes: b.nodes, outputs: [{ name: "c", node: b.scalar(v), role: "output" as const }] };
    };
    expect(sameGraph(graph(0), graph(-0))).toBe(true); // as printed
    expect(sameGraph(graph(0), graph(-0), true)).toBe(false);
    expect(sameGraph(graph(0), graph(0), true)).toBe(true);
  });
});
