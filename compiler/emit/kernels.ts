// The module's kernel functions: each is written over parameters (its tensors' offsets, o0,
// o1, ...) rather than over fixed places, so kernels that compute the same thing on other
// tensors are the same code and one function serves every entry point that needs it (an
// unrolled loop's time steps, the forward pass of predict and of every train step).
import type { Graph, Node } from "../ir/types.ts";
import { attrsKey } from "../passes/rewrite.ts";
import { type Ref, ROWS } from "./js/loops.ts";

/** Whether a kernel's code reads the batch fed (a bounded dim's, compiler/ir/lead.ts). */
const ROWS_WORD = new RegExp(`\\b${ROWS}\\b`);
const usesRows = (body: string): boolean => ROWS_WORD.test(body);

export class KernelCache {
  /** Function names by parameter count, then body. */
  private readonly byBody = new Map<number, Map<string, { name: string; rows: boolean }>>();
  private functions = 0;
  /** Kernel bodies already written, by the structure of what they compute (`Shapes`). */
  readonly written = new Map<string, Written>();
  /** Each node description structure keys have met, by number: keys hold the number, so
   * they stay short to build and to hash (a 1000-layer step has two thousand groups). */
  private readonly descriptions = new Map<string, number>();
  private code = "";

  /** The number standing for node description `d` in this module's structure keys. */
  described(d: string): number {
    let k = this.descriptions.get(d);
    if (k === undefined) this.descriptions.set(d, k = this.descriptions.size);
    return k;
  }

  /** The function computing `body` over `params` parameters, defined once per module. */
  fn(body: string, params: number, comment: string): { name: string; rows: boolean } {
    let bodies = this.byBody.get(params);
    if (!bodies) this.byBody.set(params, bodies = new Map());
    let f = bodies.get(body);
    if (f === undefined) {
      f = { name: `k${this.functions++}`, rows: usesRows(body) };
      bodies.set(body, f);
      const list = [...Array.from({ length: params }, (_, k) => `o${k}`),
        ...(f.rows ? [ROWS] : [])].join(", ");
      this.code += `function ${f.name}(${list}) { // ${comment.replace(/[\r\n\u2028\u2029]/g, " ")}\n${body}}\n`;
    }
    return f;
  }

  get count(): number {
    return this.functions;
  }

  /** A cache of its own, for code made only to be measured. */
  scratch(): KernelCache {
    return new KernelCache();
  }

  get source(): string {
    return this.code;
  }
}

/**
 * One kernel's parameters: each tensor offset it is given becomes a parameter, in order of
 * first use (the same offset twice is one parameter). `values` are the call's arguments: a
 * number, or in a loop's body an expression of its step (`1024 + t0 * 64`).
 */
export class KernelParams {
  readonly values: (number | string)[] = [];
  private readonly index = new Map<string, number>();

  /** `ref` with its offset (and its float mirror's, for a `hyper`) as parameters. */
  ref(ref: Ref): Ref {
    if (ref.lit !== undefined) return ref;
    const off = this.param(ref.arr, ref.off);
    const mirror = ref.mirror === undefined ? undefined : this.param("F", ref.mirror);
    return mirror === undefined ? { ...ref, off } : { ...ref, off, mirror };
  }

  /** A trip count as a parameter: one function then serves loops of every length. */
  count(n: number | string): string {
    return this.param("n", n);
  }

  private param(arr: string, off: number | string): string {
    const key = `${arr}${off}`;
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.values.length;
      this.values.push(off);
      this.index.set(key, k);
    }
    return `o${k}`;
  }
}

/** A kernel body as written, and the parameters its writing asked for, in order: the local
 * index of a node whose memory it reads or writes (its offset; or "m" and the index, its
 * float mirror's), or a trip count. */
export interface Written {
  body: string;
  asked: (number | { count: number | string })[];
}

/**
 * A key equal for groups of nodes whose kernels are the same code: the members' ops, attrs,
 * shapes and links (as local indices: members in order, then the outside nodes they read),
 * the outside nodes' shapes and constant values, and where each node is (its ref without the
 * offset: array, literal, strides; and which nodes share an offset, since one offset is one
 * parameter). A kernel's code reads nothing else of the graph or the plan (entry.ts holds
 * the emitted-code snapshots to that: a kernel reused from this key must be byte-identical).
 * Kernels are written once per key rather than once per group and then shared by their
 * text: a stack of 1000 equal layers writes each kernel once.
 */
export function structureKey(g: Graph, members: readonly number[], stored: ReadonlySet<number>,
  refs: readonly (Ref | undefined)[], locals: Map<number, number>, descs: number[],
  cache: KernelCache): string {
  const ids = [...members];
  for (let k = 0; k < members.length; k++) locals.set(members[k], locals.size);
  for (let k = 0; k < members.length; k++) {
    const ins = g.nodes[members[k]].inputs;
    for (let j = 0; j < ins.length; j++) {
      if (!locals.has(ins[j])) { locals.set(ins[j], locals.size); ids.push(ins[j]); }
    }
  }
  // Places (array and offset) numbered in order of first use; groups have a few dozen.
  const places: string[] = [];
  const place = (arr: string, off: number | string) => {
    const key = arr + off;
    const k = places.indexOf(key);
    return k >= 0 ? k : places.push(key) - 1;
  };
  let key = "";
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const n = g.nodes[id];
    if (k < members.length) {
      key += (stored.has(id) ? "s" : "m") + (descs[2 * id] ??= cache.described(describe(n, true)));
      for (let j = 0; j < n.inputs.length; j++) key += ` ${locals.get(n.inputs[j])}`;
    } else {
      // An outside node is read by place (a param's name is not the kernel's business).
      key += "x" + (descs[2 * id + 1] ??= cache.described(describe(n, false)));
    }
    const r = refs[id];
    if (r) {
      key += ` @${r.arr}${place(r.arr, r.off)}`;
      if (r.lit !== undefined) key += `=${r.lit}`;
      if (r.strides) key += `/${r.strides.join(",")}`;
      if (r.mirror !== undefined) key += `~${place("F", r.mirror)}`;
    }
    key += ";";
  }
  return key;
}

/** What of a node a kernel's code may read, apart from its links and its place. */
function describe(n: Node, member: boolean): string {
  const slab = n.slab ? `${n.slab.count}x${n.slab.rows}` : "";
  const what = member ? `{${attrsKey(n.attrs)}}` : n.op === "const" ? `=${n.attrs.value}` : "";
  return `${n.op} ${n.dtype}[${n.shape.join(",")}] ${n.lead ?? 0} ${slab} ${what}`;
}
