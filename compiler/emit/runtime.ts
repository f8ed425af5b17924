// The runtime a module embeds: one of the bundles scripts/build-runtime.mjs makes from
// runtime/ (training or predict-only), each holding only what its kind of module calls, then
// the leaf functions (pieces: the float32 fast math, erf, tanh, the generic product) that the
// module's own code calls, each pasted alone. The bundle defines `kilnRuntime`; the module
// takes its names from it.
import { RUNTIME, RUNTIME_NAMES, RUNTIME_PIECES } from "./runtime.generated.ts";

export interface RuntimeKind {
  predictOnly: boolean;
  dtype: "f32" | "f64";
}

const key = (k: RuntimeKind) => `${k.predictOnly ? "predict" : "train"}-${k.dtype}`;

/** The bundle's source, a statement binding every name it exports, then the pieces `code`
 * calls: the module's emitted code (its kernels and entry functions), all of it, since a
 * piece it calls and lacks is a ReferenceError only when that kernel runs. */
export function runtimeSource(kind: RuntimeKind, code: string): string {
  const text = RUNTIME[key(kind)];
  if (text === undefined) throw new Error("internal: the runtime bundles are missing; run npm run build");
  return `${text.trim()}\nconst { ${RUNTIME_NAMES[key(kind)].join(", ")} } = kilnRuntime;\n` +
    piecesCalled(code).map((name) => `${RUNTIME_PIECES[name]}\n`).join("");
}

/** The pieces whose names `code` mentions, in name order. Piece names are `kiln…` identifiers
 * nothing else in emitted code uses, so a whole-word match is a call (or, at worst, a piece
 * pasted for nothing); each piece carries its own helpers, so none needs another. */
export function piecesCalled(code: string): string[] {
  const words = new Set(code.match(/\bkiln[A-Z]\w*/g));
  return Object.keys(RUNTIME_PIECES).filter((name) => words.has(name));
}
