// Elaboration: the syntax tree of one model, run once per mode (predict, training) into a
// graph. Names are resolved, layer instances created and named, dims evaluated, shapes
// inferred by the op table's rules, and `for` loops unrolled.
import type { Expr, Program, Span, Stmt, TypeExpr } from "../dsl/ast.ts";
import { type Diagnostic, didYouMean, error, KilnError } from "../dsl/diagnostics.ts";
import { locate } from "./internal.ts";
import { BUILTINS, bindArgs, normAxis, toInt, toNumber, toTensor } from "./builtins.ts";
import { GraphBuilder, MAX_GRAPH_NODES, type Shape, sameShape, showShape } from "./graph.ts";
import type { OpName } from "./ops.ts";
import { type ErrorLog, Poisoned, POISONED, STOP } from "./recovery.ts";
import { type Args, describe, type InitSpec, type Instance, type LayerDef, type Value } from "./values.ts";

export interface Declared {
  name: string;
  shape: number[];
  span: Span;
}
export interface InputDecl extends Declared { dtype: "f" | "i" }
export interface ParamDecl extends Declared { init: InitSpec }

export interface OptimizerSpec {
  name: "sgd" | "momentum" | "rmsprop" | "adam" | "adamw";
  args: Record<string, number | boolean>;
}

export interface StepDecl {
  name: string;
  /** The loss's binding name if it is a plain name, else the step's name. */
  lossName: string;
  loss: Expr;
  over: Expr[];
  optimizer: OptimizerSpec;
  span: Span;
}

/** What a model declares, shared by both modes' elaborations. */
export interface ModelDecls {
  name: string;
  inputs: Map<string, InputDecl>;
  params: Map<string, ParamDecl>;
  state: Map<string, ParamDecl>;
  outputs: string[];
  steps: StepDecl[];
  /** Instance prefixes, for `over` selections. */
  instances: Set<string>;
}

/** One mode's elaboration: the builder holding its graph and where things ended up. */
export interface ModeResult {
  b: GraphBuilder;
  outputs: Map<string, number>;
  losses: Map<string, number>;
  updates: Map<string, number>;
  scope: Map<string, Value>;
}

const INITIALISERS: Record<string, string[]> = {
  zeros: [], ones: [], constant: ["value"], normal: ["std?"], uniform: ["lo?", "hi?"],
  glorot_uniform: [], glorot_normal: [], he_uniform: [], he_normal: [], orthogonal: [],
};
const INIT_DEFAULTS: Record<string, number[]> = { normal: [1], uniform: [-0.05, 0.05] };

/** PyTorch's torch.optim defaults; `weight_decay` and `clip_norm` are accepted by all. */
export const OPTIMIZERS: Record<OptimizerSpec["name"], Record<string, number | boolean>> = {
  sgd: { lr: 1e-3 },
  momentum: { lr: 1e-3, momentum: 0.9, nesterov: false },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8 },
  adam: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  adamw: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.01 },
};

const BINARY: Record<string, OpName> = {
  "+": "add", "-": "sub", "*": "mul", "/": "div", "**": "pow", "@": "matmul",
  "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne",
};

class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Scope) {}
  get(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.get(name);
  }
  names(): string[] {
    return [...this.vars.keys(), ...(this.parent?.names() ?? [])];
  }
}

const POISON: Value = { kind: "poison" };

/** The names a statement binds, which stay poisoned if it fails. */
function boundNames(s: Stmt): string[] {
  switch (s.kind) {
    case "input": case "param": case "state": case "output": return [s.name];
    case "assign": return s.targets.map((t) => t.name);
    case "for": return [s.variable, ...s.body.flatMap(boundNames)];
    default: return [];
  }
}

/** Where statements run: the model body, or the body of a layer instance being called. */
interface Frame {
  scope: Scope;
  inst?: Instance;
  returned?: Value;
  /** Declared inputs, params and state by name, with the statement that declared them. */
  declared: Map<string, Span>;
}

