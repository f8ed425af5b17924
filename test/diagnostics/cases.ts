// Every diagnostic Kiln gives for a mistake in a model file, one row per kind of mistake:
// the file and the exact text the CLI prints for it. golden.test.ts checks each row and that
// docs/errors.md shows them all (KILN_UPDATE_DOCS=1 rewrites that part of the doc).
import type { CompileOptions } from "../../compiler/index.ts";

export interface Case {
  /** Stable, kebab-case: the anchor in docs/errors.md. */
  id: string;
  title: string;
  source: string;
  /** Compile options besides the file name (dims, model). */
  options?: CompileOptions;
  /** The file name (default "m.kiln"). */
  file?: string;
  /** What formatDiagnostics prints, ending in a newline. */
  expected: string;
  /** Reported by `kiln export --pytorch` (exportPyTorch), not by compiling. */
  pytorch?: boolean;
}

/** A literal written from its next line, so it reads as the file it stands for. */
const t = (s: string) => s.slice(1);

export const SECTIONS: [string, Case[]][] = [
  ["Syntax", [
    {
      id: "syntax-recovery",
      title: "Several syntax errors in one run",
      source: t(`
model M {
  input x f32[B, 784]
  h = fc1(x
  y = h * * 2
}
`),
      expected: t(`
m.kiln:2:11: error: expected ':' but found 'f32'
    input x f32[B, 784]
            ^^^
m.kiln:3:12: error: expected ')' but found end of line
    h = fc1(x
             ^
m.kiln:4:11: error: expected an expression but found '*'
    y = h * * 2
            ^
`),
    },
    {
      id: "syntax-end-of-file",
      title: "A file that ends early",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = softmax(x
`),
      expected: t(`
m.kiln:3:23: error: expected ')' but found end of file
    output y = softmax(x
                        ^
`),
    },
    {
      id: "syntax-unexpected-character",
      title: "A character outside the language",
      source: t(`
model M {
  input x: f32[4]
  output y = x ± 1
}
`),
      expected: t(`
m.kiln:3:16: error: unexpected character '±'
    output y = x ± 1
                 ^
m.kiln:3:18: error: expected end of line but found a number
    output y = x ± 1
                   ^
`),
    },
    {
      id: "syntax-unterminated-string",
      title: "A string missing its closing quote",
      source: t(`
model M {
  input x: f32[1, 3, 8, 8]
  param w: [4, 3, 3, 3] = he_normal
  output y = conv2d(x, w, padding = "same)
}
`),
      expected: t(`
m.kiln:4:37: error: unterminated string: expected '"' before the end of the line
    output y = conv2d(x, w, padding = "same)
                                      ^^^^^^
m.kiln:5:1: error: expected ')' but found '}'
  }
  ^
`),
    },
    {
      id: "syntax-unknown-escape",
      title: "An unknown escape in a string",
      source: t(`
model M {
  input x: f32[1, 3, 8, 8]
  param w: [4, 3, 3, 3] = he_normal
  output y = conv2d(x, w, padding = "s\\ame")
}
`),
      expected: t(`
m.kiln:4:39: error: unknown escape '\\a' in a string (known: \\" \\\\ \\n \\r \\t)
    output y = conv2d(x, w, padding = "s\\ame")
                                        ^^
`),
    },
    {
      id: "syntax-positional-after-named",
      title: "A positional argument after a named one",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = softmax(axis = 0, x)
}
`),
      expected: t(`
m.kiln:3:32: error: expected a named argument (positional arguments come first) but found a positional one after 'axis ='
    output y = softmax(axis = 0, x)
                                 ^
`),
    },
    {
      id: "syntax-rest-outside-pattern",
      title: "A '...' in a declared shape",
      source: t(`
model M {
  input x: f32[...]
  output y = x
}
`),
      expected: t(`
m.kiln:2:16: error: unexpected '...': only a layer's argument patterns match any number of axes; inputs, params and state have fixed shapes
    input x: f32[...]
                 ^^^
`),
    },
    {
      id: "syntax-two-rests",
      title: "Two '...' in one pattern",
      source: t(`
layer Same()(x: [..., N, ...]) {
  return x
}
model M {
  input x: f32[3]
  s = Same()
  output y = s(x)
}
`),
      expected: t(`
m.kiln:1:26: error: unexpected second '...': a pattern holds one run of any number of axes
  layer Same()(x: [..., N, ...]) {
                           ^^^
`),
    },
    {
      id: "syntax-nested-too-deeply",
      title: "Nesting deeper than the parser follows",
      source: `model M {\n  input x: f32[2]\n  output y = ${"(".repeat(3000)}x${")".repeat(3000)}\n}\n`,
      expected: t(`
m.kiln:1:1: error: the file is nested too deeply to parse
  model M {
  ^
`),
    },
    {
      id: "syntax-number-dot",
      title: "A number ending in '.'",
      source: t(`
model M {
  input x: f32[4]
  output y = x * 1.
}
`),
      expected: t(`
m.kiln:3:18: error: a number needs digits after its '.': write 1.0 or 1
    output y = x * 1.
                   ^^
`),
    },
    {
      id: "syntax-invisible-character",
      title: "An invisible character",
      source: t(`
model M {
  input x: f32[4]
  output y = x\u200b + 1
}
`),
      expected: t(`
m.kiln:3:15: error: unexpected character '\\u200b'
    output y = x\\u200b + 1
                ^^^^^^
`),
    },
  ]],
  ["Several mistakes", [
    {
      id: "independent-mistakes",
      title: "Independent mistakes, all in one run",
      source: t(`
dim B = 64

model Mlp {
  input x: f32[B, 784]
  input y: i32[B]

  fc1 = Dense(128, act = relu)
  fc2 = Dense(10)

  h = fc1(x) + bias
  logits = fc2(h)
  z = x @ fc1.W @ fc1.W
  output probs = softmax(logits)
  output probs = softmax(fc2(fc1(x)))
  loss = cross_entropy(logits, y)

  train step: minimize loss with adam(lr = 1e-3)
}
`),
      expected: t(`
m.kiln:10:16: error: unknown name 'bias'
    h = fc1(x) + bias
                 ^^^^
m.kiln:12:7: error: @ cannot multiply f32[64, 128] by f32[784, 128] (the inner dims 128 and 784 differ)
    z = x @ fc1.W @ fc1.W
        ^^^^^^^^^^^^^^^^^
m.kiln:14:10: error: output 'probs' is declared twice
    output probs = softmax(fc2(fc1(x)))
           ^^^^^
`),
    },
    {
      id: "mistake-in-a-layer-used-twice",
      title: "A mistake in a layer used several times",
      source: t(`
layer Block(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  param b: [units] = zeros
  return relu(x @ W + b) * scale
}

model M {
  input x: f32[8, 16]
  enc = Block(32)
  dec = Block(16)
  h = enc(x)
  output y = dec(h)
  output z = dec(x)
}
`),
      expected: t(`
m.kiln:4:28: error: unknown name 'scale'
    return relu(x @ W + b) * scale
                             ^^^^^
m.kiln:11:7: note: in enc = Block(...), called here
    h = enc(x)
        ^^^^^^
m.kiln:9:9: note: 'enc' was made here
    enc = Block(32)
          ^^^^^^^^^
`),
    },
  ]],
  ["Names", [
    {
      id: "unknown-name",
      title: "An unknown name",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = sofmax(x)
}
`),
      expected: t(`
m.kiln:3:14: error: unknown name 'sofmax'; did you mean 'softmax'?
    output y = sofmax(x)
               ^^^^^^
`),
    },
    {
      id: "unknown-name-in-layer",
      title: "An unknown name inside a layer",
      source: t(`
layer Scaled(scale)(x: [N, K]) {
  return x * scael
}
model M {
  input x: f32[4, 3]
  s = Scaled(2)
  output y = s(x)
}
`),
      expected: t(`
m.kiln:2:14: error: unknown name 'scael'; did you mean 'scale'?
    return x * scael
               ^^^^^
m.kiln:7:14: note: in s = Scaled(...), called here
    output y = s(x)
               ^^^^
m.kiln:6:7: note: 's' was made here
    s = Scaled(2)
        ^^^^^^^^^
`),
    },
    {
      id: "unknown-layer",
      title: "An unknown layer",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dens(2)
  output y = fc(x)
}
`),
      expected: t(`
m.kiln:3:8: error: unknown name 'Dens'; did you mean 'Dense'?
    fc = Dens(2)
         ^^^^
`),
    },
    {
      id: "unknown-member",
      title: "An unknown member of a layer instance",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2)
  h = fc(x)
  output y = fc.w
}
`),
      expected: t(`
m.kiln:5:17: error: fc has no member 'w'; did you mean 'W'?
    output y = fc.w
                  ^
`),
    },
    {
      id: "member-before-call",
      title: "A member of an instance not called yet",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2)
  output w = fc.W
}
`),
      expected: t(`
m.kiln:4:17: error: fc has no member 'W' (it has no params yet: call it first)
    output w = fc.W
                  ^
`),
    },
    {
      id: "member-of-tensor",
      title: "A member of something that has none",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x.T
}
`),
      expected: t(`
m.kiln:3:16: error: a tensor has no member 'T'
    output y = x.T
                 ^
`),
    },
    {
      id: "unknown-initialiser",
      title: "An unknown initialiser",
      source: t(`
model M {
  param W: [3, 2] = glorot_unifrom
  output y = W
}
`),
      expected: t(`
m.kiln:2:21: error: unknown initialiser 'glorot_unifrom'; did you mean 'glorot_uniform'?
    param W: [3, 2] = glorot_unifrom
                      ^^^^^^^^^^^^^^
`),
    },
    {
      id: "initialiser-needs-arguments",
      title: "An initialiser without its arguments",
      source: t(`
model M {
  param b: [3] = constant
  output y = b
}
`),
      expected: t(`
m.kiln:2:18: error: initialiser 'constant' needs arguments: constant(value)
    param b: [3] = constant
                   ^^^^^^^^
`),
    },
    {
      id: "initialiser-out-of-range",
      title: "An initialiser argument beyond float32",
      source: t(`
model M {
  param w: [3] = uniform(-0.1, 1e308)
  output y = w
}
`),
      expected: t(`
m.kiln:2:32: error: uniform's hi must be a number within float32's range (±3.4e38) but got 1e+308
    param w: [3] = uniform(-0.1, 1e308)
                                 ^^^^^
`),
    },
    {
      id: "orthogonal-vector",
      title: "An orthogonal initialiser for a vector",
      source: t(`
model M {
  param b: [3] = orthogonal
  output y = b
}
`),
      expected: t(`
m.kiln:2:18: error: orthogonal needs a param of rank 2 or more but 'b' is [3]
    param b: [3] = orthogonal
                   ^^^^^^^^^^
`),
    },
    {
      id: "unknown-optimizer",
      title: "An unknown optimizer",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with adma(lr = 0.01)
}
`),
      expected: t(`
m.kiln:4:34: error: unknown optimizer 'adma'; did you mean 'adam'?
    train step: minimize loss with adma(lr = 0.01)
                                   ^^^^
`),
    },
    {
      id: "unknown-dim-override",
      title: "A --dim for a dim the file lacks",
      source: t(`
dim B = 4
model M {
  input x: f32[B, 3]
  output y = x
}
`),
      options: { dims: { b: 8 } },
      expected: t(`
error: --dim b: the model file has no dim named 'b'; did you mean 'B'?
`),
    },
    {
      id: "unknown-model",
      title: "--model naming no model",
      source: t(`
model Encoder {
  input x: f32[4]
  output y = x
}
`),
      options: { model: "Encodr" },
      expected: t(`
error: no model named 'Encodr'; did you mean 'Encoder'?
`),
    },
    {
      id: "no-model",
      title: "A file with no model",
      source: t(`
dim B = 4
layer Twice()(x: [N]) {
  return 2 * x
}
`),
      expected: t(`
error: the file defines no model
`),
    },
    {
      id: "layer-parameter-twice",
      title: "A layer with two parameters of one name",
      source: t(`
layer Scale(k, k = 2)(x: [N, D]) {
  return x * k
}
model M {
  input x: f32[4, 3]
  s = Scale(3)
  output y = s(x)
}
`),
      expected: t(`
m.kiln:1:16: error: parameter 'k' is defined twice
  layer Scale(k, k = 2)(x: [N, D]) {
                 ^^^^^
m.kiln:1:13: note: 'k' was first defined here
  layer Scale(k, k = 2)(x: [N, D]) {
              ^
`),
    },
    {
      id: "instance-rebound",
      title: "Two instances of one name",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(3)
  h = fc(x)
  fc = Dense(3, act = relu)
  output y = fc(h)
}
`),
      expected: t(`
