// Random model files for property tests of the optimizer (test/compiler/optimize.test.ts,
// test/compiler/passes/properties.test.ts).
import fc from "fast-check";

// Type-first: an expression is generated for a shape, from operands of shapes that
// broadcast to it. Arguments stay in each op's domain (logs of positive values, bounded
// exponents) so both levels stay finite and only rounding can differ.

type Tag = "BD" | "BH" | "D" | "H" | "B1" | "S";

const LEAVES: Record<Tag, string[]> = {
  BD: ["x", "t"], BH: ["(x @ W1 + b1)"], D: ["v"], H: ["b1"],
  B1: ["sum(x, axis = 1, keepdims = true)"], S: ["0.5", "1", "0", "-1.5", "2"],
};
const SMALLER: Record<Tag, Tag[]> = {
  BD: ["BD", "D", "B1", "S"], BH: ["BH", "H", "B1", "S"], D: ["D", "S"], H: ["H", "S"],
  B1: ["B1", "S"], S: ["S"],
};
const UNARY = ["tanh($a)", "sigmoid($a)", "relu($a)", "softplus($a)", "abs($a)", "(-$a)", "exp(tanh($a))",
  "log(1 + $a * $a)", "sqrt($a * $a + 1)", "square($a)", "gelu($a)", "leaky_relu($a, alpha = 0.1)",
  "elu($a)", "log(sigmoid(3 * tanh($a)))", "log(1 - sigmoid(3 * tanh($a)))", "stop_gradient($a)",
  "($a * 1)", "($a + 0)", "(-(-$a))", "clip($a, -1, 1)", "($a ** 2)", "($a / 4)"];
const ROWS = ["softmax($a)", "log_softmax($a)", "log(softmax($a))", "transpose(transpose($a))"];
const BINARY = ["($a + $b)", "($a - $b)", "($a * $b)", "($a / (1 + $b * $b))", "maximum($a, $b)",
  "minimum($a, $b)", "where($a > $b, $a, $b)"];
const REDUCE: Partial<Record<Tag, [string, Tag][]>> = {
  S: [["mean($a)", "BD"], ["sum($a)", "H"], ["max($a)", "D"], ["logsumexp($a)", "BH"],
    ["variance($a)", "BD"]],
  D: [["sum($a, axis = 0)", "BD"], ["mean($a, axis = 0)", "BD"], ["$a[1, :]", "BD"]],
  H: [["max($a, axis = 0)", "BH"]],
  B1: [["sum($a, axis = 1, keepdims = true)", "BD"], ["logsumexp($a, axis = 1, keepdims = true)", "BH"],
    ["reshape(sum($a, axis = 1), [3, 1])", "BD"], ["max($a, axis = 1, keepdims = true)", "BD"],
    ["$a[:, 1:2]", "BD"]],
  BD: [["($a @ W2)", "BH"], ["transpose(exp(transpose($a)) * 0.5)", "BD"]],
  BH: [["($a @ W1)", "BD"]],
};
const NOISE: Partial<Record<Tag, string[]>> = {
  BD: ["dropout($a, 0.25)", "($a * uniform([3, 4]))"], BH: ["($a + normal([3, 5], std = 0.1))"],
};

const fill = (template: string, a: string, b = "") => template.replaceAll("$a", a).replaceAll("$b", b);
const memo = new Map<string, fc.Arbitrary<string>>();

function expr(tag: Tag, depth: number): fc.Arbitrary<string> {
  const key = `${tag} ${depth}`;
  const known = memo.get(key);
  if (known) return known;
  const leaves = fc.constantFrom(...LEAVES[tag]);
  let arb: fc.Arbitrary<string> = leaves;
  if (depth > 0) {
    const sub = (t: Tag) => expr(t, depth - 1);
    const unary = [...UNARY, ...(tag === "BD" || tag === "BH" ? ROWS : []), ...(NOISE[tag] ?? [])];
    // Leaves rarely, so programs get deep; shrinking still walks toward them.
    arb = fc.oneof(
      { arbitrary: leaves, weight: 1 },
      { arbitrary: fc.tuple(fc.constantFrom(...unary), sub(tag)).map(([f, a]) => fill(f, a)), weight: 4 },
      ...SMALLER[tag].map((t) => ({ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BINARY), sub(tag),
        sub(t)).map(([f, a, b]) => fill(f, a, b)) })),
      ...(REDUCE[tag] ?? []).map(([f, t]) => ({ weight: 2, arbitrary: sub(t).map((a) => fill(f, a)) })));
  }
  memo.set(key, arb);
  return arb;
}

/** A model file: an output y of shape [3, 4] and a loss, both random expressions. */
export const randomProgram = fc.tuple(expr("BD", 4), expr("S", 3)).map(([y, extra]) => `
model P {
  input x: f32[3, 4]
  input t: f32[3, 4]
  param W1: [4, 5] = normal(0.5)
  param W2: [5, 4] = normal(0.5)
  param b1: [5] = uniform(-0.5, 0.5)
  param v: [4] = uniform(-0.5, 0.5)
  output y = ${y}
  loss = mean(square(y - t)) + 0.1 * ${extra}
  train step: minimize loss with sgd(lr = 0.05)
}`);

/** A model file whose output is a loop: h carried over 5 steps of a random expression of h
 * (in x's place) and the step's slice of s (in t's place), squashed by tanh to stay bounded. */
export const randomLoopProgram = fc.tuple(expr("BD", 3), expr("S", 2)).map(([step, extra]) => `
model L {
  input x: f32[3, 4]
  input s: f32[3, 5, 4]
  input t: f32[3, 4]
  param W1: [4, 5] = normal(0.5)
  param W2: [5, 4] = normal(0.5)
  param b1: [5] = uniform(-0.5, 0.5)
  param v: [4] = uniform(-0.5, 0.5)
  h = x
  for k in 0..5 {
    h = tanh(${step.replace(/\bx\b/g, "h").replace(/\bt\b/g, "s[:, k, :]")})
  }
  output y = h
  loss = mean(square(y - t)) + 0.1 * ${extra}
  train step: minimize loss with sgd(lr = 0.05)
}`);
