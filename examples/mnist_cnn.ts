// `npm run example:cnn`: compiles examples/mnist_cnn.kiln, trains the convolutional network
// on MNIST digits with a progress display, and prints its accuracy on held-out test digits.
import { trainMnist } from "./mnist_train.ts";

await trainMnist({ file: "examples/mnist_cnn.kiln", epochs: Number(process.env.EPOCHS ?? 6),
  batch: 32, lr: 2e-3 });
