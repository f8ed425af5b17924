// scheduleUpdates: a train step's writes of new params and state run as early as the values
// they overwrite allow, the graph is the same graph renumbered, and random draws keep their
// order. (That the steps compute what they did is optimize.test.ts's -O2 against -O0.)
import { describe, expect, it } from "vitest";
import { load } from "../../../compiler/index.ts";
import type { Graph } from "../../../compiler/ir/types.ts";
import { buildModel } from "../../../compiler/model.ts";
import { attrsKey } from "../../../compiler/passes/rewrite.ts";
import { isRandom, OPS } from "../../../compiler/ops/table.ts";
import { verifyGraph } from "../../../compiler/passes/verify.ts";

const stack = (optimizer: string, extra = "") => `
model M {
  input x: f32[4, 6]
  input y: i32[4]
  d1 = Dense(8, act = relu)
  d2 = Dense(8, act = relu)
  d3 = Dense(3)
  logits = x |> d1 ${extra} |> d2 |> d3
  loss = cross_entropy(logits, y)
  train step: minimize loss with ${optimizer}
}`;

/** The step's graph before and after the pass (at -O2, every pass's result verified). */
function stepBeforeAfter(source: string): { before: Graph; after: Graph } {
  const seen: { pass: string; g: Graph }[] = [];
  const ir = buildModel(load(source, {}, new Map()), { optimize: 2, checkPass: (g, pass) => {
    verifyGraph(g);
    seen.push({ pass, g });
  } });
  const after = ir.steps[0].graph;
  const k = seen.map((s) => s.pass === "scheduleUpdates" && s.g === after).lastIndexOf(true);
  expect(k).toBeGreaterThan(0);
  expect(seen[k - 1].pass).toBe("fuseOps");
  return { before: seen[k - 1].g, after };
}

/** Where each node's code runs: its group's last node, else itself. */
const runsAt = (g: Graph, id: number) => g.nodes[id].group ?? id;

/** Each output's computation, written out in full (memoized by node). */
function meanings(g: Graph): Map<string, string> {
  const memo: string[] = [];
  const mean = (id: number): string => memo[id] ??= `${g.nodes[id].op}{${attrsKey(g.nodes[id].attrs)}}` +
    `(${g.nodes[id].inputs.map(mean).join(",")})`;
  return new Map(g.outputs.map((o) => [`${o.role} ${o.name}`, mean(o.node)]));
}

describe("scheduleUpdates", () => {
  it("renumbers the step: the same computation of every output, the same groups", () => {
    const { before, after } = stepBeforeAfter(stack("adam(lr = 0.01)"));
    expect(after).not.toBe(before);
    expect(meanings(after)).toEqual(meanings(before));
    const groups = (g: Graph) => new Set(g.nodes.filter((n) => n.group !== undefined)
      .map((n) => g.nodes.filter((m) => m.group === n.group).map((m) => m.op).join(" ")));
    expect(groups(after)).toEqual(groups(before));
  });

  it("runs each update after every reader of what it overwrites, and before the backward pass ends", () => {
    for (const opt of ["adam(lr = 0.01)", "sgd(lr = 0.1)", "momentum(lr = 0.1)", "rmsprop(lr = 0.01)"]) {
      const { before, after: g } = stepBeforeAfter(stack(opt));
      const writers: number[] = [];
      for (const o of g.outputs) {
        if (o.role !== "param" && o.role !== "state") continue;
        const at = runsAt(g, o.node);
        writers.push(at);
        const leaves = g.nodes.filter((n) => (n.op === "param" || n.op === "state") && n.attrs.name === o.name);
        // Readers of the old value, through aliases that share its memory.
        const reads = new Set<number>();
        const visit = (id: number) => {
          for (const r of g.nodes.filter((n) => n.inputs.includes(id))) {
            reads.add(r.id);
            if (OPS[r.op].kind === "alias" || r.op === "slice" || r.op === "transpose") visit(r.id);
          }
        };
        leaves.forEach((l) => visit(l.id));
        for (const r of reads) {
          if (runsAt(g, r) !== at) expect(runsAt(g, r), `${opt}: ${o.name}`).toBeLessThan(at);
        }
      }
      // Before, every update ran after the whole backward pass; now the last layer's runs
      // before the first layer's products are made.
      const spread = (x: Graph) => {
        const writes = new Set(x.outputs.filter((o) => o.role === "param").map((o) => runsAt(x, o.node)));
        const others = x.nodes.filter((n) => n.op === "matmul" && !writes.has(runsAt(x, n.id)))
          .map((n) => runsAt(x, n.id));
        return { firstWrite: Math.min(...writes), lastProduct: Math.max(...others) };
      };
      expect(spread(before).firstWrite, opt).toBeGreaterThan(spread(before).lastProduct);
      expect(spread(g).firstWrite, opt).toBeLessThan(spread(g).lastProduct);
      expect(writers.length).toBeGreaterThan(0);
    }
  });

  it("keeps random draws in their order (the stream is the module's)", () => {
    const { before, after } = stepBeforeAfter(stack("adam(lr = 0.01)", "|> dropout(0.5)"));
    const draws = (g: Graph) => g.nodes.filter(isRandom).map((n) => `${n.op} ${n.shape} ${attrsKey(n.attrs)}`);
    expect(draws(before).length).toBeGreaterThan(0);
    expect(draws(after)).toEqual(draws(before));
    // And every draw still runs before or after each other unit as it did relative to draws.
    const order = (g: Graph) => g.nodes.filter(isRandom).map((n) => runsAt(g, n.id));
    expect([...order(after)].sort((a, b) => a - b)).toEqual(order(after));
  });

  it("leaves graphs that write nothing as they are", () => {
    const seen: { pass: string; g: Graph; before?: Graph }[] = [];
    let last: Graph | undefined;
    buildModel(load(stack("adam(lr = 0.01)"), {}, new Map()), { optimize: 2, checkPass: (g, pass) => {
      if (pass === "scheduleUpdates") seen.push({ pass, g, before: last });
      last = g;
    } });
    const untouched = seen.filter((s) => !s.g.outputs.some((o) => o.role === "param" || o.role === "state"));
    expect(untouched.length).toBeGreaterThan(0); // predict and the gradients entries
    for (const s of untouched) expect(s.g).toBe(s.before);
  });
});
