// Elaborating expressions: names, operators, calls, members and indexing, to tensors in the
// graph or compile-time values (compiler/front/values.ts).
import type { Expr, Span } from "../../../dsl/ast.ts";
import { didYouMean, error } from "../../../dsl/diagnostics.ts";
import type { Residuals } from "../../autodiff/gradients.ts";
import { GraphBuilder } from "../../ir/builder.ts";
import { sameShape, showShape } from "../../ir/shape.ts";
import type { OpName } from "../../ir/types.ts";
import {
  bindArgs, listItems, listLength, stackedItem, toInt, toTensor,
} from "../builtins/args.ts";
import { BUILTINS } from "../builtins/table.ts";
import { combine } from "../rows.ts";
import type { CallRecord, ModelDecls } from "../decls.ts";
import { BODY, Effects } from "../effects.ts";
import type { Budget } from "../../limits.ts";
import { type ErrorLog, POISONED, STOP, Unrollable } from "../recovery.ts";
import type { Scope } from "../scope.ts";
import type { Evaluator } from "../specs.ts";
import type { Trace, TraceSite } from "../trace.ts";
import {
  type Args, describe, type Instance, NONE, type StepTrace, type Value, valueShapes,
} from "../values.ts";

const BINARY: Record<string, OpName> = {
  "+": "add", "-": "sub", "*": "mul", "/": "div", "**": "pow", "@": "matmul",
  "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne",
};

/** The state one mode's elaboration keeps, and its expressions. Layer calls (layers.ts) and
 * statements (statements.ts) build on it. */
export abstract class ExpressionElaborator implements Evaluator, TraceSite {
  readonly b = new GraphBuilder();
  readonly outputs = new Map<string, number>();
  readonly losses = new Map<string, number>();
  /** State updates and the calls that issued them (training mode only). */
  readonly effects = new Effects();
  /** Every layer and builtin call, with the nodes it made (compiler/front/decls.ts). */
  readonly calls: CallRecord[] = [];
  protected seq = 0;
  /** What loops' gradients save (CompileOptions.loops). */
  residuals: Residuals = "save";
  /** The layer calls in progress, outermost first: to report recursion, and to say in which
   * call a mistake in a layer's body happened. */
  protected readonly calling: { inst: Instance; span: Span; call?: number }[] = [];
  protected readonly modelInstances = new Map<string, Instance>();
  /** Statements that failed so far, reported or poisoned; a loop or a layer call that sees
   * this grow has failed too. */
  protected failures = 0;
  /** Loops being run (their bodies run once per iteration). */
  protected loops = 0;
  /** The model statement being run, where an error found below it is listed. */
  protected anchor: Span | undefined;
  /** Instances whose call failed: a member their body did not get to declare is poison. */
  protected readonly failedInstances = new Set<Instance>();
  /** "output y", "train fit": declared, even by a statement that failed, so that a second
   * declaration is still reported. */
  protected readonly claimed = new Set<string>();

  constructor(protected readonly globals: Scope, readonly decls: ModelDecls,
    readonly training: boolean, protected readonly log: ErrorLog,
    protected readonly budget: Budget, protected readonly trace?: Trace) {}

  /** An instance whose arguments are being bound, before its body runs. */
  protected entering: Instance | undefined;

  /** The layer instance whose body is running, innermost (for the trace). */
  get instance(): Instance | undefined {
    return this.entering ?? this.calling.at(-1)?.inst;
  }

  /** Binds a name the source writes at `span`. */
  protected bind(scope: Scope, name: string, v: Value, span: Span): void {
    scope.set(name, v, span);
    this.trace?.bound(span, v, this);
  }

  /** The layer call issuing an update now (an index into effects.calls), or BODY. Calls are
   * recorded only once they or a call made in them update state: most never do. */
  protected issuer(): number {
    let parent = BODY;
    for (const c of this.calling) {
      c.call ??= this.effects.enter(parent, c.inst.prefix, c.span);
      parent = c.call;
    }
    return parent;
  }

  /** Calls a layer instance with tensor arguments (layers.ts). */
  protected abstract callInstance(inst: Instance, args: Args, span: Span): Value;

  eval(e: Expr, scope: Scope): Value {
    const v = this.evaluate(e, scope);
    this.trace?.value(e, v, this);
    return v;
  }

