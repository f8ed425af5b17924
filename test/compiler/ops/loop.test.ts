// Loop nodes on their own (the ops `arg`, `loop_index`, `loop`, `loop_output`): hand-written
// graphs in the text form, each checked four ways: the shape rule and the verifier refuse
// what is malformed; the text form reads back; the emitted module (float64 and float32,
// with and without in-place writes) computes what the reference interpreter does; and the
// gradient (a reverse loop) matches central finite differences of the interpreter, to first
// and second order, emitted as the interpreter evaluates it.
import { describe, expect, it } from "vitest";
import { gradients } from "../../../compiler/autodiff/gradients.ts";
import { GraphBuilder } from "../../../compiler/ir/builder.ts";
import { evaluateAll } from "../../../compiler/ir/interpret.ts";
import type { Tensor } from "../../../compiler/ir/tensor.ts";
import { parseGraph, printCompact, printGraph } from "../../../compiler/ir/text.ts";
import type { Graph, GraphOutput } from "../../../compiler/ir/types.ts";
import { fuseOps } from "../../../compiler/passes/fuseOps.ts";
import { optimize } from "../../../compiler/passes/pipeline.ts";
import { verifyGraph } from "../../../compiler/passes/verify.ts";
import { drawTensor, emitGraph, mismatch, Rng } from "../../property/harness.ts";

/** A recurrence over axis 1 of x: h = tanh(h W + x_t); the last h and every step's. */
const RNN = `input x: f32[2, 3, 4]; param W: f32[4, 4]; input h0: f32[2, 4]
%l = loop(W, h0, x) {length=3, reverse=false} body {
  w = arg() {index=0, shape=[4, 4]}; h = arg() {index=1, shape=[2, 4]}
  n = tanh(add(matmul(h, w), arg() {index=2, shape=[2, 4]}))
  value n = n
  carry 1 = 0; sequence 2 {axis=1, start=0, step=1}
  final 1; stack 0 {axis=0, start=0, step=1, extent=3}
}
output hT = loop_output(%l) {index=0}; output hs = loop_output(%l) {index=1}`;

/** Backwards, reading x from its end and writing rows 1..4 of 6 backwards, with the index,
 * a last value and a carry that is two tensors' product. */
const BACKWARDS = `input x: f32[4, 3]; param a: f32[3]; input c0: f32[3]
%l = loop(a, c0, x) {length=4, reverse=true} body {
  a = arg() {index=0, shape=[3]}; c = arg() {index=1, shape=[3]}
  xt = arg() {index=2, shape=[3]}; t = loop_index()
  u = add(mul(c, sigmoid(mul(xt, a))), mul(t, 0.25))
  value u = u; value v = mul(xt, u)
  carry 1 = 0; sequence 2 {axis=0, start=3, step=-1}
  final 1; last 1; stack 1 {axis=1, start=4, step=-1, extent=6}
}
output cT = loop_output(%l) {index=0}; output last = loop_output(%l) {index=1}
output rows = loop_output(%l) {index=2}`;

/** A loop in a loop: for each row of x, a running product-sum over its columns. */
const NESTED = `input x: f32[3, 4, 2]; param w: f32[2]; input s0: f32[2]
%outer = loop(w, s0, x) {length=3, reverse=false} body {
  w = arg() {index=0, shape=[2]}; s = arg() {index=1, shape=[2]}
  row = arg() {index=2, shape=[4, 2]}
  %inner = loop(w, s, row) {length=4, reverse=false} body {
    w = arg() {index=0, shape=[2]}; a = arg() {index=1, shape=[2]}
    value a2 = add(mul(a, tanh(w)), mul(0.5, tanh(arg() {index=2, shape=[2]})))
    carry 1 = 0; sequence 2 {axis=0, start=0, step=1}; final 1
  }
  value s2 = loop_output(%inner) {index=0}
  carry 1 = 0; sequence 2 {axis=0, start=0, step=1}
  final 1; stack 0 {axis=1, start=0, step=1, extent=3}
}
output sT = loop_output(%outer) {index=0}; output ss = loop_output(%outer) {index=1}`;

const GRAPHS = { RNN, BACKWARDS, NESTED };

function leafValues(g: Graph, rng: Rng): Map<string, Tensor> {
  const values = new Map<string, Tensor>();
  for (const n of g.nodes) {
    if (n.op === "input" || n.op === "param") values.set(n.attrs.name as string, drawTensor({ shape: n.shape }, rng));
  }
  return values;
}

const env = (values: Map<string, Tensor>) => ({ inputs: values, params: values, rng: new Rng(3) });

function reference(g: Graph, values: Map<string, Tensor>): Map<string, Tensor> {
  const all = evaluateAll(g, env(values));
  return new Map(g.outputs.map((o) => [o.name, all[o.node]]));
}

