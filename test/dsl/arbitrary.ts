// fast-check arbitraries of syntax trees (any shape the grammar allows, not well-typed
// models: test/property/generate.ts makes those), for the printer's and formatter's tests.
import fc from "fast-check";
import type {
  Arg, BinaryOp, Expr, IndexItem, Program, Span, Stmt, TopLevel, TypeExpr,
} from "../../dsl/ast.ts";
import { printExpr, printProgram } from "../../dsl/print.ts";

export const runs = Number(process.env.KILN_DEEP) ? 5000 : 200;
// Generated trees carry this placeholder; comparisons strip spans anyway.
const span: Span = { file: "g.kiln", line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };

const keywords = new Set(("dim layer model import input param state update output for in " +
  "train minimize over with return true false f32 i32").split(" "));
const ident = fc.oneof(
  fc.constantFrom("x", "h", "W", "fc1", "training", "inputs", "format", "in_", "B", "_t"),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/).filter((s) => !keywords.has(s)),
);

const numText = fc.oneof(
  fc.nat(100000).map(String),
  fc.tuple(fc.nat(999), fc.stringMatching(/^[0-9]{1,4}$/)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat(99), fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.nat(30))
    .map(([a, e, s, b]) => `${a}${e}${s}${b}`),
);
const num = numText.map((text): Expr =>
  ({ kind: "num", value: Number(text), isInt: /^\d+$/.test(text), text, span }));
const str = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('q"uote', "b\\s", "n\nl", "\t\r"))
  .map((value): Expr => ({ kind: "str", value, span }));
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  ident.map((name): Expr => ({ kind: "name", name, span })),
  num, str, fc.boolean().map((value): Expr => ({ kind: "bool", value, span })),
);
const binaryOp = fc.constantFrom<BinaryOp>(
  "+", "-", "*", "/", "**", "@", "<", "<=", ">", ">=", "==", "!=");

const { expr } = fc.letrec<{ expr: Expr; item: IndexItem }>((tie) => {
  const sub = tie("expr");
  const items = (min: number) => fc.array(sub, { minLength: min, maxLength: 3 });
  return {
    expr: fc.oneof({ depthSize: "small", withCrossShrink: true },
      leaf,
      sub.map((operand): Expr => ({ kind: "unary", op: "-", operand, span })),
      fc.tuple(binaryOp, sub, sub).map(([op, left, right]): Expr =>
        ({ kind: "binary", op, left, right, span })),
      fc.tuple(sub, sub).map(([left, right]): Expr => ({ kind: "pipe", left, right, span })),
      fc.tuple(sub, items(0), fc.array(fc.tuple(ident, sub), { maxLength: 2 }))
        .map(([callee, positional, named]): Expr => ({
          kind: "call", callee, span, args: [
            ...positional.map((value): Arg => ({ value, span })),
            ...named.map(([name, value]): Arg => ({ name, value, span })),
          ],
        })),
      fc.tuple(sub, ident).map(([object, name]): Expr =>
        ({ kind: "member", object, name, nameSpan: span, span })),
      fc.tuple(sub, fc.array(tie("item") as fc.Arbitrary<IndexItem>, { minLength: 1, maxLength: 3 }))
        .map(([object, items]): Expr => ({ kind: "index", object, items, span })),
      fc.tuple(sub, sub, sub).map(([cond, then, otherwise]): Expr =>
        ({ kind: "cond", cond, then, else: otherwise, span })),
      items(0).map((items): Expr => ({ kind: "list", items, span })),
      items(2).map((items): Expr => ({ kind: "tuple", items, span })),
    ),
    item: fc.oneof(
      sub.map((value): IndexItem => ({ kind: "at", value, span })),
      fc.record({ start: sub, end: sub }, { requiredKeys: [] })
        .map((r): IndexItem => ({ kind: "range", ...r, span })),
    ),
  };
});