export class Elaborator {
  readonly b = new GraphBuilder();
  readonly outputs = new Map<string, number>();
  readonly losses = new Map<string, number>();
  readonly updates = new Map<string, number>();
  private seq = 0;
  /** The layer calls in progress, outermost first: to report recursion, and to say in which
   * call a mistake in a layer's body happened. */
  private readonly calling: { inst: Instance; span: Span }[] = [];
  private readonly modelInstances = new Map<string, Instance>();
  /** Statements that failed so far, reported or poisoned; a loop or a layer call that sees
   * this grow has failed too. */
  private failures = 0;
  /** The model statement being run, where an error found below it is listed. */
  private anchor: Span | undefined;
  /** Instances whose call failed: a member their body did not get to declare is poison. */
  private readonly failedInstances = new Set<Instance>();
  /** "output y", "train fit": declared, even by a statement that failed, so that a second
   * declaration is still reported. */
  private readonly claimed = new Set<string>();

  constructor(private readonly globals: Scope, readonly decls: ModelDecls,
    readonly training: boolean, private readonly log: ErrorLog) {}

  run(body: readonly Stmt[]): ModeResult {
    const frame: Frame = { scope: new Scope(this.globals), declared: new Map() };
    frame.scope.vars.set("training", { kind: "bool", value: this.training });
    this.execAll(body, frame);
    return { b: this.b, outputs: this.outputs, losses: this.losses, updates: this.updates,
      scope: frame.scope.vars };
  }

  // ---- statements --------------------------------------------------------------------

  private execAll(stmts: readonly Stmt[], f: Frame): void {
    for (const s of stmts) {
      const at = f.inst ? this.anchor : s.span;
      if (f.returned) {
        this.fail(error("statements after 'return' are never run", s.span), at);
        return;
      }
      this.b.span = s.span;
      this.anchor = at;
      try {
        this.exec(s, f);
      } catch (e) {
        if (e instanceof KilnError) this.fail(e, at);
        else if (e instanceof Poisoned) this.failures++;
        else {
          if (e !== STOP) locate(e, s.span);
          throw e;
        }
        this.poison(s, f);
      }
    }
  }

  /** Records a mistake with the layer calls it happened in (innermost first). */
  private fail(e: KilnError, at: Span | undefined): void {
    this.failures++;
    const notes: Diagnostic["notes"] = this.calling.map((c) => ({
      message: `in ${c.inst.prefix} = ${c.inst.def.name}(...), called here`, span: c.span,
    })).reverse();
    this.log.add(e, at, notes);
    if (this.b.nodes.length >= MAX_GRAPH_NODES) throw STOP;
  }

  /** Binds the names a failed statement would have defined to poison. What it declares stays
   * declared, so declaring the name again is still a mistake of its own. */
  private poison(s: Stmt, f: Frame): void {
    for (const name of boundNames(s)) f.scope.vars.set(name, POISON);
    if ((s.kind === "input" || s.kind === "param" || s.kind === "state") &&
      !f.declared.has(s.name)) f.declared.set(s.name, s.span);
    if (s.kind === "output") this.claimed.add(`output ${s.name}`);
    if (s.kind === "train") this.claimed.add(`train step ${s.name}`);
  }