  private evaluate(e: Expr, scope: Scope): Value {
    this.budget.spend(1, e.span, STOP);
    this.b.span = e.span;
    switch (e.kind) {
      case "num": return { kind: "number", value: e.value, isInt: e.isInt };
      case "bool": return { kind: "bool", value: e.value };
      case "str": return { kind: "string", value: e.value };
      case "name": return this.lookup(e.name, e.span, scope);
      case "list": return { kind: "list", items: e.items.map((x) => this.eval(x, scope)) };
      case "tuple": return { kind: "tuple", items: e.items.map((x) => this.eval(x, scope)) };
      case "unary": {
        const v = this.eval(e.operand, scope);
        if (v.kind === "number" && v.varying) {
          return combine("-", { ...v, value: 0, varying: undefined }, v, { ...v, value: -v.value },
            e.span);
        }
        if (v.kind === "number") return { ...v, value: -v.value };
        if (v.kind === "index") return { ...v, scale: -v.scale, offset: -v.offset };
        this.b.span = e.span;
        return { kind: "tensor", id: this.b.add("neg", [toTensor(this.b, { value: v, span: e.operand.span }, "unary -")]) };
      }
      case "binary": return this.binary(e, scope);
      case "cond": {
        const c = this.eval(e.cond, scope);
        if (c.kind !== "bool") {
          throw error(`the condition of '?' must be known at compile time (like 'training') but got ` +
            `${describe(c)}; use where(mask, a, b) for tensors`, e.cond.span);
        }
        return this.eval(c.value ? e.then : e.else, scope);
      }
      case "member": return this.member(e, scope);
      case "index": return this.index(e, scope);
      case "call": return this.call(e.callee, this.args(e, scope), e.span, scope);
      case "pipe": {
        const left = { value: this.eval(e.left, scope), span: e.left.span };
        if (e.right.kind === "call") {
          const args = this.args(e.right, scope);
          args.positional.unshift(left);
          return this.call(e.right.callee, args, e.span, scope);
        }
        const args: Args = { positional: [left], named: new Map(), span: e.span };
        return this.call(e.right, args, e.span, scope);
      }
    }
  }

  /** Tells the trace where a use of a name was bound. */
  protected resolved(use: Span, def: Span | undefined): void {
    this.trace?.resolved(use, def);
  }

  protected lookup(name: string, span: Span, scope: Scope): Value {
    // What the parser leaves for a missing expression, in a file elaborated for an editor.
    if (name === "") throw POISONED;
    this.resolved(span, scope.definedAt(name));
    const v = scope.get(name);
    if (v?.kind === "poison") throw POISONED;
    if (v) return v;
    if (Object.hasOwn(BUILTINS, name)) return { kind: "function", name };
    if (name === "none") return NONE;
    const known = [...scope.names(), ...Object.keys(BUILTINS)];
    throw error(`unknown name '${name}'${didYouMean(name, known)}`, span);
  }

  args(e: Extract<Expr, { kind: "call" }>, scope: Scope): Args {
    const out: Args = { positional: [], named: new Map(), span: e.span };
    for (const a of e.args) {
      const v = { value: this.eval(a.value, scope), span: a.value.span };
      if (a.name === undefined) {
        if (out.named.size) throw error("positional arguments must come before named ones", a.span);
        out.positional.push(v);
      } else {
        if (out.named.has(a.name)) throw error(`argument '${a.name}' is given twice`, a.span);
        out.named.set(a.name, v);
      }
    }
    return out;
  }

  protected call(callee: Expr, args: Args, span: Span, scope: Scope): Value {
    const f = this.eval(callee, scope);
    this.b.span = span;
    // Tensors go to instances: `Dense(10)(x)` makes no instance to hold the weights.
    const tensors = [...args.positional, ...args.named.values()].some((a) => a.value.kind === "tensor");
    if (f.kind === "layer" && tensors) {
      throw error(`a layer instance needs a name: write 'name = ${f.def.name}(...)' on its own ` +
        `line, then call 'name(x)'`, callee.kind === "call" ? callee.span : span);
    }
    switch (f.kind) {
      case "function": {
        const def = BUILTINS[f.name];
        const bound = bindArgs(f.name, def.params, args);
        this.trace?.call(span, f, bound, this);
        const first = this.b.nodes.length;
        const result = def.fn({ b: this.b, training: this.training, nextSeq: () => this.seq++,
          residuals: this.residuals }, bound, span);
        this.calls.push({ callee: f.name, span, first, end: this.b.nodes.length,
          shapes: valueShapes(this.b, result) });
        return result;
      }
      case "instance": return this.callInstance(f.inst, args, span);
      // Hyperparameters given ahead: the instance is made where this value is bound.
      case "layer": return { ...f, preset: withPreset(f.preset, args) };
      default:
        throw error(`${describe(f)} cannot be called`, callee.span);
    }
  }

