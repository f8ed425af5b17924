// The page's side of the compiler's worker: each request a promise of its answer.
import type { Answers, Reply, Request } from "./protocol.ts";

export class Compiler {
  private readonly worker = new Worker(new URL("./compiler.worker.ts", import.meta.url),
    { type: "module" });
  private next = 1;
  private readonly pending = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();

  constructor() {
    this.worker.addEventListener("message", (e: MessageEvent<Reply>) => {
      const r = e.data;
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      if ("error" in r) p?.fail(new Error(r.error));
      else p?.ok(r.value);
    });
  }

  ask<K extends Request["kind"]>(request: Extract<Request, { kind: K }>): Promise<Answers[K]> {
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.worker.postMessage({ id, request });
    });
  }
}
