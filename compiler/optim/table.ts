// The optimizers: torch.optim's update rules, with PyTorch's names and defaults.
import type { OptimizerSpec } from "../front/decls.ts";

/** PyTorch's torch.optim defaults; `weight_decay` and `clip_norm` are accepted by all. */
export const OPTIMIZERS: Record<OptimizerSpec["name"], Record<string, number | boolean>> = {
  sgd: { lr: 1e-3 },
  momentum: { lr: 1e-3, momentum: 0.9, nesterov: false },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8 },
  adam: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  adamw: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.01 },
};