  protected binary(e: Extract<Expr, { kind: "binary" }>, scope: Scope): Value {
    const l = this.eval(e.left, scope);
    const r = this.eval(e.right, scope);
    this.b.span = e.span;
    // `@` of two numbers goes on to the tensor case, whose shape rule explains it.
    if (l.kind === "number" && r.kind === "number" && e.op !== "@") {
      const folded = foldNumbers(e.op, l.value, r.value, l.isInt && r.isInt);
      return l.varying || r.varying ? combine(e.op, l, r, folded, e.span) : folded;
    }
    if (l.kind === "index" || r.kind === "index") {
      const v = indexArithmetic(e.op, l, r);
      if (v) return v;
    }
    // `none` is only ever itself: a layer asks whether an optional argument was given.
    if ((e.op === "==" || e.op === "!=") && (l.kind === "none" || r.kind === "none")) {
      return { kind: "bool", value: (l.kind === r.kind) === (e.op === "==") };
    }
    // Lists join at compile time, so a loop can gather its states: `hs = hs + [h]`.
    if (e.op === "+" && l.kind === "list" && r.kind === "list") {
      this.budget.spend(l.items.length + r.items.length, e.span, STOP);
      return { kind: "list", items: [...l.items, ...r.items] };
    }
    if (e.op === "+" && l.kind === "growing" && r.kind === "list") {
      this.budget.spend(l.added.length + r.items.length, e.span, STOP);
      return { ...l, added: [...l.added, ...r.items] };
    }
    for (const v of [l, r]) if (v.kind === "growing") throw readsGrowing(v);
    const op = BINARY[e.op];
    const a = toTensor(this.b, { value: l, span: e.left.span }, `'${e.op}'`);
    const b = toTensor(this.b, { value: r, span: e.right.span }, `'${e.op}'`);
    return { kind: "tensor", id: this.b.add(op, [a, b]) };
  }

  protected member(e: Extract<Expr, { kind: "member" }>, scope: Scope): Value {
    const obj = this.eval(e.object, scope);
    if (e.name === "") throw POISONED;
    if (obj.kind !== "instance") {
      throw error(`${describe(obj)} has no member '${e.name}'`, e.nameSpan);
    }
    const inst = obj.inst;
    const full = inst.params.get(e.name) ?? inst.state.get(e.name);
    if (full) {
      const decl = this.decls.params.get(full) ?? this.decls.state.get(full)!;
      const op = this.decls.params.has(full) ? "param" : "state";
      const id = this.b.add(op, [], { name: full, shape: decl.shape });
      return { kind: "tensor", id: op === "state" ? this.effects.read(full, id) : id };
    }
    const child = inst.children.get(e.name);
    if (child) return { kind: "instance", inst: child };
    const hyper = inst.hyper.get(e.name);
    if (hyper) return hyper;
    if (this.failedInstances.has(inst)) throw POISONED;
    const members = [...inst.params.keys(), ...inst.state.keys(), ...inst.children.keys()];
    const hint = members.length ? didYouMean(e.name, members) ||
      ` (it has ${members.join(", ")})` : " (it has no params yet: call it first)";
    throw error(`${inst.prefix} has no member '${e.name}'${hint}`, e.nameSpan);
  }

