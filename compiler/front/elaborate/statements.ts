// Elaborating statements: a model's or a layer's body, run statement by statement, each
// failure recorded and its names poisoned (compiler/front/recovery.ts) so that one run
// reports every independent mistake.
import type { Expr, Span, Stmt, Target } from "../../../dsl/ast.ts";
import { type Diagnostic, error, KilnError } from "../../../dsl/diagnostics.ts";
import { MAX_GRAPH_NODES } from "../../ir/builder.ts";
import { sameShape, showShape } from "../../ir/shape.ts";
import { locate } from "../../internal.ts";
import { toInt, toTensor } from "../builtins/args.ts";
import type { ModeResult } from "../decls.ts";
import { Poisoned, POISONED, STOP, Unrollable } from "../recovery.ts";
import { type Frame, POISON, Scope } from "../scope.ts";
import { dimValue, initSpec, optimizerSpec, typeOf } from "../specs.ts";
import { describe } from "../values.ts";
import { LoopElaborator } from "./loops.ts";

/** The names a statement binds, which stay poisoned if it fails. */
function boundNames(s: Stmt): Target[] {
  switch (s.kind) {
    case "input": case "param": case "state": case "output":
      return [{ name: s.name, span: s.nameSpan }];
    case "assign": return s.targets;
    case "for": return [{ name: s.variable, span: s.variableSpan }, ...s.body.flatMap(boundNames)];
    default: return [];
  }
}

/** One mode's elaboration of one model: its body run into a graph. */
export class Elaborator extends LoopElaborator {
  run(body: readonly Stmt[]): ModeResult {
    const frame: Frame = { scope: new Scope(this.globals), declared: new Map() };
    frame.scope.vars.set("training", { kind: "bool", value: this.training });
    this.execAll(body, frame);
    return { b: this.b, outputs: this.outputs, losses: this.losses, effects: this.effects,
      scope: frame.scope.vars, calls: this.calls };
  }

