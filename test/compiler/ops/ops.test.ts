// Every op of the op table, driven by the table itself so that a new op cannot skip it:
//   1. its shape rule gives the shape written in its row below (and rejects the bad inputs
//      listed there), and its reference evaluator returns that shape;
//   2. the real emitter's kernel, in a module, agrees with the reference evaluator (and so do
//      the kernels of the op's gradient graph);
//   3. its gradient rule agrees with central finite differences of the interpreter in
//      float64, to first and second order.
//
// ADDING AN OP: add one row to CASES below, keyed by the op's name. A row is a list of cases
// (or { grad: false, cases } for an op that passes no gradient). A case gives the inputs as
// Draws — f(2, 3) floats at least 0.1 from zero, pos(2, 3) floats in [0.5, 2), ids(n, 4)
// integers in [0, n) — its attrs, the output shape `out` you expect, optionally `wrt` (which
// inputs to differentiate; default: every float input) and `rejects` (input shapes the
// shape rule must refuse). Leaf ops (no inputs) are built from their attrs alone. Ops that
// only make sense together (a loop, its outputs, its body's leaves) have a row naming the
// file that tests them.
import { describe, expect, it } from "vitest";
import { KilnError } from "../../../dsl/diagnostics.ts";
import { gradients } from "../../../compiler/autodiff/gradients.ts";
import type { Attrs, Graph, GraphOutput } from "../../../compiler/ir/types.ts";
import { GraphBuilder } from "../../../compiler/ir/builder.ts";
import { size } from "../../../compiler/ir/shape.ts";
import { evaluateAll } from "../../../compiler/ir/interpret.ts";
import { OPS } from "../../../compiler/ops/table.ts";
import type { OpName } from "../../../compiler/ir/types.ts";
import type { Tensor } from "../../../compiler/ir/tensor.ts";
import { type Draw, drawTensor, emitGraph, mismatch, Rng } from "../../property/harness.ts";

interface Case {
  ins: Draw[];
  attrs?: Attrs;
  out: number[];
  wrt?: number[];
  rejects?: Draw[][];
}
type Row = Case[] | { grad: false; cases: Case[] } | { testedIn: string };

const f = (...shape: number[]): Draw => ({ shape });
const pos = (...shape: number[]): Draw => ({ shape, lo: 0.5, hi: 2 });
const wide = (lo: number, hi: number, ...shape: number[]): Draw => ({ shape, lo, hi });
const ids = (n: number, ...shape: number[]): Draw => ({ shape, dtype: "i", lo: 0, hi: n });
const mask = (...shape: number[]): Draw => ids(2, ...shape);

const unary = (extra: Case[] = [], d = f): Case[] =>
  [{ ins: [d(2, 3)], out: [2, 3] }, { ins: [d()], out: [] }, ...extra];
const binary = (a = f, b = f): Case[] => [
  { ins: [a(2, 3), b(2, 3)], out: [2, 3], rejects: [[f(2, 3), f(4)]] },
  { ins: [a(2, 1, 3), b(4, 1)], out: [2, 4, 3] },
  { ins: [a(), b(3)], out: [3] },
];
const compare: Row = { grad: false, cases: [...binary(), { ins: [ids(3, 4), ids(3, 4)], out: [4] }] };
const reduce: Case[] = [
  { ins: [f(2, 3, 4)], attrs: { axes: [1], keepdims: false }, out: [2, 4],
    rejects: [[f(2)]] },
  { ins: [f(2, 3, 4)], attrs: { axes: [0, 2], keepdims: true }, out: [1, 3, 1] },
  { ins: [f(3, 2)], attrs: { axes: [0, 1], keepdims: false }, out: [] },
];

