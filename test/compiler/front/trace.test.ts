// The trace elaboration tells (compiler/front/trace.ts): it changes nothing a compile makes,
// and it hears of every expression of a model that compiles (a value for each, in both
// modes), every name bound, where each use was bound, and every call with its arguments.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Expr, Span, Stmt } from "../../../dsl/ast.ts";
import { compile } from "../../../compiler/index.ts";
import type { Trace } from "../../../compiler/front/trace.ts";
import { children, exprsOf } from "../../../compiler/query/names.ts";

const EXAMPLES = ["mnist_cnn", "gan_ring", "names_lstm"].map((n) =>
  [n, readFileSync(`examples/${n}.kiln`, "utf8")] as const);

/** A loop, a layer of the file's own, rebinding and a tuple. */
const RNN = `dim B = 4
layer Cell(units)(x: [N, D], h: [N, units]) {
  param Wx: [D, units] = glorot_uniform
  param Wh: [units, units] = orthogonal
  h2 = tanh(x @ Wx + h @ Wh)
  return (h2, h2 * 2)
}
model Rnn {
  input xs: f32[B, 3, 8]
  cell = Cell(16)
  h = zeros([B, 16])
  for t in 0..3 {
    (h, g) = cell(xs[:, t], h)
  }
  output last = training ? h : g
  train s: minimize mean(last) with sgd(lr = 0.1)
}
`;

/** Everything a trace hears, by kind. */
function listen(file: string) {
  const heard = { values: new Map<Expr, Set<boolean>>(), bound: new Set<Span>(),
    uses: new Map<Span, Set<string>>(), calls: [] as string[] };
  const trace: Trace = {
    value: (e, _v, site) => {
      if (e.span.file !== file) return;
      const modes = heard.values.get(e) ?? new Set();
      heard.values.set(e, modes.add(site.training));
    },
    bound: (span) => span.file === file && heard.bound.add(span),
    resolved: (use, def) => {
      if (use.file !== file) return;
      const defs = heard.uses.get(use) ?? new Set();
      heard.uses.set(use, defs.add(def ? `${def.line}:${def.col}` : "built-in"));
    },
    call: (span, callee) => span.file === file && heard.calls.push(callee.kind),
  };
  return { heard, trace };
}

/** The expressions of a body elaboration evaluates, each with the number of modes that do
 * (one for a branch of `training ? a : b`): all but what names a layer to make an instance
 * of, an initialiser, an optimizer or an `over` selection. */
function evaluated(body: readonly Stmt[]): [Expr, number][] {
  const out: [Expr, number][] = [];
  const walk = (e: Expr, modes = 2) => {
    out.push([e, modes]);
    const skipCallee = e.kind === "call" && e.callee.kind === "name" &&
      /^[A-Z]/.test(e.callee.name);
    for (const c of children(e)) {
      if (skipCallee && c === (e as { callee: Expr }).callee) continue;
      walk(c, e.kind === "cond" && c !== e.cond ? 1 : modes);
    }
  };
  for (const s of body) {
    if (s.kind === "for") {
      walk(s.from);
      walk(s.to);
      out.push(...evaluated(s.body));
    } else if (s.kind === "param" || s.kind === "state") s.dims.forEach((d) => walk(d));
    else if (s.kind === "train") walk(s.loss);
    else exprsOf(s).forEach((e) => walk(e));
  }
  return out;
}

describe("the elaboration trace", () => {
  it.each([...EXAMPLES, ["rnn", RNN] as const])("changes nothing compile makes: %s", (_, src) => {
    const { trace } = listen("m.kiln");
    const plain = compile(src, { file: "m.kiln", declarations: false });
    const traced = compile(src, { file: "m.kiln", declarations: false, trace });
    expect(traced.diagnostics).toEqual(plain.diagnostics);
    expect(traced.js).toBe(plain.js);
  });

  it.each(["unroll", "roll"] as const)("hears every expression in the modes that run it, every " +
    "name bound, each use and call (loops: %s)", (loops) => {
    const { heard, trace } = listen("m.kiln");
    const r = compile(RNN, { file: "m.kiln", emit: false, trace, loops });
    expect(r.diagnostics).toEqual([]);
    const program = r.programs!.at(-1)!;
    const bodies = program.items.flatMap((i) => (i.kind === "model" || i.kind === "layer"
      ? [i.body] : []));
    const missing = bodies.flatMap(evaluated).filter(([e, n]) => heard.values.get(e)?.size !== n);
    expect(missing.map(([e]) => `${e.span.line}:${e.span.col} ${e.kind}`)).toEqual([]);
    // Names bound: xs, cell, h, t, the tuple's h and g, last; the layer's units, x, h, N, D,
    // Wx, Wh, h2; and the dim B.
    expect(heard.bound.size).toBe(16);
    // Each use of h, by line: in the layer, its argument; in the loop, the h made before it
    // (first iteration) and the one the loop makes (later ones: a loop that stays a loop is
    // traced once, and told so); after it, the loop's.
    const h = [...heard.uses].filter(([use]) => RNN.slice(use.start, use.end) === "h")
      .map(([use, defs]) => [use.line, [...defs].sort()]).sort((a, b) => +a[0] - +b[0]);
    expect(h).toEqual([[5, ["2:30"]], [13, ["11:3", "13:6"]], [15, ["13:6"]]]);
    const tanh = [...heard.uses].find(([use]) => RNN.slice(use.start, use.end) === "tanh");
    expect(tanh?.[1]).toEqual(new Set(["built-in"]));
    expect(new Set(heard.calls)).toEqual(new Set(["layer", "instance", "function"]));
  });
});