  protected index(e: Extract<Expr, { kind: "index" }>, scope: Scope): Value {
    const obj = this.eval(e.object, scope);
    if (obj.kind === "growing") throw readsGrowing(obj);
    if (obj.kind === "list" || obj.kind === "tuple") return this.indexList(obj.items, e, scope);
    const x = toTensor(this.b, { value: obj, span: e.object.span }, "indexing");
    const shape = this.b.shape(x);
    if (e.items.length > shape.length) {
      throw error(`${e.items.length} indices for a tensor of rank ${shape.length} ` +
        `(${showShape(shape, this.b.node(x).dtype)})`, e.span);
    }
    const begin = shape.map(() => 0), end = [...shape];
    const dropped: number[] = [];
    // Axes indexed by a traced loop's step: sliced per step once the rest is cut.
    const stepped: { d: number; v: Extract<Value, { kind: "index" }> }[] = [];
    e.items.forEach((item, d) => {
      // Messages show the indices as written; negative ones count from the end.
      const written = (ex: Expr) => {
        const v = this.eval(ex, scope);
        if (v.kind === "index") {
          throw new Unrollable(`a range's bound depends on ${v.trace.variable}`);
        }
        return toInt({ value: v, span: ex.span }, "an index");
      };
      const from = (v: number) => (v < 0 ? v + shape[d] : v);
      if (item.kind === "at") {
        const v = this.eval(item.value, scope);
        if (v.kind === "index") { stepped.push({ d, v }); return; }
        const w = toInt({ value: v, span: item.value.span }, "an index"), i = from(w);
        if (i < 0 || i >= shape[d]) {
          throw error(`index ${w} is out of range for axis ${d} of size ${shape[d]}`, item.span);
        }
        begin[d] = i; end[d] = i + 1; dropped.push(d);
      } else {
        const [wlo, whi] = [item.start ? written(item.start) : undefined,
          item.end ? written(item.end) : undefined];
        const lo = wlo === undefined ? 0 : from(wlo), hi = whi === undefined ? shape[d] : from(whi);
        if (lo < 0 || hi > shape[d] || lo >= hi) {
          throw error(`slice ${wlo ?? ""}:${whi ?? ""} is out of range or empty for axis ${d} ` +
            `of size ${shape[d]}`, item.span);
        }
        begin[d] = lo; end[d] = hi;
      }
    });
    this.b.span = e.span;
    const whole = begin.every((v, d) => v === 0 && end[d] === shape[d]);
    const sliced = whole ? x : this.b.add("slice", [x], { begin, end });
    const outShape = end.map((v, d) => v - begin[d]).filter((_, d) => !dropped.includes(d));
    let out = this.b.reshape(sliced, outShape);
    // Outer loops' steps first: an inner loop's slice of an outer one's is sliced per step.
    const axis = (d: number) => d - dropped.filter((k) => k < d).length;
    const order = [...stepped].sort((p, q) => this.depth(p.v.trace) - this.depth(q.v.trace) ||
      q.d - p.d);
    const done: number[] = [];
    for (const { d, v } of order) {
      out = v.trace.slice(out, axis(d) - done.filter((k) => k < d).length, v.scale, v.offset);
      done.push(d);
    }
    return { kind: "tensor", id: out };
  }

  /** How deep a traced loop is among those being traced (loops.ts). */
  protected abstract depth(trace: StepTrace): number;

  /** `shape(x)[1]`, `dims[-1]`, `hs[t]`: one item of a compile-time list; `shape(x)[0:-1]`: a
   * part. */
  protected indexList(items: Value[], e: Extract<Expr, { kind: "index" }>, scope: Scope): Value {
    const item = e.items[0];
    if (e.items.length !== 1) {
      throw error(`a list takes one index or range, as in dims[0] or dims[0:-1]`, e.span);
    }
    const n = listLength(items);
    const index = (ex: Expr) => toInt({ value: this.eval(ex, scope), span: ex.span }, "an index");
    const at = (i: number) => (i < 0 ? i + n : i);
    if (item.kind === "range") {
      // As Python's: bounds past either end are cut to it, and a range may be empty.
      const bound = (ex: Expr) => Math.max(0, Math.min(n, at(index(ex))));
      const lo = item.start ? bound(item.start) : 0, hi = item.end ? bound(item.end) : n;
      return { kind: "list", items: listItems(this.b, items).slice(lo, Math.max(lo, hi)) };
    }
    const v = this.eval(item.value, scope);
    if (v.kind === "index") return this.stepItem(items, v, e.span);
    const i = toInt({ value: v, span: item.span }, "an index");
    if (at(i) < 0 || at(i) >= n) {
      throw error(`index ${i} is out of range for a list of ${n}`, item.span);
    }
    let k = at(i);
    for (const x of items) {
      const count = x.kind === "stacked" ? x.count : 1;
      if (k >= count) { k -= count; continue; }
      return x.kind === "stacked" ? { kind: "tensor", id: stackedItem(this.b, x.id, k) } : x;
    }
    throw new Error("internal: a list item past its length");
  }