const CASES: Record<string, Row> = {
  input: { grad: false, cases: [
    { ins: [], attrs: { name: "z", shape: [2, 3], dtype: "f" }, out: [2, 3] },
    { ins: [], attrs: { name: "z", shape: [4], dtype: "i" }, out: [4] },
  ] },
  param: { grad: false, cases: [{ ins: [], attrs: { name: "p", shape: [3, 2] }, out: [3, 2] }] },
  state: { grad: false, cases: [{ ins: [], attrs: { name: "s", shape: [5] }, out: [5] }] },
  // A per-step scalar: 0 until a train step sets it (which the optimizer tests drive).
  hyper: { grad: false, cases: [{ ins: [], attrs: { name: "h" }, out: [] }] },
  const: { grad: false, cases: [{ ins: [], attrs: { value: -2.5 }, out: [] }] },
  tensor_const: { grad: false, cases: [{ ins: [], attrs: { shape: [2, 2], values: [1, -2, 3.5, 0] },
    out: [2, 2] }] },
  random_uniform: { grad: false, cases: [{ ins: [], attrs: { shape: [3, 4], seq: 0 }, out: [3, 4] }] },
  random_normal: { grad: false, cases: [{ ins: [], attrs: { shape: [5], seq: 0 }, out: [5] }] },

  neg: unary(),
  exp: unary(),
  log: unary([], pos),
  sqrt: unary([], pos),
  abs: unary(),
  sign: { grad: false, cases: unary() },
  tanh: unary(),
  sigmoid: unary([{ ins: [wide(-40, 40, 6)], out: [6] }]),
  relu: unary(),
  softplus: unary([{ ins: [wide(-60, 60, 6)], out: [6] }]),
  // Both of erf's branches: the series below 2.5 and the continued fraction above.
  erf: unary([{ ins: [wide(-5, 5, 8)], out: [8] }]),
  leaky_relu: [{ ins: [f(2, 3)], attrs: { alpha: 0.2 }, out: [2, 3] }],
  elu: [{ ins: [f(2, 3)], attrs: { alpha: 1.5 }, out: [2, 3] }],
  float: [{ ins: [f(2, 3)], out: [2, 3] }, { ins: [ids(5, 4)], out: [4] }],

  add: binary(),
  sub: binary(),
  mul: binary(),
  div: binary(f, pos),
  pow: binary(pos, f),
  maximum: binary(),
  minimum: binary(),
  lt: compare, le: compare, gt: compare, ge: compare, eq: compare, ne: compare,
  where: [
    { ins: [mask(2, 3), f(2, 3), f(2, 3)], out: [2, 3] },
    { ins: [mask(3), f(2, 1), f()], out: [2, 3] },
  ],

  sum: reduce,
  max: reduce,
  min: reduce,

  matmul: [
    { ins: [f(2, 3), f(3, 4)], out: [2, 4], rejects: [[f(2, 3), f(2, 4)], [f(3), f(3, 4)]] },
    { ins: [f(3, 2), f(3, 5)], attrs: { ta: true }, out: [2, 5] },
    { ins: [f(3, 2), f(5, 3)], attrs: { ta: true, tb: true }, out: [2, 5] },
    { ins: [f(2, 3, 4), f(4, 5)], out: [2, 3, 5] },
    { ins: [f(2, 1, 1, 3), f(3, 3, 2)], attrs: { tb: false }, out: [2, 3, 1, 2] },
  ],

  conv2d: [
    { ins: [f(2, 3, 5, 4), f(2, 3, 3, 2)], attrs: { stride: [1, 1], pad: [0, 0, 0, 0] },
      out: [2, 2, 3, 3], rejects: [[f(2, 3, 5, 4), f(2, 2, 3, 2)], [f(3, 5, 4), f(2, 3, 3, 2)],
        [f(1, 3, 2, 2), f(2, 3, 3, 3)], [f(2, 3, 5, 4), f(2, 3, 3, 2), f(3)]] },
    { ins: [f(1, 2, 5, 5), f(3, 2, 3, 3), f(3)], attrs: { stride: [2, 2], pad: [1, 1, 1, 1] },
      out: [1, 3, 3, 3] },
    { ins: [f(1, 2, 4, 5), f(2, 2, 2, 3)], attrs: { stride: [2, 1], pad: [0, 1, 1, 0] },
      out: [1, 2, 2, 4] },
    { ins: [f(2, 3, 2, 2), f(4, 3, 1, 1)], attrs: { stride: [1, 1], pad: [0, 0, 0, 0] },
      out: [2, 4, 2, 2] },
  ],
  conv2d_input_grad: [
    { ins: [f(2, 2, 3, 3), f(2, 3, 3, 2)],
      attrs: { stride: [1, 1], pad: [0, 0, 0, 0], size: [5, 4] }, out: [2, 3, 5, 4],
      rejects: [[f(2, 2, 3, 2), f(2, 3, 3, 2)]] },
    // 5 and 6 rows both give 3 output rows at stride 2: `size` says which.
    { ins: [f(1, 3, 3, 3), f(3, 2, 3, 3)],
      attrs: { stride: [2, 2], pad: [1, 1, 1, 1], size: [6, 5] }, out: [1, 2, 6, 5] },
    { ins: [f(2, 4, 2, 2), f(4, 3, 1, 1)],
      attrs: { stride: [1, 1], pad: [0, 0, 0, 0], size: [2, 2] }, out: [2, 3, 2, 2] },
  ],
  conv2d_weight_grad: [
    { ins: [f(2, 3, 5, 4), f(2, 2, 3, 3)],
      attrs: { stride: [1, 1], pad: [0, 0, 0, 0], kernel: [3, 2] }, out: [2, 3, 3, 2],
      rejects: [[f(2, 3, 5, 4), f(2, 2, 3, 2)]] },
    { ins: [f(1, 2, 6, 5), f(1, 3, 3, 3)],
      attrs: { stride: [2, 2], pad: [1, 1, 1, 1], kernel: [3, 3] }, out: [3, 2, 3, 3] },
    { ins: [f(2, 3, 2, 2), f(2, 4, 2, 2)],
      attrs: { stride: [1, 1], pad: [0, 0, 0, 0], kernel: [1, 1] }, out: [4, 3, 1, 1] },
  ],
  patches: { grad: false, cases: [
    { ins: [f(2, 3, 5, 4)], attrs: { stride: [1, 1], pad: [0, 0, 0, 0], kernel: [3, 2] },
      out: [2, 18, 9], rejects: [[f(3, 5, 4)], [f(1, 3, 2, 1)]] },
    { ins: [f(1, 2, 5, 5)], attrs: { stride: [2, 2], pad: [1, 1, 1, 1], kernel: [3, 3] },
      out: [1, 18, 9] },
    { ins: [f(1, 2, 4, 5)], attrs: { stride: [2, 1], pad: [0, 1, 1, 0], kernel: [2, 3] },
      out: [1, 12, 8] },
  ] },
  conv2d_patches: { grad: false, cases: [
    { ins: [f(2, 18, 9), f(2, 3, 3, 2)], attrs: { stride: [1, 1], pad: [0, 0, 0, 0], size: [5, 4] },
      out: [2, 2, 3, 3],
      rejects: [[f(2, 18, 8), f(2, 3, 3, 2)], [f(2, 18, 9), f(2, 3, 3, 2), f(3)]] },
    { ins: [f(1, 18, 9), f(3, 2, 3, 3), f(3)],
      attrs: { stride: [2, 2], pad: [1, 1, 1, 1], size: [5, 5] }, out: [1, 3, 3, 3] },
  ] },
  conv2d_weight_grad_patches: { grad: false, cases: [
    { ins: [f(2, 18, 9), f(2, 2, 3, 3)],
      attrs: { stride: [1, 1], pad: [0, 0, 0, 0], size: [5, 4], kernel: [3, 2] },
      out: [2, 3, 3, 2], rejects: [[f(2, 18, 9), f(2, 2, 3, 2)], [f(2, 17, 9), f(2, 2, 3, 3)]] },
    { ins: [f(1, 12, 8), f(1, 3, 2, 4)],
      attrs: { stride: [2, 1], pad: [0, 1, 1, 0], size: [4, 5], kernel: [2, 3] },
      out: [3, 2, 2, 3] },
  ] },
  max_pool2d: [
    { ins: [f(2, 3, 4, 5)], attrs: { size: [2, 2], stride: [2, 2] }, out: [2, 3, 2, 2],
      rejects: [[f(3, 4, 5)], [f(1, 1, 1, 5)]] },
    { ins: [f(1, 2, 4, 5)], attrs: { size: [3, 2], stride: [1, 2] }, out: [1, 2, 2, 2] },
  ],
  max_pool2d_grad: [
    { ins: [f(2, 3, 4, 5), f(2, 3, 2, 2)], attrs: { size: [2, 2], stride: [2, 2] },
      out: [2, 3, 4, 5], wrt: [1], rejects: [[f(2, 3, 4, 5), f(2, 3, 2, 3)]] },
    { ins: [f(1, 2, 4, 5), f(1, 2, 2, 2)], attrs: { size: [3, 2], stride: [1, 2] },
      out: [1, 2, 4, 5], wrt: [1] },
  ],
  max_pool2d_indices: { grad: false, cases: [
    { ins: [f(2, 3, 4, 5)], attrs: { size: [2, 2], stride: [2, 2] }, out: [2, 3, 2, 2],
      rejects: [[f(3, 4, 5)], [f(1, 1, 1, 5)]] },
    { ins: [f(1, 2, 4, 5)], attrs: { size: [3, 2], stride: [1, 2] }, out: [1, 2, 2, 2] },
  ] },
  avg_pool2d: [
    { ins: [f(2, 3, 4, 5)], attrs: { size: [2, 2], stride: [2, 2] }, out: [2, 3, 2, 2],
      rejects: [[f(3, 4, 5)], [f(1, 1, 1, 5)]] },
    { ins: [f(1, 2, 4, 5)], attrs: { size: [3, 2], stride: [1, 1] }, out: [1, 2, 2, 4] },
  ],
  avg_pool2d_grad: [
    { ins: [f(2, 3, 2, 2)], attrs: { size: [2, 2], stride: [2, 2], image: [4, 5] },
      out: [2, 3, 4, 5], rejects: [[f(2, 3, 3, 2)]] },
    { ins: [f(1, 2, 2, 4)], attrs: { size: [3, 2], stride: [1, 1], image: [4, 5] },
      out: [1, 2, 4, 5] },
  ],

  reshape: [
    { ins: [f(2, 3)], attrs: { shape: [3, 2] }, out: [3, 2], rejects: [[f(4)]] },
    { ins: [ids(9, 6)], attrs: { shape: [2, 3] }, out: [2, 3] },
  ],
  stop_gradient: { grad: false, cases: [{ ins: [f(2, 3)], out: [2, 3] }] },
  broadcast: [
    { ins: [f(3)], attrs: { shape: [2, 3] }, out: [2, 3], rejects: [[f(4)]] },
    { ins: [f(2, 1)], attrs: { shape: [4, 2, 3] }, out: [4, 2, 3] },
  ],
  transpose: [
    { ins: [f(2, 3)], attrs: { perm: [1, 0] }, out: [3, 2], rejects: [[f(2, 3, 4)]] },
    { ins: [f(2, 3, 4)], attrs: { perm: [2, 0, 1] }, out: [4, 2, 3] },
    { ins: [ids(7, 2, 3)], attrs: { perm: [1, 0] }, out: [3, 2] },
  ],
  slice: [
    { ins: [f(4, 5)], attrs: { begin: [1, 0], end: [3, 4] }, out: [2, 4], rejects: [[f(2, 5)]] },
    { ins: [f(2, 3, 4)], attrs: { begin: [0, 2, 1], end: [2, 3, 3] }, out: [2, 1, 2] },
  ],
  pad: [
    { ins: [f(2, 3)], attrs: { begin: [1, 0], shape: [4, 5] }, out: [4, 5], rejects: [[f(4, 3)]] },
  ],
  concat: [
    { ins: [f(2, 3), f(2, 1), f(2, 2)], attrs: { axis: 1 }, out: [2, 6],
      rejects: [[f(2, 3), f(3, 3)]] },
    { ins: [f(1, 3), f(2, 3)], attrs: { axis: 0 }, out: [3, 3] },
  ],
  one_hot: { grad: false, cases: [
    // -1 and 4 are out of range: zero rows.
    { ins: [{ shape: [2, 3], dtype: "i", lo: -1, hi: 5 }], attrs: { n: 4 }, out: [2, 3, 4],
      rejects: [[f(3)]] },
  ] },
  take: [
    { ins: [f(5, 3), ids(5, 2, 2)], out: [2, 2, 3], rejects: [[f(5, 3), f(2)]] },
    { ins: [f(4), { shape: [6], dtype: "i", lo: -1, hi: 5 }], out: [6] },
  ],
  scatter_add: [
    { ins: [f(4, 3), { shape: [4], dtype: "i", lo: -1, hi: 4 }], attrs: { n: 3 }, out: [3, 3] },
  ],

  argmax: { grad: false, cases: [
    { ins: [f(2, 3, 4)], attrs: { axis: 1 }, out: [2, 4], rejects: [[ids(3, 4)]] },
    { ins: [f(5)], attrs: { axis: 0, keepdims: true }, out: [1] },
    { ins: [f(3, 4)], attrs: { axis: 1 }, out: [3] },
  ] },
  argmin: { grad: false, cases: [
    { ins: [f(2, 3, 4)], attrs: { axis: 2, keepdims: true }, out: [2, 3, 1],
      rejects: [[f(2, 3)]] },
  ] },
  arange: { grad: false, cases: [
    { ins: [], attrs: { start: 2, step: 3, n: 4, dtype: "i" }, out: [4] },
    { ins: [], attrs: { start: -0.5, step: 0.25, n: 5, dtype: "f" }, out: [5] },
  ] },
  reverse_sequence: [
    // Lengths from -1 to T + 1: clamped to 0..T.
    { ins: [f(3, 4, 2), { shape: [3], dtype: "i", lo: -1, hi: 6 }], out: [3, 4, 2],
      rejects: [[f(3, 4, 2), ids(4, 2)], [f(3), ids(3, 3)]] },
    { ins: [f(2, 3)], out: [2, 3] },
  ],
  arg: { testedIn: "test/compiler/ops/loop.test.ts" },
  loop_index: { testedIn: "test/compiler/ops/loop.test.ts" },
  loop: { testedIn: "test/compiler/ops/loop.test.ts" },
  loop_output: { testedIn: "test/compiler/ops/loop.test.ts" },
};

