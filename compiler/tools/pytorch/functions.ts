// One Python function from Kiln statements: a layer's forward, or a slice of a model's body
// (predict, a loss). Kiln names become locals (renamed where Python needs it), params and
// state are read from the module's attributes, layer instances are the module's children,
// `update` records the new state for the train step, and `for` loops stay loops.
import type { Expr, Span, Stmt } from "../../../dsl/ast.ts";
import { boundIn } from "./walk.ts";
import {
  ExprWriter, type Kind, type LayerDef, type Py, type Resolver, stringLiteral,
} from "./expressions.ts";
import type { PythonNames } from "./names.ts";

/** What every function of one export shares. */
export interface ExportContext {
  names: PythonNames;
  /** Dims (ints) and layers (classes) by Kiln name, as module-level Python names. */
  globals: ReadonlyMap<string, Py>;
  /** Kiln's built-in functions, and those the Python runtime implements. */
  builtins: ReadonlySet<string>;
  rows: ReadonlySet<string>;
  layer(name: string): LayerDef | undefined;
  /** The names a layer declares as param or state. */
  tensorMembers(def: LayerDef): ReadonlySet<string>;
  /** Records what cannot be exported exactly, at its place in the model file. */
  fail(message: string, span: Span): void;
}

export interface Binding {
  py: string;
  kind: Kind;
  def?: LayerDef;
  /** Read at least once (pattern dims are written only if read). */
  used?: boolean;
}

export class FunctionWriter implements Resolver {
  readonly lines: string[] = [];
  /** Module-level names (dims, layers) the function reads. */
  readonly globalsRead = new Set<string>();
  /** Outputs in the order written: Kiln name and the Python expression holding it. */
  readonly outputs: [string, string][] = [];
  usesKiln = false;
  private readonly bound = new Map<string, Binding>();
  private depth: number;
  private afterUpdate = -1;
  private readonly w = new ExprWriter(this);

  /** `taken`: module-level names this function reads, which its locals must not hide;
   * `tracked`: names some grad(y, x) in it differentiates by. */
  constructor(private readonly ctx: ExportContext, private readonly taken: ReadonlySet<string>,
    private readonly tracked: ReadonlySet<string>, depth = 2) {
    this.depth = depth;
  }

  // ---- Resolver ----

  name(name: string, span: Span): Py {
    const b = this.bound.get(name);
    if (b) {
      b.used = true;
      return { code: b.py, prec: 15, kind: b.kind, def: b.def };
    }
    if (name === "training") return { code: "self.training", prec: 15, kind: "bool" };
    const g = this.ctx.globals.get(name);
    if (g) {
      this.globalsRead.add(name);
      return g;
    }
    const f = this.builtin(name, span);
    // A name Kiln never evaluated (a branch of `?:` no instance took) is written as is.
    return { code: f ?? this.ctx.names.local(name, this.taken), prec: 15, kind: "unknown" };
  }

  builtin(name: string, span: Span): string | undefined {
    if (this.bound.has(name) || name === "training" || this.ctx.globals.has(name)) return undefined;
    if (!this.ctx.builtins.has(name)) return undefined;
    if (!this.ctx.rows.has(name)) {
      this.ctx.fail(`cannot export '${name}' exactly: the PyTorch export has no translation of ` +
        `this built-in yet (compiler/tools/pytorch/builtins.py)`, span);
    }
    this.usesKiln = true;
    return `kiln.${name}`;
  }

  tensorMembers(def: LayerDef): ReadonlySet<string> {
    return this.ctx.tensorMembers(def);
  }

  attribute(name: string): string {
    return this.ctx.names.attribute(name);
  }

  // ---- writing ----

  line(text: string): void {
    this.lines.push(`${"    ".repeat(this.depth)}${text}`);
  }

  expr(e: Expr): Py {
    const p = this.w.expr(e);
    if (p.code.includes("kiln.")) this.usesKiln = true;
    return p;
  }

  bind(name: string, kind: Kind, def?: LayerDef): string {
    return this.bindTo(name, { py: this.ctx.names.local(name, this.taken), kind, def }).py;
  }

  /** Binds `name` to a Python expression of its own (`self.W`). */
  bindTo(name: string, b: Binding): Binding {
    this.bound.set(name, b);
    return b;
  }

