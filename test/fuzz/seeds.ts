// Small valid models for the fuzzer to mutate, between them using every statement kind and
// most built-ins, so mutations reach every stage of the compiler cheaply. The examples in
// examples/*.kiln are mutated too.
export const SEEDS: string[] = [
  `dim B = 4
model Mlp {
  input x: f32[B, 6]
  input y: i32[B]
  fc1 = Dense(8, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> dropout(0.2) |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y) + 1e-4 * l2(fc1.W, fc2.W)
  train step: minimize loss with adam(lr = 1e-3, clip_norm = 1)
}
`,
  `layer Norm(eps = 1e-5)(x: [N, C]) {
  param gamma: [C] = ones
  param beta: [C] = zeros
  state avg: [C] = zeros
  m = mean(x, axis = 0)
  update avg = 0.9 * avg + 0.1 * m
  c = training ? m : avg
  v = variance(x, axis = 0)
  return (x - c) / sqrt(v + eps) * gamma + beta
}
model M {
  input x: f32[4, 3]
  input t: f32[4, 3]
  n = Norm()
  y = n(x)
  output out = y
  loss = mse(y, t)
  train fit: minimize loss with momentum(lr = 0.1, nesterov = true)
}
`,
  `dim T = 3
model Seq {
  input x: f32[2, T, 4]
  input y: f32[2, 5]
  rnn = LSTM(5)
  gru = GRU(5, sequences = true)
  h = rnn(x)
  hs = gru(x)
  last = hs[:, T - 1, :]
  acc = zeros([2, 5])
  for t in 0..T {
    acc = acc + tanh(hs[:, t, 0:5])
  }
  output o = h + last + acc
  loss = mean(square(h - y)) + mean(hs)
  train s: minimize loss with rmsprop(lr = 0.01)
}
`,
  `layer Split(k)(x: [N, D]) {
  a = x[:, 0:k]
  b = x[:, k:D]
  return (a, b)
}
model Gan {
  input real: f32[4, 2]
  gen = Dense(2)
  disc = Dense(1, act = sigmoid)
  fake = gen(normal([4, 3], std = 0.5))
  s = Split(1)
  (p, q) = s(fake)
  output sample = concat([p, q], axis = 1)
  d_loss = bce_with_logits(disc(real), ones([4, 1])) + bce_with_logits(disc(stop_gradient(fake)), zeros([4, 1]))
  g_loss = bce_with_logits(disc(fake), ones([4, 1]))
  train d: minimize d_loss over disc with adam(lr = 2e-4, beta1 = 0.5)
  train g: minimize g_loss over gen.W, gen.b with sgd(lr = 0.01, weight_decay = 0.1)
}
`,
  `model Penalty {
  input x: f32[3, 2]
  param w: [2, 2] = orthogonal
  param b: [2] = uniform(-0.1, 0.1)
  y = x @ w + b
  g = grad(sum(y * y), x)
  output out = where(y > 0, y, 0.1 * y)
  loss = mean(square(g)) + logsumexp(y) + max(y) - min(y, axis = [0, 1])
  train step: minimize loss with adamw(lr = 1e-3, weight_decay = 0.05)
}
`,
  `model Shapes {
  input x: f32[2, 3, 4]
  input ids: i32[2, 3]
  param table: [5, 4] = normal(0.1)
  e = embedding(table, ids)
  r = reshape(transpose(x, [0, 2, 1]), [2, -1])
  st = stack([x[0], x[1]], axis = 0)
  oh = one_hot(ids, 5)
  output a = flatten(e + st) 
  output b = r * 2 - 1
  output c = sum(oh, axis = -1, keepdims = true)
  output d = clip(leaky_relu(x, alpha = 0.1) + elu(x) + gelu(x) + softplus(x), -1, 1)
  loss = mean(e * e) + l1(table)
  train step: minimize loss with sgd(lr = 0.1)
}
`,
  `dim C = 2
model Cnn {
  input img: f32[2, 1, 6, 6]
  input y: i32[2]
  conv = Conv2D(C, 3, padding = "same", act = relu)
  pool = MaxPool2D(2)
  flat = Flatten()
  bn = BatchNorm()
  fc = Dense(3)
  logits = img |> conv |> bn |> pool |> flat |> fc
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}
`,
  `dim B = 2
layer Twice()(x: [...]) {
  return 2 * x
}
model First {
  input x: f32[B]
  output y = x
}
model Second {
  input x: f32[B, 3]
  input lbl: f32[B, 3]
  t = Twice()
  ln = LayerNorm()
  emb = Embedding(4, 3)
  y = ln(t(x)) + t(x)
  n = shape(x)[1]
  output z = y[:, n - 1] + mean(exp(-abs(y)), axis = 1)
  loss = cross_entropy(y, softmax(lbl))
  train step: minimize loss with adam(lr = 0.01)
}
`,
];