/** loss = sum over outputs of out * w_out, its gradients, and second derivatives likewise. */
function withGradients(g: Graph): Graph {
  const b = GraphBuilder.of(g.nodes);
  const xs = g.nodes.filter((n) => n.op === "input" || n.op === "param").map((n) => n.id);
  let loss = b.scalar(0);
  for (const o of g.outputs) {
    const w = b.add("input", [], { name: `w_${o.name}`, shape: b.shape(o.node), dtype: "f" });
    loss = b.add("add", [loss, b.sum(b.add("mul", [o.node, w]))]);
  }
  const gs = gradients(b, loss, xs).map((x, k) => x ?? b.broadcastTo(b.scalar(0), b.shape(xs[k])));
  let loss2 = b.scalar(0);
  gs.forEach((x, k) => {
    const v = b.add("input", [], { name: `v${k}`, shape: b.shape(x), dtype: "f" });
    loss2 = b.add("add", [loss2, b.sum(b.add("mul", [x, v]))]);
  });
  const gs2 = gradients(b, loss2, xs).map((x, k) => x ?? b.broadcastTo(b.scalar(0), b.shape(xs[k])));
  const outputs: GraphOutput[] = [...g.outputs, { name: "loss", node: loss, role: "value" },
    { name: "loss2", node: loss2, role: "value" },
    ...gs.map((node, k) => ({ name: `d${k}`, node, role: "grad" as const })),
    ...gs2.map((node, k) => ({ name: `dd${k}`, node, role: "grad" as const }))];
  return { nodes: b.nodes, outputs };
}

describe("loop nodes", () => {
  it("have a shape rule that refuses what does not fit", () => {
    const bad = (from: string, to: string, why: RegExp) =>
      expect(() => parseGraph(RNN.replace(from, to))).toThrow(why);
    bad("carry 1 = 0", "carry 0 = 0", /carry 0 starts as f32\[4, 4\] but its update is f32\[2, 4\]/);
    bad("sequence 2 {axis=1, start=0, step=1}", "sequence 2 {axis=1, start=1, step=1}",
      /has no position 1 \+ 1 \* t along axis 1/);
    bad("loop_output(%l) {index=1}", "loop_output(%l) {index=2}", /loop_output 2 reads no output of a loop/);
    bad("loop(W, h0, x)", "loop(W, h0)", /the loop has no input 2/);
    bad("input x: f32[2, 3, 4]", "input x: f32[2, 3, 5]",
      /loop input 2 gives the body f32\[2, 5\] where it takes f32\[2, 4\]/);
  });

  it("have closed bodies, and tuples only loop_output reads", () => {
    expect(() => verifyGraph(parseGraph(RNN.replace("w = arg() {index=0, shape=[4, 4]}",
      "w = param W: f32[4, 4]")))).toThrow();
    const closed = parseGraph(`param W: f32[2]
%l = loop(W) {length=2, reverse=false} body { value y = exp(arg() {index=0, shape=[2]}); last 0 }
output y = loop_output(%l) {index=0}`);
    expect(() => verifyGraph(closed)).not.toThrow();
    const leaky = { ...closed, nodes: closed.nodes.map((n) => (n.op === "loop"
      ? { ...n, attrs: { ...n.attrs, body: { ...(n.attrs.body as object), graph: parseGraph("param W: f32[2]; value y = exp(W)") } } }
      : n)) } as Graph;
    expect(() => verifyGraph(leaky)).toThrow(/a body reads param 'W' that its loop should pass in/);
    const tuple = { ...closed, nodes: [...closed.nodes, { ...closed.nodes[2], id: 3, op: "exp" as const,
      inputs: [1], attrs: {} }] };
    expect(() => verifyGraph(tuple)).toThrow(/exp reads a loop's tuple of outputs/);
  });

  for (const [name, text] of Object.entries(GRAPHS)) {
    it(`${name}: reads back from its text forms`, () => {
      const g = parseGraph(text);
      verifyGraph(g);
      expect(printGraph(parseGraph(printGraph(g)))).toBe(printGraph(g));
      expect(printCompact(parseGraph(printCompact(g)))).toBe(printCompact(g));
    });

    it(`${name}: emitted as the interpreter evaluates it, optimized or not`, async () => {
      const g = parseGraph(text);
      const values = leafValues(g, new Rng(5));
      const want = reference(g, values);
      for (const [graph, inPlace] of [[g, false], [fuseOps(g), true], [optimize(g, 2), true]] as const) {
        verifyGraph(graph);
        for (const dtype of ["f64", "f32"] as const) {
          const got = (await emitGraph(graph, { dtype, inPlace })).run(values);
          const tol = dtype === "f64" ? 1e-12 : 1e-5;
          for (const [k, t] of want) expect(mismatch(got[k], t.data, tol, tol), `${k} ${dtype}`).toBeUndefined();
        }
      }
    });

    it(`${name}: gradient (a reverse loop) matches finite differences, to second order`, async () => {
      const forward = parseGraph(text);
      const g = withGradients(forward);
      verifyGraph(g);
      const values = leafValues(g, new Rng(9));
      const ref = reference(g, values);
      const leaves = forward.nodes.filter((n) => n.op === "input" || n.op === "param");
      leaves.forEach((leaf, k) => {
        const x = values.get(leaf.attrs.name as string)!.data;
        for (const [loss, grad] of [["loss", `d${k}`], ["loss2", `dd${k}`]]) {
          const fd = new Float64Array(x.length);
          for (let i = 0; i < x.length; i++) {
            const v = x[i];
            x[i] = v + 1e-6;
            const up = reference(g, values).get(loss)!.data[0];
            x[i] = v - 1e-6;
            const down = reference(g, values).get(loss)!.data[0];
            x[i] = v;
            fd[i] = (up - down) / 2e-6;
          }
          expect(mismatch(ref.get(grad)!.data, fd, 1e-7, 1e-6), `${grad} (${leaf.attrs.name})`).toBeUndefined();
        }
      });
      for (const graph of [g, optimize(g, 2)]) {
        const got = (await emitGraph(graph, { inPlace: graph !== g })).run(values);
        for (const [k, t] of ref) expect(mismatch(got[k], t.data, 1e-12, 1e-10), `emitted ${k}`).toBeUndefined();
      }
    });
  }
});
