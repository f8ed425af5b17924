// Kiln expressions as Python expressions. Tensors and compile-time values (numbers, lists,
// functions) share Kiln's syntax; Python computes most of both alike, so an expression's
// kind, inferred here, decides only where they differ: `/` and `**` of numbers (Kiln's are
// IEEE and whole results are integers), comparisons (0/1 float masks of tensors, booleans
// of numbers) and indices (any integral number).
import type { Arg, Expr, IndexItem, Span, TopLevel } from "../../../dsl/ast.ts";

export type LayerDef = Extract<TopLevel, { kind: "layer" }>;

export type Kind = "int" | "num" | "tensor" | "list" | "dims" | "bool" | "layer" | "instance"
  | "other" | "unknown";

export interface Py {
  code: string;
  /** Python precedence: 1 conditional, 5 comparison, 10 + -, 11 * / @, 12 unary, 13 **,
   * 15 atom. */
  prec: number;
  kind: Kind;
  /** An instance's layer, for the kind of its members. */
  def?: LayerDef;
}

/** What the function being written knows about names at the point of the expression. */
export interface Resolver {
  name(name: string, span: Span): Py;
  /** `kiln.NAME` for a built-in not hidden by a binding, else undefined. */
  builtin(name: string, span: Span): string | undefined;
  /** Members of an instance of `def` that are params or state. */
  tensorMembers(def: LayerDef): ReadonlySet<string>;
  attribute(name: string): string;
}

const atom = (code: string, kind: Kind, def?: LayerDef): Py => ({ code, prec: 15, kind, def });
const wrap = (p: Py, min: number) => (p.prec >= min ? p.code : `(${p.code})`);

/** A Python literal for a Kiln number: integral values as ints (they may be dims). */
export function numberLiteral(v: number): Py {
  if (Number.isNaN(v)) return atom("math.nan", "num");
  const negative = (code: string, kind: Kind): Py => ({ code, prec: 12, kind });
  if (!Number.isFinite(v)) return v > 0 ? atom("math.inf", "num") : negative("-math.inf", "num");
  if (Object.is(v, -0)) return negative("-0.0", "num");
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) {
    return v < 0 ? negative(String(v), "int") : atom(String(v), "int");
  }
  const text = String(v);
  return v < 0 ? { code: text, prec: 12, kind: "num" } : atom(text, "num");
}

export const stringLiteral = (s: string) => JSON.stringify(s);

const ARITH: Record<string, number> = { "+": 10, "-": 10, "*": 11, "@": 11 };
const COMPARE: Record<string, string> = {
  "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne",
};

function joinKinds(a: Kind, b: Kind): Kind {
  if (a === "tensor" || b === "tensor") return "tensor";
  if (a === "int" && b === "int") return "int";
  const numeric = (k: Kind) => k === "int" || k === "num";
  if (numeric(a) && numeric(b)) return "num";
  return "unknown";
}

export class ExprWriter {
  constructor(private readonly r: Resolver) {}

  expr(e: Expr): Py {
    switch (e.kind) {
      case "num": return numberLiteral(e.value);
      case "bool": return atom(e.value ? "True" : "False", "bool");
      case "str": return atom(stringLiteral(e.value), "other");
      // Kiln's "not given" (a layer's optional tensor argument) is Python's None.
      case "name": return e.name === "none" ? atom("None", "other") : this.r.name(e.name, e.span);
      case "list": return atom(`[${e.items.map((x) => this.expr(x).code).join(", ")}]`, "list");
      case "tuple": return atom(`(${e.items.map((x) => this.expr(x).code).join(", ")})`, "other");
      case "unary": {
        const x = this.expr(e.operand);
        return { code: `-${wrap(x, 12)}`, prec: 12, kind: x.kind };
      }
      case "binary": return this.binary(e.op, this.expr(e.left), this.expr(e.right));
      case "cond": {
        const c = this.expr(e.cond), a = this.expr(e.then), b = this.expr(e.else);
        return { code: `${wrap(a, 2)} if ${wrap(c, 2)} else ${wrap(b, 1)}`, prec: 1,
          kind: a.kind === b.kind ? a.kind : "unknown" };
      }
      case "member": {
        const obj = this.expr(e.object);
        const code = `${wrap(obj, 15)}.${this.r.attribute(e.name)}`;
        const tensor = obj.def && this.r.tensorMembers(obj.def).has(e.name);
        return atom(code, tensor ? "tensor" : "unknown");
      }
      case "index": return this.index(this.expr(e.object), e.items);
      case "call": return this.call(e.callee, [], e.args, e.span);
      case "pipe": {
        const left = { value: e.left, span: e.left.span };
        if (e.right.kind === "call") return this.call(e.right.callee, [left], e.right.args, e.span);
        return this.call(e.right, [left], [], e.span);
      }
    }
  }

