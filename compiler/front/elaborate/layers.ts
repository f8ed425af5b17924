// Layers: binding an instance (`fc = Dense(128)`), calling it (its body runs in a frame of
// its own, its params created at the first call and shared by later ones), and matching its
// arguments against their shape patterns (`x: [N, K]`), which binds the pattern's dims.
import type { Expr, Span, Stmt, TypeExpr } from "../../../dsl/ast.ts";
import { didYouMean, error } from "../../../dsl/diagnostics.ts";
import { showShape } from "../../ir/shape.ts";
import { bindArgs, type Bound, toTensor } from "../builtins/args.ts";
import { CALL_STEPS } from "../../limits.ts";
import { POISONED, STOP, Unrollable } from "../recovery.ts";
import { type Frame, Scope } from "../scope.ts";
import { evalDim, patternText } from "../specs.ts";
import {
  type Args, describe, type Instance, type LayerDef, type Value, valueShapes,
} from "../values.ts";
import { ExpressionElaborator, withPreset } from "./expressions.ts";

export abstract class LayerElaborator extends ExpressionElaborator {
  /** Runs statements in a frame (statements.ts). */
  protected abstract execAll(stmts: readonly Stmt[], f: Frame): void;

  protected isLayerCall(e: Expr, scope: Scope): boolean {
    return e.kind === "call" && e.callee.kind === "name" && scope.get(e.callee.name)?.kind === "layer";
  }

  /** `name = Layer(hyper...)`: the instance named `name` (written at `span`), made once and
   * then reused. */
  protected bindInstance(name: string, e: Extract<Expr, { kind: "call" }>, f: Frame,
    span: Span): void {
    const callee = e.callee as Extract<Expr, { kind: "name" }>;
    const layer = f.scope.get(callee.name) as Extract<Value, { kind: "layer" }>;
    this.trace?.resolved(callee.span, f.scope.definedAt(callee.name));
    const def = layer.def;
    const registry = f.inst ? f.inst.children : this.modelInstances;
    const prefix = f.inst ? `${f.inst.prefix}.${name}` : name;
    const made = registry.get(name);
    // An instance's name is its params' names: a second one would take the first one's.
    if (made && made.span !== e.span) {
      throw error(`'${name}' already names an instance of ${made.def.name}, whose params are ` +
        `named ${prefix}.*; give this one a name of its own (to share weights, call ` +
        `'${name}' again instead)`, e.span,
      [{ message: `'${name}' was made here`, span: made.span }]);
    }
    const hyper = this.hyperparameters(def, withPreset(layer.preset, this.args(e, f.scope)),
      e.span);
    if (made) {
      // The same statement run again (a loop, another call of the layer it is in).
      const changed = [...hyper.keys()].find((k) => !sameValue(hyper.get(k)!, made.hyper.get(k)!));
      if (made.def !== def || changed !== undefined) {
        const what = (d: LayerDef, h: ReadonlyMap<string, Value>) => made.def !== def ?
          `a ${d.name}` : `${changed} = ${show(h.get(changed!)!)}`;
        throw error(`'${name}' is made again with ${what(def, hyper)}, but it was made with ` +
          `${what(made.def, made.hyper)} and an instance keeps what it was first made with` +
          (this.loops ? "; make it once, before the loop" : ""), e.span);
      }
      this.bindMade(f, name, e, made, span);
      return;
    }
    // A loop traced once gives its index as a symbol; an instance keeps what it is made with.
    const symbolic = [...hyper].find(([, v]) => v.kind === "index");
    if (symbolic) throw new Unrollable(`an instance's ${symbolic[0]} depends on the loop's index`);
    const inst = { prefix, def, hyper, children: new Map(), params: new Map(), state: new Map(),
      span: e.span };
    registry.set(name, inst);
    this.decls.instances.add(prefix);
    this.bindMade(f, name, e, inst, span);
  }

  private bindMade(f: Frame, name: string, e: Expr, inst: Instance, span: Span): void {
    const v: Value = { kind: "instance", inst };
    this.trace?.value(e, v, this);
    this.bind(f.scope, name, v, span);
  }

  /** A layer's hyperparameters, given or defaulted; a default sees the hyperparameters
   * before it: `MaxPool2D(size, stride = size)`. */
  private hyperparameters(def: LayerDef, args: Args, span: Span): ReadonlyMap<string, Value> {
    const bound = bindArgs(`layer ${def.name}`, def.hyper.map((h) => (h.default ? `${h.name}?` : h.name)), args);
    this.trace?.call(span, { kind: "layer", def }, bound, this);
    const seen = new Scope(this.globals);
    for (const h of def.hyper) {
      const given = bound[h.name];
      seen.set(h.name, given ? given.value : this.eval(h.default!, seen), h.span);
    }
    return seen.vars;
  }

