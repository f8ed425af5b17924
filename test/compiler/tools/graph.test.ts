// `kiln graph` and `kiln summary`: the model by its layers (units, the tensors between them,
// bodies as clusters), op by op on request, as dot or as SVG drawn without a Graphviz program;
// every example's picture within a readable size; Keras' summary table.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.ts";
import type { LoopMode } from "../../../compiler/model.ts";
import { parseGraph } from "../../../compiler/ir/text.ts";
import { fuseOps } from "../../../compiler/passes/fuseOps.ts";
import { graphToDot, layersToDot } from "../../../compiler/tools/dot.ts";
import { layerView } from "../../../compiler/tools/layers.ts";
import { formatSummary, modelSummary } from "../../../compiler/tools/summary.ts";
import { dotToSvg } from "../../../compiler/tools/svg.ts";
import { runCli as run } from "../../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "kiln-graph-"));
const file = join(dir, "mlp.kiln");
const SOURCE = `dim B = 4
model Mlp {
  input x: f32[B, 6]
  input y: i32[B]
  fc1 = Dense(5, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> dropout(0.5) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y) + 1e-4 * l2(fc1.W)
  train step: minimize loss with adam(lr = 1e-3)
}
`;
writeFileSync(file, SOURCE);

const ir = (src: string, loops?: LoopMode) => {
  const r = compile(src, { file: "m.kiln", declarations: false, loops });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.ir!;
};

/** The picture as "from -> to" lines between unit labels (first line of each). */
function edges(src: string, bodies = 0, loops?: LoopMode): string[] {
  const v = layerView(ir(src, loops), { bodies });
  const label = new Map(v.units.map((u) => [u.key, u.label]));
  return v.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}`).sort();
}

/** What an SVG drawing shows: each node's text lines, each edge's ends, each cluster's title. */
function svgStructure(svg: string) {
  const groups = [...svg.matchAll(/<g id="(node|edge|clust)\d+" class="\w+">([\s\S]*?)<\/g>/g)];
  const texts = (body: string) => [...body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  return {
    nodes: groups.filter((g) => g[1] === "node").map((g) => texts(g[2]).join(" | ")).sort(),
    edges: groups.filter((g) => g[1] === "edge").length,
    clusters: groups.filter((g) => g[1] === "clust").map((g) => texts(g[2]).join(" ")).sort(),
  };
}

function svgSize(svg: string): [number, number] {
  const m = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
  return [Number(m[1]), Number(m[2])];
}

describe("the layer view", () => {
  it("draws each instance, builtin call and operator of the model body once, with the tensors between them", () => {
    expect(edges(SOURCE)).toEqual([
      "* -> +", "+ -> loss step", "cross_entropy -> +", "dropout -> fc2: Dense",
      "fc1: Dense -> dropout", "fc1: Dense -> l2", "fc2: Dense -> cross_entropy",
      "fc2: Dense -> softmax", "l2 -> *", "softmax -> output probs", "x -> fc1: Dense",
      "y -> cross_entropy",
    ]);
  });

  it("merges a shared instance's calls and a loop's iterations into one box each", () => {
    const src = `
model M {
  input x: f32[2, 5, 3]
  cell = Dense(3, act = tanh)
  h = zeros([2, 3])
  for t in 0..5 {
    h = cell(h + x[:, t, :])
  }
  output h
}`;
    expect(edges(src, 0, "unroll")).toEqual(["+ -> cell: Dense", "cell: Dense -> +",
      "cell: Dense -> output h", "reshape -> +", "slice -> reshape", "x -> slice", "zeros -> +"]);
    // A loop that stays a loop is one unit: the instance it calls, or the loop itself.
    expect(edges(src)).toEqual(["cell: Dense -> output h", "x -> cell: Dense",
      "zeros -> cell: Dense"]);
    expect(edges(src.replace("cell(h + x[:, t, :])", "tanh(h + x[:, t, :])"))).toEqual([
      "for -> output h", "x -> for", "zeros -> for"]);
  });

  it("opens instances' bodies as clusters, as many levels as asked, nested ones inside theirs", () => {
    const src = `
