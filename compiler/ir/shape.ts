// Shapes: sizes, comparison, how messages show them, and the limits every shape obeys.
import type { DType, Shape } from "./types.ts";

/** The most memory one model may allocate: its whole arena, so also any one tensor (as f32). */
export const MAX_MODEL_BYTES = 2 ** 31;

/** A shape rule's complaint; the builder turns it into a diagnostic at the node's span. */
export class ShapeError extends Error {}

export function size(shape: Shape): number {
  let n = 1;
  for (let k = 0; k < shape.length; k++) n *= shape[k];
  return n;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function showShape(shape: Shape, dtype?: DType): string {
  return `${dtype === undefined ? "" : dtype === "f" ? "f32" : "i32"}[${shape.join(", ")}]`;
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
