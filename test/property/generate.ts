// Random well-typed .kiln models, generated type-first: pick a shape, then an expression of
// that shape from the whole language (broadcasting, matmul, reductions, layout, layers,
// loops, grad, random draws), keeping every op's arguments in its domain.
//
// The generator reads its decisions from a list of integers (a "choice sequence", as
// Hypothesis does it): fast-check shrinks that list toward fewer and smaller numbers, and
// choice 0 is always the simplest option (a leaf, the smallest shape), so a failing model
// shrinks to a small one, which the tests print as a .kiln file.

export interface GenOptions {
  /** dropout, normal noise (default true). */
  random?: boolean;
  /** grad(...) inside the model: second derivatives (default true). */
  grad?: boolean;
  /** Dense, LayerNorm, BatchNorm, recurrent layers, a user layer, loops (default true). */
  layers?: boolean;
  /** Nesting depth of expressions (default 4). */
  depth?: number;
  /** Make loops at every chance, so a run covers them (default false). */
  loops?: boolean;
}

export interface Generated {
  source: string;
  /** The shape the generator meant for every output. */
  outputs: Map<string, number[]>;
  /** Built-in functions, operators and layers the model uses. */
  features: Set<string>;
  /** The model draws random numbers (dropout, normal). */
  random: boolean;
}

type Shape = number[];

class Choices {
  private i = 0;
  constructor(private readonly xs: readonly number[]) {}
  /** An integer in [0, n); 0 once the choices run out. */
  int(n: number): number {
    if (n <= 1) return 0;
    return this.i < this.xs.length ? this.xs[this.i++] % n : 0;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** True with probability 1/n (never once the choices run out). */
  oneIn(n: number): boolean {
    return this.int(n) === n - 1;
  }
}

const size = (s: Shape) => s.reduce((a, b) => a * b, 1);
const dims = (s: Shape) => `[${s.join(", ")}]`;

const SMOOTH = ["tanh", "sigmoid", "softplus", "gelu", "square"];
const UNARY = [...SMOOTH, "relu", "abs", "neg", "exp", "elu", "leaky_relu", "sqrt", "log",
  "stop_gradient", "identity"];
const REDUCE = ["sum", "mean", "max", "min", "logsumexp", "variance"];

class Generator {
  private readonly c: Choices;
  private readonly decls: string[] = [];
  private readonly lines: string[] = [];
  /** Tensors an expression may reuse, by shape: leaves and bindings. */
  private readonly pool: { name: string; shape: Shape; leaf?: "input" | "param" }[] = [];
  private readonly instances: { name: string; layer: string; key: string }[] = [];
  private n = 0;
  readonly outputs = new Map<string, Shape>();
  readonly features = new Set<string>();
  random = false;
  usesAffine = false;