model M {
  input x: f32[2, 4, 3]
  bi = Bidirectional(GRU(2))
  output y = bi(x)
}`;
    const one = layerView(ir(src, "unroll"), { bodies: 1 });
    expect(one.clusters.map((c) => c.label)).toEqual(["bi: Bidirectional"]);
    expect(one.units.filter((u) => u.kind === "instance").map((u) => [u.label, u.parent]))
      .toEqual([["bi.forward: GRU", "bi"], ["bi.backward: GRU", "bi"]]);
    const v = layerView(ir(src, "unroll"), { bodies: 2 });
    expect(v.clusters.map((c) => [c.label, c.parent])).toEqual([["bi: Bidirectional", undefined],
      ["bi.forward: GRU", "bi"], ["bi.backward: GRU", "bi"]]);
    const params = v.units.filter((u) => u.kind === "param").map((u) => `${u.parent}.${u.label}`);
    expect(params.sort()).toEqual(["bi.backward.Wh", "bi.backward.Wx", "bi.backward.b",
      "bi.backward.bh", "bi.forward.Wh", "bi.forward.Wx", "bi.forward.b", "bi.forward.bh"]);
    // The loop's 4 iterations are one box per operator.
    expect(v.units.filter((u) => u.parent === "bi.forward" && u.label === "sigmoid")).toHaveLength(2);
    // Rolled, each direction's loop is one box in its layer's cluster.
    const rolled = layerView(ir(src), { bodies: 2 });
    expect(rolled.clusters).toEqual(v.clusters);
    expect(rolled.units.filter((u) => u.label === "for").map((u) => [u.parent, u.shapes[0]]))
      .toEqual([["bi.forward", "f32[2, 2]"], ["bi.backward", "f32[2, 2]"]]);
  });

  it("keeps names from the model file inside dot strings", () => {
    const g = fuseOps(parseGraph('input x: f32[2]; output y = exp(x)'));
    const hostile = { ...g, outputs: [{ ...g.outputs[0], name: 'a"]; evil [label="\\' }] };
    const quotes = (line: string) => (line.replace(/\\./g, "").match(/"/g) ?? []).length;
    for (const dot of [graphToDot(hostile, 'M" -> x'), layersToDot(layerView(ir(
      'model M {\n  input `x: f32[2]\n  output y = exp(`x)\n}'.replace(/`/g, ""))), 'M" -> x')]) {
      expect(dot.startsWith('digraph "M\\" -> x" {')).toBe(true);
      for (const line of dot.split("\n")) expect(quotes(line) % 2).toBe(0);
    }
    expect(graphToDot(hostile, "t")).toContain('label="output a\\"]; evil [label=\\"\\\\"');
  });
});

describe("the op-level graph", () => {
  it("draws a loop's body as a cluster, its inputs into its args and its outputs out", () => {
    const g = parseGraph(`input x: f32[2, 3, 4]; param W: f32[4, 4]; input h0: f32[2, 4]
%l = loop(W, h0, x) {length=3, reverse=true} body {
  h = arg() {index=1, shape=[2, 4]}; w = arg() {index=0, shape=[4, 4]}
  value n = tanh(add(matmul(h, w), arg() {index=2, shape=[2, 4]}))
  carry 1 = 0; sequence 2 {axis=1, start=0, step=1}; final 1
}
output h = loop_output(%l) {index=0}`);
    const dot = graphToDot(g, "t");
    expect(dot).toContain('label="loop over 3 steps, backwards"');
    expect(dot).toContain("n1 -> n3_1;");
    expect(dot).toMatch(/n3_\d+ -> n4 \[label="final"\];/);
  });
});

