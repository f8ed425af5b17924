// The reference interpreter: evaluates a graph op by op with the op table's float64
// evaluators. It shares nothing with the emitter, which makes it the tests' oracle.
import type { Graph } from "./types.ts";
import { OPS } from "../ops/table.ts";
import type { EvalContext, RandomSource } from "../ops/types.ts";
import type { Tensor } from "./tensor.ts";

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
  };
  const values: Tensor[] = [];
  for (const n of g.nodes) {
    values.push(OPS[n.op].eval(n.inputs.map((i) => values[i]), n, ctx));
  }
  return values;
}

/** The graph's outputs by name. */
export function evaluate(g: Graph, env: Environment): Map<string, Tensor> {
  const values = evaluateAll(g, env);
  return new Map(g.outputs.map((o) => [o.name, values[o.node]]));
}
