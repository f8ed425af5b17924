// `npm run gan`: compiles examples/gan_ring.kiln, trains the GAN on the ring of 8
// Gaussians, alternating a discriminator step and a generator step, and measures the
// generator's samples: modes covered and the share of good samples (examples/data/ring.ts).
// Both learning rates drop tenfold at half and at four fifths of training, which tightens
// the samples around their modes.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";
import { MODES, ringQuality, sampleRing, type RingQuality } from "./data/ring.ts";
import { lineChart, writeFigure } from "./figures/plot.ts";
import { Progress } from "./progress.ts";

export interface GanOptions {
  steps: number;
  /** Batch size (tests use a small one). */
  batch?: number;
  /** Seeds the model (initial params, noise) and the real points (default 1). */
  seed?: number;
  quiet?: boolean;
}

export interface GanResult {
  /** Mean discriminator and generator losses over each tenth of training. */
  dLosses: number[];
  gLosses: number[];
  /** The generator's samples before and after training. */
  before: RingQuality;
  quality: RingQuality;
  compileMs: number;
  trainSeconds: number;
  model: any;
}

const SAMPLES = 2500;

export async function trainGan(opts: GanOptions): Promise<GanResult> {
  const log = opts.quiet ? () => {} : console.log;
  const B = opts.batch ?? 128;
  let t0 = performance.now();
  const source = readFileSync(new URL("./gan_ring.kiln", import.meta.url), "utf8");
  const result = compile(source, { file: "examples/gan_ring.kiln", dims: { B } });
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics, result.sources));
  const compileMs = performance.now() - t0;
  log(`compiled examples/gan_ring.kiln in ${compileMs.toFixed(0)} ms: ` +
    `${result.stats!.params} params, module ${(result.js.length / 1024).toFixed(0)} KiB`);
  const model = (await importModule(result.js)).create({ seed: opts.seed ?? 1 });

  const before = ringQuality(samples(model, B));
  log(`before training: mean distance to the nearest mode ${before.meanDistance.toFixed(3)}`);
  const real = new Float32Array(B * 2);
  const rng = new Rng(1000 + (opts.seed ?? 1));
  const dLosses: number[] = [], gLosses: number[] = [];
  const chunk = Math.max(1, Math.floor(opts.steps / 10));
  const bar = opts.quiet ? undefined : new Progress("training", opts.steps);
  let d = 0, g = 0;
  t0 = performance.now();
  for (let s = 1; s <= opts.steps; s++) {
    if (s === Math.floor(opts.steps / 2) || s === Math.floor(opts.steps * 0.8)) {
      for (const step of ["d", "g"]) model.setLearningRate(step, model.getLearningRate(step) / 10);
    }
    sampleRing(real, rng);
    d += model.train({ real }, "d");
    g += model.train({ real }, "g");
    if (s % chunk === 0) {
      dLosses.push(d / chunk);
      gLosses.push(g / chunk);
      d = g = 0;
    }
    bar?.tick(`d_loss ${dLosses.at(-1)?.toFixed(3) ?? "-"}, g_loss ${gLosses.at(-1)?.toFixed(3) ?? "-"}`);
  }
  const trainSeconds = (performance.now() - t0) / 1000;
  const quality = ringQuality(samples(model, B));
  bar?.done(`d_loss ${dLosses.at(-1)!.toFixed(3)}, g_loss ${gLosses.at(-1)!.toFixed(3)}`);
  log(`trained ${opts.steps} steps of each in ${trainSeconds.toFixed(1)} s`);
  log(`${SAMPLES} samples: ${quality.covered}/${MODES} modes covered, ` +
    `${(100 * quality.good).toFixed(1)}% within 3 std of a mode ` +
    `(per mode: ${quality.perMode.join(" ")}); mean distance to the nearest mode ` +
    `${quality.meanDistance.toFixed(3)}`);
  if (!opts.quiet) {
    log(`wrote ${writeFigure("gan_ring_losses.svg", lineChart({ title: "GAN on a ring of " +
      "Gaussians", x: `tenth of training (${chunk} steps)`, y: "mean loss",
    series: [{ name: "discriminator", values: dLosses }, { name: "generator", values: gLosses }] }))}`);
  }
  return { dLosses, gLosses, before, quality, compileMs, trainSeconds, model };
}

/** SAMPLES points from the generator: predict draws fresh noise inside the model. */
function samples(model: any, B: number): Float32Array {
  const out = new Float32Array(SAMPLES * 2);
  for (let at = 0; at < SAMPLES; at += B) {
    const { sample } = model.predict({});
    out.set(sample.subarray(0, Math.min(B, SAMPLES - at) * 2), at * 2);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await trainGan({ steps: Number(process.env.STEPS ?? 10000) });
}
