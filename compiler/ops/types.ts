// What one row of the op table holds. See compiler/ops.ts for the table itself.
import type { Attrs, DType, GraphBuilder, Node, Shape } from "../graph.ts";
import type { Ref, Namer } from "../emit/loops.ts";
import type { Tensor } from "../tensor.ts";

/** Random draws in the same order as the emitted module makes them (runtime/rng.ts). */
export interface RandomSource {
  uniform(): number;
  normal(): number;
}

/** Every primitive. Adding one here without a row in compiler/ops.ts is a type error. */
export type OpName =
  // leaves
  | "input" | "param" | "state" | "const" | "tensor_const" | "random_uniform" | "random_normal"
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
  | "conv2d" | "conv2d_input_grad" | "conv2d_weight_grad" | "max_pool2d_indices" | "avg_pool2d"
  | "avg_pool2d_grad"
  // layout and indexing
  | "reshape" | "stop_gradient" | "broadcast" | "transpose" | "slice" | "pad" | "concat"
  | "one_hot" | "take" | "scatter_add";

/** A module's float type. Elementwise expressions may differ by it: float32 modules compute
 * exp, sigmoid, tanh, softplus and elu with the runtime's float32-accurate approximations
 * (runtime/fastmath.ts), float64 modules with Math. */
export type FloatDtype = "f32" | "f64";

export interface EvalContext {
  input(name: string): Tensor;
  param(name: string): Tensor;
  state(name: string): Tensor;
  rng: RandomSource;
}

export interface EmitContext {
  readonly node: Node;
  readonly ins: readonly Node[];
  readonly out: Ref;
  readonly args: readonly Ref[];
  readonly nm: Namer;
  /** The JS identifier of the module's current random generator. */
  readonly rng: string;
  /** Where the kernel may keep its `OpDef.scratch` temporaries (not kept between runs). */
  readonly scratch?: Ref;
}

export type ShapeRule = (ins: readonly Node[], attrs: Attrs) => { shape: Shape; dtype: DType };

/**
 * A gradient rule builds graph: given the node and the gradient of the loss with respect
 * to its output, it returns one gradient per input (null where none flows). A returned
 * gradient may have the node's output shape; the driver sums it back to the input's shape.
 */
export type GradRule = (node: Node, g: number, b: GraphBuilder) => (number | null)[];

export interface OpDef {
  /**
   * leaf: no kernel (feeds, params, state, constants); alias: same memory as input 0;
   * elementwise: `expr` over broadcast inputs; others emit their own kernel.
   */
  readonly kind: "leaf" | "alias" | "elementwise" | "reduce" | "kernel";
  readonly arity: number | "variadic";
  readonly shape: ShapeRule;
  /** Absent: the op passes no gradient (masks, integer ops, random draws). */
  readonly grad?: GradRule;
  /** The reference evaluator, in float64. */
  readonly eval: (ins: readonly Tensor[], node: Node, ctx: EvalContext) => Tensor;
  /** For elementwise ops: a JS expression of the inputs' scalar values, in a module of the
   * given float type. */
  readonly expr?: (args: readonly string[], attrs: Attrs, dtype: FloatDtype) => string;
  /** For reductions: the accumulator's first value and its update, as JS expressions, so
   * fusion can inline them into a loop that also computes the reduced values. */
  readonly reducer?: { init: string; combine: (acc: string, v: string) => string };
  /** For other ops with kernels: statements computing `out` from `args`. */
  readonly emit?: (c: EmitContext) => string;
  /** Elements of scratch memory the emitted kernel needs besides its output (default 0). */
  readonly scratch?: (node: Node, ins: readonly Node[]) => number;
  /** Floating-point operations per output element (for `kiln stats`); default 1. */
  readonly flops?: (node: Node, ins: readonly Node[]) => number;
}