describe("kiln graph", () => {
  it("writes the layer view as dot by default", async () => {
    const r = await run(["graph", file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^digraph "Mlp" \{/);
    expect(r.out).toContain('[label="fc1: Dense\\nf32[4, 5]"');
    expect(r.out).not.toContain("cluster");
  });

  it("draws op by op with --ops (predict) and --backward (the first train step)", async () => {
    const r = await run(["graph", file, "--ops"]);
    expect(r.out).toMatch(/^digraph "Mlp: predict at -O2" \{/);
    expect(r.out).toContain('[label="x\\nf32[4, 6]"');
    expect(r.out).not.toContain("random_uniform"); // dropout is off in predict
    const out = join(dir, "step.dot");
    expect((await run(["graph", file, "--backward", "-o", out])).code).toBe(0);
    const dot = readFileSync(out, "utf8");
    expect(dot).toContain("train step 'step'");
    expect(dot).toContain('[label="param fc1.W"');
  });

  it("writes SVG with no Graphviz program: the golden structure of a small model", async () => {
    const out = join(dir, "g.svg");
    const r = await run(["graph", file, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${out} (layers, 12 boxes)\n`);
    const s = svgStructure(readFileSync(out, "utf8"));
    expect(s.nodes).toEqual(["* | f32[]", "+ | f32[]", "cross_entropy | f32[]",
      "dropout | f32[4, 5]", "fc1: Dense | f32[4, 5]", "fc2: Dense | f32[4, 3]", "l2 | f32[]",
      "loss step | f32[]", "output probs | f32[4, 3]", "softmax | f32[4, 3]", "x | f32[4, 6]",
      "y | i32[4]"]);
    expect(s.edges).toBe(12);
    const b = svgStructure(await dotToSvg(layersToDot(layerView(ir(SOURCE), { bodies: 1 }), "M")));
    expect(b.clusters).toEqual(["fc1: Dense", "fc2: Dense"]);
  });

  it("refuses other file types, --bodies with --ops, and --backward without a train step", async () => {
    expect((await run(["graph", file, "-o", join(dir, "g.png")])).code).toBe(2);
    expect((await run(["graph", file, "--ops", "--bodies"])).code).toBe(2);
    expect((await run(["graph", file, "--depth", "-1"])).code).toBe(2);
    const plain = join(dir, "plain.kiln");
    writeFileSync(plain, "model M {\n  input x: f32[2]\n  output y = exp(x)\n}\n");
    const r = await run(["graph", plain, "--backward"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("has none");
  });

  // Readable: the layer view fits a screen, one level of bodies a few, in Graphviz points.
  const examples = readdirSync(new URL("../../../examples/", import.meta.url))
    .filter((f) => f.endsWith(".kiln"));
  it.each(examples)("keeps %s's picture readable", async (name) => {
    const path = new URL(`../../../examples/${name}`, import.meta.url);
    const model = ir(readFileSync(path, "utf8"));
    const [w, h] = svgSize(await dotToSvg(layersToDot(layerView(model), name)));
    expect(w).toBeLessThanOrEqual(900);
    expect(h).toBeLessThanOrEqual(1400);
    const [wb, hb] = svgSize(await dotToSvg(layersToDot(layerView(model, { bodies: 1 }), name)));
    expect(wb).toBeLessThanOrEqual(1800);
    expect(hb).toBeLessThanOrEqual(3200);
  });
});

describe("kiln summary", () => {
  it("lists inputs and instances, nested ones indented, with shapes and param counts", () => {
    const src = `
dim B = 8
layer Block(units)(x: [N, K]) {
  fc = Dense(units, act = relu)
  norm = BatchNorm()
  return norm(fc(x))
}
model M {
  input x: f32[B, 4]
  param scale: [1] = ones
  b1 = Block(6)
  head = Dense(2)
  output y = head(b1(x)) * scale
}`;
    const s = modelSummary(ir(src));
    expect(s.rows.map((r) => [r.name, r.type, r.shapes.join(), r.params, r.state])).toEqual([
      ["x", "input", "f32[8, 4]", 0, 0], ["scale", "param", "f32[1]", 1, 0],
      ["b1", "Block", "f32[8, 6]", 42, 12], ["b1.fc", "Dense", "f32[8, 6]", 30, 0],
      ["b1.norm", "BatchNorm", "f32[8, 6]", 12, 12], ["head", "Dense", "f32[8, 2]", 14, 0],
    ]);
    expect([s.params, s.state]).toEqual([57, 12]);
    const text = formatSummary(s);
    expect(text).toMatch(/^Model: M\n_+\nLayer \(type\) +Output shape +Param #\n=+\n/);
    expect(text).toContain("\n  fc (Dense)");
    expect(text).toMatch(/\nb1 \(Block\) +f32\[8, 6\] +54\n/);
    expect(text.endsWith("Total params: 69\nTrainable params: 57\nNon-trainable params: 12 (state)"))
      .toBe(true);
  });

  it("prints the table, or JSON, from the command line", async () => {
    const r = await run(["summary", file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\nfc2 \(Dense\) +f32\[4, 3\] +18\n/);
    const j = JSON.parse((await run(["summary", file, "--json"])).out);
    expect(j.params).toBe(53);
  });
});