const rowCases = (r: Row) => (Array.isArray(r) ? r : "cases" in r ? r.cases : []);
const differentiable = (r: Row) => Array.isArray(r);

/** The op applied to fresh input leaves a0, a1, ... (a leaf op is built from its attrs). */
function build(op: OpName, c: Case) {
  const b = new GraphBuilder();
  const ins = c.ins.map((d, k) =>
    b.add("input", [], { name: `a${k}`, shape: [...d.shape], dtype: d.dtype ?? "f" }));
  const y = b.add(op, ins, c.attrs ?? {});
  return { b, ins, y };
}

/** Values for every input, param and state leaf of a graph. */
function leafValues(g: Graph, c: Case, rng: Rng): Map<string, Tensor> {
  const values = new Map<string, Tensor>();
  for (const n of g.nodes) {
    if (n.op !== "input" && n.op !== "param" && n.op !== "state") continue;
    const name = n.attrs.name as string;
    const k = /^a(\d+)$/.exec(name);
    const draw = k ? c.ins[Number(k[1])] : { shape: n.shape, dtype: n.dtype };
    if (!values.has(name)) values.set(name, drawTensor(draw, rng));
  }
  return values;
}

const envOf = (values: Map<string, Tensor>, seed = 0) =>
  ({ inputs: values, params: values, state: values, hypers: new Map([["h", 0]]), rng: new Rng(seed) });