  private exec(s: Stmt, f: Frame): void {
    const inLayer = f.inst !== undefined;
    const where = inLayer ? `layer '${f.inst!.def.name}'` : "";
    switch (s.kind) {
      case "input": {
        if (inLayer) throw error(`inputs belong in a model, not in ${where}`, s.span);
        const type = this.typeOf(s.type, f.scope);
        const decl = { name: s.name, shape: type.shape, dtype: type.dtype, span: s.span };
        this.declare("input", s.name, s.nameSpan, s.span, f);
        if (this.training) this.checkNew("input", s.name, s.nameSpan, f.scope);
        this.decls.inputs.set(s.name, decl);
        f.scope.vars.set(s.name, { kind: "tensor",
          id: this.b.add("input", [], { name: s.name, shape: decl.shape, dtype: decl.dtype }) });
        return;
      }
      case "param":
      case "state": {
        const full = f.inst ? `${f.inst.prefix}.${s.name}` : s.name;
        this.declare(s.kind, s.name, s.nameSpan, s.span, f);
        const shape = s.dims.map((d) => this.dim(d, f.scope));
        const init = this.init(s.init, f.scope);
        if (init.kind === "orthogonal" && shape.length < 2) {
          throw error(`orthogonal needs a ${s.kind} of rank 2 or more but '${s.name}' is ` +
            `[${shape.join(", ")}]`, s.init.span);
        }
        const table = s.kind === "param" ? this.decls.params : this.decls.state;
        const prev = table.get(full);
        if (prev && !sameShape(prev.shape, shape)) {
          throw error(`${s.kind} '${full}' was created as [${prev.shape.join(", ")}] by the ` +
            `first call of ${f.inst?.prefix ?? "the model"} but this call needs ` +
            `[${shape.join(", ")}]; an instance keeps the shapes of its first call, so make ` +
            `another for other shapes`, s.span);
        }
        if (!prev && !f.inst) this.checkNew(s.kind, s.name, s.nameSpan, f.scope);
        // Made before it is recorded: a tensor too large to make stays unknown, and a later
        // `inst.W` is poison rather than the same mistake again.
        const id = this.b.add(s.kind, [], { name: full, shape });
        if (!prev) table.set(full, { name: full, shape, init, span: s.span });
        if (f.inst) (s.kind === "param" ? f.inst.params : f.inst.state).set(s.name, full);
        f.scope.vars.set(s.name, { kind: "tensor", id });
        return;
      }
      case "update": {
        const full = f.inst ? f.inst.state.get(s.name) : this.decls.state.has(s.name) ? s.name : undefined;
        if (!full) {
          if (f.scope.get(s.name)?.kind === "poison") throw POISONED;
          throw error(`'update ${s.name}' needs a state tensor named '${s.name}'`, s.nameSpan);
        }
        if (!this.training) return;
        const v = toTensor(this.b, { value: this.eval(s.value, f.scope), span: s.value.span }, "update");
        const want = this.decls.state.get(full)!.shape;
        if (!sameShape(this.b.shape(v), want)) {
          throw error(`update of '${full}' needs ${showShape(want, "f")} but got ` +
            `${showShape(this.b.shape(v), this.b.node(v).dtype)}`, s.value.span);
        }
        this.updates.set(full, v);
        return;
      }
      case "assign": {
        if (s.targets.length === 1 && this.isLayerCall(s.value, f.scope)) {
          this.bindInstance(s.targets[0].name, s.value as Extract<Expr, { kind: "call" }>, f);
          return;
        }
        const v = this.eval(s.value, f.scope);
        if (s.targets.length === 1) {
          f.scope.vars.set(s.targets[0].name, v);
          return;
        }
        if (v.kind !== "tuple") {
          throw error(`cannot unpack ${describe(v)} into ${s.targets.length} names`, s.value.span);
        }
        if (v.items.length !== s.targets.length) {
          throw error(`cannot unpack a tuple of ${v.items.length} into ${s.targets.length} names`, s.span);
        }
        s.targets.forEach((t, i) => f.scope.vars.set(t.name, v.items[i]));
        return;
      }
      case "output": {
        if (inLayer) throw error(`outputs belong in a model, not in ${where}`, s.span);
        const v = s.value ? this.eval(s.value, f.scope) : this.lookup(s.name, s.nameSpan, f.scope);
        const id = toTensor(this.b, { value: v, span: s.value?.span ?? s.nameSpan }, "output");
        this.claim("output", s.name, s.nameSpan);
        f.scope.vars.set(s.name, { kind: "tensor", id });
        this.outputs.set(s.name, id);
        if (this.training && !this.decls.outputs.includes(s.name)) this.decls.outputs.push(s.name);
        return;
      }
      case "for": {
        const from = toInt({ value: this.eval(s.from, f.scope), span: s.from.span }, "a loop bound");
        const to = toInt({ value: this.eval(s.to, f.scope), span: s.to.span }, "a loop bound");
        if (to - from > 100_000) throw error(`a loop of ${to - from} iterations is too long to unroll`, s.span);
        for (let t = from; t < to; t++) {
          const failures = this.failures;
          f.scope.vars.set(s.variable, { kind: "number", value: t, isInt: true });
          this.execAll(s.body, f);
          if (f.returned) throw error("'return' inside a loop is not supported", s.span);
          // Later iterations would repeat the mistake, or build on the names it poisoned.
          if (this.failures > failures) throw POISONED;
        }
        return;
      }
      case "train": {
        if (inLayer) throw error(`train steps belong in a model, not in ${where}`, s.span);
        const loss = toTensor(this.b, { value: this.eval(s.loss, f.scope), span: s.loss.span }, "a loss");
        const ls = this.b.node(loss);
        if (ls.shape.length !== 0 || ls.dtype !== "f") {
          throw error(`a loss must be a float scalar but got ${showShape(ls.shape, ls.dtype)}; ` +
            `reduce it with mean(...) or sum(...)`, s.loss.span);
        }
        this.claim("train step", s.name, s.nameSpan);
        this.losses.set(s.name, loss);
        if (this.training) {
          this.decls.steps.push({ name: s.name, lossName: s.loss.kind === "name" ? s.loss.name : s.name,
            loss: s.loss, over: s.over, optimizer: this.optimizer(s.optimizer, f.scope), span: s.span });
        }
        return;
      }
      case "return": {
        if (!inLayer) throw error("'return' belongs in a layer", s.span);
        const vals = s.values.map((e) => this.eval(e, f.scope));
        f.returned = vals.length === 1 ? vals[0] : { kind: "tuple", items: vals };
        return;
      }
    }
  }

