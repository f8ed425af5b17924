// The editor's catalog is read from the compiler's tables; what is tested here is that those
// tables' words are true: every built-in, optimizer and initialiser has its line of doc, and
// every default a row writes is the one the compiler uses when the argument is left out.
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.ts";
import { printGraph } from "../../../compiler/ir/text.ts";
import { functions, initialisers, optimizers } from "../../../compiler/query/catalog.ts";

/** One call of each built-in taking an argument with a literal default, `@` where the
 * arguments with defaults go, for x: f32[2, 3, 4, 4]. */
const CALLS: Record<string, string> = {
  leaky_relu: "leaky_relu(x@)", elu: "elu(x@)", softmax: "softmax(x@)",
  log_softmax: "log_softmax(x@)", concat: "concat([x, x]@)", stack: "stack([x, x]@)",
  normal: "normal([2, 3]@)", uniform: "uniform([2, 3]@)",
  conv2d: "conv2d(x, ones([5, 3, 3, 3])@)",
  sum: "sum(x@)", mean: "mean(x@)", max: "max(x@)", min: "min(x@)", logsumexp: "logsumexp(x@)",
  variance: "variance(x@)", argmax: "argmax(x@)", argmin: "argmin(x@)", tril: "tril(x@)",
  triu: "triu(x@)", arange: "arange(4@)", upsample2d: "upsample2d(x@)",
  conv1d: "conv1d(reshape(x, [2, 3, 16]), ones([5, 3, 3])@)",
  conv2d_transpose: "conv2d_transpose(x, ones([3, 5, 3, 3])@)",
};

/** The predict graph of `y = expr`. */
function graphOf(expr: string): string {
  const r = compile(`model M {\n  input x: f32[2, 3, 4, 4]\n  output y = ${expr}\n}\n`,
    { optimize: 0, declarations: false });
  expect(r.diagnostics).toEqual([]);
  return printGraph(r.ir!.predict).replace(/seq=\d+/g, "");
}

const literal = (v: string | undefined) => v !== undefined && /^(-?[\d.e-]+|true|false)$/.test(v);

describe("the tables an editor reads", () => {
  it("have a line of doc for every built-in, optimizer and initialiser", () => {
    for (const s of [...functions.values(), ...optimizers.values(), ...initialisers.values()]) {
      expect([s.name, /^\S.*\.$/.test(s.doc)]).toEqual([s.name, true]);
    }
  });

  it("write the defaults the built-ins use", () => {
    for (const [name, s] of functions) {
      const given = s.params.filter((p) => literal(p.default));
      if (!given.length) continue;
      expect(CALLS[name], `an example call of ${name}`).toBeDefined();
      const explicit = given.map((p) => `, ${p.name} = ${p.default}`).join("");
      expect([name, graphOf(CALLS[name].replace("@", explicit))])
        .toEqual([name, graphOf(CALLS[name].replace("@", ""))]);
    }
  });

  it("write the defaults the optimizers use", () => {
    const metaOf = (opt: string) => {
      const r = compile("model M {\n  input x: f32[2]\n  param w: [2] = ones\n" +
        `  loss = sum(x * w)\n  train s: minimize loss with ${opt}\n}\n`, { declarations: false });
      expect(r.diagnostics).toEqual([]);
      return r.ir!.steps[0].decl.optimizer;
    };
    for (const [name, s] of optimizers) {
      const given = s.params.filter((p) => literal(p.default));
      const explicit = given.map((p) => `${p.name} = ${p.default}`).join(", ");
      expect(metaOf(`${name}(${explicit})`)).toEqual(metaOf(`${name}()`));
    }
  });

  it("write the defaults the initialisers use, and each compiles as written", () => {
    const initOf = (init: string) => {
      const r = compile(`model M {\n  param w: [2, 2] = ${init}\n  output y = w\n}\n`,
        { declarations: false });
      expect([init, r.diagnostics]).toEqual([init, []]);
      return r.ir!.decls.params.get("w")!.init;
    };
    for (const [name, s] of initialisers) {
      const required = s.params.filter((p) => p.default === undefined).map(() => "0.5");
      const bare = required.length ? `${name}(${required.join(", ")})` : name;
      const all = [...required, ...s.params.filter((p) => literal(p.default))
        .map((p) => p.default!)];
      expect(initOf(all.length ? `${name}(${all.join(", ")})` : name)).toEqual(initOf(bare));
    }
  });
});
