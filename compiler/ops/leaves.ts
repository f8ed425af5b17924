// Leaves: feeds, params, state and constants (no kernel: the emitter binds them to memory),
// and random draws (which fill their output from the model's generator, in order).
import type { Attrs, DType, Node, Shape } from "../ir/types.ts";
import { tensor } from "../ir/tensor.ts";
import type { OpDef } from "./types.ts";

const declared = (_ins: readonly Node[], attrs: Attrs) => ({
  shape: attrs.shape as Shape,
  dtype: (attrs.dtype ?? "f") as DType,
});

function draw(kind: "uniform" | "normal"): OpDef {
  return {
    kind: "kernel",
    arity: 0,
    shape: declared,
    eval: (_ins, node, ctx) => {
      const t = tensor(node.shape);
      for (let i = 0; i < t.data.length; i++) t.data[i] = ctx.rng[kind]();
      return t;
    },
    effects: "random",
  };
}

export const LEAF_OPS = {
  /** A feed: attrs { name, shape, dtype }. */
  input: { kind: "leaf", arity: 0, shape: declared,
    eval: (_i, n: Node, ctx) => ctx.input(n.attrs.name as string) },
  /** A trainable tensor: attrs { name, shape }. */
  param: { kind: "leaf", arity: 0, shape: declared,
    eval: (_i, n: Node, ctx) => ctx.param(n.attrs.name as string) },
  /** A persistent, untrained tensor: attrs { name, shape }. */
  state: { kind: "leaf", arity: 0, shape: declared,
    eval: (_i, n: Node, ctx) => ctx.state(n.attrs.name as string) },
  /** A per-step scalar, set by the module before each step (the learning rate, the step
   * count: compiler/optim/table.ts) and held in float64: attrs { name }. */
  hyper: { kind: "leaf", arity: 0, shape: () => ({ shape: [], dtype: "f" }),
    eval: (_i, n: Node, ctx) => tensor([], [ctx.hyper(n.attrs.name as string)]) },
  /** A scalar constant: attrs { value, dtype? }. Broadcasting makes it any shape. */
  const: { kind: "leaf", arity: 0,
    shape: (_i, attrs) => ({ shape: [], dtype: (attrs.dtype ?? "f") as DType }),
    eval: (_i, n: Node) => tensor([], [n.attrs.value as number]) },
  /** A constant tensor made by constant folding: attrs { shape, values } (row-major). The
   * module bakes its values into the arena at create(). */
  tensor_const: { kind: "leaf", arity: 0, shape: (_i, attrs) => ({ shape: attrs.shape as Shape,
    dtype: "f" }), eval: (_i, n: Node) => tensor(n.shape, n.attrs.values as number[]) },
  /** Uniform draws in [0, 1): attrs { shape }. */
  random_uniform: draw("uniform"),
  /** Standard normal draws: attrs { shape }. */
  random_normal: draw("normal"),
} satisfies Record<string, OpDef>;
