// Loops as nodes (STYLE.md item 14): a `loop` node runs a closed body graph `length` times,
// with t = 0 ... length-1 (or length-1 ... 0 when `reverse`). Its inputs are invariants,
// carried state and sequences sliced per step; its outputs, read by `loop_output` nodes,
// are final carries, last values and values stacked over the steps (compiler/ir/types.ts:
// LoopBody). These helpers say where each step reads and writes, for every stage.
import type { Graph, LoopBody, LoopInput, LoopOutput, Node, Shape } from "./types.ts";

export function bodyOf(n: Node): LoopBody {
  return n.attrs.body as LoopBody;
}

export function lengthOf(n: Node): number {
  return n.attrs.length as number;
}

export const isReverse = (n: Node): boolean => n.attrs.reverse === true;

/** The steps in the order a loop runs them. */
export function stepOrder(length: number, reverse: boolean): number[] {
  return Array.from({ length }, (_, k) => (reverse ? length - 1 - k : k));
}

type Track = { readonly axis: number; readonly start: number; readonly step: 1 | -1 };

/** Where step t reads a sequence or writes a stacked output along its axis. */
export const position = (s: Track, t: number): number => s.start + s.step * t;

/** Whether every step's position falls in an axis of `extent`. */
export function fits(s: Track, length: number, extent: number): boolean {
  const [a, b] = [position(s, 0), position(s, length - 1)];
  return Math.min(a, b) >= 0 && Math.max(a, b) < extent;
}

export function dropAxis(shape: Shape, axis: number): number[] {
  return shape.filter((_, d) => d !== axis);
}

export function insertAxis(shape: Shape, axis: number, extent: number): number[] {
  return [...shape.slice(0, axis), extent, ...shape.slice(axis)];
}

/** The body's `arg` node of each input (undefined where the body does not read it). */
export function argNodes(body: LoopBody): (Node | undefined)[] {
  const out = new Array<Node | undefined>(body.inputs.length);
  for (const n of body.graph.nodes) if (n.op === "arg") out[n.attrs.index as number] = n;
  return out;
}

/** The body node that body output `k` names. */
export function valueNode(body: LoopBody, k: number): Node {
  return body.graph.nodes[body.graph.outputs[k].node];
}

/** The shape and dtype of a loop output. */
export function outputType(body: LoopBody, out: LoopOutput):
  { shape: number[]; dtype: Node["dtype"] } {
  const input = out.kind === "carry" ? body.inputs[out.input] : undefined;
  const value = out.kind === "carry"
    ? valueNode(body, (input as Extract<LoopInput, { kind: "carry" }>).update)
    : valueNode(body, out.value);
  const shape = out.kind === "stack" ? insertAxis(value.shape, out.axis, out.extent)
    : [...value.shape];
  return { shape, dtype: value.dtype };
}

/** A loop input's spec, with a carry's update renumbered. */
export function mapUpdate(input: LoopInput, f: (k: number) => number): LoopInput {
  return input.kind === "carry" ? { kind: "carry", update: f(input.update) } : input;
}

/** A loop output's spec, with the body output it reads renumbered. */
export function mapValue(out: LoopOutput, f: (k: number) => number): LoopOutput {
  return out.kind === "carry" ? out : { ...out, value: f(out.value) };
}

/** Every node of a graph and of its loops' bodies, nested ones included. */
export function allNodes(g: Graph, into: Node[] = []): Node[] {
  for (let id = 0; id < g.nodes.length; id++) {
    const n = g.nodes[id];
    into.push(n);
    if (n.op === "loop") allNodes(bodyOf(n).graph, into);
  }
  return into;
}

/** How many nodes `g` has, its loops' bodies' included (allNodes' length, without the list:
 * the pipeline counts after every pass). */
export function countNodes(g: Graph): number {
  let count = g.nodes.length;
  for (let id = 0; id < g.nodes.length; id++) {
    if (g.nodes[id].op === "loop") count += countNodes(bodyOf(g.nodes[id]).graph);
  }
  return count;
}
