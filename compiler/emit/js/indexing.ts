// Ops of integer positions in JS (compiler/ops/indexing.ts): argmax and argmin along an
// axis, arange, reverse_sequence.
import { size } from "../../ir/shape.ts";
import { axisGeometry } from "../../ops/indexing.ts";
import { lit } from "./loops.ts";
import type { EmitContext, JsOp } from "./types.ts";

/** out[o, i] = the first a where x[o, a, i] is the extremum (NaN counting as one). */
function argKernel(better: string): JsOp {
  return {
    kernel: ({ node, ins, out, args, nm }: EmitContext) => {
      const { outer, A, inner } = axisGeometry(ins[0].shape, node.attrs.axis as number);
      const x = args[0];
      // No name starts with "o": kernel parameters are o0, o1, ... (compiler/emit/kernels.ts).
      const [o, i, a, best, at, v, p] = ["r", "i", "a", "best", "at", "v", "p"]
        .map((s) => nm.fresh(s));
      return `for (let ${o} = 0; ${o} < ${outer}; ${o}++) ` +
        `for (let ${i} = 0; ${i} < ${inner}; ${i}++) {\n` +
        `const ${p} = ${x.off} + ${o} * ${A * inner} + ${i};\n` +
        `let ${best} = ${x.arr}[${p}], ${at} = 0;\n` +
        `for (let ${a} = 1; ${a} < ${A}; ${a}++) {\n` +
        `const ${v} = ${x.arr}[${p} + ${a} * ${inner}];\n` +
        `if (${v} ${better} ${best} || (${v} !== ${v} && ${best} === ${best})) ` +
        `{ ${best} = ${v}; ${at} = ${a}; }\n}\n` +
        `${out.arr}[${out.off} + ${o} * ${inner} + ${i}] = ${at};\n}\n`;
    },
  };
}

export const INDEXING_JS = {
  argmax: argKernel(">"),
  argmin: argKernel("<"),
  arange: { kernel: ({ node, out, nm }) => {
    const i = nm.fresh("i");
    return `for (let ${i} = 0; ${i} < ${node.shape[0]}; ${i}++) ${out.arr}[${out.off} + ${i}] = ` +
      `${lit(node.attrs.start as number)} + ${i} * ${lit(node.attrs.step as number)};\n`;
  } },
  reverse_sequence: { kernel: ({ ins, out, args, nm }) => {
    const [N, T] = ins[0].shape;
    const row = size(ins[0].shape.slice(2));
    const [x, lengths] = args;
    const [s, t, L, from, j] = ["s", "t", "L", "from", "j"].map((v) => nm.fresh(v));
    const len = lengths
      ? `Math.max(0, Math.min(${T}, ${lengths.arr}[${lengths.off} + ${s}]))` : String(T);
    return `for (let ${s} = 0; ${s} < ${N}; ${s}++) {\nconst ${L} = ${len};\n` +
      `for (let ${t} = 0; ${t} < ${T}; ${t}++) {\n` +
      `const ${from} = ${x.off} + (${s} * ${T} + (${t} < ${L} ? ${L} - 1 - ${t} : ${t})) * ${row};\n` +
      `for (let ${j} = 0; ${j} < ${row}; ${j}++) ` +
      `${out.arr}[${out.off} + (${s} * ${T} + ${t}) * ${row} + ${j}] = ${x.arr}[${from} + ${j}];\n` +
      `}\n}\n`;
  } },
} satisfies Record<string, JsOp>;
