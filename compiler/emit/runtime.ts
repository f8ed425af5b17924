// The runtime a module embeds: one of the bundles scripts/build-runtime.mjs makes from
// runtime/ (training or predict-only), each holding only what its kind of module calls, then
// the leaf functions (pieces: the float32 fast math, erf, tanh, the products' fallback and
// row dispatch, the orthogonal initialiser) that the module's own code calls, each pasted
// alone. Each is one statement defining its names (the
// bundle's are createCore and finishModel), its private code in a function's scope.
import {
  RUNTIME, RUNTIME_PIECE_GROUPS, RUNTIME_PIECES,
} from "./runtime.generated.ts";

export interface RuntimeKind {
  predictOnly: boolean;
  dtype: "f32" | "f64";
}

const key = (k: RuntimeKind) => `${k.predictOnly ? "predict" : "train"}-${k.dtype}`;

/** The bundle's source, then the pieces `code` calls: the module's emitted code (its draws,
 * kernels and entry functions), all of it, since a piece it calls and lacks is a
 * ReferenceError only when that code runs. */
export function runtimeSource(kind: RuntimeKind, code: string): string {
  const text = RUNTIME[key(kind)];
  if (text === undefined) throw new Error("internal: the runtime bundles are missing; run npm run build");
  return `${text.trim()}\n` +
    piecesFor(piecesCalled(code)).map((piece) => `${piece}\n`).join("");
}

/** The pieces' sources that define `names`: each alone, but where several share a file and its
 * one piece of them all is smaller than theirs together (each alone carries its own copy of
 * the file's private code: fast math's table), that piece, defining a few names unused. */
function piecesFor(names: string[]): string[] {
  const grouped = RUNTIME_PIECE_GROUPS.flatMap(({ names: all, source }) => {
    const used = names.filter((n) => all.includes(n));
    const alone = used.reduce((sum, n) => sum + RUNTIME_PIECES[n].length, 0);
    return used.length > 1 && source.length < alone ? [{ used, source }] : [];
  });
  const inGroup = new Set(grouped.flatMap((g) => g.used));
  return [...grouped.map((g) => g.source),
    ...names.filter((n) => !inGroup.has(n)).map((n) => RUNTIME_PIECES[n])];
}

/** The pieces whose names `code` mentions, in name order. Piece names are `kiln…` identifiers
 * nothing else in emitted code uses, so a whole-word match is a call (or, at worst, a piece
 * pasted for nothing); each piece carries its own helpers, so none needs another. */
export function piecesCalled(code: string): string[] {
  const words = new Set(code.match(/\bkiln[A-Z]\w*/g));
  return Object.keys(RUNTIME_PIECES).filter((name) => words.has(name));
}