  constructor(choices: readonly number[], private readonly o: Required<GenOptions>) {
    this.c = new Choices(choices);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  private use(feature: string): void {
    this.features.add(feature);
  }

  shape(maxRank = 4): Shape {
    const rank = Math.min(maxRank, this.c.pick([1, 2, 0, 3, 2, 4]));
    return Array.from({ length: rank }, () => this.c.pick([2, 3, 1, 4]));
  }

  // ---- leaves and bindings ---------------------------------------------------------------

  leaf(s: Shape, kind?: "input" | "param"): string {
    const k = kind ?? (this.c.oneIn(2) ? "param" : "input");
    const name = this.fresh(k === "param" ? "w" : "x");
    this.decls.push(k === "param" ? `param ${name}: ${dims(s)} = normal(0.7)`
      : `input ${name}: f32${dims(s)}`);
    this.pool.push({ name, shape: s, leaf: k });
    return name;
  }

  atom(s: Shape): string {
    const same = this.pool.filter((p) => dims(p.shape) === dims(s));
    if (same.length && this.c.oneIn(2)) return this.c.pick(same).name;
    return this.leaf(s);
  }

  /** `name = e` (sometimes `output name = e`), so later expressions can reuse it. */
  bind(e: string, s: Shape): string {
    const name = this.fresh("h");
    if (this.c.oneIn(3)) {
      this.lines.push(`output ${name} = ${e}`);
      this.outputs.set(name, s);
    } else {
      this.lines.push(`${name} = ${e}`);
    }
    this.pool.push({ name, shape: s });
    return name;
  }

  /** An expression of shape s bound to a name (for indexing, and for sharing). */
  named(s: Shape, depth: number): string {
    const e = this.expr(s, depth);
    return /^[a-z]\w*$/.test(e) ? e : this.bind(e, s);
  }

  /** A positive expression of shape s (for log, sqrt, a power's base, a divisor). */
  positive(s: Shape, depth: number): string {
    const e = this.expr(s, depth - 1);
    switch (this.c.int(4)) {
      case 0: this.use("sigmoid"); return `sigmoid(${e})`;
      case 1: this.use("softplus"); return `(softplus(${e}) + 0.5)`;
      case 2: this.use("exp"); return `exp(tanh(${e}))`;
      default: this.use("square"); return `(square(${e}) + 0.5)`;
    }
  }

  // ---- expressions -----------------------------------------------------------------------

  expr(s: Shape, depth: number): string {
    if (depth <= 0) return this.atom(s);
    const e = this.composite(s, depth - 1);
    return this.c.oneIn(4) ? this.bind(e, s) : e;
  }

  private composite(s: Shape, d: number): string {
    const rank = s.length;
    if (this.o.loops && rank === 2 && this.c.oneIn(2)) return this.loop(s, d);
    switch (this.c.int(24)) {
      case 1: case 2: return this.unary(s, d);
      case 3: case 4: return this.binary(s, d);
      case 5: return this.scalarArith(s, d);
      case 6: if (rank >= 2) return this.matmul(s, d); break;
      case 7: return this.reduction(s, d);
      case 8: if (rank >= 1) return this.softmax(s, d); break;
      case 9: return this.layout(s, d);
      case 10: return this.mask(s, d);
      case 11: this.use("clip"); return `clip(${this.expr(s, d)}, -0.8, 0.9)`;
      case 12: if (this.o.grad) return this.grad(s, d); break;
      case 13: if (this.o.layers && (rank === 2 || rank === 3)) return this.dense(s, d); break;
      case 14: if (this.o.random) return this.noise(s, d); break;
      case 15: if (rank >= 1) return this.lookup(s, d); break;
      case 16: if (this.o.layers && rank >= 1) return this.norm(s, d); break;
      case 17: if (this.o.layers && (rank === 2 || rank === 3)) return this.recurrent(s, d); break;
      case 18: this.use("training ?"); return `(training ? ${this.expr(s, d)} : ${this.expr(s, d)})`;
      case 19: if (this.o.layers && rank === 2) return this.loop(s, d); break;
      case 20: if (rank === 4) return this.image(s, d); break;
      case 21: if (rank >= 1) return this.positions(s, d); break;
      case 22: if (this.o.layers && rank === 3) return this.sequence(s, d); break;
      case 23: if (rank === 3) return this.conv1d(s, d); break;
    }
    return this.atom(s);
  }

  private unary(s: Shape, d: number): string {
    const f = this.c.pick(UNARY);
    this.use(f);
    switch (f) {
      case "neg": return `(-${this.expr(s, d)})`;
      case "exp": return `exp(tanh(${this.expr(s, d)}))`;
      case "sqrt": case "log": return `${f}(${this.positive(s, d)})`;
      case "leaky_relu": return `(${this.expr(s, d)} |> leaky_relu(0.2))`;
      case "elu": return `elu(${this.expr(s, d)}, alpha = 0.7)`;
      case "identity": return `(${this.expr(s, d)} |> identity)`;
      default: return `${f}(${this.expr(s, d)})`;
    }
  }

  /** Two shapes that broadcast to s: each axis of s from one of them or both, and one of
   * them may drop leading 1s (the other keeps the rank). */
  private broadcastPair(s: Shape): [Shape, Shape] {
    const a: Shape = [], b: Shape = [];
    for (const dim of s) {
      const who = this.c.int(3);
      a.push(who === 2 ? 1 : dim);
      b.push(who === 1 ? 1 : dim);
    }
    const swap = this.c.oneIn(2);
    const trimmed = swap ? a : b;
    let k = 0;
    while (k < trimmed.length && trimmed[k] === 1 && this.c.oneIn(2)) k++;
    return swap ? [a.slice(k), b] : [a, b.slice(k)];
  }

  private binary(s: Shape, d: number): string {
    const op = this.c.pick(["+", "*", "-", "/", "maximum", "minimum", "**"]);
    this.use(op);
    const [sa, sb] = this.broadcastPair(s);
    switch (op) {
      case "/": return `(${this.expr(sa, d)} / ${this.positive(sb, d)})`;
      case "**": {
        if (this.c.oneIn(2)) return `(${this.positive(sa, d)} ** ${this.expr(sb, d)})`;
        return `(${this.positive(s, d)} ** ${this.c.pick([2, 3, 0.5, -1, 1.5])})`;
      }
      case "maximum": case "minimum": return `${op}(${this.expr(sa, d)}, ${this.expr(sb, d)})`;
      default: return `(${this.expr(sa, d)} ${op} ${this.expr(sb, d)})`;
    }
  }

  private scalarArith(s: Shape, d: number): string {
    const k = this.c.pick([0.5, 2, 1, 3]);
    const e = this.expr(s, d);
    this.use("scalar arithmetic");
    return this.c.pick([`(${e} * ${k})`, `(${k} - ${e})`, `(${e} / ${k})`, `(${e} + ${k})`]);
  }

  private matmul(s: Shape, d: number): string {
    this.use("@");
    const K = this.c.pick([2, 1, 3]);
    const [M, N] = s.slice(-2);
    const [ba, bb] = this.broadcastPair(s.slice(0, -2));
    return `(${this.expr([...ba, M, K], d)} @ ${this.expr([...bb, K, N], d)})`;
  }

  private reduction(s: Shape, d: number): string {
    const f = this.c.pick(REDUCE);
    this.use(f);
    const ones = s.flatMap((dim, i) => (dim === 1 ? [i] : []));
    if (ones.length && this.c.oneIn(3)) {
      const axis = this.c.pick(ones);
      const inner = s.map((dim, i) => (i === axis ? this.c.pick([2, 3]) : dim));
      return `${f}(${this.expr(inner, d)}, axis = ${axis}, keepdims = true)`;
    }
    if (s.length === 0 && this.c.oneIn(2)) return `${f}(${this.expr(this.shape(2), d)})`;
    const at = this.c.int(s.length + 1);
    const inner = [...s.slice(0, at), this.c.pick([2, 3]), ...s.slice(at)];
    const axis = this.c.oneIn(3) ? at - inner.length : at;
    return `${f}(${this.expr(inner, d)}, axis = ${axis})`;
  }

  private softmax(s: Shape, d: number): string {
    const f = this.c.pick(["softmax", "log_softmax"]);
    this.use(f);
    return `${f}(${this.expr(s, d)}, axis = ${this.c.int(s.length)})`;
  }

  private layout(s: Shape, d: number): string {
    const rank = s.length;
    switch (this.c.int(7)) {
      case 0: if (rank >= 1) {
        this.use("reshape");
        const from = this.c.pick([[size(s)], [...s].reverse(), [...s, 1]]);
        return `reshape(${this.expr(from, d)}, ${dims(s)})`;
      } break;
      case 1: if (rank >= 2) {
        this.use("transpose");
        const perm = [...s.keys()].reverse();
        if (this.c.oneIn(2)) [perm[0], perm[1]] = [perm[1], perm[0]];
        const from: Shape = [];
        perm.forEach((p, i) => (from[p] = s[i]));
        return `transpose(${this.expr(from, d)}, ${dims(perm)})`;
      } break;
      case 2: if (rank >= 1) {
        this.use("slice");
        const axis = this.c.int(rank), extra = this.c.pick([1, 2]), at = this.c.int(extra + 1);
        const from = s.map((dim, i) => (i === axis ? dim + extra : dim));
        const idx = [...Array(axis).fill(":"), `${at}:${at + s[axis]}`];
        return `${this.named(from, d)}[${idx.join(", ")}]`;
      } break;
      case 3: {
        this.use("index");
        const axis = this.c.int(rank + 1), k = this.c.pick([2, 3]);
        const from = [...s.slice(0, axis), k, ...s.slice(axis)];
        const i = this.c.int(2 * k) - k;
        return `${this.named(from, d)}[${[...Array(axis).fill(":"), i].join(", ")}]`;
      }
      case 4: if (rank >= 1 && s.some((dim) => dim >= 2)) {
        this.use("concat");
        const axis = this.c.pick(s.flatMap((dim, i) => (dim >= 2 ? [i] : [])));
        const cut = 1 + this.c.int(s[axis] - 1);
        const part = (n: number) => s.map((dim, i) => (i === axis ? n : dim));
        return `concat([${this.expr(part(cut), d)}, ${this.expr(part(s[axis] - cut), d)}], ` +
          `axis = ${axis})`;
      } break;
      case 5: if (s.includes(2)) {
        this.use("stack");
        const axis = this.c.pick(s.flatMap((dim, i) => (dim === 2 ? [i] : [])));
        const part = s.filter((_, i) => i !== axis);
        return `stack([${this.expr(part, d)}, ${this.expr(part, d)}], axis = ${axis})`;
      } break;
      case 6: if (rank === 2 && s[1] % 2 === 0) {
        this.use("flatten");
        return `flatten(${this.expr([s[0], 2, s[1] / 2], d)})`;
      } break;
    }
    return this.atom(s);
  }

  private mask(s: Shape, d: number): string {
    const cmp = this.c.pick(["<", ">", "<=", ">="]);
    this.use(cmp);
    const [sa, sb] = this.broadcastPair(s);
    const cond = `(${this.expr(sa, d)} ${cmp} ${this.expr(sb, d)})`;
    if (this.c.oneIn(2)) return `(${this.expr(s, d)} * ${cond})`;
    this.use("where");
    return `where(${cond}, ${this.expr(s, d)}, ${this.expr(s, d)})`;
  }

  /** grad(sum(f(l op e)), l): a gradient inside the model, so the loss's gradient is a
   * second derivative. l is a leaf or a binding of shape s. */
  private grad(s: Shape, d: number): string {
    this.use("grad");
    const l = this.c.oneIn(2) ? this.atom(s) : this.leaf(s, "param");
    const f = this.c.pick(SMOOTH);
    const inner = `${f}((${l} ${this.c.pick(["*", "+"])} ${this.expr(s, d)}))`;
    return `grad(sum(${inner}), ${l})`;
  }

  private instance(layer: string, key: string, create: string): string {
    const old = this.instances.filter((i) => i.layer === layer && i.key === key);
    if (old.length && this.c.oneIn(2)) return this.c.pick(old).name;
    const name = this.fresh(layer.toLowerCase().replace(/[^a-z]/g, ""));
    this.lines.push(`${name} = ${create}`);
    this.instances.push({ name, layer, key });
    return name;
  }

  private dense(s: Shape, d: number): string {
    const U = s.at(-1)!;
    const K = this.c.pick([2, 3]);
    const N = size(s.slice(0, -1));
    if (s.length === 3) {
      // Dense over the last axis of a sequence.
      this.use("Dense over [N, T, K]");
      const inst = this.instance("Dense", `${K} ${U} tanh`, `Dense(${U}, act = tanh)`);
      return `${inst}(${this.expr([...s.slice(0, -1), K], d)})`;
    }
    if (this.c.oneIn(3)) {
      this.use("user layer");
      this.usesAffine = true;
      const inst = this.instance("Affine", `${K} ${U}`, `Affine(${U})`);
      return `${inst}(${this.expr([N, K], d)})`;
    }
    this.use("Dense");
    const act = this.c.pick(["tanh", "identity", "relu", "sigmoid"]);
    const inst = this.instance("Dense", `${K} ${U} ${act}`, `Dense(${U}, act = ${act})`);
    return `${inst}(${this.expr([N, K], d)})`;
  }

  private noise(s: Shape, d: number): string {
    this.random = true;
    if (this.c.oneIn(2)) {
      this.use("normal");
      return `(${this.expr(s, d)} + normal(${dims(s.length ? s : [1])}, std = 0.1)` +
        `${s.length ? "" : "[0]"})`;
    }
    this.use("dropout");
    return `dropout(${this.expr(s, d)}, 0.3)`;
  }

  /** An embedding lookup (whose ids are an i32 input), or a one-hot mask. */
  private lookup(s: Shape, d: number): string {
    const ids = this.fresh("ids");
    const V = this.c.pick([3, 4]);
    if (this.c.oneIn(2)) {
      this.use("one_hot");
      this.decls.push(`input ${ids}: i32${dims(s.slice(0, -1))}`);
      return `(${this.expr(s, d)} * one_hot(${ids}, ${s.at(-1)}))`;
    }
    this.use("embedding");
    this.decls.push(`input ${ids}: i32${dims(s.slice(0, -1))}`);
    return `embedding(${this.leaf([V, s.at(-1)!], "param")}, ${ids})`;
  }

  private norm(s: Shape, d: number): string {
    // BatchNorm needs two values per channel: the running variance divides by n - 1.
    if (s.length >= 2 && size(s) / s[1] >= 2 && this.c.oneIn(2)) {
      this.use("BatchNorm");
      return `${this.instance("BatchNorm", dims(s), "BatchNorm()")}(${this.expr(s, d)})`;
    }
    this.use("LayerNorm");
    return `${this.instance("LayerNorm", dims(s), "LayerNorm()")}(${this.expr(s, d)})`;
  }

  /** A recurrent layer's last state [N, U] (or every step's, [N, T, U]), maybe over
   * per-sample lengths, from a given initial state, or both ways (Bidirectional: U even). */
  private recurrent(s: Shape, d: number): string {
    const [N] = s, U = s.at(-1)!;
    const every = s.length === 3;
    const T = every ? s[1] : 2;
    const layer = this.c.pick(["SimpleRNN", "GRU", "LSTM"]);
    this.use(layer);
    const D = this.c.pick([2, 1]);
    const seq = every ? ", sequences = true" : "";
    const x = this.expr([N, T, D], d);
    const lengths = this.c.oneIn(2) ? this.lengths(N) : undefined;
    const given = lengths ? `, lengths = ${lengths}` : "";
    if (U % 2 === 0 && this.c.oneIn(3)) {
      this.use("Bidirectional");
      const inst = this.instance("Bidirectional", `${layer} ${D} ${U}${seq}`,
        `Bidirectional(${layer}(${U / 2}${seq}))`);
      return `${inst}(${x}${given})`;
    }
    const inst = this.instance(layer, `${D} ${U}${seq}`, `${layer}(${U}${seq})`);
    if (!this.c.oneIn(3)) return `${inst}(${x}${given})`;
    this.use("initial state");
    const h0 = this.expr([N, U], d);
    const c0 = layer === "LSTM" ? `, c0 = ${this.expr([N, U], d)}` : "";
    return `${inst}(${x}${given}, h0 = ${h0}${c0})`;
  }

  /** An i32 input of per-sample sequence lengths (drawn from 0 to 3: some past T). */
  private lengths(N: number): string {
    this.use("lengths");
    const name = this.fresh("len");
    this.decls.push(`input ${name}: i32[${N}]`);
    return name;
  }

  /** [N, T, E]: attention, a recurrent layer over every step, or a reversed sequence. */
  private sequence(s: Shape, d: number): string {
    const [N, T, E] = s;
    switch (this.c.int(3)) {
      case 0: {
        this.use("MultiHeadAttention");
        const heads = E % 2 === 0 && this.c.oneIn(2) ? 2 : 1;
        const causal = this.c.oneIn(2);
        const inst = this.instance("MultiHeadAttention", `${E} ${heads} ${causal}`,
          `MultiHeadAttention(${heads}${causal ? ", causal = true" : ""})`);
        const q = this.named(s, d);
        if (this.c.oneIn(2)) return `${inst}(${q}, ${q}, ${q})`;
        const S = this.c.pick([2, 3]);
        const kv = this.named([N, S, E], d);
        return `${inst}(${q}, ${kv}, ${kv})`;
      }
      case 1: return this.recurrent(s, d);
      default: {
        this.use("reverse_sequence");
        const lengths = this.c.oneIn(2) ? `, ${this.lengths(N)}` : "";
        return `reverse_sequence(${this.expr([N, T, E], d)}${lengths})`;
      }
    }
  }

  /** Ops of integer positions: argmax and argmin picking one-hot rows, arange, triangles. */
  private positions(s: Shape, d: number): string {
    const n = s.at(-1)!;
    switch (this.c.int(3)) {
      case 0: {
        const f = this.c.pick(["argmax", "argmin"]);
        this.use(f);
        const axis = this.c.int(s.length);
        const inner = [...s.slice(0, axis), this.c.pick([2, 3]), ...s.slice(axis, -1)];
        return `(${this.expr(s, d)} * one_hot(${f}(${this.expr(inner, d)}, axis = ${axis}), ${n}))`;
      }
      case 1: {
        this.use("arange");
        const range = this.c.oneIn(2) ? `float(arange(1, ${n + 1}))` : `arange(-0.5, ${n - 0.5})`;
        return `(${this.expr(s, d)} * ${range})`;
      }
      default: {
        if (s.length < 2) break;
        const f = this.c.pick(["tril", "triu"]);
        this.use(f);
        return `${f}(${this.expr(s, d)}, ${this.c.pick([0, 1, -1])})`;
      }
    }
    return this.atom(s);
  }

  /** conv1d [N, C, L] to s = [N, O, Lo], or a Conv1D layer with "same" padding. */
  private conv1d(s: Shape, d: number): string {
    const [N, O, Lo] = s;
    const C = this.c.pick([1, 2]), k = this.c.pick([2, 1, 3]);
    if (this.o.layers && this.c.oneIn(3)) {
      this.use("Conv1D");
      const inst = this.instance("Conv1D", `${C} ${O} ${k}`, `Conv1D(${O}, ${k}, padding = "same")`);
      return `${inst}(${this.expr([N, C, Lo], d)})`;
    }
    this.use("conv1d");
    const stride = this.c.pick([1, 2]), pad = this.c.int(k);
    const L = (Lo - 1) * stride + k - 2 * pad;
    if (L < 1 || Math.floor((L + 2 * pad - k) / stride) + 1 !== Lo) return this.atom(s);
    return `conv1d(${this.expr([N, C, L], d)}, ${this.leaf([O, C, k], "param")}, ` +
      `stride = ${stride}, padding = ${pad})`;
  }

  /** A recurrence written out: h = tanh(h @ W + x[:, t]) over t, rebinding h; in variants
   * that read x backwards, draw dropout in the body, use the index as a number, gather the
   * steps in a list, nest a second loop, or (a first step unlike the others) unroll. */
  private loop(s: Shape, d: number): string {
    this.use("for");
    const [N, U] = s;
    const T = this.c.pick([2, 3]);
    const variant = this.c.pick(["plain", "backwards", "dropout", "index", "gathered", "nested",
      "unrolled"]);
    const x = this.named(variant === "nested" ? [N, T, 2, U] : [N, T, U], d);
    const h = this.bind(this.expr(s, d), s);
    const w = this.leaf([U, U], "param");
    this.use(`for ${variant}`);
    let step = `${h} @ ${w}`;
    if (variant === "dropout" && this.o.random) {
      this.random = true;
      step = `dropout(${h}, 0.3) @ ${w}`;
    }
    if (variant === "index") step = `${step} * (0.5 + 0.25 * t)`;
    const next = `tanh(${step} + ${x}[:, ${variant === "backwards" ? `${T - 1} - t` : "t"}])`;
    if (variant === "nested") {
      this.lines.push(`for t in 0..${T} {`, "  for u in 0..2 {",
        `    ${h} = tanh(${step} + ${x}[:, t, u])`, "  }", "}");
    } else if (variant === "unrolled") {
      this.lines.push(`for t in 0..${T} {`, `  ${h} = t == 0 ? tanh(${x}[:, 0]) : ${next}`, "}");
    } else if (variant === "gathered") {
      const hs = this.fresh("hs");
      this.lines.push(`${hs} = []`, `for t in 0..${T} {`, `  ${h} = ${next}`,
        `  ${hs} = ${hs} + [${h}]`, "}");
      return `mean(stack(${hs}, 1), axis = 1)`;
    } else {
      this.lines.push(`for t in 0..${T} {`, `  ${h} = ${next}`, "}");
    }
    return h;
  }

  /** A convolution or pooling of an image [N, C, H, W] whose output is s. */
  private image(s: Shape, d: number): string {
    const [N, O, Ho, Wo] = s;
    const k = this.c.pick([2, 1, 3]), stride = this.c.pick([1, 2]);
    // The smallest input the window fits: (Ho - 1) * stride + k, less any padding.
    const side = (out: number, pad: number) => Math.max(1, (out - 1) * stride + k - 2 * pad);
    switch (this.c.int(6)) {
      case 3: return this.transposed(s, d);
      case 4: {
        this.use("upsample2d");
        const scale = (n: number) => this.c.pick([1, 2, 3].filter((f) => n % f === 0));
        const [sh, sw] = [scale(Ho), scale(Wo)];
        const mode = this.c.pick(["nearest", "bilinear"]);
        return `upsample2d(${this.expr([N, O, Ho / sh, Wo / sw], d)}, [${sh}, ${sw}], "${mode}")`;
      }
      case 0: {
        this.use("conv2d");
        const C = this.c.pick([1, 2]), pad = this.c.int(k);
        const [H, W] = [side(Ho, pad), side(Wo, pad)];
        const out = (n: number) => Math.floor((n + 2 * pad - k) / stride) + 1;
        if (out(H) !== Ho || out(W) !== Wo) break;
        const bias = this.c.oneIn(2) ? `, bias = ${this.leaf([O], "param")}` : "";
        return `conv2d(${this.expr([N, C, H, W], d)}, ${this.leaf([O, C, k, k], "param")}, ` +
          `stride = ${stride}, padding = ${pad}${bias})`;
      }
      case 1: case 5: {
        const f = this.c.pick(["max_pool2d", "avg_pool2d"]);
        this.use(f);
        return `${f}(${this.expr([N, O, side(Ho, 0), side(Wo, 0)], d)}, ${k}, stride = ${stride})`;
      }
      case 2: if (this.o.layers) {
        this.use("Conv2D");
        const C = this.c.pick([1, 2]);
        const inst = this.instance("Conv2D", `${C} ${O} ${k}`,
          `Conv2D(${O}, ${k}, padding = "same", act = tanh)`);
        return `${inst}(${this.expr([N, C, Ho, Wo], d)})`;
      } break;
    }
    return this.atom(s);
  }

  /** conv2d_transpose (or a Conv2DTranspose layer) from [N, C, H, W] to s = [N, O, Ho, Wo]:
   * Ho = (H - 1) * stride - 2 * padding + k + output_padding, for an H that exists. */
  private transposed(s: Shape, d: number): string {
    const [N, O, Ho, Wo] = s;
    const k = this.c.pick([2, 1, 3]), stride = this.c.pick([1, 2]);
    const pad = this.c.int(k), extra = this.c.int(stride);
    const side = (out: number) => (out + 2 * pad - k - extra) / stride + 1;
    const [H, W] = [side(Ho), side(Wo)];
    if (![H, W].every((n) => Number.isInteger(n) && n >= 1)) return this.atom(s);
    const C = this.c.pick([1, 2]);
    const args = `stride = ${stride}, padding = ${pad}, output_padding = ${extra}`;
    if (this.o.layers && this.c.oneIn(3)) {
      this.use("Conv2DTranspose");
      const inst = this.instance("Conv2DTranspose", `${C} ${O} ${k} ${args}`,
        `Conv2DTranspose(${O}, ${k}, ${args}, act = tanh)`);
      return `${inst}(${this.expr([N, C, H, W], d)})`;
    }
    this.use("conv2d_transpose");
    const bias = this.c.oneIn(2) ? `, bias = ${this.leaf([O], "param")}` : "";
    return `conv2d_transpose(${this.expr([N, C, H, W], d)}, ${this.leaf([C, O, k, k], "param")}, ` +
      `${args}${bias})`;
  }

  // ---- the model ---------------------------------------------------------------------------

  model(): string {
    const s = this.o.loops ? this.shape(2).concat([2, 3]).slice(0, 2) : this.shape();
    const out = this.expr(s, this.o.depth);
    this.lines.push(`output out = ${out}`);
    this.outputs.set("out", s);
    const terms = [this.lossTerm(s)];
    const params = this.pool.filter((p) => p.leaf === "param").map((p) => p.name);
    if (params.length && this.c.oneIn(3)) {
      const f = this.c.pick(["l2", "l1"]);
      this.use(f);
      terms.push(`0.01 * ${f}(${params.slice(0, 2).join(", ")})`);
    }
    this.lines.push(`loss = ${terms.join(" + ")}`);
    this.lines.push("train step: minimize loss with sgd(lr = 0.1)");
    // A second step over a subset of the params, as a GAN's steps are. (Over a param of
    // the model: an instance has no params if no mode ever calls it.)
    if (params.length && this.c.oneIn(3)) {
      this.use("two steps");
      this.lines.push(`aux = mean(square(out))`);
      this.lines.push(`train step2: minimize aux over ${this.c.pick(params)} with sgd(lr = 0.05)`);
    }
    const layer = this.usesAffine ? [
      "layer Affine(units)(x: [N, K]) {",
      "  param W: [K, units] = normal(0.7)",
      "  param b: [units] = uniform(-0.5, 0.5)",
      "  return x @ W + b",
      "}", "",
    ] : [];
    return [...layer, "model Generated {", ...[...this.decls, ...this.lines].map((l) => `  ${l}`),
      "}", ""].join("\n");
  }

  private lossTerm(s: Shape): string {
    if (s.length === 2 && this.c.oneIn(3)) {
      const f = this.c.pick(["cross_entropy", "mse", "bce_with_logits"]);
      this.use(f);
      if (f === "cross_entropy") {
        const y = this.fresh("labels");
        this.decls.push(`input ${y}: i32[${s[0]}]`);
        return `cross_entropy(out, ${y})`;
      }
      return `${f}(out, ${f === "mse" ? this.leaf(s, "input") : `sigmoid(${this.leaf(s, "input")})`})`;
    }
    return `sum(out * ${this.leaf(s, "input")})`;
  }
}

export function generate(choices: readonly number[], options: GenOptions = {}): Generated {
  const g = new Generator(choices, { random: true, grad: true, layers: true, depth: 4,
    loops: false, ...options });
  const source = g.model();
  return { source, outputs: g.outputs, features: g.features, random: g.random };
}
