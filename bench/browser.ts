// The MNIST MLP's training step in headless Chromium (Debian's chromium, through playwright-core),
// against the same module in Node and against TF.js's WASM backend in the same page: the model,
// weights and batches of bench/mlp.ts. A page under a Content-Security-Policy without
// 'wasm-unsafe-eval' shows what a float32 module costs on its JS loops. The page times runs of
// steps with its own clock (and the renderer's CPU time from the DevTools protocol), rounds
// interleaved with Node's as harness.ts does for every workload.
import { execFileSync } from "node:child_process";
import type { CDPSession, Page } from "playwright-core";
import { compile, importModule } from "../compiler/index.ts";
import { CHROMIUM, launchChromium } from "../test/support/chromium.ts";
import { page, type Served, serve } from "../test/support/serve.ts";
import type { PageTrainer } from "./browserPage.ts";
import type { MeasureOptions } from "./harness.ts";
import { initialWeights, MLP_SOURCE, mnistBatches } from "./mlp.ts";
import { tfjs, tfVersion } from "./peers/index.ts";
import { IN, tfMlpStep, type Weights } from "./peers/tfMlp.ts";
import { kilnTrainer, type Row, timeTraining, type Trainer, type TrainTiming } from "./training.ts";

const BATCH = 64;

export interface BrowserTrainResult extends TrainTiming {
  batch: number;
  /** Kiln in Chromium's samples/s over each other contender's. */
  ratios: Record<string, number>;
  versions: Record<string, string>;
  notes: string[];
}

const bin = (a: Float32Array | Int32Array): Served => ({
  body: new Uint8Array(a.buffer, a.byteOffset, a.byteLength), type: "application/octet-stream" });

/** What the pages load: the compiled module, the batches and weights, and the pages. */
function files(js: string, weights: Weights, x: Float32Array[], y: Int32Array[]): Map<string, Served> {
  const cat = <T extends Float32Array | Int32Array>(parts: T[], make: (n: number) => T) => {
    const out = make(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
    return out;
  };
  const map = new Map<string, Served>([
    ["/bench.html", page(["node_modules/@tensorflow/tfjs/dist/tf.min.js",
      "node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js", "bench/browserPage.ts"])],
    ["/kiln.html", page(["bench/browserPage.ts"])],
    ["/models/mlp.js", { body: js, type: "text/javascript" }],
    ["/data/manifest.json", { type: "application/json", body: JSON.stringify(
      { batch: BATCH, batches: x.length, inputs: IN, params: Object.keys(weights) }) }],
    ["/data/x.f32", bin(cat(x, (n) => new Float32Array(n)))],
    ["/data/y.i32", bin(cat(y, (n) => new Int32Array(n)))],
  ]);
  for (const [name, w] of Object.entries(weights)) map.set(`/data/${name}.f32`, bin(w));
  return map;
}

let made = 0;

/** A fresh trainer in the page: single steps for the loss check, timed runs for measure(). */
async function pageTrainer(p: Page, cdp: CDPSession, name: string, kind: PageTrainer): Promise<Trainer> {
  const id = `${kind}-${made++}`;
  await p.evaluate(`kilnBench.setup(${JSON.stringify(id)}, ${JSON.stringify(kind)})`);
  const cpu = async () => (await cdp.send("Performance.getMetrics")).metrics
    .find((m) => m.name === "ProcessTime")?.value ?? NaN;
  return {
    name,
    step: () => p.evaluate(`kilnBench.step(${JSON.stringify(id)})`) as Promise<number>,
    time: async (n) => {
      const c0 = await cpu();
      const ms = await p.evaluate(`kilnBench.time(${JSON.stringify(id)}, ${n})`) as number;
      return { wall: ms / 1000, cpu: (await cpu()) - c0 };
    },
  };
}

export async function browserTrain(o: MeasureOptions, peers: boolean): Promise<BrowserTrainResult> {
  const r = compile(MLP_SOURCE, { file: "bench/mlp.kiln", dims: { B: BATCH }, declarations: false });
  if (!r.ok) throw new Error("the benchmark MLP did not compile");
  const mod = await importModule(r.js);
  const weights = initialWeights(mod) as Weights;
  const d = mnistBatches(BATCH);
  const [browser, server] = await Promise.all([launchChromium(), serve(files(r.js, weights, d.x, d.y))]);
  try {
    const open = async (path: string) => {
      const p = await browser.context.newPage();
      await p.goto(`${server.origin}${path}`);
      await p.waitForFunction(() => "kilnBench" in globalThis);
      const cdp = await browser.context.newCDPSession(p);
      await cdp.send("Performance.enable");
      return [p, cdp] as const;
    };
    const [plain, plainCdp] = await open("/bench.html");
    const [strict, strictCdp] = await open("/csp/kiln.html");
    const make = async () => {
      const list = [await pageTrainer(plain, plainCdp, "Kiln, Chromium", "kiln"),
        { ...kilnTrainer(mod, weights, d), name: "Kiln, Node" },
        await pageTrainer(strict, strictCdp, "Kiln, Chromium, strict CSP (JS loops)", "kiln")];
      if (peers) {
        list.push(await pageTrainer(plain, plainCdp, "TF.js wasm, Chromium", "tfjs-wasm"));
        const tf = await tfjs("wasm");
        const step = tfMlpStep(tf, weights, d.x, d.y, BATCH);
        list.push({ name: "TF.js wasm, Node", step, enter: () => tfjs("wasm") });
      }
      return list;
    };
    const t = await timeTraining(make, BATCH, o);
    const ratios = Object.fromEntries(t.rows.slice(1).map((x: Row) => [x.impl, x.kilnRatio]));
    // (Debian's launcher script complains on stderr about its environment: ignored.)
    const chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const versions = { chromium: chromium.trim(), node: process.version,
      ...(peers ? { "@tensorflow/tfjs": tfVersion() } : {}) };
    const notes = ["Chromium rows: wall clock by the page's performance.now(), CPU time of the renderer " +
      "process (DevTools Performance.getMetrics ProcessTime)"];
    if (peers) {
      const f = await plain.evaluate("kilnBench.tfFeatures()") as { simd: boolean; threads: boolean };
      const on = (b: boolean) => (b ? "on" : "off");
      notes.push(`TF.js WASM in Chromium: SIMD ${on(f.simd)}, threads ${on(f.threads)} (the page is not ` +
        "cross-origin isolated); in Node likewise one thread");
    }
    return { batch: BATCH, ...t, ratios, versions, notes };
  } finally {
    await browser.close();
    await server.close();
  }
}