m.kiln:5:8: error: 'fc' already names an instance of Dense, whose params are named fc.*; give this one a name of its own (to share weights, call 'fc' again instead)
    fc = Dense(3, act = relu)
         ^^^^^^^^^^^^^^^^^^^^
m.kiln:3:8: note: 'fc' was made here
    fc = Dense(3)
         ^^^^^^^^
`),
    },
    {
      id: "instance-remade",
      title: "An instance made in a loop with changing hyperparameters",
      source: t(`
model M {
  input x: f32[4, 3]
  h = x
  for t in 1..3 {
    fc = Dense(3 * t)
    h = fc(h)
  }
  output y = h
}
`),
      expected: t(`
m.kiln:5:10: error: 'fc' is made again with units = 6, but it was made with units = 3 and an instance keeps what it was first made with; make it once, before the loop
      fc = Dense(3 * t)
           ^^^^^^^^^^^^
`),
    },
  ]],
  ["Arguments", [
    {
      id: "unknown-argument",
      title: "A misspelt argument name",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = softmax(x, axs = 0)
}
`),
      expected: t(`
m.kiln:3:31: error: softmax has no argument 'axs'; did you mean 'axis'? (it takes x, axis)
    output y = softmax(x, axs = 0)
                                ^
`),
    },
    {
      id: "too-many-arguments",
      title: "Too many arguments",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = relu(x, 0.1)
}
`),
      expected: t(`
m.kiln:3:22: error: relu takes 1 argument (x) but got 2
    output y = relu(x, 0.1)
                       ^^^
`),
    },
    {
      id: "missing-argument",
      title: "A missing argument",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = clip(x, 0)
}
`),
      expected: t(`
m.kiln:3:14: error: clip needs argument 'hi'
    output y = clip(x, 0)
               ^^^^^^^^^^
`),
    },
    {
      id: "argument-given-twice",
      title: "An argument given twice",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = softmax(x, axis = 0, axis = 1)
}
`),
      expected: t(`
m.kiln:3:35: error: argument 'axis' is given twice
    output y = softmax(x, axis = 0, axis = 1)
                                    ^^^^^^^^
`),
    },
    {
      id: "argument-given-twice-by-position",
      title: "An argument given by position and by name",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = leaky_relu(x, 0.1, alpha = 0.2)
}
`),
      expected: t(`
m.kiln:3:41: error: argument 'alpha' of leaky_relu is given twice
    output y = leaky_relu(x, 0.1, alpha = 0.2)
                                          ^^^
`),
    },
    {
      id: "unknown-hyperparameter",
      title: "A misspelt hyperparameter of a layer",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2, activation = relu)
  output y = fc(x)
}
`),
      expected: t(`
m.kiln:3:30: error: layer Dense has no argument 'activation' (it takes units, act)
    fc = Dense(2, activation = relu)
                               ^^^^
`),
    },
    {
      id: "layer-tensor-count",
      title: "A layer called with the wrong number of tensors",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2)
  output y = fc(x, x)
}
`),
      expected: t(`
m.kiln:4:14: error: fc (a Dense) takes 1 tensor but got 2
    output y = fc(x, x)
               ^^^^^^^^
`),
    },
    {
      id: "layer-without-name",
      title: "A layer used without an instance name",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = Dense(2)(x)
}
`),
      expected: t(`
m.kiln:3:14: error: a layer instance needs a name: write 'name = Dense(...)' on its own line, then call 'name(x)'
    output y = Dense(2)(x)
               ^^^^^^^^
`),
    },
    {
      id: "not-callable",
      title: "Calling something that is not a function",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x(2)
}
`),
      expected: t(`
m.kiln:3:14: error: a tensor cannot be called
    output y = x(2)
               ^
`),
    },
    {
      id: "optimizer-argument",
      title: "A misspelt optimizer argument",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with sgd(learning_rate = 0.1)
}
`),
      expected: t(`
m.kiln:4:54: error: sgd has no argument 'learning_rate' (it takes lr, weight_decay, clip_norm)
    train step: minimize loss with sgd(learning_rate = 0.1)
                                                       ^^^
`),
    },
    {
      id: "optimizer-negative",
      title: "A negative optimizer argument",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with sgd(lr = -0.1)
}
`),
      expected: t(`
m.kiln:4:43: error: sgd's lr must be a finite number >= 0 but got -0.1
    train step: minimize loss with sgd(lr = -0.1)
                                            ^^^^
`),
    },
    {
      id: "optimizer-boolean",
      title: "A number where an optimizer wants true or false",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with momentum(lr = 0.1, nesterov = 1)
}
`),
      expected: t(`
m.kiln:4:64: error: nesterov must be true or false but got the number 1
    train step: minimize loss with momentum(lr = 0.1, nesterov = 1)
                                                                 ^
`),
    },
    {
      id: "number-expected",
      title: "A tensor where a compile-time number is needed",
      source: t(`
model M {
  input x: f32[4, 3]
  input r: f32[]
  output y = dropout(x, r)
}
`),
      expected: t(`
m.kiln:4:25: error: dropout's rate must be a number known at compile time but got a tensor
    output y = dropout(x, r)
                          ^
`),
    },
    {
      id: "integer-expected",
      title: "A fraction where an integer is needed",
      source: t(`
model M {
  input ids: i32[4]
  output y = one_hot(ids, 2.5)
}
`),
      expected: t(`
m.kiln:3:27: error: one_hot's n must be an integer but got 2.5
    output y = one_hot(ids, 2.5)
                            ^^^