  protected execAll(stmts: readonly Stmt[], f: Frame): void {
    for (const s of stmts) {
      const at = f.inst ? this.anchor : s.span;
      if (f.returned) {
        this.fail(error("statements after 'return' are never run", s.span), at);
        return;
      }
      this.b.span = s.span;
      this.anchor = at;
      try {
        this.budget.spend(1, s.span, STOP);
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
  protected fail(e: KilnError, at: Span | undefined): void {
    // A loop traced once is unrolled instead, which meets and reports the mistake itself.
    if (this.tracing) throw new Unrollable(`its body, traced once, fails: ${e.message}`);
    this.failures++;
    // Where an instance with hyperparameters was made shows the values it was made with
    // (`fc = Dense(0)`), which a mistake in its body often comes from.
    const notes: Diagnostic["notes"] = [...this.calling].reverse().flatMap((c) => [
      { message: `in ${c.inst.prefix} = ${c.inst.def.name}(...), called here`, span: c.span },
      ...(c.inst.def.hyper.length && c.inst.span.line !== c.span.line
        ? [{ message: `'${c.inst.prefix}' was made here`, span: c.inst.span }] : []),
    ]);
    this.log.add(e, at, notes);
    if (this.b.nodes.length >= MAX_GRAPH_NODES) throw STOP;
  }

  /** Binds the names a failed statement would have defined to poison. What it declares stays
   * declared, so declaring the name again is still a mistake of its own. */
  protected poison(s: Stmt, f: Frame): void {
    for (const t of boundNames(s)) f.scope.set(t.name, POISON, t.span);
    if ((s.kind === "input" || s.kind === "param" || s.kind === "state") &&
      !f.declared.has(s.name)) f.declared.set(s.name, s.span);
    if (s.kind === "output") this.claimed.add(`output ${s.name}`);
    if (s.kind === "train") this.claimed.add(`train step ${s.name}`);
  }

  protected exec(s: Stmt, f: Frame): void {
    const inLayer = f.inst !== undefined;
    const where = inLayer ? `layer '${f.inst!.def.name}'` : "";
    switch (s.kind) {
      case "input": {
        if (inLayer) throw error(`inputs belong in a model, not in ${where}`, s.span);
        const type = typeOf(this, s.type, f.scope);
        const decl = { name: s.name, shape: type.shape, dtype: type.dtype, span: s.span,
          ...(type.lead ? { lead: type.lead } : {}) };
        this.declare("input", s.name, s.nameSpan, s.span, f);
        if (this.training) this.checkNew("input", s.name, s.nameSpan, f.scope);
        this.decls.inputs.set(s.name, decl);
        this.bind(f.scope, s.name, { kind: "tensor",
          id: this.b.add("input", [], { name: s.name, shape: decl.shape, dtype: decl.dtype,
            ...(type.lead ? { lead: type.lead } : {}) }) },
        s.nameSpan);
        return;
      }
      case "param":
      case "state": {
        const full = f.inst ? `${f.inst.prefix}.${s.name}` : s.name;
        this.declare(s.kind, s.name, s.nameSpan, s.span, f);
        const shape = s.dims.map((d) => {
          const v = dimValue(this, d, f.scope);
          if (v.varying) {
            throw error(`a ${s.kind}'s shape cannot use a dim that varies with the batch fed: ` +
              `its memory is kept from call to call`, d.span);
          }
          return v.value;
        });
        const init = initSpec(this, s.init, f.scope);
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
        const leaf = this.b.add(s.kind, [], { name: full, shape });
        if (!prev) table.set(full, { name: full, shape, init, span: s.span });
        if (f.inst) (s.kind === "param" ? f.inst.params : f.inst.state).set(s.name, full);
        // A second call of a layer sees its state as the first call's updates left it.
        const id = s.kind === "state" ? this.effects.read(full, leaf) : leaf;
        this.bind(f.scope, s.name, { kind: "tensor", id }, s.nameSpan);
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
        const got = this.b.node(v);
        if (!sameShape(got.shape, want) || got.dtype !== "f") {
          const why = got.dtype === "f" ? "" : "; convert integers with float(x)";
          throw error(`update of '${full}' needs ${showShape(want, "f")} but got ` +
            `${showShape(got.shape, got.dtype)}${why}`, s.value.span);
        }
        const leaf = this.b.add("state", [], { name: full, shape: want });
        const before = this.effects.read(full, leaf);
        const after = this.effects.update(this.b, full, leaf, v, this.issuer(), s.span);
        // The name still bound to the state's old value reads the new one from here on.
        const local = f.scope.vars.get(s.name);
        if (local?.kind === "tensor" && local.id === before) {
          f.scope.vars.set(s.name, { kind: "tensor", id: after });
        }
        return;
      }
      case "assign": {
        if (s.targets.length === 1 && this.isLayerCall(s.value, f.scope)) {
          this.bindInstance(s.targets[0].name, s.value as Extract<Expr, { kind: "call" }>, f,
            s.targets[0].span);
          return;
        }
        const v = this.eval(s.value, f.scope);
        if (s.targets.length === 1) {
          this.bind(f.scope, s.targets[0].name, v, s.targets[0].span);
          return;
        }
        if (v.kind !== "tuple") {
          throw error(`cannot unpack ${describe(v)} into ${s.targets.length} names`, s.value.span);
        }
        if (v.items.length !== s.targets.length) {
          throw error(`cannot unpack a tuple of ${v.items.length} into ${s.targets.length} names`, s.span);
        }
        s.targets.forEach((t, i) => this.bind(f.scope, t.name, v.items[i], t.span));
        return;
      }
      case "output": {
        if (inLayer) throw error(`outputs belong in a model, not in ${where}`, s.span);
        const v = s.value ? this.eval(s.value, f.scope) : this.lookup(s.name, s.nameSpan, f.scope);
        const id = toTensor(this.b, { value: v, span: s.value?.span ?? s.nameSpan }, "output");
        this.claim("output", s.name, s.nameSpan);
        this.bind(f.scope, s.name, { kind: "tensor", id }, s.nameSpan);
        this.outputs.set(s.name, id);
        if (this.training && !this.decls.outputs.includes(s.name)) this.decls.outputs.push(s.name);
        return;
      }
      case "for": {
        const from = toInt({ value: this.eval(s.from, f.scope), span: s.from.span }, "a loop bound");
        const to = toInt({ value: this.eval(s.to, f.scope), span: s.to.span }, "a loop bound");
        if (this.roll(s, f, from, to)) return;
        if (to - from > 100_000) {
          const why = this.unrolledBecause(s.span);
          throw error(`a loop of ${to - from} iterations is too long to unroll` +
            (why ? `, and it cannot stay a loop: ${why}` : ""), s.span);
        }
        this.loops++;
        try {
          for (let t = from; t < to; t++) {
            this.budget.spend(1, s.span, STOP);
            const failures = this.failures;
            this.bind(f.scope, s.variable, { kind: "number", value: t, isInt: true },
              s.variableSpan);
            this.execAll(s.body, f);
            if (f.returned) throw error("'return' inside a loop is not supported", s.span);
            // Later iterations would repeat the mistake, or build on the names it poisoned.
            if (this.failures > failures) throw POISONED;
          }
        } finally {
          this.loops--;
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
            loss: s.loss, over: s.over, optimizer: optimizerSpec(this, s.optimizer, f.scope), span: s.span });
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
  protected declare(kind: string, name: string, nameSpan: Span, stmt: Span, f: Frame): void {
    const first = f.declared.get(name);
    if (first && first !== stmt) {
      throw error(`${kind} '${name}' is declared twice`, nameSpan,
        [{ message: `'${name}' was first declared here`, span: first }]);
    }
    f.declared.set(name, stmt);
  }

  protected claim(kind: string, name: string, span: Span): void {
    const key = `${kind} ${name}`;
    if (this.claimed.has(key)) throw error(`${kind} '${name}' is declared twice`, span);
    this.claimed.add(key);
  }

  protected checkNew(kind: string, name: string, span: Span, scope: Scope): void {
    if (scope.vars.has(name)) {
      throw error(`${kind} '${name}' needs a name of its own: '${name}' is already defined`, span);
    }
  }
}