const dims = fc.array(expr, { maxLength: 3 });
// Layer patterns (no dtype required) may hold a `...` among their dims.
const type = (dtypeRequired: boolean) => fc.tuple(
  dtypeRequired ? fc.constantFrom("f32" as const, "i32" as const)
    : fc.constantFrom("f32" as const, "i32" as const, undefined),
  dims,
  dtypeRequired ? fc.constant(undefined) : fc.option(fc.nat(3), { nil: undefined }),
).map(([dtype, d, rest]): TypeExpr => ({
  ...(dtype ? { dtype } : {}), dims: d, span,
  ...(rest === undefined ? {} : { rest: Math.min(rest, d.length) }),
}));
const named = { nameSpan: span, span };
const selector = fc.array(ident, { minLength: 1, maxLength: 3 }).map(([first, ...rest]) =>
  rest.reduce<Expr>((object, name) => ({ kind: "member", object, name, nameSpan: span, span }),
    { kind: "name", name: first, span }));

const { stmt } = fc.letrec<{ stmt: Stmt }>((tie) => ({
  stmt: fc.oneof({ depthSize: "small", withCrossShrink: true },
    fc.tuple(ident, expr).map(([name, value]): Stmt =>
      ({ kind: "assign", targets: [{ name, span }], value, span })),
    fc.tuple(fc.array(ident, { minLength: 2, maxLength: 3 }), expr).map(([names, value]): Stmt =>
      ({ kind: "assign", targets: names.map((name) => ({ name, span })), value, span })),
    fc.tuple(ident, type(true)).map(([name, t]): Stmt => ({ kind: "input", name, type: t, ...named })),
    fc.tuple(fc.constantFrom("param" as const, "state" as const), ident, dims, expr)
      .map(([kind, name, d, init]): Stmt => ({ kind, name, dims: d, init, ...named })),
    fc.tuple(ident, expr).map(([name, value]): Stmt => ({ kind: "update", name, value, ...named })),
    fc.tuple(ident, fc.option(expr, { nil: undefined })).map(([name, value]): Stmt =>
      (value ? { kind: "output", name, value, ...named } : { kind: "output", name, ...named })),
    fc.tuple(ident, expr, expr, fc.array(tie("stmt") as fc.Arbitrary<Stmt>, { maxLength: 3 }))
      .map(([variable, from, to, body]): Stmt =>
        ({ kind: "for", variable, variableSpan: span, from, to, body, span })),
    fc.tuple(ident, expr, fc.array(selector, { maxLength: 3 }), expr)
      .map(([name, loss, over, optimizer]): Stmt =>
        ({ kind: "train", name, loss, over, optimizer, ...named })),
    // `return (a, b)` is how several values read, so one value is never a tuple.
    fc.array(expr, { minLength: 1, maxLength: 3 }).map((values): Stmt => ({
      kind: "return", span,
      values: values.length === 1 && values[0].kind === "tuple" ? values[0].items : values,
    })),
  ),
}));

const body = fc.array(stmt, { maxLength: 4 });
const topLevel: fc.Arbitrary<TopLevel> = fc.oneof(
  fc.tuple(ident, expr, fc.boolean()).map(([name, value, bound]): TopLevel =>
    ({ kind: "dim", name, value, bound, ...named })),
  fc.string({ maxLength: 12 }).map((path): TopLevel => ({ kind: "import", path, span })),
  fc.tuple(ident, body).map(([name, b]): TopLevel => ({ kind: "model", name, body: b, ...named })),
  fc.tuple(
    ident,
    fc.array(fc.tuple(ident, fc.option(expr, { nil: undefined })), { maxLength: 3 }),
    fc.array(fc.tuple(ident, type(false)), { maxLength: 3 }),
    body,
  ).map(([name, hyper, args, b]): TopLevel => ({
    kind: "layer", name, body: b, ...named,
    hyper: hyper.map(([n, d]) => (d ? { name: n, default: d, span } : { name: n, span })),
    args: args.map(([n, t]) => ({ name: n, type: t, span })),
  })),
);
const program = fc.array(topLevel, { maxLength: 4 })
  .map((items): Program => ({ file: "g.kiln", items, span }));

/** Failing cases print as .kiln source, not as a wall of JSON with spans. */
function shownAs<T extends object>(a: fc.Arbitrary<T>, show: (v: T) => string): fc.Arbitrary<T> {
  return a.map((v) => Object.assign(v, { [fc.toStringMethod]: () => show(v) }));
}
export const shownExpr = shownAs(expr, printExpr);
export const shownProgram = shownAs(program, printProgram);
