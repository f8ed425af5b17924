// Elaborating expressions: names, operators, calls, members and indexing, to tensors in the
// graph or compile-time values (compiler/front/values.ts).
import type { Expr, Span } from "../../../dsl/ast.ts";
import { didYouMean, error } from "../../../dsl/diagnostics.ts";
import { GraphBuilder } from "../../ir/builder.ts";
import { showShape } from "../../ir/shape.ts";
import type { OpName } from "../../ir/types.ts";
import { toInt, toTensor, bindArgs } from "../builtins/args.ts";
import { BUILTINS } from "../builtins/table.ts";
import { combine } from "../rows.ts";
import type { CallRecord, ModelDecls } from "../decls.ts";
import { BODY, Effects } from "../effects.ts";
import type { Budget } from "../../limits.ts";
import { type ErrorLog, POISONED, STOP } from "../recovery.ts";
import type { Scope } from "../scope.ts";
import type { Evaluator } from "../specs.ts";
import type { Trace, TraceSite } from "../trace.ts";
import { type Args, describe, type Instance, NONE, type Value } from "../values.ts";

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

  protected lookup(name: string, span: Span, scope: Scope): Value {
    // What the parser leaves for a missing expression, in a file elaborated for an editor.
    if (name === "") throw POISONED;
    this.trace?.resolved(span, scope.definedAt(name));
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
        const result = def.fn({ b: this.b, training: this.training, nextSeq: () => this.seq++ },
          bound, span);
        this.calls.push({ callee: f.name, span, first, end: this.b.nodes.length, result });
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
    // `none` is only ever itself: a layer asks whether an optional argument was given.
    if ((e.op === "==" || e.op === "!=") && (l.kind === "none" || r.kind === "none")) {
      return { kind: "bool", value: (l.kind === r.kind) === (e.op === "==") };
    }
    // Lists join at compile time, so a loop can gather its states: `hs = hs + [h]`.
    if (e.op === "+" && l.kind === "list" && r.kind === "list") {
      this.budget.spend(l.items.length + r.items.length, e.span, STOP);
      return { kind: "list", items: [...l.items, ...r.items] };
    }
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
    if (obj.kind === "list" || obj.kind === "tuple") return this.indexList(obj.items, e, scope);
    const x = toTensor(this.b, { value: obj, span: e.object.span }, "indexing");
    const shape = this.b.shape(x);
    if (e.items.length > shape.length) {
      throw error(`${e.items.length} indices for a tensor of rank ${shape.length} ` +
        `(${showShape(shape, this.b.node(x).dtype)})`, e.span);
    }
    const begin = shape.map(() => 0), end = [...shape];
    const dropped: number[] = [];
    e.items.forEach((item, d) => {
      // Messages show the indices as written; negative ones count from the end.
      const written = (ex: Expr) => toInt({ value: this.eval(ex, scope), span: ex.span }, "an index");
      const from = (v: number) => (v < 0 ? v + shape[d] : v);
      if (item.kind === "at") {
        const w = written(item.value), i = from(w);
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
    return { kind: "tensor", id: this.b.reshape(sliced, outShape) };
  }

  /** `shape(x)[1]`, `dims[-1]`: one item of a compile-time list; `shape(x)[0:-1]`: a part. */
  protected indexList(items: Value[], e: Extract<Expr, { kind: "index" }>, scope: Scope): Value {
    const item = e.items[0];
    if (e.items.length !== 1) {
      throw error(`a list takes one index or range, as in dims[0] or dims[0:-1]`, e.span);
    }
    const n = items.length;
    const index = (ex: Expr) => toInt({ value: this.eval(ex, scope), span: ex.span }, "an index");
    const at = (i: number) => (i < 0 ? i + n : i);
    if (item.kind === "range") {
      // As Python's: bounds past either end are cut to it, and a range may be empty.
      const bound = (ex: Expr) => Math.max(0, Math.min(n, at(index(ex))));
      const lo = item.start ? bound(item.start) : 0, hi = item.end ? bound(item.end) : n;
      return { kind: "list", items: items.slice(lo, Math.max(lo, hi)) };
    }
    const i = index(item.value);
    if (at(i) < 0 || at(i) >= n) {
      throw error(`index ${i} is out of range for a list of ${n}`, item.span);
    }
    return items[at(i)];
  }
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

