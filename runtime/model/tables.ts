// What a compiled module hands the runtime: its metadata, where every tensor lives in the
// arena, and its entry points (the code's run functions, in the same order). The compiler
// writes these tables (compiler/emit/module.ts); the runtime builds the model's API on them.

/** A tensor's place: float memory F or int memory I, at an element offset. */
export interface Place {
  arr: "F" | "I";
  off: number;
}

export interface TensorTable {
  name: string;
  shape: number[];
  off: number;
  size: number;
}

export interface PersistentTable extends TensorTable {
  kind: "param" | "state" | "optim";
}

/** `lead`: with a bounded dim, the rows per sample of the tensor's leading axis, which a call
 * fills for the batch fed only (compiler/ir/lead.ts); absent, the tensor does not vary. */
export interface InputTable {
  name: string;
  dtype: "f32" | "f64" | "i32";
  shape: number[];
  place: Place;
  lead?: number;
}

export interface OutputTable {
  name: string;
  shape: number[];
  place: Place;
  lead?: number;
}

export interface StepTable {
  name: string;
  loss: string;
  optimizer: string;
  args: Record<string, number | boolean>;
  params: string[];
  /** Where the learning rate and the step count go before each run: H (float64) and F. */
  lr: { h: number; f: number };
  t: { h: number; f: number };
  /** The loss, in F. */
  value: number;
}

export interface GradientsTable {
  loss: string;
  mode: "train" | "eval";
  value: number;
  grads: { name: string; off: number; size: number; lead?: number }[];
}

export interface EntryTable {
  /** The inputs this entry reads. */
  feeds: string[];
  /** Per kernel call: the offset and length of its float result to check (length 0: not
   * checked), and its row of `info` (what it computes and where in the model file). A call
   * in a loop's body passes its result's offset at each step (and the steps) to the check. A
   * negative length is the elements per sample of a result that varies with the batch fed. */
  checks: number[];
}

export interface ModuleTables {
  /** Element counts of the float, int and float64 (per-step scalars) memories. */
  NF: number;
  NI: number;
  NH: number;
  arenaBytes: number;
  /** Params, state and optimizer slots: F[0, persistentEnd). */
  persistent: PersistentTable[];
  persistentEnd: number;
  /** Folded constant tensors: their offset in F and values. */
  constants: [number, number[]][];
  inputs: InputTable[];
  outputs: OutputTable[];
  /** A bounded dim (`dim B <= 64`): its bound, and where each call sets the batch fed
   * (H, float64, and its float copy in F). */
  batch?: { bound: number; h: number; f: number };
  steps: StepTable[];
  gradients: GradientsTable[];
  /** predict, then each step, then each gradients entry. */
  entries: EntryTable[];
  /** Kernel descriptions for checks, their texts as indices into `strings`: [op, place in
   * the model file, result type, the ops fused into it (op and place, in turn), the loop's
   * place (or "") and, for a result written with strides (into its slice of a concat's
   * result), its strides and shape: the check then spans its first element to its last, and
   * an offset in that span names an element by them]. */
  info: [op: number, where: number, type: number, fused: number[], loop?: number,
    view?: [strides: number[], shape: number[]]][];
  /** The texts `info` names. */
  strings: string[];
  predictOnly: boolean;
}

/** Every run function takes an optional check, called after each kernel with its index
 * (inside a loop, also where its result is at this step, and the steps of the loops around
 * it, outermost first). */
export type Run = (check?: (k: number, off?: number, ...steps: number[]) => void) => void;
