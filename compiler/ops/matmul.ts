// Matrix product, batched over leading axes with broadcasting: attrs { ta, tb } say that
// operand A is stored as [..., K, M] or B as [..., N, K], so gradients (A^T g, g B^T) read
// their operands in place instead of copying transposes.
import type { Node } from "../ir/types.ts";
import { ShapeError, showShape } from "../ir/shape.ts";
import { broadcastShapes, broadcastStrides, tensor, unravel, type Tensor } from "../ir/tensor.ts";
import type { OpDef } from "./types.ts";

export interface Dims { M: number; K: number; N: number; batch: number[] }

export function dims(a: readonly number[], b: readonly number[], ta: boolean, tb: boolean): Dims {
  const [am, ak] = ta ? [a.at(-1)!, a.at(-2)!] : [a.at(-2)!, a.at(-1)!];
  const [bk, bn] = tb ? [b.at(-1)!, b.at(-2)!] : [b.at(-2)!, b.at(-1)!];
  const batch = broadcastShapes([a.slice(0, -2), b.slice(0, -2)]);
  if (ak !== bk || !batch) throw new ShapeError("");
  return { M: am, K: ak, N: bn, batch };
}

export const flags = (n: Node) => ({ ta: n.attrs.ta === true, tb: n.attrs.tb === true });

function evalMatmul(ins: readonly Tensor[], node: Node): Tensor {
  const [a, b] = ins;
  const { ta, tb } = flags(node);
  const { M, K, N, batch } = dims(a.shape, b.shape, ta, tb);
  const out = tensor(node.shape);
  const sa = broadcastStrides(a.shape.slice(0, -2).map((d) => d), batch);
  const sb = broadcastStrides(b.shape.slice(0, -2), batch);
  const nb = batch.reduce((x, y) => x * y, 1);
  for (let t = 0; t < nb; t++) {
    const idx = unravel(t, batch);
    const ao = idx.reduce((s, v, d) => s + v * sa[d], 0) * M * K;
    const bo = idx.reduce((s, v, d) => s + v * sb[d], 0) * K * N;
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let acc = 0;
        for (let k = 0; k < K; k++) {
          acc += a.data[ao + (ta ? k * M + i : i * K + k)] * b.data[bo + (tb ? j * K + k : k * N + j)];
        }
        out.data[t * M * N + i * N + j] = acc;
      }
    }
  }
  return out;
}

export const MATMUL_OPS = {
  matmul: {
    kind: "kernel",
    arity: 2,
    shape: (ins, attrs) => {
      const [a, b] = ins;
      const ta = attrs.ta === true, tb = attrs.tb === true;
      for (const x of [a, b]) {
        if (x.dtype !== "f") {
          throw new ShapeError(`@ needs float tensors but got ${showShape(x.shape, x.dtype)}` +
            `; convert integers with float(x)`);
        }
        if (x.shape.length < 2) {
          throw new ShapeError(`@ needs operands of rank 2 or more but got ${showShape(x.shape, x.dtype)}`);
        }
      }
      try {
        const { M, N, batch } = dims(a.shape, b.shape, ta, tb);
        return { shape: [...batch, M, N], dtype: "f" };
      } catch {
        const [k1, k2] = [ta ? a.shape.at(-2) : a.shape.at(-1), tb ? b.shape.at(-1) : b.shape.at(-2)];
        const why = k1 !== k2 ? `the inner dims ${k1} and ${k2} differ`
          : `the batch dims [${a.shape.slice(0, -2).join(", ")}] and [${b.shape.slice(0, -2).join(", ")}] ` +
            `do not broadcast`;
        throw new ShapeError(`@ cannot multiply ${showShape(a.shape, "f")} by ${showShape(b.shape, "f")}` +
          ` (${why})`);
      }
    },
    grad: (n, g, b) => {
      const [x, y] = n.inputs;
      const { ta, tb } = flags(n);
      const dx = ta ? b.add("matmul", [y, g], { ta: tb, tb: true })
        : b.add("matmul", [g, y], { ta: false, tb: !tb });
      const dy = tb ? b.add("matmul", [g, x], { ta: true, tb: ta })
        : b.add("matmul", [x, g], { ta: !ta, tb: false });
      return [dx, dy];
    },
    eval: evalMatmul,
    flops: (n, ins) => {
      const { K } = dims(ins[0].shape, ins[1].shape, flags(n).ta, flags(n).tb);
      return 2 * K;
    },
  },
} satisfies Record<string, OpDef>;