  protected callInstance(inst: Instance, args: Args, span: Span): Value {
    const first = this.b.nodes.length;
    const result = this.runInstance(inst, args, span);
    this.calls.push({ callee: inst, span, first, end: this.b.nodes.length,
      shapes: valueShapes(this.b, result) });
    return result;
  }

  private runInstance(inst: Instance, args: Args, span: Span): Value {
    const def = inst.def;
    // The same layer with the same hyperparameters again would never end; another instance
    // of it that differs (a wrapper of a wrapper, a smaller depth) is no recursion.
    const outer = this.calling.findIndex((c) => c.inst.def === def && sameHyper(c.inst, inst));
    if (outer >= 0) {
      const chain = [...this.calling.slice(outer).map((c) => c.inst.def), def].map((d) => d.name);
      throw error(`layer '${def.name}' calls itself (${chain.join(" -> ")}) with the same ` +
        `hyperparameters, which would never end`, span);
    }
    const scope = new Scope(this.globals);
    this.enter(inst, this.tensorArgs(inst, args, span), scope, span);
    // Its body failed at an earlier call, which said why.
    if (this.failedInstances.has(inst)) throw POISONED;
    this.budget.spend(CALL_STEPS, span, STOP);
    const frame: Frame = { scope, inst, declared: new Map() };
    const failures = this.failures;
    const start = this.b.nodes.length;
    const entry: { inst: Instance; span: Span; call?: number } = { inst, span };
    this.calling.push(entry);
    const saved = this.b.span;
    try {
      this.execAll(def.body, frame);
    } finally {
      this.calling.pop();
      this.b.span = saved;
    }
    if (this.failures > failures) {
      this.failedInstances.add(inst);
      throw POISONED;
    }
    if (!frame.returned) throw error(`layer '${def.name}' has no 'return'`, def.nameSpan);
    // A step runs this call (and applies its updates) when it needs what the call returns.
    return entry.call === undefined ? frame.returned
      : this.ownResults(frame.returned, start, entry.call);
  }

  /** Binds an instance's hyperparameters and tensor arguments in the scope of its body. */
  private enter(inst: Instance, given: ({ value: Value; span: Span } | undefined)[],
    scope: Scope, span: Span): void {
    const def = inst.def;
    this.entering = inst;
    try {
      for (const h of def.hyper) this.bind(scope, h.name, inst.hyper.get(h.name)!, h.span);
      scope.vars.set("training", { kind: "bool", value: this.training });
      // In order: a default may use the arguments and dims bound before it.
      def.args.forEach((p, i) => {
        const a = given[i] ?? { value: this.eval(p.default!, scope), span: p.default!.span };
        if (a.value.kind === "none") {
          this.bind(scope, p.name, a.value, p.span);
          return;
        }
        const id = toTensor(this.b, a, `${def.name}'s argument '${p.name}'`);
        this.matchPattern(def, p.type, id, scope, a.span);
        const v: Value = a.value.kind === "tensor" ? a.value : { kind: "tensor", id };
        this.bind(scope, p.name, v, p.span);
      });
      if (this.trace) {
        const bound: Bound = Object.fromEntries(def.args.map((p, i) => [p.name, given[i]]));
        this.trace.call(span, { kind: "instance", inst }, bound, this);
      }
    } finally {
      this.entering = undefined;
    }
  }

  /**
   * The call's results as tensors of its own: one made before the call (`return x`, a param)
   * gets an alias, so that needing it elsewhere does not count as needing this call.
   */
  private ownResults(v: Value, start: number, call: number): Value {
    if (v.kind === "tuple" || v.kind === "list") {
      return { ...v, items: v.items.map((item) => this.ownResults(item, start, call)) };
    }
    if (v.kind !== "tensor") return v;
    const id = v.id >= start ? v.id : this.b.add("reshape", [v.id], { shape: this.b.shape(v.id) });
    this.effects.calls[call].results.push(id);
    return { kind: "tensor", id };
  }

