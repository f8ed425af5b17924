// `for` loops that stay loops: the body is elaborated once, with its index symbolic (Value
// `index`), carried names bound to placeholders and lists it grows watched (Value
// `growing`), then outlined into a loop node (compiler/front/outline.ts). What a loop node
// cannot express (the index as a dim or a range bound, a carry changing shape, a list read
// while it grows, a number changing between steps) throws Unrollable, and the loop is
// elaborated again, unrolled, with the reason kept for `kiln stats`.
import { leadAttr, stepLead } from "../../ir/lead.ts";
import type { Span, Stmt } from "../../../dsl/ast.ts";
import { KilnError } from "../../../dsl/diagnostics.ts";
import { sameShape, showShape } from "../../ir/shape.ts";
import { isRandom } from "../../ops/table.ts";
import { outline, type Traced, variance } from "../outline.ts";
import { Unrollable } from "../recovery.ts";
import type { Frame } from "../scope.ts";
import type { Effects } from "../effects.ts";
import type { Budget } from "../../limits.ts";
import { describe, type StepTrace, type Value } from "../values.ts";
import { LayerElaborator } from "./layers.ts";

type ForStmt = Extract<Stmt, { kind: "for" }>;

/** The names a loop body assigns (in nested loops too; a layer's body has names of its own). */
function assigned(body: readonly Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const s of body) {
    if (s.kind === "assign") for (const t of s.targets) out.add(t.name);
    if (s.kind === "for") {
      out.add(s.variable);
      for (const n of assigned(s.body)) out.add(n);
    }
  }
  return out;
}

