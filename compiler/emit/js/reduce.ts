// Reductions: an accumulator per output element, its first value and update as JS, which
// fusion inlines into loops that also compute the reduced values (compiler/emit/fused.ts).
import { reductionLoop } from "./loops.ts";
import type { JsOp } from "./types.ts";

function reduction(init: string, combine: (acc: string, v: string) => string): JsOp {
  return {
    reducer: { init, combine },
    kernel: ({ node, ins, out, args, nm, bound }) => reductionLoop(out, args[0], ins[0].shape,
      node.attrs.axes as number[], init, combine, (acc) => acc, nm,
      ins[0].lead ? bound : undefined),
  };
}

const extremum = (better: string) => (acc: string, v: string) =>
  `(${v} ${better} ${acc} ? ${v} : ${acc})`;

export const REDUCE_JS = {
  sum: reduction("0", (acc, v) => `${acc} + ${v}`),
  max: reduction("-Infinity", extremum(">")),
  min: reduction("Infinity", extremum("<")),
} satisfies Record<string, JsOp>;
