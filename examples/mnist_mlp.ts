// `npm start`: compiles examples/mnist_mlp.kiln, trains it on MNIST digits with a progress
// display, and prints its accuracy on held-out test digits.
import { trainMnist } from "./mnist_train.ts";

await trainMnist({ file: "examples/mnist_mlp.kiln", epochs: Number(process.env.EPOCHS ?? 20),
  batch: 64, lr: 2e-3 });
