// Layout ops in JS: copies along strided walks (transpose, slice, pad, concat) and the
// integer-indexed gathers and scatters (one_hot, take, scatter_add). reshape and
// stop_gradient are aliases and broadcast is read through strides: none has code of its own.
import { size } from "../../ir/shape.ts";
import { strides } from "../../ir/tensor.ts";
import { sliceGeometry } from "../../ops/layout.ts";
import type { Shape } from "../../ir/types.ts";
import { copySimd } from "../simd.ts";
import { type Ref, stridedLoops } from "./loops.ts";
import type { EmitContext, JsOp } from "./types.ts";

const nums = (v: unknown) => v as number[];

/** Copies `src` into `dst` over `shape`, each walked with its strides: a SIMD kernel where
 * both are contiguous (or `src` broadcast) along the innermost axis they do not share. */
function copy(c: EmitContext, shape: Shape, dst: Ref, dstStrides: number[], src: Ref,
  srcStrides: number[]): string {
  const js = stridedLoops(shape, [dst, src], [dstStrides, srcStrides],
    ([o, i]) => `${o} = ${i};\n`, c.nm);
  return copySimd(c.simd, shape, { ref: dst, strides: dstStrides },
    { ref: src, strides: srcStrides }, js);
}

/** Copies input 0, read with `inStrides` from `base`, into the whole contiguous output. */
function copyKernel(c: EmitContext, inStrides: number[], base: number): string {
  const shape = c.node.shape;
  return copy(c, shape, c.out, strides(shape),
    { arr: c.args[0].arr, off: `${c.args[0].off} + ${base}` }, inStrides);
}

export const LAYOUT_JS = {
  transpose: { kernel: (c) => {
    const s = strides(c.ins[0].shape);
    return copyKernel(c, nums(c.node.attrs.perm).map((p) => s[p]), 0);
  } },
  slice: { kernel: (c) => {
    const { base, inStrides } = sliceGeometry(c.node, c.ins[0].shape);
    return copyKernel(c, inStrides, base);
  } },
  pad: { kernel: (c) => {
    const s = strides(c.node.shape);
    const base = nums(c.node.attrs.begin).reduce((a, v, d) => a + v * s[d], 0);
    const i = c.nm.fresh("i");
    return `for (let ${i} = 0; ${i} < ${size(c.node.shape)}; ${i}++) ${c.out.arr}[${c.out.off} + ${i}] = 0;\n` +
      copy(c, c.ins[0].shape, { arr: c.out.arr, off: `${c.out.off} + ${base}` }, s, c.args[0],
        strides(c.ins[0].shape));
  } },
  concat: { kernel: (c) => {
    const s = strides(c.node.shape);
    const axis = c.node.attrs.axis as number;
    let at = 0;
    let code = "";
    c.ins.forEach((x, k) => {
      // (An input may be another concat's, in its slice: read with its strides.)
      if (!c.placed?.has(k)) code += copy(c, x.shape, { arr: c.out.arr, off: `${c.out.off} + ${at * s[axis]}` }, s,
        c.args[k], [...c.args[k].strides ?? strides(x.shape)]);
      at += x.shape[axis];
    });
    return code;
  } },
  one_hot: { kernel: ({ node, ins, out, args, nm }) => {
    const k = node.attrs.n as number;
    const i = nm.fresh("i"), id = nm.fresh("id");
    return `for (let ${i} = 0; ${i} < ${size(node.shape)}; ${i}++) ${out.arr}[${out.off} + ${i}] = 0;\n` +
      `for (let ${i} = 0; ${i} < ${size(ins[0].shape)}; ${i}++) {\n` +
      `const ${id} = ${args[0].arr}[${args[0].off} + ${i}];\n` +
      `if (${id} >= 0 && ${id} < ${k}) ${out.arr}[${out.off} + ${i} * ${k} + ${id}] = 1;\n}\n`;
  } },
  take: { kernel: ({ ins, out, args, nm }) => {
    const [t, ids] = ins;
    const row = size(t.shape.slice(1)), V = t.shape[0];
    const i = nm.fresh("i"), j = nm.fresh("j"), id = nm.fresh("id");
    return `for (let ${i} = 0; ${i} < ${size(ids.shape)}; ${i}++) {\n` +
      `const ${id} = ${args[1].arr}[${args[1].off} + ${i}];\n` +
      `if (${id} >= 0 && ${id} < ${V}) for (let ${j} = 0; ${j} < ${row}; ${j}++) ` +
      `${out.arr}[${out.off} + ${i} * ${row} + ${j}] = ${args[0].arr}[${args[0].off} + ${id} * ${row} + ${j}];\n` +
      `else for (let ${j} = 0; ${j} < ${row}; ${j}++) ${out.arr}[${out.off} + ${i} * ${row} + ${j}] = 0;\n}\n`;
  } },
  scatter_add: { kernel: ({ node, ins, out, args, nm }) => {
    const row = size(node.shape.slice(1)), V = node.shape[0];
    const i = nm.fresh("i"), j = nm.fresh("j"), id = nm.fresh("id");
    return `for (let ${i} = 0; ${i} < ${size(node.shape)}; ${i}++) ${out.arr}[${out.off} + ${i}] = 0;\n` +
      `for (let ${i} = 0; ${i} < ${size(ins[1].shape)}; ${i}++) {\n` +
      `const ${id} = ${args[1].arr}[${args[1].off} + ${i}];\n` +
      `if (${id} >= 0 && ${id} < ${V}) for (let ${j} = 0; ${j} < ${row}; ${j}++) ` +
      `${out.arr}[${out.off} + ${id} * ${row} + ${j}] += ${args[0].arr}[${args[0].off} + ${i} * ${row} + ${j}];\n}\n`;
  } },
} satisfies Record<string, JsOp>;