  binary(op: string, l: Py, r: Py): Py {
    const tensor = l.kind === "tensor" || r.kind === "tensor";
    const numbers = !tensor && l.kind !== "unknown" && r.kind !== "unknown";
    if (op in ARITH) {
      const p = ARITH[op];
      const kind = op === "+" && l.kind === "list" ? "list"
        : op === "@" ? "tensor" : joinKinds(l.kind, r.kind);
      return { code: `${wrap(l, p)} ${op} ${wrap(r, p + 1)}`, prec: p, kind };
    }
    if ((op === "==" || op === "!=") && (l.code === "None" || r.code === "None")) {
      return { code: `${wrap(l, 6)} ${op === "==" ? "is" : "is not"} ${wrap(r, 6)}`, prec: 5,
        kind: "bool" };
    }
    if (op in COMPARE) {
      if (numbers) return { code: `${wrap(l, 6)} ${op} ${wrap(r, 6)}`, prec: 5, kind: "bool" };
      return atom(`kiln.${COMPARE[op]}(${l.code}, ${r.code})`, tensor ? "tensor" : "unknown");
    }
    if (tensor) {
      return op === "/" ? { code: `${wrap(l, 11)} / ${wrap(r, 12)}`, prec: 11, kind: "tensor" }
        : { code: `${wrap(l, 14)} ** ${wrap(r, 12)}`, prec: 13, kind: "tensor" };
    }
    return atom(`kiln.${op === "/" ? "div" : "pow"}(${l.code}, ${r.code})`,
      numbers ? "num" : "unknown");
  }

  /** An index or slice bound: Python wants an int where Kiln takes any integral number. */
  integer(e: Expr): string {
    const p = this.expr(e);
    return p.kind === "int" ? p.code : `kiln.int(${p.code})`;
  }

  private index(obj: Py, items: IndexItem[]): Py {
    const parts = items.map((it) => it.kind === "at" ? this.integer(it.value)
      : `${it.start ? this.integer(it.start) : ""}:${it.end ? this.integer(it.end) : ""}`);
    const kind = obj.kind === "dims" ? "int" : obj.kind === "tensor" ? "tensor" : "unknown";
    return atom(`${wrap(obj, 15)}[${parts.join(", ")}]`, kind);
  }

  private call(callee: Expr, first: { value: Expr; span: Span }[], args: Arg[], span: Span): Py {
    const given = [...first.map((a) => this.expr(a.value)),
      ...args.filter((a) => a.name === undefined).map((a) => this.expr(a.value))];
    const named = args.filter((a) => a.name !== undefined)
      .map((a) => `${a.name}=${this.expr(a.value).code}`);
    const list = [...given.map((p) => p.code), ...named].join(", ");
    const builtin = callee.kind === "name" ? this.r.builtin(callee.name, callee.span) : undefined;
    if (builtin) {
      const name = (callee as { name: string }).name;
      const kind = name === "shape" ? "dims" : name === "identity" ? given[0]?.kind ?? "unknown"
        : "tensor";
      return atom(`${builtin}(${list})`, kind);
    }
    void span;
    const f = this.expr(callee);
    return atom(`${wrap(f, 15)}(${list})`, "unknown");
  }
}
