// Shared by the op-table and property tests: a bare graph emitted as a live module, seeded
// tensors, and closeness checks that say where two results differ.
import type { Span } from "../../dsl/ast.ts";
import { emptyDecls } from "../../compiler/front/decls.ts";
import { emitModule } from "../../compiler/emit/module.ts";
import type { Graph } from "../../compiler/ir/types.ts";
import { size } from "../../compiler/ir/shape.ts";
import { importModule } from "../../compiler/index.ts";
import type { ModelIR } from "../../compiler/model.ts";
import type { Tensor } from "../../compiler/ir/tensor.ts";
import { Rng } from "../../runtime/rng.ts";

const span: Span = { file: "graph", line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };

export type Float = Float32Array | Float64Array;

export interface BareModule {
  /** Every graph output by name (graph outputs are emitted as predict's outputs). */
  run(values: ReadonlyMap<string, Tensor>): Record<string, Float | Int32Array>;
}

/**
 * Emits a graph through the real module emitter as the predict entry of a model whose
 * inputs, params and state are the graph's leaves, and returns it live. `run` copies the
 * given values in (params and state through the module's writable views) and calls predict.
 */
export async function emitGraph(g: Graph, options: { dtype?: "f32" | "f64"; seed?: number;
  inPlace?: boolean } = {}):
  Promise<BareModule> {
  const decls = emptyDecls("Graph");
  for (const n of g.nodes) {
    const name = n.attrs.name as string;
    const shape = [...n.shape];
    if (n.op === "input") decls.inputs.set(name, { name, shape, dtype: n.dtype, span });
    const init = { kind: "zeros", args: [] };
    if (n.op === "param") decls.params.set(name, { name, shape, span, init });
    if (n.op === "state") decls.state.set(name, { name, shape, span, init });
  }
  decls.outputs.push(...g.outputs.map((o) => o.name));
  const outputs = g.outputs.map((o) => ({ ...o, role: "output" as const }));
  const ir: ModelIR = { decls, predict: { nodes: g.nodes, outputs }, steps: [], gradients: [],
    warnings: [] };
  const dtype = options.dtype ?? "f64";
  const mod = await importModule(emitModule(ir, { dtype, inPlace: options.inPlace, views: options.inPlace }).js);
  const model = mod.create({ seed: options.seed ?? 0 });
  const FloatArray = dtype === "f64" ? Float64Array : Float32Array;
  return {
    run(values) {
      const feeds: Record<string, Float | Int32Array> = {};
      for (const [name, d] of decls.inputs) {
        const v = values.get(name)!.data;
        feeds[name] = d.dtype === "i" ? Int32Array.from(v) : FloatArray.from(v);
      }
      for (const name of decls.params.keys()) model.params[name].set(values.get(name)!.data);
      for (const name of decls.state.keys()) model.state[name].set(values.get(name)!.data);
      return model.predict(feeds);
    },
  };
}

/** How a test draws a tensor: floats at least 0.1 from zero (kinks), or in [lo, hi);
 * integers in [lo, hi). */
export interface Draw {
  shape: readonly number[];
  dtype?: "f" | "i";
  lo?: number;
  hi?: number;
}

export function drawTensor(d: Draw, rng: Rng): Tensor {
  const n = size(d.shape);
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = d.lo ?? 0;
    if (d.dtype === "i") data[i] = lo + Math.floor(rng.uniform() * ((d.hi ?? 4) - lo));
    else if (d.lo !== undefined) data[i] = d.lo + rng.uniform() * ((d.hi ?? d.lo + 1) - d.lo);
    else data[i] = Math.sign(rng.uniform() - 0.5) * (0.1 + Math.abs(rng.normal()));
  }
  return { shape: [...d.shape], data };
}

/**
 * Why `got` is not within `atol + rtol * |want|` of `want` elementwise, or undefined when it
 * is. NaNs must match NaNs, infinities must match exactly.
 */
export function mismatch(got: ArrayLike<number>, want: ArrayLike<number>, atol: number,
  rtol: number): string | undefined {
  if (got.length !== want.length) return `length ${got.length}, expected ${want.length}`;
  for (let i = 0; i < want.length; i++) {
    const a = got[i], b = want[i];
    if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) continue;
    if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
      return `element ${i}: got ${a}, expected ${b} (|diff| ${Math.abs(a - b)})`;
    }
  }
  return undefined;
}

export { Rng };
