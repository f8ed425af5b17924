// A module worker that runs exercise() on the compiled module whose URL it is sent.
import { exercise, type Plan } from "./exercise.ts";

self.onmessage = async (e: MessageEvent<{ url: string; plan: Plan }>) => {
  try {
    postMessage({ ok: exercise(await import(e.data.url), e.data.plan) });
  } catch (err) {
    postMessage({ error: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err) });
  }
};
