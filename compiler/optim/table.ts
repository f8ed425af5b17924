// The optimizers, one row each: torch.optim's names and defaults, the state each keeps per
// param (its slots), and its update written once, as graph. A train step's graph ends with
// these updates (compiler/model.ts), so the passes fuse each param's update into one loop,
// the SIMD backend runs it where every op has a SIMD form, constant hyperparameters fold into
// it (a zero weight decay leaves no trace), and the interpreter evaluates whole training
// steps. Per-step scalars (the learning rate, which can change at run time, and the step
// count) are `hyper` leaves the module sets before each step; what is derived from them
// (Adam's bias corrections) is computed in float64 and stored once, as PyTorch's scalars are.
import type { GraphOps } from "../ops/types.ts";

/** What an update is built from: the param and its gradient, its slots' current values, the
 * step's scalars, and the optimizer's arguments. */
export interface UpdateInputs {
  readonly b: GraphOps;
  readonly p: number;
  readonly g: number;
  readonly slots: Readonly<Record<string, number>>;
  /** Scalar leaves: the learning rate and the 1-based step count, in float64. */
  readonly lr: number;
  readonly t: number;
  readonly args: Readonly<Record<string, number | boolean>>;
}

/** The param's new value and each slot's. */
export interface Update {
  param: number;
  slots: Record<string, number>;
}

export interface OptimizerDef {
  /** PyTorch's defaults; `weight_decay` and `clip_norm` are accepted by every optimizer. */
  readonly defaults: Readonly<Record<string, number | boolean>>;
  /** What it is, in a line (an editor's hover). */
  readonly doc: string;
  /** Per-param state, saved with the model, named as PyTorch's state_dict names them where it
   * has the same slot (exp_avg, exp_avg_sq, momentum_buffer, square_avg). */
  readonly slots: readonly string[];
  readonly update: (u: UpdateInputs) => Update;
}

// Shorthands: every helper appends one node.
const op = (b: GraphOps, name: "add" | "sub" | "mul" | "div" | "pow" | "sqrt" | "eq" | "where",
  ...xs: number[]) => b.add(name, xs);
const num = (u: UpdateInputs, k: string) => u.args[k] as number;

/** g + wd * p (L2 weight decay, torch.optim's `weight_decay`), or g itself for wd = 0. */
function decayed(u: UpdateInputs, p = u.p): number {
  const wd = num(u, "weight_decay");
  return wd === 0 ? u.g : op(u.b, "add", u.g, op(u.b, "mul", u.b.scalar(wd), p));
}

/** torch.optim.Adam (and AdamW, whose decoupled decay scales p by 1 - lr * wd first), in
 * PyTorch's arrangement: the bias corrections folded into the step size and the denominator,
 * which differs from m̂ / (sqrt(v̂) + eps) only in rounding. */
function adam(decoupled: boolean) {
  return (u: UpdateInputs): Update => {
    const { b } = u;
    const [b1, b2, eps, wd] = ["beta1", "beta2", "eps", "weight_decay"].map((k) => num(u, k));
    const c = (v: number) => b.scalar(v);
    const p = decoupled && wd !== 0
      ? op(b, "mul", u.p, op(b, "sub", c(1), op(b, "mul", u.lr, c(wd)))) : u.p;
    const grad = decoupled ? u.g : decayed(u, p);
    const { exp_avg: m, exp_avg_sq: v } = u.slots;
    const m1 = op(b, "add", m, op(b, "mul", c(1 - b1), op(b, "sub", grad, m)));
    const v1 = op(b, "add", op(b, "mul", c(b2), v), op(b, "mul", c(1 - b2), op(b, "mul", grad, grad)));
    const stepSize = op(b, "div", u.lr, op(b, "sub", c(1), op(b, "pow", c(b1), u.t)));
    const bc2Sqrt = op(b, "sqrt", op(b, "sub", c(1), op(b, "pow", c(b2), u.t)));
    const denom = op(b, "add", op(b, "div", op(b, "sqrt", v1), bc2Sqrt), c(eps));
    const param = op(b, "sub", p, op(b, "div", op(b, "mul", stepSize, m1), denom));
    return { param, slots: { exp_avg: m1, exp_avg_sq: v1 } };
  };
}

export const OPTIMIZERS = {
  /** torch.optim.SGD without momentum: p - lr * (g + wd * p). */
  sgd: {
    defaults: { lr: 1e-3 },
    doc: "Stochastic gradient descent.",
    slots: [],
    update: (u) => ({ param: op(u.b, "sub", u.p, op(u.b, "mul", u.lr, decayed(u))), slots: {} }),
  },
  /** torch.optim.SGD with momentum (dampening 0): the buffer starts as the first gradient,
   * then buf = momentum * buf + g; the step is buf, or g + momentum * buf with nesterov. */
  momentum: {
    defaults: { lr: 1e-3, momentum: 0.9, nesterov: false },
    doc: "SGD with momentum (PyTorch's, dampening 0).",
    slots: ["momentum_buffer"],
    update: (u) => {
      const { b } = u;
      const grad = decayed(u);
      const mu = num(u, "momentum");
      // The momentum this step: 0 at the first, so the buffer starts as the gradient.
      const now = op(b, "where", op(b, "eq", u.t, b.scalar(1)), b.scalar(0), b.scalar(mu));
      const buf = op(b, "add", op(b, "mul", now, u.slots.momentum_buffer), grad);
      const step = u.args.nesterov ? op(b, "add", grad, op(b, "mul", b.scalar(mu), buf)) : buf;
      return { param: op(b, "sub", u.p, op(b, "mul", u.lr, step)), slots: { momentum_buffer: buf } };
    },
  },
  /** torch.optim.RMSprop (not centered, no momentum): sq = alpha * sq + (1 - alpha) * g²;
   * p - lr * g / (sqrt(sq) + eps). */
  rmsprop: {
    defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8 },
    doc: "RMSprop (PyTorch's).",
    slots: ["square_avg"],
    update: (u) => {
      const { b } = u;
      const grad = decayed(u);
      const [alpha, eps] = [num(u, "alpha"), num(u, "eps")];
      const sq = op(b, "add", op(b, "mul", b.scalar(alpha), u.slots.square_avg),
        op(b, "mul", b.scalar(1 - alpha), op(b, "mul", grad, grad)));
      const step = op(b, "div", op(b, "mul", u.lr, grad), op(b, "add", op(b, "sqrt", sq), b.scalar(eps)));
      return { param: op(b, "sub", u.p, step), slots: { square_avg: sq } };
    },
  },
  adam: {
    defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
    doc: "Adam (PyTorch's).",
    slots: ["exp_avg", "exp_avg_sq"],
    update: adam(false),
  },
  adamw: {
    defaults: { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0.01 },
    doc: "Adam with decoupled weight decay (PyTorch's AdamW).",
    slots: ["exp_avg", "exp_avg_sq"],
    update: adam(true),
  },
} satisfies Record<string, OptimizerDef>;

/** The optimizers' names: a new row is a new name. */
export type OptimizerName = keyof typeof OPTIMIZERS;

/** Where a step's state lives, apart from every param and state name (which never hold
 * '/'): `optim/<step>/<param>/<slot>`, and the step's scalars `optim/<step>/lr` and `/t`. */
export const slotName = (step: string, param: string, slot: string) =>
  `optim/${step}/${param}/${slot}`;
export const hyperName = (step: string, which: "lr" | "t") => `optim/${step}/${which}`;

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