/** Why a body cannot be traced once, from its statements alone. */
function statementReason(body: readonly Stmt[]): string | undefined {
  for (const s of body) {
    if (["input", "output", "train", "return"].includes(s.kind)) {
      return `its body has ${s.kind === "train" ? "a train step" : `an '${s.kind}' statement`}`;
    }
    if (s.kind === "for") {
      const inner = statementReason(s.body);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** One loop being traced: its placeholders, and what its index and slices become. */
class Trace implements StepTrace {
  readonly carries: Traced["carries"] = [];
  readonly sequences: Traced["sequences"] = [];
  index?: number;
  private readonly placeholders = new Set<number>();
  /** variance() over the nodes so far, recomputed when nodes were added or replaced. */
  private memo: { nodes: number; varies: Uint8Array } | undefined;

  constructor(private readonly e: LoopElaborator, readonly variable: string, readonly start: number,
    readonly length: number) {}

  placeholder(id: number): number {
    this.placeholders.add(id);
    this.memo = undefined;
    return id;
  }

  has(id: number): boolean {
    return this.placeholders.has(id);
  }

  /** Whether node `id` varies from step to step of this loop. */
  varies(id: number): boolean {
    if (id < this.start) return false;
    const nodes = this.e.builder().nodes;
    if (this.memo?.nodes !== nodes.length) {
      this.memo = { nodes: nodes.length, varies: variance(nodes, this.start, this.placeholders) };
    }
    return this.memo.varies[id - this.start] === 1;
  }

  tensor(scale: number, offset: number): number {
    const b = this.e.builder();
    this.index ??= this.placeholder(b.add("loop_index", []));
    const scaled = scale === 1 ? this.index : b.add("mul", [this.index, b.scalar(scale)]);
    return offset === 0 ? scaled : b.add("add", [scaled, b.scalar(offset)]);
  }

  slice(x: number, axis: number, scale: number, offset: number): number {
    const b = this.e.builder();
    if (scale !== 1 && scale !== -1) {
      throw new Unrollable(`${this.variable} indexes with a stride of ${scale}`);
    }
    this.e.checkSliceable(this, x);
    const n = b.shape(x)[axis];
    const [first, last] = [offset, offset + scale * (this.length - 1)];
    const wrap = Math.max(first, last) < 0 ? n : 0;
    if (Math.min(first, last) + wrap < 0 || Math.max(first, last) + wrap >= n) {
      throw new Unrollable(`${this.variable} indexes past the ${n} positions of axis ${axis}`);
    }
    const s = { x, axis, start: offset + wrap, step: scale as 1 | -1 };
    const seen = this.sequences.find((q) => q.x === x && q.axis === axis && q.start === s.start &&
      q.step === s.step);
    if (seen) return seen.placeholder;
    const shape = b.shape(x).filter((_, d) => d !== axis);
    const placeholder = this.placeholder(b.add("arg", [], { index: -1, shape,
      dtype: b.node(x).dtype, ...stepLead(b.node(x), axis) }));
    this.sequences.push({ ...s, placeholder });
    return placeholder;
  }

  /** After an inner loop was outlined: its invariant nodes moved, placeholders among them.
   * (Nothing else of the inner loop's nodes is here: they were made after this loop's.) */
  moved(to: (id: number) => number | undefined): void {
    const map = (id: number) => to(id) ?? id;
    const ids = [...this.placeholders].map(map);
    this.placeholders.clear();
    for (const id of ids) this.placeholders.add(id);
    for (const s of this.sequences) { s.placeholder = map(s.placeholder); s.x = map(s.x); }
    if (this.index !== undefined) this.index = map(this.index);
    this.memo = undefined;
  }

  /** After an inner loop was unrolled instead: what its trace made is gone. */
  truncated(n: number): void {
    for (const id of [...this.placeholders]) if (id >= n) this.placeholders.delete(id);
    this.sequences.splice(0, this.sequences.length,
      ...this.sequences.filter((q) => q.placeholder < n));
    if (this.index !== undefined && this.index >= n) this.index = undefined;
    this.memo = undefined;
  }
}

/** What the elaboration was before the loop, to put back if it is unrolled after all: its
 * names, the state updates and calls recorded, the layer calls' records, the budget. */
interface Snapshot {
  vars: Map<string, Value | undefined>;
  effects: ReturnType<Effects["mark"]>;
  calls: (number | undefined)[];
  /** How long the call log was. */
  log: number;
  budget: ReturnType<Budget["mark"]>;
  seq: number;
  failures: number;
  nodes: number;
  span: Span | undefined;
}

export abstract class LoopElaborator extends LayerElaborator {
  /** Whether `for` loops may become loop nodes (CompileOptions.loops). */
  rolling = true;
  /** The loops being traced, outermost first. */
  private readonly traces: Trace[] = [];
  /** The uses of names resolved while a loop is traced, with where each was bound. */
  private uses: [Span, Span | undefined][] | undefined;

  /** A use in a traced body reaches the binding before the loop only at its first step; the
   * trace is told of the later steps' once the loop is known to stay a loop. */
  protected resolved(use: Span, def: Span | undefined): void {
    super.resolved(use, def);
    this.uses?.push([use, def]);
  }

  builder() {
    return this.b;
  }

  protected get tracing(): boolean {
    return this.traces.length > 0;
  }

  protected depth(trace: StepTrace): number {
    return this.traces.indexOf(trace as Trace);
  }

  /** A loop's slice must be of a tensor no loop inside it computes (that would be a slice
   * taken at a place that moves within the body). */
  checkSliceable(trace: Trace, x: number): void {
    for (const inner of this.traces.slice(this.traces.indexOf(trace))) {
      if (inner.varies(x)) {
        throw new Unrollable(`${trace.variable} slices a tensor that ${inner === trace
          ? "the loop itself" : `the loop over ${inner.variable}`} computes`);
      }
    }
  }

  /** Elaborates `for t in from..to` as a loop node, or returns false to have it unrolled. */
  protected roll(s: ForStmt, f: Frame, from: number, to: number): boolean {
    const steps = to - from;
    if (!this.rolling || steps < 2) return false;
    const unrollable = statementReason(s.body);
    if (unrollable) return this.report(s.span, steps, unrollable);
    const names = assigned(s.body);
    names.delete(s.variable);
    const vars = [...names, s.variable];
    const snap: Snapshot = { vars: new Map(vars.map((n) => [n, f.scope.vars.get(n)])),
      effects: this.effects.mark(), calls: this.calling.map((c) => c.call),
      log: this.calls.length, budget: this.budget.mark(), seq: this.seq, failures: this.failures,
      nodes: this.b.nodes.length, span: this.b.span };
    try {
      this.traceBody(s, f, from, steps, names);
      return this.report(s.span, steps);
    } catch (e) {
      if (!(e instanceof Unrollable || e instanceof KilnError)) throw e;
      for (const [n, v] of snap.vars) {
        if (v === undefined) f.scope.vars.delete(n);
        else f.scope.vars.set(n, v);
      }
      this.effects.reset(snap.effects);
      this.calling.forEach((c, k) => (c.call = snap.calls[k]));
      this.calls.length = snap.log;
      this.budget.reset(snap.budget);
      this.seq = snap.seq;
      this.failures = snap.failures;
      this.b.truncate(snap.nodes);
      for (const outer of this.traces) outer.truncated(snap.nodes);
      this.b.span = snap.span;
      return this.report(s.span, steps, e instanceof Unrollable ? e.reason
        : `its body, traced once, fails: ${e.message}`);
    }
  }

  /** Why the loop at `span` was unrolled (the last time it was elaborated). */
  protected unrolledBecause(span: Span): string | undefined {
    return [...this.decls.loops].reverse().find((l) => l.span === span)?.reason;
  }

  private report(span: Span, steps: number, reason?: string): boolean {
    const loops = this.decls.loops;
    if (!loops.some((l) => l.span === span && l.reason === reason)) {
      loops.push({ span, steps, rolled: reason === undefined, reason });
    }
    return reason === undefined;
  }

  private traceBody(s: ForStmt, f: Frame, from: number, steps: number, names: Set<string>): void {
    const b = this.b;
    const trace = new Trace(this, s.variable, b.nodes.length, steps);
    const before = new Map([...names].map((n) => [n, f.scope.get(n)]));
    for (const [name, v] of before) {
      if (v?.kind === "tensor") {
        const n = b.node(v.id);
        const placeholder = trace.placeholder(b.add("arg", [], { index: -1, shape: n.shape,
          dtype: n.dtype, ...leadAttr(n) }));
        trace.carries.push({ placeholder, init: v.id, update: -1, name });
        f.scope.vars.set(name, { kind: "tensor", id: placeholder });
      } else if (v?.kind === "list") {
        f.scope.vars.set(name, { kind: "growing", trace, name, added: [] });
      }
    }
    const effects = this.effects.mark();
    const failures = this.failures;
    const log = this.calls.length;
    const uses = this.uses;
    this.uses = this.trace ? [] : undefined;
    const boundBefore = trace.carries.map((c) => f.scope.definedAt(c.name));
    this.bind(f.scope, s.variable, { kind: "index", trace, scale: 1, offset: from },
      s.variableSpan);
    this.traces.push(trace);
    let traced: [Span, Span | undefined][] | undefined;
    try {
      this.execAll(s.body, f);
    } finally {
      this.traces.pop();
      traced = this.uses;
      this.uses = uses;
      if (uses && traced) uses.push(...traced);
    }
    if (this.failures > failures) throw new Unrollable("its body failed when traced");
    // Where each carry is bound in the body: what its uses reach from the second step on.
    const later = new Map(trace.carries.map((c, k) =>
      [boundBefore[k], f.scope.definedAt(c.name)] as const));
    const varies = (id: number) => trace.varies(id);
    // After one step: carries keep their shape, lists grew by one tensor, the rest is what
    // the step computed (read after the loop: the last step's) or what it was.
    const values: Traced["values"] = [];
    const after = new Map<string, Value>();
    for (const [name, v0] of before) {
      const v1 = f.scope.vars.get(name)!;
      const carry = trace.carries.find((c) => c.name === name);
      if (carry) {
        if (v1.kind !== "tensor") {
          throw new Unrollable(`'${name}' is a tensor, then ${describe(v1)}`);
        }
        const [was, now] = [b.node(carry.placeholder), b.node(v1.id)];
        if (!sameShape(was.shape, now.shape) || was.dtype !== now.dtype) {
          throw new Unrollable(`the carried '${name}' is ${showShape(was.shape, was.dtype)} ` +
            `before a step and ${showShape(now.shape, now.dtype)} after it`);
        }
        carry.update = v1.id;
        continue;
      }
      if (v0?.kind === "list") {
        if (v1.kind !== "growing" || v1.trace !== trace || v1.added.length !== 1 ||
          v1.added[0].kind !== "tensor") {
          throw new Unrollable(`the list '${name}' does not grow by one tensor a step`);
        }
        values.push({ id: v1.added[0].id, kind: "stack", name });
        continue;
      }
      after.set(name, lastValues(name, v0, v1, varies, values));
    }
    // A state update in the body would apply at every step, a read seeing the last step's:
    // carried state the loop node does not keep yet.
    if (this.effects.updates.length > effects.updates) {
      const { state } = this.effects.updates[effects.updates];
      throw new Unrollable(`its body updates state '${state}'`);
    }
    // What varies, as traced: outlining replaces these nodes.
    const variant = new Set(b.nodes.map((n) => n.id).filter(varies));
    // A gradient reads the draws of a loop's steps from what the loop saved; it cannot yet
    // save those of a loop inside it.
    if ([...variant].some((id) => b.node(id).op === "loop" && isRandom(b.node(id)))) {
      throw new Unrollable("a loop inside it draws random numbers");
    }
    b.span = s.span;
    const out = outline(b, { start: trace.start, length: steps, carries: trace.carries,
      sequences: trace.sequences, index: trace.index, values });
    for (const outer of this.traces) outer.moved(out.moved);
    // The calls made in the body now span what the loop made (its body's nodes are the loop
    // node's), inside a record of the loop itself: the layer view's units (tools/layers.ts).
    const made = { first: trace.start, end: b.nodes.length };
    for (const c of this.calls.slice(log)) Object.assign(c, made);
    this.calls.push({ callee: "for", span: s.span, ...made, shapes: [...out.finals,
      ...out.results].map((id) => showShape(b.shape(id), b.node(id).dtype)) });
    // Rebind: carries to their final values, grown lists to the stacked tensors, the rest to
    // the last step's values (moved where they stayed outside).
    trace.carries.forEach((c, k) => {
      f.scope.vars.set(c.name, { kind: "tensor", id: out.finals[k] });
    });
    const result = (id: number) => out.results[values.findIndex((v) => v.id === id)];
    const rebind = (v: Value): Value => {
      if (v.kind === "tensor") {
        return { kind: "tensor", id: variant.has(v.id) ? result(v.id) : out.moved(v.id) ?? v.id };
      }
      if (v.kind === "list" || v.kind === "tuple") return { ...v, items: v.items.map(rebind) };
      if (v.kind === "index" && v.trace === trace) {
        return { kind: "number", value: v.offset + v.scale * (steps - 1), isInt: true };
      }
      return v;
    };
    values.forEach((v, k) => {
      if (v.kind !== "stack") return;
      const v0 = before.get(v.name) as Extract<Value, { kind: "list" }>;
      f.scope.vars.set(v.name, { kind: "list", items: [...v0.items,
        { kind: "stacked", id: out.results[k], count: steps }] });
    });
    for (const [name, v] of after) f.scope.vars.set(name, rebind(v));
    for (const [use, def] of traced ?? []) {
      const next = def && later.get(def);
      if (next && next !== def) this.trace?.resolved(use, next);
    }
    f.scope.vars.set(s.variable, { kind: "number", value: from + steps - 1, isInt: true });
  }
}

/**
 * A name the body binds that is neither carried nor grown: what it holds after the loop is
 * the last step's value. Tensors that vary become the loop's `last` outputs (recorded in
 * `values`); a compile-time value must be the same at every step.
 */
function lastValues(name: string, v0: Value | undefined, v1: Value,
  varies: (id: number) => boolean, values: Traced["values"]): Value {
  const visit = (v: Value): void => {
    if (v.kind === "tensor" && varies(v.id)) values.push({ id: v.id, kind: "last", name });
    if (v.kind === "list" || v.kind === "tuple") v.items.forEach(visit);
    if (v.kind === "growing" || v.kind === "stacked") {
      throw new Unrollable(`'${name}' holds a list the loop grows`);
    }
  };
  visit(v1);
  const fixed = (v: Value | undefined): unknown =>
    (v?.kind === "number" || v?.kind === "bool" || v?.kind === "string" ? v.value : undefined);
  if (v0 && fixed(v0) !== undefined && fixed(v1) !== fixed(v0)) {
    throw new Unrollable(`'${name}' is ${describe(v0)} before the loop and ${describe(v1)} ` +
      "after one step");
  }
  return v1;
}