  /** A second declaration of a name in one model or layer body is a mistake; the same
   * statement run again (a loop, a second call of a layer) declares nothing new. */
  private declare(kind: string, name: string, nameSpan: Span, stmt: Span, f: Frame): void {
    const first = f.declared.get(name);
    if (first && first !== stmt) {
      throw error(`${kind} '${name}' is declared twice`, nameSpan,
        [{ message: `'${name}' was first declared here`, span: first }]);
    }
    f.declared.set(name, stmt);
  }

  private claim(kind: string, name: string, span: Span): void {
    const key = `${kind} ${name}`;
    if (this.claimed.has(key)) throw error(`${kind} '${name}' is declared twice`, span);
    this.claimed.add(key);
  }

  private checkNew(kind: string, name: string, span: Span, scope: Scope): void {
    if (scope.vars.has(name)) {
      throw error(`${kind} '${name}' needs a name of its own: '${name}' is already defined`, span);
    }
  }

  // ---- layers --------------------------------------------------------------------------

  private isLayerCall(e: Expr, scope: Scope): boolean {
    return e.kind === "call" && e.callee.kind === "name" && scope.get(e.callee.name)?.kind === "layer";
  }

  /** `name = Layer(hyper...)`: the instance named `name`, created once and then reused. */
  private bindInstance(name: string, e: Extract<Expr, { kind: "call" }>, f: Frame): void {
    const def = (f.scope.get((e.callee as { name: string }).name) as { def: LayerDef }).def;
    const registry = f.inst ? f.inst.children : this.modelInstances;
    let inst = registry.get(name);
    if (!inst || inst.def !== def) {
      const args = this.args(e, f.scope);
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

  private callInstance(inst: Instance, args: Args, span: Span): Value {
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
    const scope = new Scope(this.globals);
    for (const [k, v] of inst.hyper) scope.vars.set(k, v);
    scope.vars.set("training", { kind: "bool", value: this.training });
    def.args.forEach((p, i) => {
      const a = args.positional[i];
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

  /**
   * Binds a layer argument's shape pattern (`[N, K]`) against the tensor it was given. A
   * `...` matches zero or more axes: the dims before it match the leading axes, the dims
   * after it the trailing ones (`[N, C, ...]`, `[..., D]`).
   */
  private matchPattern(def: LayerDef, type: TypeExpr, id: number, scope: Scope, span: Span): void {
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
      const want = this.dim(d, scope);
      const got = n.shape[axis(i)];
      if (want === got) return;
      const text = patternText(d);
      throw fail(text === String(want) ? ` (axis ${axis(i)} is ${got}, not ${want})`
        : ` (axis ${axis(i)} is ${got} but ${text} = ${want})`);
    });
  }

  // ---- expressions ---------------------------------------------------------------------

  eval(e: Expr, scope: Scope): Value {
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

  private lookup(name: string, span: Span, scope: Scope): Value {
    const v = scope.get(name);
    if (v?.kind === "poison") throw POISONED;
    if (v) return v;
    if (Object.hasOwn(BUILTINS, name)) return { kind: "function", name };
    const known = [...scope.names(), ...Object.keys(BUILTINS)];
    throw error(`unknown name '${name}'${didYouMean(name, known)}`, span);
  }

  private args(e: Extract<Expr, { kind: "call" }>, scope: Scope): Args {
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

  private call(callee: Expr, args: Args, span: Span, scope: Scope): Value {
    const f = this.eval(callee, scope);
    this.b.span = span;
    switch (f.kind) {
      case "function": {
        const def = BUILTINS[f.name];
        const bound = bindArgs(f.name, def.params, args);
        return def.fn({ b: this.b, training: this.training, nextSeq: () => this.seq++ }, bound, span);
      }
      case "instance": return this.callInstance(f.inst, args, span);
      case "layer":
        throw error(`a layer instance needs a name: write 'name = ${f.def.name}(...)' on its own ` +
          `line, then call 'name(x)'`, span);
      default:
        throw error(`${describe(f)} cannot be called`, callee.span);
    }
  }

  private binary(e: Extract<Expr, { kind: "binary" }>, scope: Scope): Value {
    const l = this.eval(e.left, scope);
    const r = this.eval(e.right, scope);
    this.b.span = e.span;
    // `@` of two numbers goes on to the tensor case, whose shape rule explains it.
    if (l.kind === "number" && r.kind === "number" && e.op !== "@") {
      return foldNumbers(e.op, l.value, r.value, l.isInt && r.isInt);
    }
    // Lists join at compile time, so a loop can gather its states: `hs = hs + [h]`.
    if (e.op === "+" && l.kind === "list" && r.kind === "list") {
      return { kind: "list", items: [...l.items, ...r.items] };
    }
    const op = BINARY[e.op];
    const a = toTensor(this.b, { value: l, span: e.left.span }, `'${e.op}'`);
    const b = toTensor(this.b, { value: r, span: e.right.span }, `'${e.op}'`);
    return { kind: "tensor", id: this.b.add(op, [a, b]) };
  }

  private member(e: Extract<Expr, { kind: "member" }>, scope: Scope): Value {
    const obj = this.eval(e.object, scope);
    if (obj.kind !== "instance") {
      throw error(`${describe(obj)} has no member '${e.name}'`, e.nameSpan);
    }
    const inst = obj.inst;
    const full = inst.params.get(e.name) ?? inst.state.get(e.name);
    if (full) {
      const decl = this.decls.params.get(full) ?? this.decls.state.get(full)!;
      const op = this.decls.params.has(full) ? "param" : "state";
      return { kind: "tensor", id: this.b.add(op, [], { name: full, shape: decl.shape }) };
    }
    const child = inst.children.get(e.name);
    if (child) return { kind: "instance", inst: child };
    if (this.failedInstances.has(inst)) throw POISONED;
    const members = [...inst.params.keys(), ...inst.state.keys(), ...inst.children.keys()];
    const hint = members.length ? didYouMean(e.name, members) ||
      ` (it has ${members.join(", ")})` : " (it has no params yet: call it first)";
    throw error(`${inst.prefix} has no member '${e.name}'${hint}`, e.nameSpan);
  }

  private index(e: Extract<Expr, { kind: "index" }>, scope: Scope): Value {
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
      const at = (ex: Expr) => {
        const v = toInt({ value: this.eval(ex, scope), span: ex.span }, "an index");
        return v < 0 ? v + shape[d] : v;
      };
      if (item.kind === "at") {
        const i = at(item.value);
        if (i < 0 || i >= shape[d]) {
          throw error(`index ${i} is out of range for axis ${d} of size ${shape[d]}`, item.span);
        }
        begin[d] = i; end[d] = i + 1; dropped.push(d);
      } else {
        const lo = item.start ? at(item.start) : 0, hi = item.end ? at(item.end) : shape[d];
        if (lo < 0 || hi > shape[d] || lo >= hi) {
          throw error(`slice ${lo}:${hi} is out of range or empty for axis ${d} of size ${shape[d]}`, item.span);
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

  /** `shape(x)[1]`, `dims[-1]`: one item of a compile-time list. */
  private indexList(items: Value[], e: Extract<Expr, { kind: "index" }>, scope: Scope): Value {
    const item = e.items[0];
    if (e.items.length !== 1 || item.kind !== "at") {
      throw error(`a list takes one integer index, as in dims[0]`, e.span);
    }
    const i = toInt({ value: this.eval(item.value, scope), span: item.span }, "an index");
    const at = i < 0 ? i + items.length : i;
    if (at < 0 || at >= items.length) {
      throw error(`index ${i} is out of range for a list of ${items.length}`, item.span);
    }
    return items[at];
  }

  // ---- compile-time pieces -------------------------------------------------------------

  /** A dim expression: integers, dim names, hyperparameters, arithmetic that divides exactly. */
  dim(e: Expr, scope: Scope, name = patternText(e)): number {
    const v = this.eval(e, scope);
    if (v.kind !== "number") throw error(`a dim must be an integer known at compile time but got ${describe(v)}`, e.span);
    const why = dimProblem(v.value);
    if (why) throw error(`dim ${name} = ${v.value} ${why}`, e.span);
    return v.value;
  }

  private typeOf(t: TypeExpr, scope: Scope): { shape: number[]; dtype: "f" | "i" } {
    if (!t.dtype) throw error("an input needs a dtype: f32[...] or i32[...]", t.span);
    return { shape: t.dims.map((d) => this.dim(d, scope)), dtype: t.dtype === "i32" ? "i" : "f" };
  }

  private init(e: Expr, scope: Scope): InitSpec {
    const name = e.kind === "name" ? e.name : e.kind === "call" && e.callee.kind === "name" ? e.callee.name : undefined;
    if (!name || !Object.hasOwn(INITIALISERS, name)) {
      throw error(`unknown initialiser${name ? ` '${name}'` : ""}` +
        suggest(name, Object.keys(INITIALISERS)), e.kind === "call" ? e.callee.span : e.span);
    }
    const params = INITIALISERS[name];
    if (e.kind === "name") {
      if (params.length && !params[0].endsWith("?")) throw error(`initialiser '${name}' needs arguments: ${name}(${params.join(", ")})`, e.span);
      return { kind: name, args: INIT_DEFAULTS[name] ?? [] };
    }
    const bound = bindArgs(name, params, this.args(e as Extract<Expr, { kind: "call" }>, scope));
    const names = params.map((p) => p.replace("?", ""));
    const defaults = INIT_DEFAULTS[name] ?? [];
    return { kind: name, args: names.map((p, i) => {
      const a = bound[p];
      if (!a) return defaults[i];
      const v = toNumber(a, `${name}'s ${p}`);
      // Beyond float32, initial values round to infinity (and uniform's redraw never ends).
      if (!(Math.abs(v) <= F32_MAX)) {
        throw error(`${name}'s ${p} must be a number within float32's range (±3.4e38) but ` +
          `got ${v}`, a.span);
      }
      return v;
    }) };
  }

  private optimizer(e: Expr, scope: Scope): OptimizerSpec {
    const name = e.kind === "call" && e.callee.kind === "name" ? e.callee.name : e.kind === "name" ? e.name : undefined;
    if (!name || !Object.hasOwn(OPTIMIZERS, name)) {
      throw error(`unknown optimizer${name ? ` '${name}'` : ""}` +
        suggest(name, Object.keys(OPTIMIZERS)), e.kind === "call" ? e.callee.span : e.span);
    }
    const defaults = OPTIMIZERS[name as OptimizerSpec["name"]];
    const names = [...Object.keys(defaults), ...(("weight_decay" in defaults) ? [] : ["weight_decay"]), "clip_norm"];
    const args: Record<string, number | boolean> = { weight_decay: 0, ...defaults };
    if (e.kind === "call") {
      const bound = bindArgs(name, names.map((n) => `${n}?`), this.args(e, scope));
      for (const [k, a] of Object.entries(bound)) {
        if (!a) continue;
        if (typeof defaults[k] === "boolean") {
          if (a.value.kind !== "bool") {
            throw error(`${k} must be true or false but got ${describe(a.value)}`, a.span);
          }
          args[k] = a.value.value;
        } else {
          const v = toNumber(a, k);
          if (!(v >= 0) || !Number.isFinite(v)) throw error(`${k} must be a finite number >= 0 but got ${v}`, a.span);
          args[k] = v;
        }
      }
    }
    return { name: name as OptimizerSpec["name"], args };
  }
}

/** "; did you mean 'x'?" if one is close, else the whole list of what would be known. */
function suggest(name: string | undefined, known: string[]): string {
  return (name && didYouMean(name, known)) || `; expected one of ${known.join(", ")}`;
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

function patternText(e: Expr): string {
  switch (e.kind) {
    case "num": return e.text;
    case "name": return e.name;
    case "binary": return `${patternText(e.left)} ${e.op} ${patternText(e.right)}`;
    case "unary": return `-${patternText(e.operand)}`;
    case "member": return `${patternText(e.object)}.${e.name}`;
    case "call": return `${patternText(e.callee)}(...)`;
    default: return "(...)";
  }
}

/** The scope of a program's top level: dims (with overrides), layers. A dim that fails is
 * poison, so models using it report nothing more about it. */
export function globalScope(programs: readonly Program[], dims: Record<string, number>,
  log: ErrorLog): Scope {
  const scope = new Scope();
  const scratch = new Elaborator(scope, emptyDecls(""), false, log);
  const seen = new Map<string, Span>();
  for (const p of programs) {
    // A file may redefine a prelude or imported layer, but not its own.
    const layers = new Map<string, Span>();
    for (const item of p.items) {
      try {
        if (item.kind === "dim") {
          twice("dim", item.name, item.nameSpan, seen);
          const given = Object.hasOwn(dims, item.name) ? dims[item.name] : undefined;
          const why = given === undefined ? "" : dimProblem(given);
          if (why) throw error(`--dim ${item.name}=${given}: a dim ${why}`);
          const v = given ?? scratch.dim(item.value, scope, item.name);
          scope.vars.set(item.name, { kind: "number", value: v, isInt: true });
        } else if (item.kind === "layer") {
          twice("layer", item.name, item.nameSpan, layers);
          scope.vars.set(item.name, { kind: "layer", def: item });
        }
      } catch (e) {
        if (e instanceof KilnError) log.add(e, item.span);
        else if (!(e instanceof Poisoned)) throw e;
        // (A dim defined twice keeps its first value.)
        if (item.kind === "dim" && !scope.vars.has(item.name)) scope.vars.set(item.name, POISON);
      }
    }
  }
  for (const name of Object.keys(dims)) {
    if (!seen.has(name)) {
      log.add(error(`--dim ${name}: the model file has no dim named '${name}'` +
        (didYouMean(name, seen.keys()) ||
          (seen.size ? ` (it has ${[...seen.keys()].join(", ")})` : ""))), undefined);
    }
  }
  return scope;
}

const F32_MAX = 3.4028234663852886e38;

/** The largest dim: shapes stay exact in int32 index arithmetic. */
export const MAX_DIM = 2 ** 31 - 1;

function dimProblem(v: number): string {
  if (typeof v !== "number" || !Number.isInteger(v)) return "is not an integer";
  if (v < 1) return "must be positive";
  return v > MAX_DIM ? `is too large (the limit is ${MAX_DIM})` : "";
}

/** Reports a second top-level definition of `name`, pointing at the first. */
export function twice(kind: string, name: string, span: Span, seen: Map<string, Span>): void {
  const first = seen.get(name);
  if (first) {
    throw error(`${kind} '${name}' is defined twice`, span,
      [{ message: `'${name}' was first defined here`, span: first }]);
  }
  seen.set(name, span);
}

export function emptyDecls(name: string): ModelDecls {
  return { name, inputs: new Map(), params: new Map(), state: new Map(), outputs: [], steps: [],
    instances: new Set() };
}

export type { Scope };
export { normAxis, type Shape };
