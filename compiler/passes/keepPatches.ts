// A convolution's patches kept from the forward pass for its filter gradient. conv2d(x, w)
// multiplies w by the patches of x (im2col), and conv2d_weight_grad(x, g) multiplies g by
// the same patches again: where a graph has both over the same x and geometry, both read one
// patches(x) node instead (compiler/ops/patches.ts), which the memory planner keeps alive
// from the forward to the backward by ordinary liveness, and the filter gradient makes no
// patches of its own. It costs the whole batch's patches in the arena, and the forward's
// products read them from there rather than from a chunk just made (compiler/emit/js/conv.ts),
// so it is done only where the batch's patches are at most MAX_KEPT floats
// (docs/performance.md measures both sides of the bound). Loops' bodies are left alone: a
// convolution in a loop's body has its filter gradient in the reverse loop's.
import type { Attrs, Graph, Node } from "../ir/types.ts";
import { geom, type Geom, patchElements, pointwise } from "../ops/conv.ts";
import { copyNode, rebuild } from "./rewrite.ts";

/** The most floats a batch's kept patches may take. */
export const MAX_KEPT = 64 * 1024;

/** One convolution's geometry and image: the same key for a conv2d and its filter gradient. */
function key(x: number, g: Geom): string {
  const { KH, KW, sh, sw, pt, pl, Ho, Wo } = g;
  return `${x} ${[KH, KW, sh, sw, pt, pl, Ho, Wo].join(" ")}`;
}

/** The geometry of a conv2d or conv2d_weight_grad over an image that has patches to keep. */
function geometry(g: Graph, n: Node): Geom | undefined {
  if (n.op !== "conv2d" && n.op !== "conv2d_weight_grad") return undefined;
  const x = g.nodes[n.inputs[0]].shape;
  const w = n.op === "conv2d" ? g.nodes[n.inputs[1]].shape : n.shape;
  const gm = geom(x, w, n.attrs);
  return pointwise(gm) ? undefined : gm;
}

export function keepPatches(g: Graph, most = MAX_KEPT): Graph {
  /** Keys seen of each op: a key that both have is a pair to rewrite. */
  const seen = { conv2d: new Set<string>(), conv2d_weight_grad: new Set<string>() };
  for (const n of g.nodes) {
    const gm = geometry(g, n);
    if (gm && gm.N * patchElements(gm) <= most) {
      seen[n.op as keyof typeof seen].add(key(n.inputs[0], gm));
    }
  }
  const pairs = new Set([...seen.conv2d].filter((k) => seen.conv2d_weight_grad.has(k)));
  if (!pairs.size) return g;
  /** By key, the patches node made in the new graph. */
  const made = new Map<string, number>();
  return rebuild(g, (n, ins, b) => {
    const gm = geometry(g, n);
    const k = gm && key(n.inputs[0], gm);
    if (!gm || !k || !pairs.has(k)) return copyNode(n, ins, b);
    const attrs: Attrs = { stride: n.attrs.stride, pad: n.attrs.pad, size: [gm.H, gm.W] };
    let p = made.get(k);
    if (p === undefined) {
      const kernel = [gm.KH, gm.KW];
      p = b.add("patches", [ins[0]], { stride: n.attrs.stride, pad: n.attrs.pad, kernel });
      made.set(k, p);
    }
    return n.op === "conv2d" ? b.add("conv2d_patches", [p, ...ins.slice(1)], attrs)
      : b.add("conv2d_weight_grad_patches", [p, ins[1]], { ...attrs, kernel: [gm.KH, gm.KW] });
  });
}
