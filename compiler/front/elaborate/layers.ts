// Layers: binding an instance (`fc = Dense(128)`), calling it (its body runs in a frame of
// its own, its params created at the first call and shared by later ones), and matching its
// arguments against their shape patterns (`x: [N, K]`), which binds the pattern's dims.
import type { Expr, Span, Stmt, TypeExpr } from "../../../dsl/ast.ts";
import { didYouMean, error } from "../../../dsl/diagnostics.ts";
import { showShape } from "../../ir/shape.ts";
import { bindArgs, toTensor } from "../builtins/args.ts";
import { POISONED } from "../recovery.ts";
import { type Frame, Scope } from "../scope.ts";
import { evalDim, patternText } from "../specs.ts";
import type { Args, Instance, LayerDef, Value } from "../values.ts";
import { ExpressionElaborator, withPreset } from "./expressions.ts";

export abstract class LayerElaborator extends ExpressionElaborator {
  /** Runs statements in a frame (statements.ts). */
  protected abstract execAll(stmts: readonly Stmt[], f: Frame): void;

  protected isLayerCall(e: Expr, scope: Scope): boolean {
    return e.kind === "call" && e.callee.kind === "name" && scope.get(e.callee.name)?.kind === "layer";
  }

  /** `name = Layer(hyper...)`: the instance named `name`, created once and then reused. */
  protected bindInstance(name: string, e: Extract<Expr, { kind: "call" }>, f: Frame): void {
    const layer = f.scope.get((e.callee as { name: string }).name) as Extract<Value, { kind: "layer" }>;
    const def = layer.def;
    const registry = f.inst ? f.inst.children : this.modelInstances;
    let inst = registry.get(name);
    if (!inst || inst.def !== def) {
      const args = withPreset(layer.preset, this.args(e, f.scope));
      const bound = bindArgs(`layer ${def.name}`, def.hyper.map((h) => (h.default ? `${h.name}?` : h.name)), args);
      // A default sees the hyperparameters before it: `MaxPool2D(size, stride = size)`.
      const seen = new Scope(this.globals);
      for (const h of def.hyper) {
        const given = bound[h.name];
        seen.vars.set(h.name, given ? given.value : this.eval(h.default!, seen));
      }
      const hyper: ReadonlyMap<string, Value> = seen.vars;
      const prefix = f.inst ? `${f.inst.prefix}.${name}` : name;
      inst = { prefix, def, hyper, children: new Map(), params: new Map(), state: new Map(),
        span: e.span };
      registry.set(name, inst);
      this.decls.instances.add(prefix);
    }
    f.scope.vars.set(name, { kind: "instance", inst });
  }

  protected callInstance(inst: Instance, args: Args, span: Span): Value {
    const first = this.b.nodes.length;
    const result = this.runInstance(inst, args, span);
    this.calls.push({ callee: inst, span, first, end: this.b.nodes.length, result });
    return result;
  }

  private runInstance(inst: Instance, args: Args, span: Span): Value {
    const def = inst.def;
    const outer = this.calling.findIndex((c) => c.inst.def === def);
    if (outer >= 0) {
      const chain = [...this.calling.slice(outer).map((c) => c.inst.def), def].map((d) => d.name);
      throw error(`layer '${def.name}' calls itself (${chain.join(" -> ")}); recursion is not ` +
        `allowed`, span);
    }
    const given = this.tensorArgs(inst, args, span);
    const scope = new Scope(this.globals);
    for (const [k, v] of inst.hyper) scope.vars.set(k, v);
    scope.vars.set("training", { kind: "bool", value: this.training });
    // In order: a default may use the arguments and dims bound before it.
    def.args.forEach((p, i) => {
      const a = given[i] ?? { value: this.eval(p.default!, scope), span: p.default!.span };
      if (a.value.kind === "none") {
        scope.vars.set(p.name, a.value);
        return;
      }
      const id = toTensor(this.b, a, `${def.name}'s argument '${p.name}'`);
      this.matchPattern(def, p.type, id, scope, a.span);
      scope.vars.set(p.name, a.value.kind === "tensor" ? a.value : { kind: "tensor", id });
    });
    // Its body failed at an earlier call, which said why.
    if (this.failedInstances.has(inst)) throw POISONED;
    const frame: Frame = { scope, inst, declared: new Map() };
    const failures = this.failures;
    this.calling.push({ inst, span });
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
    return frame.returned;
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
        scope.vars.set(d.name, { kind: "number", value: n.shape[axis(i)], isInt: true });
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