`),
    },
    {
      id: "boolean-expected",
      title: "A number where true or false is needed",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = sum(x, axis = 1, keepdims = 1)
}
`),
      expected: t(`
m.kiln:3:42: error: keepdims must be true or false but got the number 1
    output y = sum(x, axis = 1, keepdims = 1)
                                           ^
`),
    },
    {
      id: "list-expected",
      title: "Something else where a list of integers is needed",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = transpose(x, "reverse")
}
`),
      expected: t(`
m.kiln:3:27: error: transpose's perm must be a list of integers but got the string "reverse"
    output y = transpose(x, "reverse")
                            ^^^^^^^^^
`),
    },
    {
      id: "tensor-expected",
      title: "Something else where a tensor is needed",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = relu(Dense)
}
`),
      expected: t(`
m.kiln:3:19: error: relu needs a tensor but got the layer 'Dense'
    output y = relu(Dense)
                    ^^^^^
`),
    },
    {
      id: "dropout-rate",
      title: "A dropout rate outside [0, 1)",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = dropout(x, 1.5)
}
`),
      expected: t(`
m.kiln:3:25: error: dropout's rate must be in [0, 1) but got 1.5
    output y = dropout(x, 1.5)
                          ^^^
`),
    },
    {
      id: "axis-out-of-range",
      title: "An axis out of range",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = sum(x, axis = 2)
}
`),
      expected: t(`
m.kiln:3:28: error: sum: axis 2 is out of range for a tensor of rank 2
    output y = sum(x, axis = 2)
                             ^
`),
    },
    {
      id: "axis-repeated",
      title: "An axis given twice",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = sum(x, axis = [1, -1])
}
`),
      expected: t(`
m.kiln:3:28: error: sum: an axis is repeated
    output y = sum(x, axis = [1, -1])
                             ^^^^^^^
`),
    },
    {
      id: "positive-dims",
      title: "A shape with a dim that is not positive",
      source: t(`
model M {
  output y = zeros([4, 0])
}
`),
      expected: t(`
m.kiln:2:20: error: the shape must hold positive dims but got [4, 0]
    output y = zeros([4, 0])
                     ^^^^^^
`),
    },
    {
      id: "layer-unknown-tensor",
      title: "A layer called with an unknown tensor argument",
      source: t(`
model M {
  input x: f32[4, 6, 3]
  input n: i32[4]
  rnn = LSTM(8)
  output y = rnn(x, length = n)
}
`),
      expected: t(`
m.kiln:5:30: error: rnn (a LSTM) has no argument 'length'; did you mean 'lengths'? (it takes x, lengths, h0, c0)
    output y = rnn(x, length = n)
                               ^
`),
    },
    {
      id: "layer-tensor-twice",
      title: "A layer tensor given by position and by name",
      source: t(`
model M {
  input x: f32[4, 6, 3]
  rnn = GRU(8)
  output y = rnn(x, x = x)
}
`),
      expected: t(`
m.kiln:4:25: error: argument 'x' of rnn (a GRU) is given twice
    output y = rnn(x, x = x)
                          ^
`),
    },
    {
      id: "layer-needs-tensor",
      title: "A layer call missing a tensor",
      source: t(`
model M {
  input x: f32[4, 6, 3]
  attn = MultiHeadAttention(2)
  output y = attn(x, v = x)
}
`),
      expected: t(`
m.kiln:4:14: error: attn (a MultiHeadAttention) needs argument 'k'
    output y = attn(x, v = x)
               ^^^^^^^^^^^^^^
`),
    },
    {
      id: "layer-without-name-pipe",
      title: "A layer piped into without an instance name",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x |> Dense(2)
}
`),
      expected: t(`
m.kiln:3:14: error: a layer instance needs a name: write 'name = Dense(...)' on its own line, then call 'name(x)'
    output y = x |> Dense(2)
               ^^^^^^^^^^^^^
`),
    },
    {
      id: "optimizer-domain",
      title: "An optimizer argument outside PyTorch's range",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with adamw(beta2 = 1.5)
}
`),
      expected: t(`
m.kiln:4:48: error: adamw's beta2 must be a finite number >= 0 and < 1 but got 1.5
    train step: minimize loss with adamw(beta2 = 1.5)
                                                 ^^^