  /** After `name` is bound: autograd must follow it if a grad(y, name) needs it. */
  track(name: string): void {
    if (!this.tracked.has(name)) return;
    const py = this.bound.get(name)!.py;
    this.usesKiln = true;
    this.line(`${py} = kiln.track(${py})`);
  }

  /** Every Kiln name bound so far (to find the locals that hide module-level names). */
  boundNames(): string[] {
    return [...this.bound.keys()];
  }

  stmts(body: readonly Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: Stmt): void {
    switch (s.kind) {
      case "input":
        this.bind(s.name, "tensor");
        this.track(s.name);
        return;
      case "param":
      case "state": {
        // Read where used (`x @ self.W`), unless a grad(y, W) needs a tensor autograd follows.
        const attr = `self.${this.attribute(s.name)}`;
        if (!this.tracked.has(s.name)) {
          this.bindTo(s.name, { py: attr, kind: "tensor" });
          return;
        }
        this.usesKiln = true;
        this.line(`${this.bind(s.name, "tensor")} = kiln.track(${attr})`);
        return;
      }
      case "update": {
        const value = this.expr(s.value).code;
        this.usesKiln = true;
        // Updates in a row share one test of the mode.
        if (this.lines.length !== this.afterUpdate) this.line("if self.training:");
        this.line(`    kiln.update(self, ${stringLiteral(this.attribute(s.name))}, ${value})`);
        this.afterUpdate = this.lines.length;
        return;
      }
      case "assign": return this.assign(s);
      case "output": {
        if (s.value) {
          const v = this.expr(s.value);
          this.line(`${this.bind(s.name, v.kind, v.def)} = ${v.code}`);
        }
        const v = this.name(s.name, s.nameSpan);
        const number = v.kind === "int" || v.kind === "num" || v.kind === "bool";
        if (number) this.usesKiln = true;
        this.outputs.push([s.name, number ? `kiln.as_tensor(${v.code})` : v.code]);
        return;
      }
      case "for": return this.loop(s);
      case "return": {
        const vs = s.values.map((v) => this.expr(v).code);
        this.line(`return ${vs.join(", ")}`);
        return;
      }
      case "train": return;
    }
  }

  private assign(s: Extract<Stmt, { kind: "assign" }>): void {
    const def = s.targets.length === 1 ? this.layerCall(s.value) : undefined;
    if (def !== undefined) {
      const name = s.targets[0].name;
      const py = `self.${this.attribute(name)}`;
      this.bindTo(name, { py, kind: "instance", def: def ?? undefined });
      return;
    }
    const v = this.expr(s.value);
    if (s.targets.length === 1) {
      this.line(`${this.bind(s.targets[0].name, v.kind, v.def)} = ${v.code}`);
    } else {
      const pys = s.targets.map((t) => this.bind(t.name, "unknown"));
      this.line(`${pys.join(", ")} = ${v.code}`);
    }
    for (const t of s.targets) this.track(t.name);
  }

  /** The layer of `name = Layer(...)` (null for a hyperparameter holding a layer), or
   * undefined if the value is not a layer call. */
  private layerCall(e: Expr): LayerDef | null | undefined {
    if (e.kind !== "call" || e.callee.kind !== "name") return undefined;
    const b = this.bound.get(e.callee.name);
    if (b) return b.kind === "layer" ? null : undefined;
    return this.ctx.layer(e.callee.name);
  }

  private loop(s: Extract<Stmt, { kind: "for" }>): void {
    const from = this.w.integer(s.from), to = this.w.integer(s.to);
    if (from.includes("kiln.") || to.includes("kiln.")) this.usesKiln = true;
    // Names rebound in the body may change kind between iterations (0, then a tensor).
    for (const name of boundIn(s.body)) {
      const b = this.bound.get(name);
      if (b) this.bound.set(name, { ...b, kind: "unknown", def: undefined });
    }
    const v = this.bind(s.variable, "int");
    this.line(`for ${v} in range(${from}, ${to}):`);
    const before = this.lines.length;
    this.depth++;
    this.stmts(s.body);
    if (this.lines.length === before) this.line("pass");
    this.depth--;
  }
}
