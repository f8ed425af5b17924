// A module worker that runs exercise() on each compiled module whose URL it is sent.
import { exercise, type Plan } from "./exercise.ts";

self.onmessage = async (e: MessageEvent<{ id: number; url: string; plan: Plan }>) => {
  const { id, url, plan } = e.data;
  try {
    postMessage({ id, ok: exercise(await import(url), plan) });
  } catch (err) {
    const error = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err);
    postMessage({ id, error });
  }
};
