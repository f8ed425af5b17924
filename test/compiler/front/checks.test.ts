// Inputs Kiln once accepted silently and now refuses with an error at their place:
// hyperparameters outside PyTorch's domains, definitions that clash across imports, and
// instances made again with other hyperparameters.
import { describe, expect, it } from "vitest";
import { paramSpec } from "../../../compiler/front/builtins/args.ts";
import { compile, memoryHost } from "../../../compiler/index.ts";
import { BUILTINS } from "../../../compiler/front/builtins/table.ts";
import { DOMAINS, domainText, inDomain, OPTIMIZERS } from "../../../compiler/optim/table.ts";

const messages = (source: string, files: Record<string, string> = {}) => {
  const r = compile(source, { file: "/m/main.kiln", declarations: false, host: memoryHost(files) });
  return { ok: r.ok, errors: r.diagnostics.filter((d) => d.severity === "error") };
};

const step = (opt: string) => `model M {\n  param w: [2] = ones\n  loss = sum(w * w)\n` +
  `  train s: minimize loss with ${opt}\n}\n`;

describe("optimizer hyperparameters", () => {
  const numeric = Object.entries(OPTIMIZERS).flatMap(([name, { defaults }]) =>
    [...Object.entries(defaults), ["weight_decay", 0], ["clip_norm", 1]]
      .filter(([, v]) => typeof v === "number").map(([k, v]) => [name, k as string, v as number] as const));

  it("have a domain for each numeric one, holding its default", () => {
    for (const [name, k, v] of numeric) {
      expect(DOMAINS[k], `${name}'s ${k}`).toBeDefined();
      expect(inDomain(v, DOMAINS[k]), `${name}'s ${k} = ${v}`).toBe(true);
    }
  });

  it.each(numeric.map(([name, k]) => [name, k]))("%s's %s is refused just outside its domain",
    (name, k) => {
      const d = DOMAINS[k];
      const outside = [d.min !== undefined ? d.min - 0.5 : undefined, d.above, d.below,
        d.max !== undefined ? d.max + 0.5 : undefined].filter((v) => v !== undefined);
      expect(outside.length).toBeGreaterThan(0);
      for (const v of outside) {
        const { ok, errors } = messages(step(`${name}(${k} = ${v})`));
        expect(ok).toBe(false);
        expect(errors.map((e) => e.message)).toEqual([`${name}'s ${k} must be ${domainText(d)} but got ${v}`]);
      }
    });

  it("accepts the edges PyTorch accepts", () => {
    for (const opt of ["adam(beta1 = 0, beta2 = 0, eps = 0)", "sgd(lr = 0)", "rmsprop(alpha = 1)",
      "momentum(momentum = 0)", "adamw(weight_decay = 0)"]) {
      expect(messages(step(opt)).ok, opt).toBe(true);
    }
  });
});

describe("definitions across imports", () => {
  const lib = "layer Block(n)(x: [N, D]) {\n  return x * n\n}\nmodel Lib {\n  input x: f32[2, 3]\n" +
    "  output y = x\n}\n";
  it("refuses a layer the file and its import both define, pointing at both", () => {
    const { errors } = messages(`import "lib.kiln"\nlayer Block(n)(x: [N, D]) {\n  return x + n\n}\n` +
      `model M {\n  input x: f32[2, 3]\n  b = Block(2)\n  output y = b(x)\n}\n`, { "/m/lib.kiln": lib });
    expect(errors.map((e) => [e.message, e.span!.file, e.notes![0].span!.file])).toEqual([
      ["layer 'Block' is defined twice", "/m/main.kiln", "/m/lib.kiln"]]);
  });

  it("refuses a model the file and its import both define", () => {
    const { errors } = messages(`import "lib.kiln"\nmodel Lib {\n  input x: f32[2]\n  output y = x\n}\n`,
      { "/m/lib.kiln": lib });
    expect(errors.map((e) => [e.message, e.span!.file])).toEqual([["model 'Lib' is defined twice", "/m/main.kiln"]]);
  });

  it("still lets a file redefine a prelude layer", () => {
    const { ok } = messages(`layer Dense(units)(x: [N, K]) {\n  return x\n}\nmodel M {\n` +
      `  input x: f32[2, 3]\n  fc = Dense(4)\n  output y = fc(x)\n}\n`);
    expect(ok).toBe(true);
  });
});

