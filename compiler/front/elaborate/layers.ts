// Layers: binding an instance (`fc = Dense(128)`), calling it (its body runs in a frame of
// its own, its params created at the first call and shared by later ones), and matching its
// arguments against their shape patterns (`x: [N, K]`), which binds the pattern's dims.
import type { Expr, Span, Stmt, TypeExpr } from "../../../dsl/ast.ts";
import { error } from "../../../dsl/diagnostics.ts";
import { showShape } from "../../ir/shape.ts";
import { bindArgs, type Bound, toTensor } from "../builtins/args.ts";
import { POISONED } from "../recovery.ts";
import { type Frame, Scope } from "../scope.ts";
import { evalDim, patternText } from "../specs.ts";
import type { Args, Instance, LayerDef, Value } from "../values.ts";
import { ExpressionElaborator } from "./expressions.ts";

export abstract class LayerElaborator extends ExpressionElaborator {
  /** Runs statements in a frame (statements.ts). */
  protected abstract execAll(stmts: readonly Stmt[], f: Frame): void;

  protected isLayerCall(e: Expr, scope: Scope): boolean {
    return e.kind === "call" && e.callee.kind === "name" && scope.get(e.callee.name)?.kind === "layer";
  }

  /** `name = Layer(hyper...)`: the instance named `name`, created once and then reused. */
  protected bindInstance(name: string, e: Extract<Expr, { kind: "call" }>, f: Frame,
    span: Span): void {
    const callee = e.callee as Extract<Expr, { kind: "name" }>;
    const def = (f.scope.get(callee.name) as { def: LayerDef }).def;
    this.trace?.resolved(callee.span, f.scope.definedAt(callee.name));
    const registry = f.inst ? f.inst.children : this.modelInstances;
    let inst = registry.get(name);
    if (!inst || inst.def !== def) {
      const args = this.args(e, f.scope);
      const bound = bindArgs(`layer ${def.name}`, def.hyper.map((h) => (h.default ? `${h.name}?` : h.name)), args);
      this.trace?.call(e.span, { kind: "layer", def }, bound, this);
      // A default sees the hyperparameters before it: `MaxPool2D(size, stride = size)`.
      const seen = new Scope(this.globals);
      for (const h of def.hyper) {
        const given = bound[h.name];
        seen.set(h.name, given ? given.value : this.eval(h.default!, seen), h.span);
      }
      const hyper: ReadonlyMap<string, Value> = seen.vars;
      const prefix = f.inst ? `${f.inst.prefix}.${name}` : name;
      inst = { prefix, def, hyper, children: new Map(), params: new Map(), state: new Map(),
        span: e.span };
      registry.set(name, inst);
      this.decls.instances.add(prefix);
    }
    const v: Value = { kind: "instance", inst };
    this.trace?.value(e, v, this);
    this.bind(f.scope, name, v, span);
  }

  protected callInstance(inst: Instance, args: Args, span: Span): Value {
    const def = inst.def;
    const outer = this.calling.findIndex((c) => c.inst.def === def);
    if (outer >= 0) {
      const chain = [...this.calling.slice(outer).map((c) => c.inst.def), def].map((d) => d.name);
      throw error(`layer '${def.name}' calls itself (${chain.join(" -> ")}); recursion is not ` +
        `allowed`, span);
    }
    if (args.named.size) {
      const [name, a] = [...args.named][0];
      throw error(`layer calls take tensors by position; '${name}' is not allowed here`, a.span);
    }
    if (args.positional.length !== def.args.length) {
      throw error(`${inst.prefix} (a ${def.name}) takes ${def.args.length} tensor` +
        `${def.args.length === 1 ? "" : "s"} but got ${args.positional.length}`, span);
    }
    const frame: Frame = { scope: new Scope(this.globals), inst, declared: new Map() };
    const failures = this.failures;
    // Pushed first: its arguments' patterns are its own (a mistake in them is the caller's).
    this.calling.push({ inst, span });
    const saved = this.b.span;
    try {
      this.enter(inst, args, frame.scope, span);
      // Its body failed at an earlier call, which said why.
      if (this.failedInstances.has(inst)) throw POISONED;
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
    return frame.returned;
  }

  /** Binds an instance's hyperparameters and tensor arguments in the scope of its body. */
  private enter(inst: Instance, args: Args, scope: Scope, span: Span): void {
    const def = inst.def;
    for (const h of def.hyper) scope.set(h.name, inst.hyper.get(h.name)!, h.span);
    scope.vars.set("training", { kind: "bool", value: this.training });
    def.args.forEach((p, i) => {
      const a = args.positional[i];
      const id = toTensor(this.b, a, `${def.name}'s argument '${p.name}'`);
      this.matchPattern(def, p.type, id, scope, a.span);
      this.bind(scope, p.name, a.value.kind === "tensor" ? a.value : { kind: "tensor", id }, p.span);
    });
    if (this.trace) {
      const bound: Bound = Object.fromEntries(def.args.map((p, i) => [p.name, args.positional[i]]));
      this.trace.call(span, { kind: "instance", inst }, bound, this);
    }
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
    const fail = (why: string) => {
      const hint = type.dims.length === 2 && type.rest === undefined && n.shape.length > 2
        ? "; flatten it first?" : "";
      return error(`${def.name} expects ${pattern} but got ${showShape(n.shape, n.dtype)}${why}${hint}`, span);
    };
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
        this.bind(scope, d.name, { kind: "number", value: n.shape[axis(i)], isInt: true }, d.span);
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
