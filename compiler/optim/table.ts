// The optimizers: torch.optim's update rules, with PyTorch's names, defaults and domains.
import type { OptimizerSpec } from "../front/decls.ts";

/** PyTorch's torch.optim defaults; `weight_decay` and `clip_norm` are accepted by all. */
export const OPTIMIZERS: Record<OptimizerSpec["name"], Record<string, number | boolean>> = {
  sgd: { lr: 1e-3 },
  momentum: { lr: 1e-3, momentum: 0.9, nesterov: false },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8 },
  adam: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  adamw: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.01 },
};

/** An interval of finite numbers: from `min` (or just above `above`), up to `max` (or just
 * below `below`). */
export interface Domain {
  min?: number;
  above?: number;
  max?: number;
  below?: number;
}

/**
 * Where each numeric hyperparameter must lie: the ranges torch.optim checks (it raises a
 * ValueError outside them), and two it does not check whose values only make NaN or
 * nothing: rmsprop's alpha above 1 (a negative running average, so a NaN square root) and
 * clip_norm 0 (every gradient scaled to 0).
 */
export const DOMAINS: Record<string, Domain> = {
  lr: { min: 0 },
  momentum: { min: 0 },
  alpha: { min: 0, max: 1 },
  eps: { min: 0 },
  beta1: { min: 0, below: 1 },
  beta2: { min: 0, below: 1 },
  weight_decay: { min: 0 },
  clip_norm: { above: 0 },
};

/** Combinations torch.optim refuses, with why. */
export const CONFLICTS: { when: (a: Record<string, number | boolean>) => boolean; arg: string;
  why: string }[] = [
  { when: (a) => a.nesterov === true && a.momentum === 0, arg: "nesterov",
    why: "nesterov = true needs momentum > 0 (PyTorch's SGD refuses it with momentum 0)" },
];

export function inDomain(v: number, d: Domain): boolean {
  return Number.isFinite(v) && !(d.min !== undefined && v < d.min) &&
    !(d.above !== undefined && v <= d.above) && !(d.max !== undefined && v > d.max) &&
    !(d.below !== undefined && v >= d.below);
}

/** "a finite number >= 0 and < 1". */
export function domainText(d: Domain): string {
  const parts = [d.min !== undefined ? `>= ${d.min}` : "", d.above !== undefined ? `> ${d.above}` : "",
    d.max !== undefined ? `<= ${d.max}` : "", d.below !== undefined ? `< ${d.below}` : ""];
  return `a finite number ${parts.filter(Boolean).join(" and ")}`;
}
