// Walking Kiln's syntax tree: the children of an expression, what an expression reads and
// what statements bind.
import type { Expr, Stmt } from "../../../dsl/ast.ts";

export function forEachChild(e: Expr, f: (x: Expr) => void): void {
  switch (e.kind) {
    case "unary": return f(e.operand);
    case "binary": case "pipe": f(e.left); return f(e.right);
    case "call": f(e.callee); return e.args.forEach((a) => f(a.value));
    case "member": return f(e.object);
    case "index":
      f(e.object);
      for (const it of e.items) {
        if (it.kind === "at") f(it.value);
        else for (const x of [it.start, it.end]) if (x) f(x);
      }
      return;
    case "cond": f(e.cond); f(e.then); return f(e.else);
    case "list": case "tuple": return e.items.forEach(f);
    default: return;
  }
}

/** The names an expression reads. */
export function readsOf(e: Expr, out = new Set<string>()): Set<string> {
  if (e.kind === "name") out.add(e.name);
  forEachChild(e, (x) => readsOf(x, out));
  return out;
}

/** The names statements bind (loops included). */
export function boundIn(body: readonly Stmt[]): string[] {
  return body.flatMap((s): string[] => {
    switch (s.kind) {
      case "input": case "param": case "state": case "output": return [s.name];
      case "assign": return s.targets.map((t) => t.name);
      case "for": return [s.variable, ...boundIn(s.body)];
      default: return [];
    }
  });
}