describe("instances", () => {
  it("refuses a layer's instance made again for other shapes, without advice about loops", () => {
    const { errors } = messages(`layer Proj()(x: [N, D]) {\n  fc = Dense(D)\n  return fc(x)\n}\n` +
      `model M {\n  input a: f32[2, 3]\n  input b: f32[2, 5]\n  p = Proj()\n  output y = p(a)\n` +
      `  output z = p(b)\n}\n`);
    expect(errors.map((e) => e.message)).toEqual(["'fc' is made again with units = 5, but it was " +
      "made with units = 3 and an instance keeps what it was first made with"]);
  });

  it("reuses one made by the same statement with the same hyperparameters", () => {
    const { ok } = messages(`model M {\n  input x: f32[2, 3]\n  h = x\n  for t in 0..3 {\n` +
      `    cell = Dense(3, act = tanh)\n    h = cell(h)\n  }\n  output y = h\n}\n`);
    expect(ok).toBe(true);
  });
});

describe("layers calling instances of themselves", () => {
  it("runs a wrapper of a wrapper, and a nesting a hyperparameter ends", async () => {
    const { compileToModel } = await import("../../../compiler/index.ts");
    const src = `layer Residual(inner)(x: [N, D]) {
  return x + inner(x)
}
layer Tree(depth)(x: [N, D]) {
  sub = Tree(depth - 1)
  return depth > 0 ? 2 * sub(x) : x
}
model M {
  input x: f32[1, 2]
  fc = Dense(2)
  r1 = Residual(fc)
  r2 = Residual(r1)
  t = Tree(3)
  output y = r2(x)
  output z = t(x)
}`;
    const m = (await compileToModel(src, { dtype: "f64" })).create({ seed: 1 });
    const x = new Float64Array([0.5, -1]);
    const W = m.params["fc.W"] as Float64Array;
    // r2(x) = x + r1(x) = x + x + fc(x) (fc.b is zero).
    const fc = [0, 1].map((j) => x[0] * W[j] + x[1] * W[2 + j]);
    const { y, z } = m.predict({ x });
    expect(Array.from(y)).toEqual([0, 1].map((j) => 2 * x[j] + fc[j]));
    expect(Array.from(z)).toEqual([4, -8]);
  });
});

describe("messages about a built-in's arguments", () => {
  const NOT_TENSORS: Record<string, string> = { axis: "-1", keepdims: "false", shape: "[6]",
    perm: "[1, 0]", n: "3", rate: "0.5", lo: "0", hi: "1", alpha: "0.1", size: "1", stride: "1",
    padding: "0", dims: "[2, 3]", value: "1", mean: "0", std: "1" };
  const cases = Object.entries(BUILTINS).flatMap(([name, b]) => {
    const params = b.params.map(paramSpec).map((p) => ({ name: p.name,
      optional: p.optional && !p.variadic }));
    return params.filter((p) => !(p.name in NOT_TENSORS)).map((target) => {
      const args = params.filter((p) => !p.optional || p === target).map((p) => {
        const v = p === target ? "ids" : NOT_TENSORS[p.name] ?? (p.name === "w" ? "k" : "x");
        const arg = p.name === "tensors" ? `[${v}, ${v}]` : v;
        return p.optional ? `${p.name} = ${arg}` : arg;
      });
      return [`${name}(${args.join(", ")})`, name] as const;
    });
  });

  it.each(cases)("%s names the built-in", (call, name) => {
    const { errors } = messages(`model M {\n  input x: f32[2, 3]\n  input k: f32[2, 3, 1, 1]\n` +
      `  input ids: i32[2, 3]\n  y = ${call}\n  output o = x\n}\n`);
    for (const e of errors) expect(e.message).toMatch(new RegExp(`^${name}\\b|^the ${name}\\b`));
  });
});
