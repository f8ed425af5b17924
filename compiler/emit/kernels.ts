// The module's kernel functions: each is written over parameters (its tensors' offsets, o0,
// o1, ...) rather than over fixed places, so kernels that compute the same thing on other
// tensors are the same code and one function serves every entry point that needs it (an
// unrolled loop's time steps, the forward pass of predict and of every train step).
import { type Ref, ROWS } from "./js/loops.ts";

/** Whether a kernel's code reads the batch fed (a bounded dim's, compiler/ir/lead.ts). */
export const usesRows = (body: string): boolean => new RegExp(`\\b${ROWS}\\b`).test(body);

export class KernelCache {
  private readonly byBody = new Map<string, string>();
  private code = "";

  /** The function computing `body` over `params` parameters, defined once per module. */
  fn(body: string, params: number, comment: string): string {
    const key = `${params}\n${body}`;
    let name = this.byBody.get(key);
    if (name === undefined) {
      name = `k${this.byBody.size}`;
      this.byBody.set(key, name);
      const list = [...Array.from({ length: params }, (_, k) => `o${k}`),
        ...(usesRows(body) ? [ROWS] : [])].join(", ");
      this.code += `function ${name}(${list}) { // ${comment.replace(/[\r\n\u2028\u2029]/g, " ")}\n${body}}\n`;
    }
    return name;
  }

  get count(): number {
    return this.byBody.size;
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
