// The canonical form: constants folded, the algebra's rules applied (algebra.ts), and one node
// per distinct computation. All three happen in one constructor that every node of the graph
// is rebuilt through, in order: a node's inputs are canonical before it is built, and what a
// rule builds goes through the same constructor, so one walk reaches a fixed point (the
// property tests check that a second walk changes nothing). Run apart, as three passes, they
// fed each other and took two rounds of three walks over every entry graph; folded into one
// constructor they take one walk, as value numbering does in an SSA builder.
//
// The three remain passes of their own, for tests and for `-O` levels to name: each is the
// same constructor with the other two concerns switched off.
import type { Attrs, Graph, LoopBody, Node } from "../ir/types.ts";
import { bodyOf } from "../ir/loop.ts";
import { GraphBuilder } from "../ir/builder.ts";
import { sameShape, showShape, size } from "../ir/shape.ts";
import type { Tensor } from "../ir/tensor.ts";
import { isRandom, OPS } from "../ops/table.ts";
import type { EvalContext } from "../ops/types.ts";
import type { OpName } from "../ir/types.ts";
import { type Candidate, Rewriter, RULES } from "./algebra.ts";
import { computationKey, rebuild } from "./rewrite.ts";

/** The most elements a folded tensor may have: beyond it, the module would carry a large
 * table where the graph had a few cheap nodes. */
export const FOLD_LIMIT = 1024;

/** Which concerns the constructor applies. */
export interface Concerns {
  /** Nodes whose inputs are all constants are evaluated now, with the reference evaluator:
   * a scalar `const`, a `broadcast` of one when every element is equal, or (up to FOLD_LIMIT
   * elements) a `tensor_const`. Random draws never; integer results are left to run (their
   * one use, labels, is fed). */
  readonly fold: boolean;
  /** The algebra's rules (algebra.ts). */
  readonly simplify: boolean;
  /** A node equal to an earlier one (same op, inputs and attrs; `a * b` = `b * a`) is that
   * one. Leaves of one name are one tensor within an entry point (state changes only after
   * the step), so they merge too; random draws never do. A loop's outputs that are the same
   * (one body value stacked alike) are read as one, and dead-node elimination drops the
   * others (a reverse loop stacked dz twice, once for dWh). */
  readonly share: boolean;
  /** `stop_gradient(x)` is `x` (a graph whose gradients are built: removeStopGradients.ts). */
  readonly dropStops?: boolean;
}

export function canonicalize(g: Graph): Graph {
  return rewrite(g, ALL, canonicalize);
}

/** canonicalize for a graph whose gradients are built, with removeStopGradients done in the
 * same walk: the pipeline's first rewrite after differentiation, one walk over the step's
 * tens of thousands of nodes fewer. */
export function canonicalizeDifferentiated(g: Graph): Graph {
  return rewrite(g, { ...ALL, dropStops: true }, canonicalizeDifferentiated);
}

export function foldConstants(g: Graph): Graph {
  return rewrite(g, { fold: true, simplify: false, share: false }, foldConstants);
}

export function simplifyAlgebra(g: Graph): Graph {
  return rewrite(g, { fold: false, simplify: true, share: false }, simplifyAlgebra);
}

export function eliminateCommonSubexpressions(g: Graph): Graph {
  return rewrite(g, { fold: false, simplify: false, share: true }, eliminateCommonSubexpressions);
}

const ALL: Concerns = { fold: true, simplify: true, share: true };

function rewrite(g: Graph, concerns: Concerns, bodies: (g: Graph) => Graph): Graph {
  const b = new GraphBuilder();
  const c = new Canonicalizer(b, concerns);
  return rebuild(g, (n, ins) => c.make(n.op, ins, n.attrs, n), { b, bodies });
}

class Canonicalizer extends Rewriter {
  private readonly relus = new Map<number, number>();
  /** The value of each node known to be constant (folding). */
  private readonly values = new Map<number, Tensor>();
  /** The node built for each candidate seen, by its key (sharing). */
  private readonly built = new Map<string | number, number>();

  constructor(private readonly b: GraphBuilder, private readonly concerns: Concerns) {
    super();
  }

  get nodes(): readonly Node[] {
    return this.b.nodes;
  }

  relu(x: number): number | undefined {
    return this.relus.get(x);
  }

  add(op: OpName, inputs: readonly number[], attrs: Attrs = {}): number {
    return this.make(op, inputs, attrs);
  }

  /** The canonical node for `op` over `inputs`; `original`, when given, is the node being
   * rebuilt, whose shape the candidate has (inputs keep their shapes), so no shape rule runs
   * for it. */
  make(op: OpName, inputs: readonly number[], attrs: Attrs, original?: Node): number {
    if (op === "stop_gradient" && this.concerns.dropStops) return inputs[0];
    const key = this.concerns.share ? this.key(op, inputs, attrs, original) : undefined;
    if (key !== undefined) {
      const hit = this.built.get(key);
      if (hit !== undefined) return hit;
    }
    const id = this.build(op, inputs, attrs, original);
    if (key !== undefined) this.built.set(key, id);
    return id;
  }