/**
 * loss = sum(y * w) for a random cotangent w (an input), its gradients with respect to the
 * `wrt` inputs, and loss2 = sum_k sum(grad_k * v_k), whose gradients are second derivatives.
 */
function withGradients(op: OpName, c: Case) {
  const { b, ins, y } = build(op, c);
  const wrt = c.wrt ?? c.ins.flatMap((d, k) => (d.dtype === "i" ? [] : [k]));
  const cot = (name: string, of: number) =>
    b.add("input", [], { name, shape: b.shape(of), dtype: "f" });
  const loss = b.sum(b.add("mul", [y, cot("w", y)]));
  const xs = wrt.map((k) => ins[k]);
  const gs = gradients(b, loss, xs).map((g, k) => g ?? b.broadcastTo(b.scalar(0), b.shape(xs[k])));
  let loss2 = b.scalar(0);
  gs.forEach((g, k) => (loss2 = b.add("add", [loss2, b.sum(b.add("mul", [g, cot(`v${k}`, g)]))])));
  const gs2 = gradients(b, loss2, xs).map((g, k) => g ?? b.broadcastTo(b.scalar(0), b.shape(xs[k])));
  const outputs: GraphOutput[] = [
    { name: "y", node: y, role: "output" }, { name: "loss", node: loss, role: "value" },
    { name: "loss2", node: loss2, role: "value" },
    ...gs.map((node, k) => ({ name: `d${k}`, node, role: "grad" as const })),
    ...gs2.map((node, k) => ({ name: `dd${k}`, node, role: "grad" as const })),
  ];
  return { g: { nodes: b.nodes, outputs }, wrt };
}

