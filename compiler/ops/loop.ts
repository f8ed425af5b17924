// Loops (compiler/ir/loop.ts): `arg` and `loop_index`, the leaves of a loop's body; `loop`,
// which runs the body once per step; `loop_output`, one of its outputs. A loop's gradient is
// another loop, built by compiler/autodiff/loops.ts (it needs the gradient driver itself).
import type { Attrs, DType, LoopBody, Node, Shape } from "../ir/types.ts";
import { ShapeError, sameShape, showShape } from "../ir/shape.ts";
import { tensor } from "../ir/tensor.ts";
import { argNodes, bodyOf, dropAxis, fits, outputType, valueNode } from "../ir/loop.ts";
import type { OpDef } from "./types.ts";

const show = (n: { shape: Shape; dtype: DType }) => showShape(n.shape, n.dtype);

/** Checks a loop's inputs against its body's args, and its specs against each other. */
function checkLoop(ins: readonly Node[], attrs: Attrs): void {
  const body = attrs.body as LoopBody;
  const length = attrs.length as number;
  if (!Number.isInteger(length) || length < 1) {
    throw new ShapeError(`a loop needs 1 or more steps, not ${length}`);
  }
  if (ins.length !== body.inputs.length) {
    throw new ShapeError(`the loop has ${ins.length} inputs but its body takes ` +
      `${body.inputs.length}`);
  }
  const args = argNodes(body);
  const outputs = body.graph.outputs.length;
  body.inputs.forEach((spec, k) => {
    const x = ins[k], arg = args[k];
    let want: { shape: Shape; dtype: DType } = x;
    if (spec.kind === "sequence") {
      if (spec.axis < 0 || spec.axis >= x.shape.length || !fits(spec, length, x.shape[spec.axis])) {
        throw new ShapeError(`loop input ${k} (${show(x)}) has no position ${spec.start} + ` +
          `${spec.step} * t along axis ${spec.axis} for every step`);
      }
      want = { shape: dropAxis(x.shape, spec.axis), dtype: x.dtype };
    }
    if (spec.kind === "carry") {
      if (!(spec.update >= 0 && spec.update < outputs)) {
        throw new ShapeError(`carry ${k} has no update`);
      }
      const u = valueNode(body, spec.update);
      if (!sameShape(u.shape, x.shape) || u.dtype !== x.dtype) {
        throw new ShapeError(`carry ${k} starts as ${show(x)} but its update is ${show(u)}`);
      }
    }
    if (arg && (!sameShape(arg.shape, want.shape) || arg.dtype !== want.dtype)) {
      throw new ShapeError(`loop input ${k} gives the body ${show(want)} where it takes ` +
        `${show(arg)}`);
    }
  });
  for (const out of body.outputs) {
    if (out.kind === "carry" ? body.inputs[out.input]?.kind !== "carry"
      : out.value < 0 || out.value >= outputs) throw new ShapeError("a loop output names nothing");
    if (out.kind === "stack" && !fits(out, length, out.extent)) {
      throw new ShapeError(`a stacked loop output has no position ${out.start} + ${out.step} * t ` +
        `in ${out.extent} for every step`);
    }
  }
}

export const LOOP_OPS = {
  /** Input k of the loop whose body this is, at the current step: attrs { index, shape,
   * dtype }. */
  arg: { kind: "leaf", arity: 0,
    shape: (_ins, attrs) => ({ shape: attrs.shape as Shape, dtype: (attrs.dtype ?? "f") as DType }),
    eval: (_i, n, ctx) => ctx.arg(n.attrs.index as number) },
  /** The step t of the loop whose body this is, as a float scalar. */
  loop_index: { kind: "leaf", arity: 0, shape: () => ({ shape: [], dtype: "f" }),
    eval: (_i, _n, ctx) => tensor([], [ctx.index()]) },
  /** Runs attrs.body (a LoopBody) attrs.length times, backwards if attrs.reverse. Its value
   * is the tuple of its outputs, which only `loop_output` reads. */
  loop: { kind: "loop", arity: "variadic",
    shape: (ins, attrs) => {
      checkLoop(ins, attrs);
      return { shape: [], dtype: "f" };
    },
    eval: (ins, n, ctx) => ({ shape: [], data: new Float64Array(0), parts: ctx.loop(n, ins) }) },
  /** Output attrs.index of a loop. */
  loop_output: { kind: "part", arity: 1,
    shape: (ins, attrs) => {
      const [loop] = ins;
      const out = loop.op === "loop" ? bodyOf(loop).outputs[attrs.index as number] : undefined;
      if (!out) throw new ShapeError(`loop_output ${attrs.index} reads no output of a loop`);
      return outputType(bodyOf(loop), out);
    },
    eval: (ins, n) => ins[0].parts![n.attrs.index as number] },
} satisfies Record<string, OpDef>;