  /** `hs[t]` in a traced loop: the list's tensors stacked (once, before the loop), sliced per
   * step. */
  private stepItem(items: Value[], v: Extract<Value, { kind: "index" }>, span: Span): Value {
    if (items.some((x) => x.kind !== "tensor" && x.kind !== "stacked")) {
      throw new Unrollable(`${v.trace.variable} indexes a list that is not of tensors`);
    }
    const parts = items.map((x) => x.kind === "stacked" ? x.id
      : this.b.reshape((x as { id: number }).id, [1, ...this.b.shape((x as { id: number }).id)]));
    const first = this.b.shape(parts[0]).slice(1);
    if (parts.some((p) => !sameShape(this.b.shape(p).slice(1), first))) {
      throw new Unrollable(`${v.trace.variable} indexes a list of tensors of several shapes`);
    }
    this.b.span = span;
    const all = parts.length === 1 ? parts[0] : this.b.add("concat", parts, { axis: 0 });
    return { kind: "tensor", id: v.trace.slice(all, 0, v.scale, v.offset) };
  }
}

/** Arithmetic on a traced loop's index, kept symbolic where it stays `offset + scale * t`. */
function indexArithmetic(op: string, l: Value, r: Value): Value | undefined {
  const num = (v: Value) => (v.kind === "number" ? v.value : undefined);
  const idx = (v: Value) => (v.kind === "index" ? v : undefined);
  const [a, b] = [idx(l), idx(r)];
  const index = (base: Extract<Value, { kind: "index" }>, scale: number, offset: number): Value =>
    scale === 0 ? { kind: "number", value: offset, isInt: Number.isInteger(offset) }
      : { ...base, scale, offset };
  if (a && b && a.trace !== b.trace) throw new Unrollable("the indices of two loops are combined");
  const [x, y] = [num(l), num(r)];
  if (a && b && (op === "+" || op === "-")) {
    const k = op === "+" ? 1 : -1;
    return index(a, a.scale + k * b.scale, a.offset + k * b.offset);
  }
  if (a && y !== undefined) {
    if (op === "+") return index(a, a.scale, a.offset + y);
    if (op === "-") return index(a, a.scale, a.offset - y);
    if (op === "*") return index(a, a.scale * y, a.offset * y);
  }
  if (b && x !== undefined) {
    if (op === "+") return index(b, b.scale, b.offset + x);
    if (op === "-") return index(b, -b.scale, x - b.offset);
    if (op === "*") return index(b, b.scale * x, b.offset * x);
  }
  const trace = (a ?? b)!.trace;
  if (l.kind === "tensor" || r.kind === "tensor") return undefined;
  throw new Unrollable(`${trace.variable} is used in '${op}' at compile time`);
}

function readsGrowing(v: Extract<Value, { kind: "growing" }>): Unrollable {
  return new Unrollable(`the list '${v.name}' is read in the loop that grows it`);
}

/** Hyperparameters given ahead, then more: positional ones follow, named ones override. */
export function withPreset(preset: Args | undefined, args: Args): Args {
  if (!preset) return args;
  return { positional: [...preset.positional, ...args.positional],
    named: new Map([...preset.named, ...args.named]), span: args.span };
}

function foldNumbers(op: string, a: number, b: number, ints: boolean): Value {
  const num = (value: number, isInt = ints): Value => ({ kind: "number", value, isInt });
  const bool = (value: boolean): Value => ({ kind: "bool", value });
  switch (op) {
    case "+": return num(a + b);
    case "-": return num(a - b);
    case "*": return num(a * b);
    case "/": return num(a / b, ints && Number.isInteger(a / b));
    case "**": return num(a ** b);
    case "<": return bool(a < b);
    case "<=": return bool(a <= b);
    case ">": return bool(a > b);
    case ">=": return bool(a >= b);
    case "==": return bool(a === b);
    case "!=": return bool(a !== b);
  }
  throw new Error(`internal: no compile-time rule for '${op}'`);
}