function evalOutputs(g: Graph, values: Map<string, Tensor>): Map<string, Tensor> {
  const all = evaluateAll(g, envOf(values));
  return new Map(g.outputs.map((o) => [o.name, all[o.node]]));
}

/** Central differences of output `loss` with respect to every element of input `name`. */
function finiteDifferences(g: Graph, values: Map<string, Tensor>, name: string, loss: string) {
  const x = values.get(name)!.data;
  const out = new Float64Array(x.length);
  const h = 1e-6;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    x[i] = v + h;
    const fp = evalOutputs(g, values).get(loss)!.data[0];
    x[i] = v - h;
    const fm = evalOutputs(g, values).get(loss)!.data[0];
    x[i] = v;
    out[i] = (fp - fm) / (2 * h);
  }
  return out;
}

describe("the op table", () => {
  it("has a test case row for every op", () => {
    const missing = Object.keys(OPS).filter((op) => !(op in CASES));
    expect(missing, `ops without a row in CASES of test/compiler/ops.test.ts: ${missing.join(", ")}` +
      " (see the header of that file for how to add one)").toEqual([]);
    const stale = Object.keys(CASES).filter((op) => !(op in OPS));
    expect(stale, "rows for ops that no longer exist").toEqual([]);
  });

  it("declares a gradient rule exactly for the ops whose rows say they are differentiable", () => {
    for (const op of Object.keys(OPS) as OpName[]) {
      if (!CASES[op] || "testedIn" in CASES[op]) continue;
      expect(OPS[op].grad !== undefined, `${op}: grad rule present`).toBe(differentiable(CASES[op]));
    }
  });
});

