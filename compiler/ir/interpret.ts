// The reference interpreter: evaluates a graph op by op with the op table's float64
// evaluators. It shares nothing with the emitter, which makes it the tests' oracle. A loop
// runs its body graph once per step, here, as the reference semantics of loop nodes.
import type { Graph, Node } from "./types.ts";
import { OPS } from "../ops/table.ts";
import type { EvalContext, RandomSource } from "../ops/types.ts";
import { tensor, type Tensor } from "./tensor.ts";
import { bodyOf, dropAxis, insertAxis, isReverse, lengthOf, position, stepOrder } from "./loop.ts";
import { size } from "./shape.ts";

export interface Environment {
  inputs: ReadonlyMap<string, Tensor>;
  params: ReadonlyMap<string, Tensor>;
  state?: ReadonlyMap<string, Tensor>;
  /** Per-step scalars (compiler/optim/table.ts), for train steps. */
  hypers?: ReadonlyMap<string, number>;
  rng?: RandomSource;
}

function lookup(kind: string, map: ReadonlyMap<string, Tensor> | undefined, name: string): Tensor {
  const t = map?.get(name);
  if (!t) throw new Error(`interpreter: no ${kind} named '${name}'`);
  return t;
}

const noRandom: RandomSource = {
  uniform: () => { throw new Error("interpreter: graph draws random numbers but no rng was given"); },
  normal: () => { throw new Error("interpreter: graph draws random numbers but no rng was given"); },
};

const outsideLoop = () => { throw new Error("interpreter: a loop body's leaf outside its loop"); };

/** Every node's value, in node order. */
export function evaluateAll(g: Graph, env: Environment): Tensor[] {
  const ctx: EvalContext = {
    input: (n) => lookup("input", env.inputs, n),
    param: (n) => lookup("param", env.params, n),
    state: (n) => lookup("state", env.state, n),
    hyper: (n) => {
      const v = env.hypers?.get(n);
      if (v === undefined) throw new Error(`interpreter: no hyper named '${n}'`);
      return v;
    },
    rng: env.rng ?? noRandom,
    arg: outsideLoop,
    index: outsideLoop,
    loop: (n, ins) => runLoop(n, ins, ctx),
  };
  return run(g, ctx);
}

function run(g: Graph, ctx: EvalContext): Tensor[] {
  const values: Tensor[] = [];
  for (const n of g.nodes) {
    values.push(OPS[n.op].eval(n.inputs.map((i) => values[i]), n, ctx));
  }
  return values;
}

/** The slice of `x` at `pos` along `axis`. */
function sliceAt(x: Tensor, axis: number, pos: number): Tensor {
  const out = tensor(dropAxis(x.shape, axis));
  const outer = size(x.shape.slice(0, axis)), inner = size(x.shape.slice(axis + 1));
  const n = x.shape[axis];
  for (let o = 0; o < outer; o++) {
    out.data.set(x.data.subarray((o * n + pos) * inner, (o * n + pos + 1) * inner), o * inner);
  }
  return out;
}

function writeAt(into: Tensor, axis: number, pos: number, v: Tensor): void {
  const outer = size(into.shape.slice(0, axis)), inner = size(into.shape.slice(axis + 1));
  const n = into.shape[axis];
  for (let o = 0; o < outer; o++) {
    into.data.set(v.data.subarray(o * inner, (o + 1) * inner), (o * n + pos) * inner);
  }
}

/** A loop's outputs: its body run at every step, in order, over the inputs' values. */
function runLoop(n: Node, ins: readonly Tensor[], outer: EvalContext): Tensor[] {
  const body = bodyOf(n);
  const carried = ins.map((x, k) => (body.inputs[k].kind === "carry" ? x : undefined));
  const values = body.graph.outputs.map((o) => body.graph.nodes[o.node]);
  const outs = body.outputs.map((o) => (o.kind === "stack"
    ? tensor(insertAxis(values[o.value].shape, o.axis, o.extent)) : undefined));
  let t = 0;
  const ctx: EvalContext = { ...outer,
    arg: (k) => {
      const spec = body.inputs[k];
      return spec.kind === "invariant" ? ins[k] : spec.kind === "carry" ? carried[k]!
        : sliceAt(ins[k], spec.axis, position(spec, t));
    },
    index: () => t };
  let last: Tensor[] = [];
  for (t of stepOrder(lengthOf(n), isReverse(n))) {
    const all = run(body.graph, ctx);
    last = body.graph.outputs.map((o) => all[o.node]);
    body.inputs.forEach((spec, k) => {
      if (spec.kind === "carry") carried[k] = last[spec.update];
    });
    body.outputs.forEach((o, k) => {
      if (o.kind === "stack") writeAt(outs[k]!, o.axis, position(o, t), last[o.value]);
    });
  }
  return body.outputs.map((o, k) => (o.kind === "carry" ? carried[o.input]!
    : o.kind === "last" ? last[o.value] : outs[k]!));
}

/** The graph's outputs by name. */
export function evaluate(g: Graph, env: Environment): Map<string, Tensor> {
  const values = evaluateAll(g, env);
  return new Map(g.outputs.map((o) => [o.name, values[o.node]]));
}
