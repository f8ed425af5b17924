// The scope of a program's top level: dims (with overrides) and layers, shared by every
// model of the file and by both modes' elaborations.
import type { Program, Span } from "../../../dsl/ast.ts";
import { didYouMean, error, KilnError } from "../../../dsl/diagnostics.ts";
import type { Budget } from "../../limits.ts";
import { emptyDecls } from "../decls.ts";
import { PRELUDE_FILE } from "../prelude.ts";
import { type ErrorLog, Poisoned } from "../recovery.ts";
import { POISON, Scope } from "../scope.ts";
import { dimProblem, evalDim } from "../specs.ts";
import type { Trace } from "../trace.ts";
import type { Value } from "../values.ts";
import { Elaborator } from "./statements.ts";

/** The scope of a program's top level: dims (with overrides), layers. A dim that fails is
 * poison, so models using it report nothing more about it. */
export function globalScope(programs: readonly Program[], dims: Record<string, number>,
  log: ErrorLog, budget: Budget, trace?: Trace): Scope {
  const scope = new Scope();
  const scratch = new Elaborator(scope, emptyDecls(""), false, log, budget, trace);
  const seen = new Map<string, Span>();
  // A file may redefine a prelude layer, but not one of its own or of a file it imports:
  // every model would then use the last definition, the imported ones included.
  const userLayers = new Map<string, Span>();
  let bounded: string | undefined;
  for (const p of programs) {
    const layers = p.file === PRELUDE_FILE ? new Map<string, Span>() : userLayers;
    for (const item of p.items) {
      try {
        if (item.kind === "dim") {
          twice("dim", item.name, item.nameSpan, seen);
          const given = Object.hasOwn(dims, item.name) ? dims[item.name] : undefined;
          const why = given === undefined ? "" : dimProblem(given);
          if (why) throw error(`--dim ${item.name}=${given}: a dim ${why}`);
          const v = given ?? evalDim(scratch, item.value, scope, item.name);
          const value: Value = { kind: "number", value: v, isInt: true };
          // A bound of 1 takes one size only: the dim is then fixed.
          if (item.bound && v > 1) {
            if (bounded) {
              throw error(`only one dim may be a bound, and '${bounded}' is one`, item.nameSpan);
            }
            bounded = item.name;
            value.varying = { rows: 1 };
          }
          scope.set(item.name, value, item.nameSpan);
          trace?.bound(item.nameSpan, value, scratch);
        } else if (item.kind === "layer") {
          twice("layer", item.name, item.nameSpan, layers);
          const params = new Map<string, Span>();
          try {
            for (const h of [...item.hyper, ...item.args]) {
              twice("parameter", h.name, h.span, params);
            }
          } catch (e) {
            scope.set(item.name, POISON, item.nameSpan);
            throw e;
          }
          scope.set(item.name, { kind: "layer", def: item }, item.nameSpan);
        }
      } catch (e) {
        if (e instanceof KilnError) log.add(e, item.span);
        else if (!(e instanceof Poisoned)) throw e;
        // (A dim defined twice keeps its first value.)
        if (item.kind === "dim" && !scope.vars.has(item.name)) {
          scope.set(item.name, POISON, item.nameSpan);
        }
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

/** Reports a second top-level definition of `name`, pointing at the first. */
export function twice(kind: string, name: string, span: Span, seen: Map<string, Span>): void {
  const first = seen.get(name);
  if (first) {
    throw error(`${kind} '${name}' is defined twice`, span,
      [{ message: `'${name}' was first defined here`, span: first }]);
  }
  seen.set(name, span);
}