for (const op of Object.keys(OPS) as OpName[]) {
  const row = CASES[op];
  if (!row || "testedIn" in row) continue;
  describe(`op ${op}`, () => {
    rowCases(row).forEach((c, n) => {
      const label = `[${c.ins.map((d) => `${d.dtype === "i" ? "i32" : "f"}[${d.shape}]`).join(", ")}]`;

      it(`case ${n} ${label}: shape rule, evaluator and emitted kernel agree`, async () => {
        const { b, y } = build(op, c);
        expect([...b.shape(y)]).toEqual(c.out);
        for (const bad of c.rejects ?? []) {
          expect(() => build(op, { ...c, ins: bad }), `${op} accepts [${bad.map((d) => d.shape)}]`)
            .toThrow(KilnError);
        }
        const g: Graph = { nodes: b.nodes, outputs: [{ name: "y", node: y, role: "output" }] };
        const values = leafValues(g, c, new Rng(n + 1));
        const ref = evaluateAll(g, envOf(values, 7))[y];
        expect([...ref.shape]).toEqual(c.out);
        expect(ref.data.length).toBe(size(c.out));
        const got = (await emitGraph(g, { seed: 7 })).run(values).y;
        expect(mismatch(got, ref.data, 1e-13, 1e-12)).toBeUndefined();
      });

      // A case over integers (a layout op moving ids) has nothing to differentiate.
      if (!differentiable(row) || c.ins.every((d) => d.dtype === "i")) return;

      it(`case ${n} ${label}: gradient rule matches finite differences, emitted right`, async () => {
        const { g, wrt } = withGradients(op, c);
        const values = leafValues(g, c, new Rng(100 + n));
        const ref = evalOutputs(g, values);
        wrt.forEach((k, j) => {
          for (const [loss, grad] of [["loss", `d${j}`], ["loss2", `dd${j}`]]) {
            const fd = finiteDifferences(g, values, `a${k}`, loss);
            expect(mismatch(ref.get(grad)!.data, fd, 1e-7, 1e-6), `${grad} of input ${k}`)
              .toBeUndefined();
          }
        });
        const got = (await emitGraph(g)).run(values);
        for (const [name, t] of ref) {
          expect(mismatch(got[name], t.data, 1e-12, 1e-10), `emitted ${name}`).toBeUndefined();
        }
      });
    });
  });
}