`),
    },
    {
      id: "optimizer-nesterov",
      title: "Nesterov momentum without momentum",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with momentum(lr = 0.1, momentum = 0, nesterov = true)
}
`),
      expected: t(`
m.kiln:4:78: error: nesterov = true needs momentum > 0 (PyTorch's SGD refuses it with momentum 0)
    train step: minimize loss with momentum(lr = 0.1, momentum = 0, nesterov = true)
                                                                               ^^^^
`),
    },
    {
      id: "init-negative-std",
      title: "A normal distribution with a negative std",
      source: t(`
model M {
  input x: f32[4, 3]
  param w: [3] = normal(-1)
  output y = x + normal([4, 3], std = -0.5)
}
`),
      expected: t(`
m.kiln:3:25: error: normal's std must be >= 0 but got -1
    param w: [3] = normal(-1)
                          ^^
m.kiln:4:39: error: normal's std must be >= 0 but got -0.5
    output y = x + normal([4, 3], std = -0.5)
                                        ^^^^
`),
    },
    {
      id: "init-uniform-bounds",
      title: "A uniform distribution whose lo is above its hi",
      source: t(`
model M {
  param w: [3] = uniform(1, 0)
  output y = uniform([3], lo = 0.5, hi = 0.1)
}
`),
      expected: t(`
m.kiln:2:18: error: uniform's lo must not be above its hi but got lo = 1, hi = 0
    param w: [3] = uniform(1, 0)
                   ^^^^^^^^^^^^^
m.kiln:3:14: error: uniform's lo must not be above its hi but got lo = 0.5, hi = 0.1
    output y = uniform([3], lo = 0.5, hi = 0.1)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
  ]],
  ["Shapes and types", [
    {
      id: "list-of-tensors-expected",
      title: "A tensor where a list of tensors is needed",
      source: t(`
model M {
  input x: f32[3]
  output y = concat(x, axis = 0)
}
`),
      expected: t(`
m.kiln:3:21: error: concat needs a list of tensors
    output y = concat(x, axis = 0)
                      ^
`),
    },
    {
      id: "empty-list-of-tensors",
      title: "An empty list of tensors",
      source: t(`
model M {
  input x: f32[3]
  output y = concat([])
}
`),
      expected: t(`
m.kiln:3:21: error: concat needs at least one tensor
    output y = concat([])
                      ^^
`),
    },
    {
      id: "penalty-without-tensors",
      title: "A penalty of nothing",
      source: t(`
model M {
  param w: [3] = ones
  loss = sum(w) + 1e-4 * l2()
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:3:26: error: l2 needs at least one tensor
    loss = sum(w) + 1e-4 * l2()
                           ^^^^
`),
    },
    {
      id: "window-size",
      title: "A window size that is not positive",
      source: t(`
model M {
  input x: f32[1, 1, 4, 4]
  output y = max_pool2d(x, 0)
}
`),
      expected: t(`
m.kiln:3:28: error: max_pool2d's size must be an integer >= 1 or a [height, width] pair of them but got [0, 0]
    output y = max_pool2d(x, 0)
                             ^
`),
    },
    {
      id: "conv-padding",
      title: "An unknown padding",
      source: t(`
model M {
  input x: f32[1, 1, 4, 4]
  param w: [2, 1, 3, 3] = he_normal
  output y = conv2d(x, w, padding = "full")
}
`),
      expected: t(`
m.kiln:4:37: error: conv2d's padding must be an integer, a pair, "same" or "valid" but got the string "full"
    output y = conv2d(x, w, padding = "full")
                                      ^^^^^^
`),
    },
    {
      id: "pattern-dim-mismatch",
      title: "A tensor that does not match a layer's pattern",
      source: t(`
layer Rgb()(x: [N, 3, H, W]) {
  return x
}
model M {
  input x: f32[8, 1, 28, 28]
  rgb = Rgb()
  output y = rgb(x)
}
`),
      expected: t(`
m.kiln:7:18: error: Rgb expects [N, 3, H, W] but got f32[8, 1, 28, 28] (axis 1 is 1, not 3)
    output y = rgb(x)
                   ^
`),
    },
    {
      id: "pattern-dtype",
      title: "A float tensor where a layer wants integers",
      source: t(`
model M {
  input ids: f32[4, 10]
  emb = Embedding(100, 8)
  output y = emb(ids)
}
`),
      expected: t(`
m.kiln:4:18: error: Embedding expects i32[...] but got f32[4, 10]
    output y = emb(ids)
                   ^^^
`),
    },
    {
      id: "instance-shapes",
      title: "A layer instance called with another shape",
      source: t(`
model M {
  input a: f32[4, 3]
  input b: f32[4, 5]
  fc = Dense(2)
  ya = fc(a)
  output y = fc(b)
}
`),
      expected: t(`
<prelude>:10:3: error: param 'fc.W' was created as [3, 2] by the first call of fc but this call needs [5, 2]; an instance keeps the shapes of its first call, so make another for other shapes
    param W: [K, units] = glorot_uniform
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
m.kiln:6:14: note: in fc = Dense(...), called here
    output y = fc(b)
               ^^^^^
m.kiln:4:8: note: 'fc' was made here
    fc = Dense(2)
         ^^^^^^^^
`),
    },
    {
      id: "conv-channels",
      title: "Convolution weights for another number of channels",
      source: t(`
model M {
  input x: f32[1, 3, 8, 8]
  param w: [4, 1, 3, 3] = he_normal
  output y = conv2d(x, w)
}
`),
      expected: t(`
m.kiln:4:14: error: conv2d needs weights [O, C, KH, KW] with C = 3 (the image's channels) but got f32[4, 1, 3, 3]
    output y = conv2d(x, w)
               ^^^^^^^^^^^^
`),
    },
    {
      id: "conv-kernel-fit",
      title: "A convolution kernel larger than the image",
      source: t(`
model M {
  input x: f32[1, 1, 2, 2]
  param w: [4, 1, 3, 3] = he_normal
  output y = conv2d(x, w)
}
`),
      expected: t(`
m.kiln:4:14: error: conv2d's 3x3 kernel does not fit the 2x2 image padded by [0, 0, 0, 0]
    output y = conv2d(x, w)
               ^^^^^^^^^^^^
`),
    },
    {
      id: "pool-window-fit",
      title: "A pooling window larger than the image",
      source: t(`
model M {
  input x: f32[1, 1, 2, 2]
  output y = max_pool2d(x, 3)
}
`),
      expected: t(`
m.kiln:3:14: error: max_pool2d's 3x3 window does not fit the 2x2 image of f32[1, 1, 2, 2]
    output y = max_pool2d(x, 3)
               ^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "conv-integers",
      title: "An integer image",
      source: t(`
model M {
  input x: i32[1, 1, 4, 4]
  param w: [4, 1, 3, 3] = he_normal
  output y = conv2d(x, w)
}
`),
      expected: t(`
m.kiln:4:14: error: conv2d needs an image [N, C, H, W] of floats but got i32[1, 1, 4, 4]
    output y = conv2d(x, w)
               ^^^^^^^^^^^^
`),
    },
    {
      id: "matmul-inner",
      title: "A matrix product whose inner dims differ",
      source: t(`
model M {
  input x: f32[4, 3]
  param W: [4, 2] = glorot_uniform
  output y = x @ W
}
`),
      expected: t(`
m.kiln:4:14: error: @ cannot multiply f32[4, 3] by f32[4, 2] (the inner dims 3 and 4 differ)
    output y = x @ W
               ^^^^^
`),
    },
    {
      id: "matmul-numbers",
      title: "A matrix product of numbers",
      source: t(`
model M {
  output y = 2 @ 3
}
`),
      expected: t(`
m.kiln:2:14: error: @ needs operands of rank 2 or more but got f32[]
    output y = 2 @ 3
               ^^^^^
`),
    },
    {
      id: "matmul-rank",
      title: "A matrix product of a vector",
      source: t(`
model M {
  input x: f32[3]
  param W: [3, 2] = glorot_uniform
  output y = x @ W
}
`),
      expected: t(`
m.kiln:4:14: error: @ needs operands of rank 2 or more but got f32[3]
    output y = x @ W
               ^^^^^
`),
    },
    {
      id: "broadcast",
      title: "Shapes that do not broadcast",
      source: t(`
model M {
  input x: f32[4, 3]
  input b: f32[4]
  output y = x + b
}
`),
      expected: t(`
m.kiln:4:14: error: '+' cannot broadcast f32[4, 3] with f32[4]: at axis -1 the dims 3 and 4 differ and neither is 1
    output y = x + b
               ^^^^^
`),
    },
    {
      id: "integer-where-float",
      title: "An integer tensor where floats are needed",
      source: t(`
model M {
  input ids: i32[4]
  output y = exp(ids)
}
`),
      expected: t(`
m.kiln:3:14: error: exp needs a float tensor but got i32[4]; convert integers with float(x)
    output y = exp(ids)
               ^^^^^^^^
`),
    },
    {
      id: "integer-matmul",
      title: "An integer tensor in a matrix product (inside a layer)",
      source: t(`
model M {
  input x: i32[4, 3]
  fc = Dense(2)
  output y = fc(x)
}
`),
      expected: t(`
<prelude>:12:22: error: @ needs float tensors but got i32[4, 3]; convert integers with float(x)
    return act(reshape(reshape(x, [-1, K]) @ W + b, shape(x)[0:-1] + [units]))
                       ^^^^^^^^^^^^^^^^^^^^^^^
m.kiln:4:14: note: in fc = Dense(...), called here
    output y = fc(x)
               ^^^^^
m.kiln:3:8: note: 'fc' was made here
    fc = Dense(2)
         ^^^^^^^^
`),
    },
    {
      id: "integer-reduction",
      title: "An integer tensor in a reduction",
      source: t(`
model M {
  input ids: i32[4]
  output y = mean(ids)
}
`),
      expected: t(`
m.kiln:3:19: error: mean needs a float tensor but got i32[4]; convert integers with float(x)
    output y = mean(ids)
                    ^^^
`),
    },
    {
      id: "reshape-size",
      title: "A reshape to another number of elements",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = reshape(x, [5, -1])
}
`),
      expected: t(`
m.kiln:3:25: error: cannot reshape [4, 3] (12 elements) to [5, -1]
    output y = reshape(x, [5, -1])
                          ^^^^^^^
`),
    },
    {
      id: "reshape-shape",
      title: "A reshape with two -1s",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = reshape(x, [-1, -1])
}
`),
      expected: t(`
m.kiln:3:25: error: reshape's shape may hold one -1 and positive dims but got [-1, -1]
    output y = reshape(x, [-1, -1])
                          ^^^^^^^^
`),
    },
    {
      id: "transpose-perm",
      title: "A transpose with a bad permutation",
      source: t(`
model M {
  input x: f32[4, 3, 2]
  output y = transpose(x, [0, 1, 1])
}
`),
      expected: t(`
m.kiln:3:14: error: transpose of a rank-3 tensor needs a permutation of 0..2 but got [0, 1, 1]
    output y = transpose(x, [0, 1, 1])
               ^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "concat-shapes",
      title: "Concatenating tensors of other shapes",
      source: t(`
model M {
  input a: f32[4, 3]
  input b: f32[5, 2]
  output y = concat([a, b], axis = 1)
}
`),
      expected: t(`
m.kiln:4:14: error: concat along axis 1 needs matching shapes but got f32[4, 3] and f32[5, 2]
    output y = concat([a, b], axis = 1)
               ^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "stack-shapes",
      title: "Stacking tensors of other shapes",
      source: t(`
model M {
  input a: f32[4, 3]
  input b: f32[4, 2]
  output y = stack([a, b])
}
`),
      expected: t(`
m.kiln:4:20: error: stack needs tensors of one shape but got [4, 3] and [4, 2]
    output y = stack([a, b])
                     ^^^^^^
`),
    },
    {
      id: "same-shapes",
      title: "A loss of two tensors of other shapes",
      source: t(`
model M {
  input pred: f32[4, 1]
  input target: f32[4]
  loss = mse(pred, target)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:4:20: error: mse needs two tensors of the same shape but got f32[4, 1] and f32[4]
    loss = mse(pred, target)
                     ^^^^^^
`),
    },
    {
      id: "cross-entropy-labels",
      title: "Class ids that do not match the logits",
      source: t(`
model M {
  input logits: f32[4, 10]
  input labels: i32[5]
  loss = cross_entropy(logits, labels)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:4:32: error: cross_entropy with class ids needs labels i32[4] for logits f32[4, 10] but got i32[5]
    loss = cross_entropy(logits, labels)
                                 ^^^^^^
`),
    },
    {
      id: "cross-entropy-logits",
      title: "Integer logits",
      source: t(`
model M {
  input logits: i32[4, 10]
  input labels: i32[4]
  loss = cross_entropy(logits, labels)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:4:24: error: cross_entropy needs float logits [N, C] but got i32[4, 10]
    loss = cross_entropy(logits, labels)
                         ^^^^^^
`),
    },
    {
      id: "one-hot-classes",
      title: "one_hot with no classes",
      source: t(`
model M {
  input ids: i32[4]
  output y = one_hot(ids, 0)
}
`),
      expected: t(`
m.kiln:3:14: error: one_hot needs n >= 1 classes but got 0
    output y = one_hot(ids, 0)
               ^^^^^^^^^^^^^^^
`),
    },
    {
      id: "one-hot-floats",
      title: "Float ids for one_hot",
      source: t(`
model M {
  input ids: f32[4]
  output y = one_hot(ids, 10)
}
`),
      expected: t(`
m.kiln:3:14: error: one_hot needs integer ids but got f32[4]
    output y = one_hot(ids, 10)
               ^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "embedding-floats",
      title: "Float ids for embedding",
      source: t(`
model M {
  input ids: f32[4]
  param table: [10, 3] = normal(0.1)
  output y = embedding(table, ids)
}
`),
      expected: t(`
m.kiln:4:14: error: embedding ids must be integers but got f32[4]
    output y = embedding(table, ids)
               ^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "embedding-scalar-table",
      title: "An embedding table that is a number",
      source: t(`
model M {
  input ids: i32[4]
  output y = embedding(2, ids)
}
`),
      expected: t(`
m.kiln:3:14: error: embedding needs a table of rank 1 or more but got f32[]
    output y = embedding(2, ids)
               ^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "flatten-scalar",
      title: "Flattening a scalar",
      source: t(`
model M {
  input x: f32[]
  output y = flatten(x)
}
`),
      expected: t(`
m.kiln:3:22: error: flatten needs a tensor of rank 1 or more but got f32[]
    output y = flatten(x)
                       ^
`),
    },
    {
      id: "grad-of-tensor",
      title: "The gradient of something that is not a scalar",
      source: t(`
model M {
  input x: f32[4]
  param w: [4] = ones
  output g = grad(w * x, x)
}
`),
      expected: t(`
m.kiln:4:19: error: grad needs a float scalar to differentiate but got f32[4]
    output g = grad(w * x, x)
                    ^^^^^
`),
    },
    {
      id: "update-shape",
      title: "A state update of another shape",
      source: t(`
model M {
  input x: f32[4, 3]
  state avg: [3] = zeros
  update avg = x
  output y = x
}
`),
      expected: t(`
m.kiln:4:16: error: update of 'avg' needs f32[3] but got f32[4, 3]
    update avg = x
                 ^
`),
    },
    {
      id: "conv1d-channels",
      title: "conv1d weights for other channels",
      source: t(`
model M {
  input x: f32[2, 3, 8]
  param w: [4, 2, 3] = glorot_uniform
  output y = conv1d(x, w)
}
`),
      expected: t(`
m.kiln:4:24: error: conv1d needs weights [O, C, K] with C = 3 (the input's channels) but got f32[4, 2, 3]
    output y = conv1d(x, w)
                         ^
`),
    },
    {
      id: "conv1d-kernel",
      title: "A conv1d kernel longer than the padded sequence",
      source: t(`
model M {
  input x: f32[2, 3, 4]
  param w: [4, 3, 7] = glorot_uniform
  output y = conv1d(x, w, padding = 1)
}
`),
      expected: t(`
m.kiln:4:24: error: conv1d's kernel of 7 does not fit the 4 steps of f32[2, 3, 4] padded by 1
    output y = conv1d(x, w, padding = 1)
                         ^
`),
    },
    {
      id: "conv-bias",
      title: "A convolution bias of the wrong size",
      source: t(`
model M {
  input x: f32[2, 3, 8]
  param w: [4, 3, 3] = glorot_uniform
  param b: [3] = zeros
  output y = conv1d(x, w, bias = b)
}
`),
      expected: t(`
m.kiln:5:34: error: conv1d needs a bias [4] (one per output channel) but got f32[3]
    output y = conv1d(x, w, bias = b)
                                   ^
`),
    },
    {
      id: "conv-transpose-channels",
      title: "conv2d_transpose weights for other channels",
      source: t(`
model M {
  input x: f32[2, 8, 7, 7]
  param w: [4, 8, 4, 4] = glorot_uniform
  output y = conv2d_transpose(x, w, stride = 2, padding = 1)
}
`),
      expected: t(`
m.kiln:4:34: error: conv2d_transpose needs weights [C_in, C_out, KH, KW] with C_in = 8 (the image's channels) but got f32[4, 8, 4, 4]
    output y = conv2d_transpose(x, w, stride = 2, padding = 1)
                                   ^
`),
    },
    {
      id: "conv-transpose-output-padding",
      title: "An output padding as large as the stride",
      source: t(`
model M {
  input x: f32[2, 8, 7, 7]
  up = Conv2DTranspose(4, 3, stride = 2, output_padding = 2)
  output y = up(x)
}
`),
      expected: t(`
<prelude>:42:54: error: conv2d_transpose's output_padding must be smaller than its stride [2, 2] but got [2, 2]
    return act(conv2d_transpose(x, W, stride, padding, output_padding, bias = b))
                                                       ^^^^^^^^^^^^^^
m.kiln:4:14: note: in up = Conv2DTranspose(...), called here
    output y = up(x)
               ^^^^^
m.kiln:3:8: note: 'up' was made here
    up = Conv2DTranspose(4, 3, stride = 2, output_padding = 2)
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "conv-transpose-empty",
      title: "A transposed convolution with no output",
      source: t(`
model M {
  input x: f32[2, 8, 1, 1]
  param w: [8, 4, 2, 2] = glorot_uniform
  output y = conv2d_transpose(x, w, padding = 1)
}
`),
      expected: t(`
m.kiln:4:31: error: conv2d_transpose of f32[2, 8, 1, 1] with 2x2 kernels, stride [1, 1] and padding [1, 1] leaves no output (0x0)
    output y = conv2d_transpose(x, w, padding = 1)
                                ^
`),
    },
    {
      id: "upsample-mode",
      title: "An unknown upsampling mode",
      source: t(`
model M {
  input x: f32[2, 3, 4, 4]
  output y = upsample2d(x, 2, mode = "bicubic")
}
`),
      expected: t(`
m.kiln:3:38: error: upsample2d's mode must be "nearest" or "bilinear" but got the string "bicubic"
    output y = upsample2d(x, 2, mode = "bicubic")
                                       ^^^^^^^^^
`),
    },
    {
      id: "triangle-rank",
      title: "tril of a vector",
      source: t(`
model M {
  input x: f32[5]
  output y = tril(x)
}
`),
      expected: t(`
m.kiln:3:19: error: tril needs a float tensor of rank 2 or more but got f32[5]
    output y = tril(x)
                    ^
`),
    },
    {
      id: "reverse-sequence-rank",
      title: "reverse_sequence of a vector",
      source: t(`
model M {
  input x: f32[4]
  output y = reverse_sequence(x)
}
`),
      expected: t(`
m.kiln:3:14: error: reverse_sequence needs x [N, T, ...] but got f32[4]
    output y = reverse_sequence(x)
               ^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "reverse-sequence-lengths",
      title: "Sequence lengths for another batch",
      source: t(`
model M {
  input x: f32[4, 6, 3]
  input n: i32[6]
  output y = reverse_sequence(x, n)
}
`),
      expected: t(`
m.kiln:4:14: error: reverse_sequence needs lengths i32[4] (one per sample of f32[4, 6, 3]) but got i32[6]
    output y = reverse_sequence(x, n)
               ^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "argmax-int",
      title: "argmax of integers",
      source: t(`
model M {
  input ids: i32[4, 3]
  output y = argmax(ids, axis = 1)
}
`),
      expected: t(`
m.kiln:3:21: error: argmax needs a float tensor but got i32[4, 3]; convert integers with float(x)
    output y = argmax(ids, axis = 1)
                      ^^^
`),
    },
    {
      id: "dense-needs-flatten",
      title: "A layer of [N, K] given an image batch",
      source: t(`
layer Affine(units)(x: [N, K]) {
  param W: [K, units] = glorot_uniform
  return x @ W
}

model M {
  input x: f32[64, 32, 7, 7]
  fc = Affine(10)
  output y = fc(x)
}
`),
      expected: t(`
m.kiln:9:17: error: Affine expects [N, K] but got f32[64, 32, 7, 7]
    output y = fc(x)
                  ^
`),
    },
    {
      id: "grad-integer",
      title: "A gradient with respect to an integer tensor",
      source: t(`
model M {
  input x: f32[4]
  input ids: i32[4]
  output g = grad(sum(x), ids)
  output h = grad(ids[0], x)
}
`),
      expected: t(`
m.kiln:4:27: error: grad differentiates with respect to a float tensor, but got i32[4]: integers have no gradient
    output g = grad(sum(x), ids)
                            ^^^
m.kiln:5:19: error: grad needs a float scalar to differentiate but got i32[]
    output h = grad(ids[0], x)
                    ^^^^^^
`),
    },
    {
      id: "builtin-integer",
      title: "An integer tensor given to a built-in that needs floats",
      source: t(`
model M {
  input ids: i32[4, 3]
  output p = softmax(ids)
}
`),
      expected: t(`
m.kiln:3:22: error: softmax needs a float tensor but got i32[4, 3]; convert integers with float(x)
    output p = softmax(ids)
                       ^^^
`),
    },
  ]],
  ["Indexing", [
    {
      id: "index-out-of-range",
      title: "An index out of range",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x[:, 3]
}
`),
      expected: t(`
m.kiln:3:19: error: index 3 is out of range for axis 1 of size 3
    output y = x[:, 3]
                    ^
`),
    },
    {
      id: "slice-out-of-range",
      title: "A slice out of range",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x[:, 1:5]
}
`),
      expected: t(`
m.kiln:3:19: error: slice 1:5 is out of range or empty for axis 1 of size 3
    output y = x[:, 1:5]
                    ^^^
`),
    },
    {
      id: "too-many-indices",
      title: "More indices than axes",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x[0, 1, 2]
}
`),
      expected: t(`
m.kiln:3:14: error: 3 indices for a tensor of rank 2 (f32[4, 3])
    output y = x[0, 1, 2]
               ^^^^^^^^^^
`),
    },
    {
      id: "index-not-integer",
      title: "An index that is not an integer",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = x[1.5]
}
`),
      expected: t(`
m.kiln:3:16: error: an index must be an integer but got 1.5
    output y = x[1.5]
                 ^^^
`),
    },
    {
      id: "list-index",
      title: "A list index out of range",
      source: t(`
layer Last()(x: [N, K]) {
  return x[:, shape(x)[2] - 1]
}
model M {
  input x: f32[4, 3]
  last = Last()
  output y = last(x)
}
`),
      expected: t(`
m.kiln:2:24: error: index 2 is out of range for a list of 2
    return x[:, shape(x)[2] - 1]
                         ^
m.kiln:7:14: note: in last = Last(...), called here
    output y = last(x)
               ^^^^^^^
`),
    },
    {
      id: "slice-negative",
      title: "A slice with a negative bound out of range",
      source: t(`
model M {
  input x: f32[2, 3]
  output y = x[:, -10:2]
}
`),
      expected: t(`
m.kiln:3:19: error: slice -10:2 is out of range or empty for axis 1 of size 3
    output y = x[:, -10:2]
                    ^^^^^
`),
    },
  ]],
  ["Dims", [
    {
      id: "list-slice",
      title: "A list where an index belongs",
      source: t(`
model M {
  input x: f32[3, 4]
  output y = x[:, shape(x)[0:1]]
}
`),
      expected: t(`
m.kiln:3:19: error: an index must be a number known at compile time but got a list
    output y = x[:, shape(x)[0:1]]
                    ^^^^^^^^^^^^^
`),
    },
    {
      id: "dim-does-not-divide",
      title: "A dim that does not divide",
      source: t(`
dim S = 10
model M {
  input x: f32[S / 4, 2]
  output y = x
}
`),
      expected: t(`
m.kiln:3:16: error: dim S / 4 = 2.5 is not an integer
    input x: f32[S / 4, 2]
                 ^^^^^
`),
    },
    {
      id: "dim-not-positive",
      title: "A dim that is not positive",
      source: t(`
dim B = 0
model M {
  input x: f32[B, 3]
  output y = x
}
`),
      expected: t(`
m.kiln:1:9: error: dim B = 0 must be positive
  dim B = 0
          ^
`),
    },
    {
      id: "dim-too-large",
      title: "A dim beyond the limit",
      source: t(`
dim B = 3000000000
model M {
  input x: f32[B]
  output y = x
}
`),
      expected: t(`
m.kiln:1:9: error: dim B = 3000000000 is too large (the limit is 2147483647)
  dim B = 3000000000
          ^^^^^^^^^^
`),
    },
    {
      id: "dim-not-a-number",
      title: "A dim that is not a number",
      source: t(`
model M {
  input x: f32[relu, 3]
  output y = x
}
`),
      expected: t(`
m.kiln:2:16: error: a dim must be an integer known at compile time but got the function 'relu'
    input x: f32[relu, 3]
                 ^^^^
`),
    },
    {
      id: "dim-override-invalid",
      title: "A --dim that is not a positive integer",
      source: t(`
dim B = 4
model M {
  input x: f32[B, 3]
  output y = x
}
`),
      options: { dims: { B: 0 } },
      expected: t(`
error: --dim B=0: a dim must be positive
`),
    },
    {
      id: "arange-step",
      title: "arange with a step of 0",
      source: t(`
model M {
  output y = arange(0, 10, 0)
}
`),
      expected: t(`
m.kiln:2:28: error: arange's step must be a finite number other than 0 but got 0
    output y = arange(0, 10, 0)
                             ^
`),
    },
    {
      id: "arange-empty",
      title: "An empty arange",
      source: t(`
model M {
  output y = arange(5, 2)
}
`),
      expected: t(`
m.kiln:2:14: error: arange from 5 to 2 by 1 holds no values
    output y = arange(5, 2)
               ^^^^^^^^^^^^
`),
    },
    {
      id: "list-index-count",
      title: "Two indices for a list",
      source: t(`
model M {
  input x: f32[3, 4]
  output y = reshape(x, [shape(x)[0, 1]])
}
`),
      expected: t(`
m.kiln:3:26: error: a list takes one index or range, as in dims[0] or dims[0:-1]
    output y = reshape(x, [shape(x)[0, 1]])
                           ^^^^^^^^^^^^^^
`),
    },
    {
      id: "layer-hyperparameter",
      title: "A hyperparameter a layer cannot use",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(0)
  output y = fc(x)
}
`),
      expected: t(`
<prelude>:10:16: error: dim units = 0 must be positive
    param W: [K, units] = glorot_uniform
                 ^^^^^
m.kiln:4:14: note: in fc = Dense(...), called here
    output y = fc(x)
               ^^^^^
m.kiln:3:8: note: 'fc' was made here
    fc = Dense(0)
         ^^^^^^^^
<prelude>:11:13: error: dim units = 0 must be positive
    param b: [units] = zeros
              ^^^^^
m.kiln:4:14: note: in fc = Dense(...), called here
    output y = fc(x)
               ^^^^^
m.kiln:3:8: note: 'fc' was made here
    fc = Dense(0)
         ^^^^^^^^
`),
    },
    {
      id: "bounded-dim-twice",
      title: "Two bounded dims",
      source: t(`
dim B <= 8
dim T <= 4
model M {
  input x: f32[B, T]
  output y = x
}
`),
      expected: t(`
m.kiln:2:5: error: only one dim may be a bound, and 'B' is one
  dim T <= 4
      ^
`),
    },
    {
      id: "bounded-dim-param",
      title: "A param sized by a bounded dim",
      source: t(`
dim B <= 8
model M {
  input x: f32[B, 3]
  param h0: [B, 3] = zeros
  output y = x + h0
}
`),
      expected: t(`
m.kiln:4:14: error: a param's shape cannot use a dim that varies with the batch fed: its memory is kept from call to call
    param h0: [B, 3] = zeros
               ^
`),
    },
    {
      id: "bounded-dim-comparison",
      title: "A comparison with a bounded dim",
      source: t(`
dim B <= 8
model M {
  input x: f32[B, 3]
  output y = B > 4 ? x : -x
}
`),
      expected: t(`
m.kiln:4:14: error: '>' with a dim that varies with the batch fed cannot be decided at compile time
    output y = B > 4 ? x : -x
               ^^^^^
`),
    },
    {
      id: "bounded-dim-fraction",
      title: "Part of a sample as a leading axis",
      source: t(`
dim B <= 8
model M {
  input x: f32[B, 3]
  output y = x + normal([B / 2, 3])
}
`),
      expected: t(`
m.kiln:4:25: error: normal's shape cannot use this dim: it varies with the batch fed, and only a whole number of rows per sample can
    output y = x + normal([B / 2, 3])
                          ^^^^^^^^^^
`),
    },
    {
      id: "bounded-dim-not-first",
      title: "A bounded dim that is not the first",
      source: t(`
dim B <= 8
model M {
  input x: f32[3, B]
  output y = x
}
`),
      expected: t(`
m.kiln:3:12: error: an input can use the bounded batch only as its first dim, the leading axis
    input x: f32[3, B]
             ^^^^^^^^^
`),
    },
    {
      id: "bounded-dim-moved",
      title: "An op that moves the bounded batch",
      source: t(`
dim B <= 8
model M {
  input x: f32[B, 4]
  output y = reshape(x, [2, -1])
}
`),
      expected: t(`
m.kiln:4:14: error: the bounded batch must stay the leading axis of every tensor it reaches, but this reshape mixes samples into one row
    output y = reshape(x, [2, -1])
               ^^^^^^^^^^^^^^^^^^^
`),
    },
  ]],
  ["Declarations and statements", [
    {
      id: "duplicate-input",
      title: "An input declared twice",
      source: t(`
model M {
  input x: f32[4, 3]
  input x: f32[4, 3]
  output y = x
}
`),
      expected: t(`
m.kiln:3:9: error: input 'x' is declared twice
    input x: f32[4, 3]
          ^
m.kiln:2:3: note: 'x' was first declared here
    input x: f32[4, 3]
    ^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "duplicate-param",
      title: "A param declared twice",
      source: t(`
model M {
  param W: [3, 2] = glorot_uniform
  param W: [3, 2] = zeros
  output y = W
}
`),
      expected: t(`
m.kiln:3:9: error: param 'W' is declared twice
    param W: [3, 2] = zeros
          ^
m.kiln:2:3: note: 'W' was first declared here
    param W: [3, 2] = glorot_uniform
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "duplicate-param-in-layer",
      title: "A param declared twice in a layer",
      source: t(`
layer Affine(n)(x: [N, K]) {
  param W: [K, n] = glorot_uniform
  param W: [n] = zeros
  return x @ W
}
model M {
  input x: f32[4, 3]
  a = Affine(2)
  output y = a(x)
}
`),
      expected: t(`
m.kiln:3:9: error: param 'W' is declared twice
    param W: [n] = zeros
          ^
m.kiln:2:3: note: 'W' was first declared here
    param W: [K, n] = glorot_uniform
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
m.kiln:9:14: note: in a = Affine(...), called here
    output y = a(x)
               ^^^^
m.kiln:8:7: note: 'a' was made here
    a = Affine(2)
        ^^^^^^^^^
`),
    },
    {
      id: "duplicate-output",
      title: "An output declared twice",
      source: t(`
model M {
  input x: f32[4, 3]
  output y = relu(x)
  output y = tanh(x)
}
`),
      expected: t(`
m.kiln:4:10: error: output 'y' is declared twice
    output y = tanh(x)
           ^
`),
    },
    {
      id: "duplicate-step",
      title: "A train step declared twice",
      source: t(`
model M {
  param w: [3] = zeros
  loss = sum(w * w)
  train step: minimize loss with sgd(lr = 0.1)
  train step: minimize loss with adam(lr = 0.01)
}
`),
      expected: t(`
m.kiln:5:9: error: train step 'step' is declared twice
    train step: minimize loss with adam(lr = 0.01)
          ^^^^
`),
    },
    {
      id: "duplicate-layer",
      title: "A layer defined twice in one file",
      source: t(`
layer Twice()(x: [N]) {
  return 2 * x
}
layer Twice()(x: [N]) {
  return x + x
}
model M {
  input x: f32[4]
  t = Twice()
  output y = t(x)
}
`),
      expected: t(`
m.kiln:4:7: error: layer 'Twice' is defined twice
  layer Twice()(x: [N]) {
        ^^^^^
m.kiln:1:7: note: 'Twice' was first defined here
  layer Twice()(x: [N]) {
        ^^^^^
`),
    },
    {
      id: "duplicate-model",
      title: "A model defined twice",
      source: t(`
model M {
  input x: f32[4]
  output y = x
}
model M {
  input x: f32[4]
  output y = 2 * x
}
`),
      expected: t(`
m.kiln:5:7: error: model 'M' is defined twice
  model M {
        ^
m.kiln:1:7: note: 'M' was first defined here
  model M {
        ^
`),
    },
    {
      id: "duplicate-dim",
      title: "A dim defined twice",
      source: t(`
dim B = 4
dim B = 8
model M {
  input x: f32[B]
  output y = x
}
`),
      expected: t(`
m.kiln:2:5: error: dim 'B' is defined twice
  dim B = 8
      ^
m.kiln:1:5: note: 'B' was first defined here
  dim B = 4
      ^
`),
    },
    {
      id: "already-defined",
      title: "A declaration reusing a bound name",
      source: t(`
model M {
  input x: f32[4]
  h = relu(x)
  param h: [4] = zeros
  output y = h
}
`),
      expected: t(`
m.kiln:4:9: error: param 'h' needs a name of its own: 'h' is already defined
    param h: [4] = zeros
          ^
`),
    },
    {
      id: "input-in-layer",
      title: "An input inside a layer",
      source: t(`
layer Noisy()(x: [N]) {
  input noise: f32[4]
  return x + noise
}
model M {
  input x: f32[4]
  n = Noisy()
  output y = n(x)
}
`),
      expected: t(`
m.kiln:2:3: error: inputs belong in a model, not in layer 'Noisy'
    input noise: f32[4]
    ^^^^^^^^^^^^^^^^^^^
m.kiln:8:14: note: in n = Noisy(...), called here
    output y = n(x)
               ^^^^
`),
    },
    {
      id: "output-in-layer",
      title: "An output inside a layer",
      source: t(`
layer Twice()(x: [N]) {
  output doubled = 2 * x
  return doubled
}
model M {
  input x: f32[4]
  t = Twice()
  output y = t(x)
}
`),
      expected: t(`
m.kiln:2:3: error: outputs belong in a model, not in layer 'Twice'
    output doubled = 2 * x
    ^^^^^^^^^^^^^^^^^^^^^^
m.kiln:8:14: note: in t = Twice(...), called here
    output y = t(x)
               ^^^^
`),
    },
    {
      id: "train-in-layer",
      title: "A train step inside a layer",
      source: t(`
layer Fit()(x: [N]) {
  param w: [N] = zeros
  train step: minimize sum(w * x) with sgd(lr = 0.1)
  return x
}
model M {
  input x: f32[4]
  f = Fit()
  output y = f(x)
}
`),
      expected: t(`
m.kiln:3:3: error: train steps belong in a model, not in layer 'Fit'
    train step: minimize sum(w * x) with sgd(lr = 0.1)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
m.kiln:9:14: note: in f = Fit(...), called here
    output y = f(x)
               ^^^^
`),
    },
    {
      id: "return-in-model",
      title: "A return in a model",
      source: t(`
model M {
  input x: f32[4]
  return x
}
`),
      expected: t(`
m.kiln:3:3: error: 'return' belongs in a layer
    return x
    ^^^^^^^^
`),
    },
    {
      id: "after-return",
      title: "Statements after return",
      source: t(`
layer Twice()(x: [N]) {
  return 2 * x
  y = x
}
model M {
  input x: f32[4]
  t = Twice()
  output y = t(x)
}
`),
      expected: t(`
m.kiln:3:3: error: statements after 'return' are never run
    y = x
    ^^^^^
m.kiln:8:14: note: in t = Twice(...), called here
    output y = t(x)
               ^^^^
`),
    },
    {
      id: "return-in-loop",
      title: "A return inside a loop",
      source: t(`
layer First()(x: [N]) {
  for t in 0..3 {
    return x
  }
}
model M {
  input x: f32[4]
  f = First()
  output y = f(x)
}
`),
      expected: t(`
m.kiln:2:3: error: 'return' inside a loop is not supported
    for t in 0..3 {
    ^
m.kiln:9:14: note: in f = First(...), called here
    output y = f(x)
               ^^^^
`),
    },
    {
      id: "no-return",
      title: "A layer with no return",
      source: t(`
layer Twice()(x: [N]) {
  y = 2 * x
}
model M {
  input x: f32[4]
  t = Twice()
  output y = t(x)
}
`),
      expected: t(`
m.kiln:1:7: error: layer 'Twice' has no 'return'
  layer Twice()(x: [N]) {
        ^^^^^
`),
    },
    {
      id: "update-without-state",
      title: "An update of something that is not state",
      source: t(`
model M {
  input x: f32[4]
  update mean = x
  output y = x
}
`),
      expected: t(`
m.kiln:3:10: error: 'update mean' needs a state tensor named 'mean'
    update mean = x
           ^^^^
`),
    },
    {
      id: "unpack-not-tuple",
      title: "Unpacking something that is not a tuple",
      source: t(`
model M {
  input x: f32[4]
  (a, b) = x
  output y = a
}
`),
      expected: t(`
m.kiln:3:12: error: cannot unpack a tensor into 2 names
    (a, b) = x
             ^
`),
    },
    {
      id: "unpack-count",
      title: "Unpacking a tuple into another number of names",
      source: t(`
layer Split()(x: [N]) {
  return (x, 2 * x, 3 * x)
}
model M {
  input x: f32[4]
  s = Split()
  (a, b) = s(x)
  output y = a
}
`),
      expected: t(`
m.kiln:7:3: error: cannot unpack a tuple of 3 into 2 names
    (a, b) = s(x)
    ^^^^^^^^^^^^^
`),
    },
    {
      id: "loop-too-long",
      title: "A loop too long to unroll, that cannot stay a loop",
      source: t(`
model M {
  input x: f32[4]
  h = x
  for t in 0..1000000 {
    h = t == 0 ? tanh(x) : tanh(h)
  }
  output y = h
}
`),
      expected: t(`
m.kiln:4:3: error: a loop of 1000000 iterations is too long to unroll, and it cannot stay a loop: t is used in '==' at compile time
    for t in 0..1000000 {
    ^
`),
    },
    {
      id: "loop-bound",
      title: "A loop bound that is not an integer",
      source: t(`
model M {
  input x: f32[4]
  h = x
  for t in 0..2.5 {
    h = tanh(h)
  }
  output y = h
}
`),
      expected: t(`
m.kiln:4:15: error: a loop bound must be an integer but got 2.5
    for t in 0..2.5 {
                ^^^
`),
    },
    {
      id: "condition-not-constant",
      title: "A condition on a tensor",
      source: t(`
model M {
  input x: f32[4]
  output y = x > 0 ? x : 0
}
`),
      expected: t(`
m.kiln:3:14: error: the condition of '?' must be known at compile time (like 'training') but got a tensor; use where(mask, a, b) for tensors
    output y = x > 0 ? x : 0
               ^^^^^
`),
    },
    {
      id: "recursion",
      title: "A layer that calls itself",
      source: t(`
layer Deep()(x: [N]) {
  inner = Deep()
  return inner(x)
}
model M {
  input x: f32[4]
  d = Deep()
  output y = d(x)
}
`),
      expected: t(`
m.kiln:3:10: error: layer 'Deep' calls itself (Deep -> Deep) with the same hyperparameters, which would never end
    return inner(x)
           ^^^^^^^^
m.kiln:8:14: note: in d = Deep(...), called here
    output y = d(x)
               ^^^^
`),
    },
    {
      id: "mutual-recursion",
      title: "Layers that call each other",
      source: t(`
layer Ping()(x: [N]) {
  p = Pong()
  return p(x)
}
layer Pong()(x: [N]) {
  p = Ping()
  return p(x)
}
model M {
  input x: f32[4]
  p = Ping()
  output y = p(x)
}
`),
      expected: t(`
m.kiln:7:10: error: layer 'Ping' calls itself (Ping -> Pong -> Ping) with the same hyperparameters, which would never end
    return p(x)
           ^^^^
m.kiln:3:10: note: in p.p = Pong(...), called here
    return p(x)
           ^^^^
m.kiln:12:14: note: in p = Ping(...), called here
    output y = p(x)
               ^^^^
`),
    },
    {
      id: "update-integer",
      title: "An update writing integers into a float state",
      source: t(`
model M {
  input ids: i32[4]
  param w: [4] = ones
  state last: [4] = zeros
  update last = ids
  loss = sum(w * w)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:5:17: error: update of 'last' needs f32[4] but got i32[4]; convert integers with float(x)
    update last = ids
                  ^^^
`),
    },
  ]],
  ["Training", [
    {
      id: "loss-not-scalar",
      title: "A loss that is not a scalar",
      source: t(`
model M {
  input x: f32[4, 3]
  param W: [3, 2] = glorot_uniform
  loss = x @ W
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:5:24: error: a loss must be a float scalar but got f32[4, 2]; reduce it with mean(...) or sum(...)
    train step: minimize loss with sgd(lr = 0.1)
                         ^^^^
`),
    },
    {
      id: "loss-integer",
      title: "An integer loss",
      source: t(`
model M {
  input ids: i32[]
  param w: [3] = zeros
  loss = ids
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:5:24: error: a loss must be a float scalar but got i32[]; reduce it with mean(...) or sum(...)
    train step: minimize loss with sgd(lr = 0.1)
                         ^^^^
`),
    },
    {
      id: "over-matches-nothing",
      title: "An over selection that matches nothing",
      source: t(`
model M {
  input x: f32[4, 3]
  gen = Dense(2)
  loss = mean(gen(x))
  train step: minimize loss over generator with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:5:34: error: 'over generator' matches no param; the params are gen.W, gen.b
    train step: minimize loss over generator with sgd(lr = 0.1)
                                   ^^^^^^^^^
`),
    },
    {
      id: "warning-untrained-param",
      title: "Warning: a param no step trains",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2)
  param unused: [2] = zeros
  output y = fc(x)
  loss = mean(y * y)
  train step: minimize loss over fc with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:4:3: warning: param 'unused' is trained by no step
    param unused: [2] = zeros
    ^^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "warning-no-gradient",
      title: "Warning: a trained param the loss does not depend on",
      source: t(`
model M {
  input x: f32[4, 3]
  fc = Dense(2)
  param bias: [2] = zeros
  output y = fc(x)
  loss = mean(y * y)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:7:3: warning: step 'step' trains 'bias' but its loss does not depend on it
    train step: minimize loss with sgd(lr = 0.1)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "update-never-applied",
      title: "State that no train step updates",
      source: t(`
layer Peak()(x: [N, D]) {
  state top: [D] = zeros
  update top = maximum(top, max(x, axis = 0))
  return x
}
model M {
  input x: f32[4, 3]
  input y: f32[4, 1]
  peak = Peak()
  fc = Dense(1)
  seen = peak(x)
  loss = mse(fc(x), y)
  train step: minimize loss with sgd(lr = 0.1)
}
`),
      expected: t(`
m.kiln:11:10: warning: state 'peak.top' never changes: 'peak' updates it only in calls whose results no train step uses
    seen = peak(x)
           ^^^^^^^
`),
    },
  ]],
  ["Files", [
    {
      id: "import-missing",
      title: "An import that cannot be read",
      source: t(`
import "layers.kiln"
model M {
  input x: f32[4]
  output y = x
}
`),
      file: "/project/m.kiln",
      expected: t(`
/project/m.kiln:1:1: error: cannot read imported file 'layers.kiln' (looked for /project/layers.kiln)
  import "layers.kiln"
  ^^^^^^^^^^^^^^^^^^^^
`),
    },
    {
      id: "import-cycle",
      title: "Files that import each other",
      source: t(`
import "m.kiln"
model M {
  input x: f32[4]
  output y = x
}
`),
      file: "/project/m.kiln",
      expected: t(`
/project/m.kiln:1:1: error: import cycle: 'm.kiln' imports this file again
  import "m.kiln"
  ^^^^^^^^^^^^^^^
`),
    },
  ]],
  ["Size", [
    {
      id: "tensor-too-large",
      title: "A tensor too large to allocate",
      source: t(`
model M {
  input x: f32[100000, 784]
  param W: [784, 100000] = glorot_uniform
  output y = x @ W
}
`),
      expected: t(`
m.kiln:4:14: error: this makes a tensor of shape f32[100000, 100000] (10000000000 elements), more than fits in the 2 GiB one model may allocate
    output y = x @ W
               ^^^^^
`),
    },
    {
      id: "graph-too-large",
      title: "A loop that unrolls to too many operations",
      source: t(`
model M {
  input x: f32[4]
  h = x
  for t in 0..90000 {
    h = t == 0 ? tanh(x) : tanh(tanh(tanh(h)))
  }
  output y = h
}
`),
      expected: t(`
m.kiln:5:38: error: the model is too large to compile: its graph grows past 200000 operations here (a loop that cannot stay a loop is unrolled, which multiplies its body: kiln stats says why)
      h = t == 0 ? tanh(x) : tanh(tanh(tanh(h)))
                                       ^^^^^^^
`),
    },
    {
      id: "model-too-large",
      title: "A model too large to allocate",
      source: t(`
model M {
  input x: f32[4]
  param a: [20000, 10000] = zeros
  param b: [20000, 10000] = zeros
  param c: [20000, 10000] = zeros
  output y = x
}
`),
      expected: t(`
m.kiln:1:7: error: model 'M' needs 2.24 GiB of memory for its params, state, optimizer slots and inputs alone (2400000016 bytes), more than the 2 GiB one model may allocate; its largest param is 'a' [20000, 10000]
  model M {
        ^
`),
    },
    {
      id: "model-too-large-scratch",
      title: "A model whose intermediate tensors take too much memory",
      source: t(`
model M {
  input x: f32[17000, 17000]
  output y = x @ x
}
`),
      expected: t(`
m.kiln:1:7: error: model 'M' needs 2.15 GiB of memory (2312264160 bytes), more than the 2 GiB one model may allocate
  model M {
        ^
`),
    },
    {
      id: "elaboration-steps",
      title: "A model that takes too long to elaborate",
      options: {limits: {steps: 10000}},
      source: t(`
model M {
  input x: f32[4]
  n = 0
  for i in 0..1000 {
    for j in 0..1000 {
      n = n + 1
    }
  }
  output y = x * n
}
`),
      expected: t(`
m.kiln:5:5: error: compiling the model takes more than 10000 steps (statements, loop iterations, expressions and list items elaborated; a layer call counts 20), likely a loop that runs too often; if the model is right, raise the limit with --limit steps=N
      for j in 0..1000 {
      ^
`),
    },
  ]],
  ["Export to PyTorch", [
    {
      id: "export-grad-of-expression",
      title: "grad by an expression, exported to PyTorch",
      pytorch: true,
      source: t(`
model M {
  input x: f32[2, 3]
  param w: [3] = ones
  y = sum(tanh(x * w))
  output g = grad(y, x * 2)
}
`),
      expected: t(`
m.kiln:5:22: error: cannot export grad(y, x) exactly when x is an expression: PyTorch differentiates by tensors it has followed since they were made; bind x to a name first (x = ...), then grad(y, x)
    output g = grad(y, x * 2)
                       ^^^^^
`),
    },
    {
      id: "export-tensor-hyperparameter",
      title: "A tensor as a hyperparameter, exported to PyTorch",
      pytorch: true,
      source: t(`
layer Scale(k)(x: [N, D]) {
  return x * k
}
model M {
  input x: f32[2, 3]
  param w: [3] = ones
  s = Scale(w)
  output o = s(x)
}
`),
      expected: t(`
m.kiln:7:7: error: cannot export this instance: its hyperparameter Scale's 'k' is a tensor, and the PyTorch module's constructor takes numbers, strings, booleans, lists, functions and layers
    s = Scale(w)
        ^^^^^^^^
`),
    },
    {
      id: "export-hyperparameter-member",
      title: "A hyperparameter named as a param, exported to PyTorch",
      pytorch: true,
      source: t(`
layer Gain(W)(x: [N, D]) {
  param W: [D] = ones
  return x * W
}
model M {
  input x: f32[2, 3]
  g = Gain(2)
  output o = g(x)
}
`),
      expected: t(`
m.kiln:2:9: error: cannot export layer 'Gain': its hyperparameter 'W' and a member of the same name would be one attribute of the PyTorch module
    param W: [D] = ones
          ^
`),
    },
    {
      id: "export-instance-rebound",
      title: "An instance's name bound to another layer, exported to PyTorch",
      pytorch: true,
      source: t(`
model M {
  input x: f32[2, 3]
  fc = Dense(4)
  h = fc(x)
  fc = LayerNorm()
  output o = fc(h)
}
`),
      expected: t(`
m.kiln:5:8: error: 'fc' already names an instance of Dense, whose params are named fc.*; give this one a name of its own (to share weights, call 'fc' again instead)
    fc = LayerNorm()
         ^^^^^^^^^^^
m.kiln:3:8: note: 'fc' was made here
    fc = Dense(4)
         ^^^^^^^^
`),
    },
  ]],
];
