// What a model declares (inputs, params, state, outputs, train steps, instances), shared by
// both modes' elaborations, and what one mode's elaboration leaves behind.
import type { Expr, Span } from "../../dsl/ast.ts";
import type { GraphBuilder } from "../ir/builder.ts";
import type { OptimizerName } from "../optim/table.ts";
import type { Effects } from "./effects.ts";
import type { InitSpec, Instance, Value } from "./values.ts";

export interface Declared {
  name: string;
  shape: number[];
  span: Span;
}
/** `lead`: rows per sample of the bounded batch on its leading axis (compiler/ir/lead.ts). */
export interface InputDecl extends Declared { dtype: "f" | "i"; lead?: number }
export interface ParamDecl extends Declared { init: InitSpec }

export interface OptimizerSpec {
  name: OptimizerName;
  args: Record<string, number | boolean>;
}

export interface StepDecl {
  name: string;
  /** The loss's binding name if it is a plain name, else the step's name. */
  lossName: string;
  loss: Expr;
  over: Expr[];
  optimizer: OptimizerSpec;
  span: Span;
}

/** What a model declares, shared by both modes' elaborations. */
export interface ModelDecls {
  name: string;
  inputs: Map<string, InputDecl>;
  params: Map<string, ParamDecl>;
  state: Map<string, ParamDecl>;
  outputs: string[];
  steps: StepDecl[];
  /** Instance prefixes, for `over` selections. */
  instances: Set<string>;
  /** Each `for` loop elaborated: whether it became a loop node, or why it was unrolled. */
  loops: LoopReport[];
}

export interface LoopReport {
  span: Span;
  steps: number;
  rolled: boolean;
  reason?: string;
}

/**
 * One call the elaboration made: of a layer instance, or of a built-in function. The nodes
 * it made are ids first..end-1 of the graph as elaborated (a call's nodes are appended while
 * it runs, so calls nest as these ranges do). `kiln graph` and `kiln summary` draw layers
 * from them (compiler/tools/layers.ts).
 */
export interface CallRecord {
  /** The instance called, or the builtin's name. */
  callee: Instance | string;
  span: Span;
  first: number;
  end: number;
  /** The types of what the call returned (`f32[64, 10]`), taken as it returned: a call in a
   * loop that stays a loop made nodes the loop's body holds afterwards. */
  shapes: string[];
}

/** One mode's elaboration: the builder holding its graph and where things ended up. */
export interface ModeResult {
  b: GraphBuilder;
  outputs: Map<string, number>;
  losses: Map<string, number>;
  /** State updates in program order (training mode), applied per step by compiler/updates.ts. */
  effects: Effects;
  scope: Map<string, Value>;
  calls: CallRecord[];
}

export function emptyDecls(name: string): ModelDecls {
  return { name, inputs: new Map(), params: new Map(), state: new Map(), outputs: [], steps: [],
    instances: new Set(), loops: [] };
}
