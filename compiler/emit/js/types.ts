// What the JS backend's table holds for each op: how its code is written. Semantics live in
// the op table (compiler/ops/); this is only how JavaScript computes them.
import type { Attrs, Node } from "../../ir/types.ts";
import type { WasmKernels } from "../wasm/kernels.ts";
import type { Namer, Ref } from "./loops.ts";

/** A module's float type. Elementwise expressions may differ by it: float32 modules compute
 * exp, sigmoid, tanh, softplus and elu with the runtime's float32-accurate approximations
 * (runtime/fastmath.ts), float64 modules with Math. */
export type FloatDtype = "f32" | "f64";

export interface EmitContext {
  readonly node: Node;
  readonly ins: readonly Node[];
  readonly out: Ref;
  readonly args: readonly Ref[];
  readonly nm: Namer;
  /** The JS identifier of the module's current random generator. */
  readonly rng: string;
  /** Where the kernel may keep its `scratch` temporaries (not kept between runs). */
  readonly scratch?: Ref;
  readonly dtype: FloatDtype;
  /** Where SIMD kernels come from (float32 modules only): a kernel that has one runs it when
   * the module's WebAssembly is there, and its JS loops otherwise. */
  readonly simd?: WasmKernels;
  /** The bounded dim's bound, in a module that has one: where `node.lead` or an input's is
   * set, loops over the leading axis run over the batch fed (compiler/ir/lead.ts). */
  readonly bound?: number;
  /** A concat's inputs (by position) already computed in their slice of the output
   * (compiler/emit/slices.ts): not copied. */
  readonly placed?: ReadonlySet<number>;
}

export interface JsOp {
  /** Elementwise ops and random draws: a JS expression of the inputs' scalar values (in a
   * module of the given float type; `rng` names the generator). A loop over the output's
   * elements computes it, alone or fused with its neighbours. */
  readonly expr?: (args: readonly string[], attrs: Attrs, dtype: FloatDtype, rng: string) => string;
  /** Reductions: the accumulator's first value and its update, so fusion can inline them
   * into a loop that also computes the reduced values. */
  readonly reducer?: { init: string; combine: (acc: string, v: string) => string };
  /** Other ops with code: statements computing `out` from `args`. */
  readonly kernel?: (c: EmitContext) => string;
  /** Elements of scratch memory the kernel needs besides its output (default 0). */
  readonly scratch?: (node: Node, ins: readonly Node[]) => number;
}