  /** The key of a candidate, equal for equal computations; undefined for random draws.
   * Rules depend only on the candidate, so an equal candidate gets the node built for the
   * first one. */
  private key(op: OpName, inputs: readonly number[], attrs: Attrs, original?: Node):
    string | number | undefined {
    // (Rules build no loops: a loop here is a node being rebuilt.)
    if (op === "loop" && original && isRandom(original)) return undefined;
    if (op === "loop_output") {
      const index = firstEqual(bodyOf(this.b.node(inputs[0])), attrs.index as number);
      return computationKey(op, inputs, { index });
    }
    return computationKey(op, inputs, attrs);
  }


  private build(op: OpName, inputs: readonly number[], attrs: Attrs, original?: Node): number {
    const { shape, dtype } = original ?? OPS[op].shape(inputs.map((i) => this.b.node(i)), attrs);
    const c: Candidate = { op, inputs, attrs, shape, dtype };
    if (this.concerns.fold) {
      const folded = this.fold(c, original);
      if (folded !== undefined) return folded;
    }
    if (this.concerns.simplify) {
      for (const rule of RULES) {
        const id = rule(c, this);
        if (id === undefined) continue;
        const n = this.b.node(id);
        if (!sameShape(n.shape, shape) || n.dtype !== dtype) {
          throw new Error(`internal: simplifying ${op} gave ${showShape(n.shape, n.dtype)}, ` +
            `not ${showShape(shape, dtype)}`);
        }
        return id;
      }
    }
    const id = original ? this.b.copy(original, inputs) : this.b.add(op, inputs, attrs);
    if (op === "relu") this.relus.set(inputs[0], id);
    if (this.concerns.fold) this.remember(id);
    return id;
  }

  /** The node holding c's value, if c's inputs are all constants and c may be folded. */
  private fold(c: Candidate, original?: Node): number | undefined {
    const def = OPS[c.op];
    if (c.op === "const" || c.op === "tensor_const" || def.kind === "leaf" || def.kind === "loop" || def.kind === "part" ||
      def.effects === "random" || c.dtype !== "f" || size(c.shape) > FOLD_LIMIT) return undefined;
    // A broadcast of a scalar is how a folded value is written: it stays (its value is
    // remembered when it is built).
    if (c.op === "broadcast" && this.b.node(c.inputs[0]).op === "const") return undefined;
    const args: Tensor[] = [];
    for (const i of c.inputs) {
      const t = this.values.get(i);
      if (t === undefined) return undefined;
      args.push(t);
    }
    const t = def.eval(args, original ?? nodeOf(c), noContext);
    const v = t.data;
    const id = v.every((x) => Object.is(x, v[0])) ? this.broadcastTo(this.scalar(v[0]), c.shape)
      : this.add("tensor_const", [], { shape: c.shape, values: Array.from(v) });
    this.values.set(id, t);
    return id;
  }

  /** Records the value of a constant just built: a `const`, a `tensor_const`, or a broadcast
   * of a `const` small enough to fold through. */
  private remember(id: number): void {
    const n = this.b.node(id);
    if (n.op === "const" || n.op === "tensor_const") {
      this.values.set(id, OPS[n.op].eval([], n, noContext));
    } else if (n.op === "broadcast" && size(n.shape) <= FOLD_LIMIT) {
      const x = this.values.get(n.inputs[0]);
      if (x !== undefined && this.b.node(n.inputs[0]).op === "const") {
        this.values.set(id, OPS.broadcast.eval([x], n, noContext));
      }
    }
  }
}

const nodeOf = (c: Candidate): Node => ({ id: -1, ...c });

/** The first of a loop's outputs equal to output `index`. (Specs are compared field by
 * field: passes build them with their keys in any order.) */
function firstEqual(body: LoopBody, index: number): number {
  const key = (k: number) => {
    const o: Record<string, unknown> = { ...body.outputs[k] };
    if ("value" in o) o.value = body.graph.outputs[o.value as number].node;
    return Object.keys(o).sort().map((f) => `${f}=${o[f]}`).join(";");
  };
  const want = key(index);
  return body.outputs.findIndex((_, k) => key(k) === want);
}

const fail = (what: string) => () => { throw new Error(`internal: folding reached ${what}`); };
const noContext: EvalContext = {
  input: fail("an input"),
  param: fail("a param"),
  state: fail("a state"),
  hyper: fail("a hyper"),
  rng: { uniform: fail("a random draw"), normal: fail("a random draw") },
  arg: fail("a loop's input"),
  index: fail("a loop's index"),
  loop: fail("a loop"),
};
