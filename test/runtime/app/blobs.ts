// A small classification problem for the app helpers' tests (Node and browser): three
// Gaussian blobs in 4 dimensions, and a softmax classifier over them with a hidden layer.
// Imports nothing Node-only: browser pages load it as it is.
import { Rng } from "../../../runtime/rng.ts";

export const BLOBS_SOURCE = `
dim B = 8
model Blobs {
  input x: f32[B, 4]
  input y: i32[B]
  fc1 = Dense(16, act = relu)
  fc2 = Dense(3)
  logits = x |> fc1 |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.02)
}`;

/** `n` samples: labels cycle 0, 1, 2; each point is its class's center plus unit noise. */
export function blobs(n: number, seed: number): { x: Float32Array; y: Int32Array } {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 4), y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3;
    for (let j = 0; j < 4; j++) x[i * 4 + j] = (j === y[i] ? 2.5 : 0) + rng.normal();
  }
  return { x, y };
}
