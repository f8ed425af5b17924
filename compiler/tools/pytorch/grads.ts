// Which names a function differentiates by with grad(y, x). Autograd differentiates only by
// tensors it has followed from their making, so each binding of such a name is tracked
// (`Kiln.track` in runtime.py); an x that is no name has no binding to track.
import type { Expr, Stmt } from "../../../dsl/ast.ts";
import type { ExportContext } from "./functions.ts";
import { forEachChild } from "./walk.ts";

export function gradTargets(body: readonly Stmt[], ctx: ExportContext): Set<string> {
  const names = new Set<string>();
  const visitExpr = (e: Expr): void => {
    const call = e.kind === "call"
      ? { callee: e.callee, args: e.args.map((a) => a.value), first: [] }
      : e.kind === "pipe" && e.right.kind === "call"
        ? { callee: e.right.callee, args: e.right.args.map((a) => a.value), first: [e.left] }
        : undefined;
    if (call && call.callee.kind === "name" && call.callee.name === "grad") {
      const x = [...call.first, ...call.args][1];
      if (x?.kind === "name") names.add(x.name);
      else if (x && x.kind !== "member") {
        ctx.fail("cannot export grad(y, x) exactly when x is an expression: PyTorch " +
          "differentiates by tensors it has followed since they were made; bind x to a name " +
          "first (x = ...), then grad(y, x)", x.span);
      }
    }
    forEachChild(e, visitExpr);
  };
  const visit = (s: Stmt): void => {
    switch (s.kind) {
      case "assign": case "update": return visitExpr(s.value);
      case "output": if (s.value) visitExpr(s.value); return;
      case "train": return visitExpr(s.loss);
      case "return": return s.values.forEach(visitExpr);
      case "for": visitExpr(s.from); visitExpr(s.to); return s.body.forEach(visit);
      default: return;
    }
  };
  body.forEach(visit);
  return names;
}
