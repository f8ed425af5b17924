// The graph IR's types: a static dataflow graph of primitive ops over tensors of known shape.
// Nodes are stored in topological order and a node's id is its index, so a reverse walk is a
// reverse loop and passes rebuild graphs by appending to a fresh builder. This file imports
// nothing but the syntax tree's span type (itself import-free): every stage may depend on it.
import type { Span } from "../../dsl/ast.ts";

/** Every primitive. Adding one here without a row in the op table (compiler/ops/table.ts), a
 * JS renderer (compiler/emit/js/ops.ts) and a SIMD entry (compiler/emit/wasm/ops.ts, possibly
 * null) is a type error. */
export type OpName =
  // leaves
  | "input" | "param" | "state" | "hyper" | "const" | "tensor_const" | "random_uniform"
  | "random_normal"
  // elementwise
  | "neg" | "exp" | "log" | "sqrt" | "abs" | "sign" | "tanh" | "sigmoid" | "relu" | "softplus"
  | "erf" | "leaky_relu" | "elu" | "float"
  | "add" | "sub" | "mul" | "div" | "pow" | "maximum" | "minimum"
  | "lt" | "le" | "gt" | "ge" | "eq" | "ne" | "where"
  // reductions
  | "sum" | "max" | "min"
  // linear algebra
  | "matmul"
  // convolution and pooling
  | "conv2d" | "conv2d_input_grad" | "conv2d_weight_grad" | "max_pool2d" | "max_pool2d_grad"
  | "max_pool2d_indices" | "avg_pool2d" | "avg_pool2d_grad"
  // a convolution's patches kept for its filter gradient (compiler/ops/patches.ts)
  | "patches" | "conv2d_patches" | "conv2d_weight_grad_patches"
  // layout and indexing
  | "reshape" | "stop_gradient" | "broadcast" | "transpose" | "slice" | "pad" | "concat"
  | "one_hot" | "take" | "scatter_add"
  // integer positions
  | "argmax" | "argmin" | "arange" | "reverse_sequence"
  // loops (compiler/ir/loop.ts): a body's inputs and step index, the loop, its outputs
  | "arg" | "loop_index" | "loop" | "loop_output";

/** Float (f32 or f64, chosen at emission) or 32-bit integer. */
export type DType = "f" | "i";
export type Shape = readonly number[];

export type AttrValue = number | boolean | string | readonly number[] | LoopBody;
export type Attrs = Readonly<Record<string, AttrValue>>;

export interface Node {
  readonly id: number;
  readonly op: OpName;
  readonly inputs: readonly number[];
  readonly attrs: Attrs;
  readonly shape: Shape;
  readonly dtype: DType;
  readonly span?: Span;
  /** Set by fusion (compiler/passes/fuseOps.ts): the id of the last node of the fused group
   * this node belongs to, which is where the group's one loop nest runs. */
  readonly group?: number;
  /** With a bounded dim (`dim B <= 64`): the leading axis holds `lead` rows per sample of the
   * batch fed (compiler/ir/lead.ts); absent or 0, the tensor does not vary with it. */
  readonly lead?: number;
  /** With a bounded dim: values of the batch stacked step by step along axis 0 (by a loop),
   * each of the `count` slabs holding the bound's samples, `rows` rows each. */
  readonly slab?: Slab;
}

export interface Slab {
  readonly count: number;
  readonly rows: number;
}

/**
 * What an entry point computes: `output` (returned by predict), `loss` (a train step's
 * scalar), `grad` (named after the param or input it is the gradient of), `param` and
 * `state` (the new value of a param or state tensor, written at the end of a step), `value`
 * (any other result).
 */
export type OutputRole = "output" | "loss" | "grad" | "param" | "state" | "value";

export interface GraphOutput {
  readonly name: string;
  readonly node: number;
  readonly role: OutputRole;
}

export interface Graph {
  readonly nodes: readonly Node[];
  readonly outputs: readonly GraphOutput[];
}

export type { Span };

/** How a loop hands input k to its body's `arg {index: k}` at each step. */
export type LoopInput =
  /** The same tensor at every step. */
  | { readonly kind: "invariant" }
  /** State carried from step to step: the input is its first value, body output `update`
   * its next one. */
  | { readonly kind: "carry"; readonly update: number }
  /** One slice per step: at step t, position `start + step * t` along `axis`, which the
   * slice drops. */
  | { readonly kind: "sequence"; readonly axis: number; readonly start: number;
    readonly step: 1 | -1 };

/** What a loop's `loop_output {index: k}` reads. */
export type LoopOutput =
  /** Carried input `input`'s value after the last step. */
  | { readonly kind: "carry"; readonly input: number }
  /** Body output `value` at the last step run. */
  | { readonly kind: "last"; readonly value: number }
  /** Body output `value` of every step, placed at position `start + step * t` along `axis`
   * of a tensor `extent` long there (zeros where no step writes). */
  | { readonly kind: "stack"; readonly value: number; readonly axis: number;
    readonly start: number; readonly step: 1 | -1; readonly extent: number };

/** A `loop` node's body, a closed graph: its leaves are `arg` nodes (input k of the loop),
 * `loop_index` (the step t), constants and random draws, never a feed, param or state. The
 * outputs (role `value`) are what `inputs` and `outputs` name by position. */
export interface LoopBody {
  readonly graph: Graph;
  readonly inputs: readonly LoopInput[];
  readonly outputs: readonly LoopOutput[];
}