  /** A call's tensors by the layer's argument, in order: given by position, then by name
   * (`lstm(x, lengths = n)`); absent ones (undefined) must have a default. `none` given is
   * the same as none given. */
  private tensorArgs(inst: Instance, args: Args, span: Span): ({ value: Value; span: Span } | undefined)[] {
    const def = inst.def;
    const names = def.args.map((p) => p.name);
    const required = def.args.filter((p) => !p.default).length;
    const what = `${inst.prefix} (a ${def.name})`;
    if (args.positional.length > def.args.length ||
      args.named.size === 0 && args.positional.length < required) {
      const n = def.args.length === required ? `${required}` : `${required} to ${def.args.length}`;
      throw error(`${what} takes ${n} tensor${def.args.length === 1 ? "" : "s"} but got ` +
        `${args.positional.length}`, span);
    }
    const given: ({ value: Value; span: Span } | undefined)[] = names.map((_, i) => args.positional[i]);
    for (const [name, a] of args.named) {
      const i = names.indexOf(name);
      if (i < 0) {
        throw error(`${what} has no argument '${name}'${didYouMean(name, names)} (it takes ` +
          `${names.join(", ")})`, a.span);
      }
      if (given[i]) throw error(`argument '${name}' of ${what} is given twice`, a.span);
      given[i] = a;
    }
    def.args.forEach((p, i) => {
      if (!given[i] && !p.default) throw error(`${what} needs argument '${p.name}'`, span);
      if (given[i]?.value.kind === "none") given[i] = p.default ? undefined : given[i];
    });
    return given;
  }

  /**
   * Binds a layer argument's shape pattern (`[N, K]`) against the tensor it was given. A
   * `...` matches zero or more axes: the dims before it match the leading axes, the dims
   * after it the trailing ones (`[N, C, ...]`, `[..., D]`).
   */
  protected matchPattern(def: LayerDef, type: TypeExpr, id: number, scope: Scope, span: Span): void {
    const n = this.b.node(id);
    const shown = type.dims.map(patternText);
    if (type.rest !== undefined) shown.splice(type.rest, 0, "...");
    const pattern = `${type.dtype ?? ""}[${shown.join(", ")}]`;
    // No advice to flatten: for a sequence [N, T, D] it would be wrong.
    const fail = (why: string) =>
      error(`${def.name} expects ${pattern} but got ${showShape(n.shape, n.dtype)}${why}`, span);
    if (type.dtype && (type.dtype === "i32") !== (n.dtype === "i")) throw fail("");
    const rank = n.shape.length;
    if (type.rest === undefined ? type.dims.length !== rank : type.dims.length > rank) {
      throw fail(type.rest === undefined ? ""
        : ` (the pattern needs at least ${type.dims.length} axes)`);
    }
    // Pattern dim i sits at axis i before the rest, and counts from the end after it.
    const axis = (i: number) => (type.rest === undefined || i < type.rest ? i
      : rank - type.dims.length + i);
    // Bind plain capitalised names first, then check every dim expression.
    type.dims.forEach((d, i) => {
      if (d.kind === "name" && /^[A-Z]/.test(d.name) && !scope.vars.has(d.name)) {
        const v: Value = { kind: "number", value: n.shape[axis(i)], isInt: true };
        // The leading axis of a tensor that varies with the batch fed binds a varying dim.
        if (axis(i) === 0 && n.lead) v.varying = { rows: n.lead };
        this.bind(scope, d.name, v, d.span);
      }
    });
    type.dims.forEach((d, i) => {
      const want = evalDim(this, d, scope);
      const got = n.shape[axis(i)];
      if (want === got) return;
      const text = patternText(d);
      throw fail(text === String(want) ? ` (axis ${axis(i)} is ${got}, not ${want})`
        : ` (axis ${axis(i)} is ${got} but ${text} = ${want})`);
    });
  }
}

/** Whether two compile-time values are the same: numbers, names of functions, layers and
 * instances by identity, lists item by item. */
function sameValue(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "number": case "bool": case "string": return a.value === (b as typeof a).value;
    case "function": return a.name === (b as typeof a).name;
    case "init": case "optimizer": return JSON.stringify(a) === JSON.stringify(b);
    case "layer": return a.def === (b as typeof a).def;
    case "instance": return a.inst === (b as typeof a).inst;
    case "tensor": return a.id === (b as typeof a).id;
    case "list": case "tuple": {
      const items = (b as typeof a).items;
      return a.items.length === items.length && a.items.every((x, i) => sameValue(x, items[i]));
    }
    default: return false;
  }
}

const sameHyper = (a: Instance, b: Instance) =>
  [...a.hyper].every(([k, v]) => sameValue(v, b.hyper.get(k)!));

const show = (v: Value) => (v.kind === "number" ? String(v.value) : describe(v));
