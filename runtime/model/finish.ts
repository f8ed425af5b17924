// The model object create() returns, in the two kinds of module: one that trains, and one
// compiled with --predict-only, whose training calls say why they cannot run.
import type { Rng } from "../rng.ts";
import { type Core, predictApi } from "./core.ts";
import type { Run } from "./tables.ts";
import { trainApi } from "./train.ts";

function model(c: Core, runs: readonly Run[], training: ReturnType<typeof trainApi>) {
  const p = predictApi(c, runs);
  return {
    predict: p.predict,
    train: training.train,
    gradients: training.gradients,
    setLearningRate: training.setLearningRate,
    getLearningRate: training.getLearningRate,
    params: p.params, state: p.state, inputs: p.inputs, save: p.save, load: p.load, meta: p.meta,
    arena: p.arena,
    /** Which path the kernels take: "simd" (WebAssembly SIMD over the arena) or "js". */
    backend: p.backend,
  };
}

export function finishTraining(c: Core, runs: readonly Run[], setRng: (r: Rng) => void) {
  return model(c, runs, trainApi(c, runs, setRng));
}

export function finishPredictOnly(c: Core, runs: readonly Run[]) {
  const refuse = (what: string) => () => {
    throw new TypeError(`${what}: this module was compiled with --predict-only, so it cannot ` +
      "train; compile without it to train");
  };
  return model(c, runs, { train: refuse("train"), gradients: refuse("gradients"),
    setLearningRate: refuse("setLearningRate"), getLearningRate: refuse("getLearningRate") });
}
