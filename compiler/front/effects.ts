// What a training-mode run records about state: every `update` in program order, the layer
// calls that issued them, and the value a read of each state sees at each point. Which of
// these updates a train step applies is decided per step, in compiler/updates.ts.
import type { Span } from "../../dsl/ast.ts";
import type { GraphBuilder } from "../ir/builder.ts";

/** The model body, as the issuer of an update or the maker of a call. */
export const BODY = -1;

export interface UpdateRecord {
  /** The state's full name ("bn.mean"). */
  state: string;
  /** The new value. */
  value: number;
  /** What reads after this update see: the new value, without gradient (state is not
   * trained). A node of its own, so a step that skips this update can redirect exactly the
   * reads, and nothing else that uses `value`. */
  after: number;
  /** The state's value before this update: its leaf, or an earlier update's `after`. */
  before: number;
  /** The call that issued it (an index into `calls`), or BODY. */
  call: number;
  span: Span;
}

export interface CallRecord {
  /** The call this one was made in, or BODY. */
  parent: number;
  /** The tensors it returned: a step that needs one of them runs the call. */
  results: number[];
  /** The instance called ("disc.bn"), for messages. */
  inst: string;
  span: Span;
}

export class Effects {
  readonly updates: UpdateRecord[] = [];
  readonly calls: CallRecord[] = [];
  private readonly current = new Map<string, number>();

  /** What a read of state `name` sees now: its leaf, or the last update's `after`. */
  read(name: string, leaf: number): number {
    return this.current.get(name) ?? leaf;
  }

  /** Records `update state = value` issued by `call`; returns the node later reads see. */
  update(b: GraphBuilder, state: string, leaf: number, value: number, call: number,
    span: Span): number {
    const before = this.read(state, leaf);
    const after = b.add("stop_gradient", [value], {}, span);
    this.updates.push({ state, value, after, before, call, span });
    this.current.set(state, after);
    return after;
  }

  /** Where the records stand, to go back to (a loop traced, then unrolled after all). */
  mark(): { updates: number; calls: number; current: Map<string, number> } {
    const current = new Map(this.current);
    return { updates: this.updates.length, calls: this.calls.length, current };
  }

  reset(m: ReturnType<Effects["mark"]>): void {
    this.updates.length = m.updates;
    this.calls.length = m.calls;
    this.current.clear();
    for (const [k, v] of m.current) this.current.set(k, v);
  }

  /** Starts recording a call made in `parent`; returns its index. */
  enter(parent: number, inst: string, span: Span): number {
    this.calls.push({ parent, results: [], inst, span });
    return this.calls.length - 1;
  }
}
