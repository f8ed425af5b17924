// Built-in functions of positions: argmax and argmin (integer results, no gradient), arange,
// the triangle masks tril and triu (causal attention), reverse_sequence.
import type { Span } from "../../../dsl/ast.ts";
import { error } from "../../../dsl/diagnostics.ts";
import { showShape, size } from "../../ir/shape.ts";
import { type Bound, normAxis, toBool, toInt, toNumber, toTensor } from "./args.ts";
import { type Builtin, type BuiltinContext, T } from "./types.ts";

function argExtremum(op: "argmax" | "argmin"): Builtin {
  return {
    params: ["x", "axis = none", "keepdims = false"],
    doc: `i32 positions of the ${op === "argmax" ? "largest" : "smallest"} values along \`axis\`` +
      " (flattened without one).",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, op);
      const n = c.b.node(x);
      if (n.dtype !== "f") {
        throw error(`${op} needs a float tensor but got ${showShape(n.shape, n.dtype)}; convert ` +
          `integers with float(x)`, a.x!.span);
      }
      const keepdims = a.keepdims ? toBool(a.keepdims, "keepdims") : false;
      // Without an axis, the position in the flattened tensor (NumPy's and PyTorch's).
      if (!a.axis) {
        const flat = c.b.add(op, [c.b.reshape(x, [size(n.shape)])], { axis: 0 });
        return T(keepdims ? c.b.reshape(flat, n.shape.map(() => 1)) : flat);
      }
      const axis = normAxis(toInt(a.axis, "axis"), n.shape.length, a.axis.span, op);
      return T(c.b.add(op, [x], { axis, keepdims }));
    },
  };
}

/** arange(stop), arange(start, stop), arange(start, stop, step), as Python's range and
 * PyTorch's arange: i32 when all are integers, else f32. */
function arange(c: BuiltinContext, a: Bound, span: Span): number {
  const first = toNumber(a.start!, "arange's start");
  const [start, stop] = a.stop ? [first, toNumber(a.stop, "arange's stop")] : [0, first];
  const step = a.step ? toNumber(a.step, "arange's step") : 1;
  if (step === 0 || !Number.isFinite(step)) {
    throw error(`arange's step must be a finite number other than 0 but got ${step}`, a.step!.span);
  }
  const n = Math.ceil((stop - start) / step);
  if (!(n >= 1)) {
    throw error(`arange from ${start} to ${stop} by ${step} holds no values`, span);
  }
  const ints = [start, stop, step].every(Number.isInteger);
  return c.b.add("arange", [], { start, step, n, dtype: ints ? "i" : "f" });
}

/** x where the column minus the row of its last two axes passes `keep`, else 0. */
function triangle(name: "tril" | "triu"): Builtin {
  return {
    params: ["x", "k = 0"],
    doc: `x with the values ${name === "tril" ? "above" : "below"} diagonal k of its last two ` +
      "axes 0.",
    fn: (c, a) => {
      const x = toTensor(c.b, a.x!, name);
      const n = c.b.node(x);
      if (n.dtype !== "f" || n.shape.length < 2) {
        throw error(`${name} needs a float tensor of rank 2 or more but got ` +
          `${showShape(n.shape, n.dtype)}`, a.x!.span);
      }
      const k = a.k ? toInt(a.k, `${name}'s k`) : 0;
      const [R, C] = n.shape.slice(-2);
      const rows = c.b.add("arange", [], { start: k, step: 1, n: R, dtype: "f" });
      const cols = c.b.add("arange", [], { start: 0, step: 1, n: C, dtype: "f" });
      // tril keeps column <= row + k, triu column >= row + k.
      const mask = c.b.add(name === "tril" ? "le" : "ge", [cols, c.b.reshape(rows, [R, 1])]);
      // `where`, not a product: x may hold infinities (an additive attention mask).
      return T(c.b.add("where", [mask, x, c.b.scalar(0)]));
    },
  };
}

export const POSITION_BUILTINS: Record<string, Builtin> = {
  argmax: argExtremum("argmax"),
  argmin: argExtremum("argmin"),
  arange: {
    params: ["start", "stop = none", "step = 1"],
    doc: "Evenly spaced values, as Python's range: i32 for integers, else f32.",
    fn: (c, a, span) => T(arange(c, a, span)),
  },
  tril: triangle("tril"),
  triu: triangle("triu"),
  reverse_sequence: {
    params: ["x", "lengths = none"],
    doc: "x [N, T, ...] with each sample's first lengths[n] steps reversed.",
    fn: (c, a) => {
      const ins = [toTensor(c.b, a.x!, "reverse_sequence")];
      if (a.lengths) ins.push(toTensor(c.b, a.lengths, "reverse_sequence"));
      return T(c.b.add("reverse_sequence", ins));
    },
  },
};
