// A differential test against an independent autodiff: TensorFlow.js evaluates the forward
// graph of every loss of random models (see generate.ts) and differentiates it with its
// own gradient rules; Kiln's float32 module must agree within float32 tolerance.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawFeeds } from "../../compiler/tools/gradcheck.ts";
import type { Graph, Node } from "../../compiler/ir/types.ts";
import { compile, importModule } from "../../compiler/index.ts";
import { evaluateAll } from "../../compiler/ir/interpret.ts";
import { broadcastStrides, forEachIndex, tensor, type Tensor } from "../../compiler/ir/tensor.ts";
import { Coverage, models, runs, timeout } from "./arbitrary.ts";
import { Rng } from "./harness.ts";
import { referenceIR } from "./reference.ts";
import { floats, forward, tf, tfFunction, tfReady, UNTRANSLATED } from "./tfjs.ts";

beforeAll(tfReady);

const features = new Coverage();
let skipped = 0;
afterAll(() => console.log(`${features.summary("tfjs differential: features")}; ` +
  `${skipped} programs skipped at a tie or kink`));

const COMPARE = new Set(["lt", "le", "gt", "ge", "eq", "ne"]);

/** Whether a comparison's operands come within float32 rounding of each other somewhere
 * (equal integers, such as class ids, compare the same in any precision). */
function nearTie(n: Node, values: readonly Tensor[]): boolean {
  const [a, b] = n.inputs.map((i) => values[i]);
  let near = false;
  forEachIndex(n.shape, [broadcastStrides(a.shape, n.shape), broadcastStrides(b.shape, n.shape)],
    (_o, offs) => {
      const p = a.data[offs[0]], q = b.data[offs[1]];
      const exact = p === q && Number.isInteger(p);
      if (!exact && Math.abs(p - q) <= 1e-5 * (1 + Math.abs(p) + Math.abs(q))) near = true;
    });
  return near;
}

/**
 * Frameworks may differ where the loss is not differentiable: tfjs gives every tied maximum
 * the whole gradient and abs'(0) = -1, where Kiln splits ties and takes sign(0) = 0; and a
 * mask whose operands nearly tie can flip between float32 (Kiln's module) and float64
 * (the interpreter, which gives tfjs its masks).
 */
function atKink(g: Graph, values: readonly Tensor[]): boolean {
  return g.nodes.some((n) => {
    const x = values[n.inputs[0]];
    if (COMPARE.has(n.op)) return nearTie(n, values);
    if (n.op === "abs") return x.data.some((v) => v === 0);
    if (n.op !== "max" && n.op !== "min") return false;
    const y = values[n.id].data;
    const hits = new Map<number, number>();
    for (const v of x.data) if (y.includes(v)) hits.set(v, (hits.get(v) ?? 0) + 1);
    return [...hits.values()].some((k) => k > 1);
  });
}

/** Within float32 tolerance, relative to the tensor's largest value. */
function close(got: ArrayLike<number>, want: ArrayLike<number>): string | undefined {
  let scale = 0;
  for (let i = 0; i < want.length; i++) scale = Math.max(scale, Math.abs(want[i]));
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= 1e-4 + 2e-3 * scale)) {
      return `element ${i}: Kiln ${got[i]}, tfjs ${want[i]} (largest |value| ${scale})`;
    }
  }
  return undefined;
}

describe("random models", () => {
  it("get the same losses and gradients from TensorFlow.js", async () => {
    await fc.assert(fc.asyncProperty(models(), fc.nat(1000), async (m, seed) => {
      const r = compile(m.source, { declarations: false });
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
      const model = (await importModule(r.js)).create({ seed });
      // TensorFlow.js has no loop nodes: it runs the loops unrolled, the module rolled.
      const ir = referenceIR(m.source, undefined, undefined, "unroll");
      const feeds = drawFeeds(ir, seed, "f32");
      const leaf = (shape: number[], data: ArrayLike<number>) => tensor(shape, data);
      const inputs = new Map([...ir.decls.inputs].map(([k, d]) => [k, leaf(d.shape, feeds[k])]));
      const params = new Map([...ir.decls.params].map(([k, d]) =>
        [k, leaf(d.shape, model.params[k])]));
      const state = new Map([...ir.decls.state].map(([k, d]) => [k, leaf(d.shape, model.state[k])]));
      const wrt = [...params.keys(), ...[...ir.decls.inputs.values()].filter((d) => d.dtype === "f")
        .map((d) => d.name)];
      const entries = ir.gradients.filter((g) => g.mode === "train");
      const valueOf = (g: Graph) => g.outputs.find((o) => o.role === "value")!.node;
      // tfjs 4.22's tile (broadcastTo) has no gradient above rank 4.
      fc.pre(entries.every((e) => forward(e.graph, valueOf(e.graph)).every((n) =>
        n.shape.length <= 4 && !UNTRANSLATED.has(n.op))));
      for (const e of entries) {
        const drawSeed = seed + 1;
        const values = evaluateAll(e.graph, { inputs, params, state, rng: new Rng(drawSeed) });
        if (atKink(e.graph, values)) {
          skipped++;
          return;
        }
        const got = model.gradients(feeds, { loss: e.loss, mode: "train", seed: drawSeed });
        const f = tfFunction(e.graph, valueOf(e.graph), inputs, values);
        const given = (name: string) => (params.get(name) ?? inputs.get(name) ?? state.get(name))!;
        const xs = wrt.map((k) => floats(given(k)));
        const want = tf.tidy(() => {
          const { value, grads } = tf.valueAndGrads((...ts: tf.Tensor[]) => {
            const leaves = new Map(wrt.map((k, i) => [k, ts[i]]));
            for (const [k, t] of state) leaves.set(k, floats(t));
            // Every leaf joins the loss (times 0), so tfjs differentiates even unused ones.
            return ts.reduce((acc, t) => tf.add(acc, tf.mul(0, tf.sum(t))), f(leaves));
          })(xs);
          return { value: value.dataSync()[0], grads: grads.map((g) => g.dataSync()) };
        });
        xs.forEach((x) => x.dispose());
        const where = `${e.loss}:`;
        expect(close([got.value], [want.value]), `${where} value`).toBeUndefined();
        wrt.forEach((k, i) => expect(close(got.grads[k], want.grads[i]), `${where} d/d ${k}`)
          .toBeUndefined());
      }
      features.add(m.source, m.features);
    }), { seed: 5, numRuns: runs(25, 1000) });
  }, timeout(120_000));
});
