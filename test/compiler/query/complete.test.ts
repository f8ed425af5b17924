// Completion and signature help where a model is being written: the text at the cursor is
// half-typed, so each case is a file with a `^` where the cursor is.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../compiler/query/index.ts";

const gan = `dim B = 4
layer Gen(hidden)(z: [N, K]) {
  l1 = Dense(hidden, act = relu)
  return l1(z)
}
model M {
  input x: f32[B, 3]
  gen = Gen(8)
  fc = Dense(2)
  h = fc(x)
  ^
}
`;

/** The completions' labels at the `^` of `text` (the `^` removed). */
function labels(text: string): string[] {
  const at = text.indexOf("^");
  return analyze(text.slice(0, at) + text.slice(at + 1), { file: "c.kiln" })
    .completionsAt(at).map((c) => c.label);
}

const inModel = (line: string) => gan.replace("  ^", `  ${line}`);

describe("completion", () => {
  it("offers statement keywords and bindings where a statement starts", () => {
    const got = labels(gan);
    expect(got).toEqual(expect.arrayContaining(["input", "param", "output", "train", "h", "x"]));
    expect(got).not.toContain("return");
    expect(got).not.toContain("relu");
    expect(labels(`${inModel("")}^`)).toEqual(["dim", "layer", "model", "import"]);
    expect(labels(inModel("").replace("  return l1(z)", "  ^\n  return l1(z)")))
      .toContain("return");
  });

  it("offers an instance's params after `fc.`, and nested instances' members", () => {
    expect(labels(inModel("y = fc.^"))).toEqual(["W", "b"]);
    expect(labels(inModel("y = gen.^"))).toEqual(["l1"]);
    expect(labels(inModel("y = gen.l1.^"))).toEqual(["W", "b"]);
    expect(labels(inModel("y = x.^"))).toEqual([]);
  });

  it("offers optimizers after `with`, initialisers after a param's `=`, dtypes after `:`", () => {
    expect(labels(inModel("train s: minimize h with ^"))).toEqual(
      ["sgd", "momentum", "rmsprop", "adam", "adamw"]);
    expect(labels(inModel("param w: [B] = ^"))).toContain("glorot_uniform");
    expect(labels(inModel("param w: [B] = ^"))).not.toContain("relu");
    expect(labels(inModel("input y: ^"))).toEqual(["f32", "i32"]);
    expect(labels(inModel("train s: ^"))).toEqual(["minimize"]);
    expect(labels(inModel("train s: minimize h over ^"))).toEqual(["gen", "fc"]);
  });

  it("offers the keyword arguments a call has not been given, then names in scope", () => {
    const got = labels(inModel("y = softmax(h, ^"));
    expect(got.slice(0, 1)).toEqual(["axis ="]);
    expect(got).toEqual(expect.arrayContaining(["h", "x", "B", "relu", "Dense", "training"]));
    expect(labels(inModel("y = sum(h, keepdims = true, ^")).slice(0, 1)).toEqual(["axis ="]);
    expect(labels(inModel("y = concat([h, ^"))).not.toContain("axis =");
    expect(labels(inModel("train s: minimize h with adam(lr = 0.1, ^")).slice(0, 5))
      .toEqual(["beta1 =", "beta2 =", "eps =", "weight_decay =", "clip_norm ="]);
    expect(labels(inModel("f = Dense(4, ^")).slice(0, 1)).toEqual(["act ="]);
  });

  it("offers nothing inside a comment or a string", () => {
    expect(labels(inModel("y = h  # a note ^"))).toEqual([]);
    expect(labels(inModel('c = Conv2D(4, 3, padding = "sa^'))).toEqual([]);
  });
});

/** The signature's name and its active parameter at the `^` of `text`. */
function signature(text: string): [string, string | undefined] | undefined {
  const at = text.indexOf("^");
  const call = analyze(text.slice(0, at) + text.slice(at + 1), { file: "c.kiln" }).calleeAt(at);
  if (!call) return undefined;
  const s = call.signature;
  return [s.name, s.params[call.active]?.name];
}

describe("signature help", () => {
  it("names the function, layer, optimizer or initialiser called, and the parameter", () => {
    expect(signature(inModel("y = leaky_relu(h, ^"))).toEqual(["leaky_relu", "alpha"]);
    expect(signature(inModel("y = h |> leaky_relu(^"))).toEqual(["leaky_relu", "alpha"]);
    expect(signature(inModel("y = concat([h, h], axis = ^"))).toEqual(["concat", "axis"]);
    expect(signature(inModel("y = concat([h, ^"))).toEqual(["concat", "tensors"]);
    expect(signature(inModel("f = Dense(4, act = relu, ^"))).toEqual(["Dense", undefined]);
    expect(signature(inModel("y = fc(^"))).toEqual(["fc", "x"]);
    expect(signature(inModel("y = gen.l1(^"))).toEqual(["gen.l1", "x"]);
    expect(signature(inModel("train s: minimize h with momentum(0.1, ^")))
      .toEqual(["momentum", "momentum"]);
    expect(signature(inModel("param w: [B] = uniform(-1, ^"))).toEqual(["uniform", "hi"]);
    expect(signature(inModel("y = l2(h, h, ^"))).toEqual(["l2", "tensors"]);
    expect(signature(inModel("y = h^"))).toBeUndefined();
  });
});
