// What one row of the op table holds: an op's semantics, the same for every backend. How a
// backend computes an op lives with that backend, in a table keyed by the same OpName
// (compiler/emit/js/ops.ts, compiler/emit/wasm/ops.ts). See compiler/ops/table.ts.
import type { Attrs, DType, Node, OpName, Shape } from "../ir/types.ts";
import type { Tensor } from "../ir/tensor.ts";

export type { OpName };

/** Random draws in the same order as the emitted module makes them (runtime/rng.ts). */
export interface RandomSource {
  uniform(): number;
  normal(): number;
}

export interface EvalContext {
  input(name: string): Tensor;
  param(name: string): Tensor;
  state(name: string): Tensor;
  /** A per-step scalar the module sets (compiler/optim/table.ts: learning rate, step count). */
  hyper(name: string): number;
  rng: RandomSource;
  /** Inside a loop's body: its input k at this step (`arg`), and the step's index. */
  arg(index: number): Tensor;
  index(): number;
  /** Runs a loop node over its inputs' values: one tensor per output (`loop_output`). */
  loop(node: Node, ins: readonly Tensor[]): Tensor[];
}

/** What gradient rules build graph with (compiler/ir/builder.ts's GraphBuilder is one): each
 * call appends a node whose shape the op's rule checks, and returns its id. */
export interface GraphOps {
  add(op: OpName, inputs: readonly number[], attrs?: Attrs): number;
  scalar(value: number): number;
  node(id: number): Node;
  shape(id: number): Shape;
  reshape(x: number, shape: Shape): number;
  broadcastTo(x: number, shape: Shape): number;
  sum(x: number, axes?: readonly number[], keepdims?: boolean): number;
}

export type ShapeRule = (ins: readonly Node[], attrs: Attrs) => { shape: Shape; dtype: DType };

/**
 * A gradient rule builds graph: given the node and the gradient of the loss with respect
 * to its output, it returns one gradient per input (null where none flows). A returned
 * gradient may have the node's output shape; the driver sums it back to the input's shape.
 */
export type GradRule = (node: Node, g: number, b: GraphOps) => (number | null)[];

export interface OpDef {
  /**
   * leaf: no computation (feeds, params, state, constants); alias: same memory as input 0;
   * elementwise: `fn` over broadcast inputs; reduce: over attrs.axes; kernel: anything else;
   * loop: runs a body graph per step (compiler/ir/loop.ts), its value the tuple of its
   * outputs; part: one output of that tuple.
   */
  readonly kind: "leaf" | "alias" | "elementwise" | "reduce" | "kernel" | "loop" | "part";
  readonly arity: number | "variadic";
  readonly shape: ShapeRule;
  /** Absent: the op passes no gradient (masks, integer ops, random draws). */
  readonly grad?: GradRule;
  /** The reference evaluator, in float64. */
  readonly eval: (ins: readonly Tensor[], node: Node, ctx: EvalContext) => Tensor;
  /** Elementwise ops: the scalar function `eval` applies, in float64. */
  readonly fn?: (xs: readonly number[], attrs: Attrs) => number;
  /** `random`: each evaluation draws from the model's generator, in order; no pass may
   * merge, fold, drop or reorder such nodes. */
  readonly effects?: "random";
  /** Inputs may be swapped without changing the value (common subexpressions see it). */
  readonly commutative?: boolean;
  /** How messages name the op where the user wrote an operator (`'+'` for add). */
  readonly spelling?: string;
  /** Floating-point operations per output element (for `kiln stats`); default 1. */
  readonly flops?: (node: Node, ins: readonly Node[]) => number;
}

