// A bounded batch (`dim B <= 64`) against modules compiled for one batch size: the MLP of
// mlp.ts compiled once with B <= 64, timed in the same run as today's fixed modules, at the
// full batch (training step and predict, against the B = 64 module) and at one sample
// (predict, against the `--predict-only --dim B=1` module). The targets: within 10%
// of each, as per-sample speed.
import { compile, importModule, type LiveModule } from "../compiler/index.ts";
import { type MeasureOptions, measure } from "./harness.ts";
import { initialWeights, MLP_SOURCE, mnistBatches } from "./mlp.ts";

export interface BoundedRow {
  what: string;
  /** Samples per second of the bounded module, of the fixed one, and their ratio. */
  bounded: number;
  fixed: number;
  ratio: number;
}

async function module(source: string, options: { B?: number; predictOnly?: boolean } = {}):
  Promise<LiveModule> {
  const r = compile(source, { file: "bench/bounded.kiln", declarations: false,
    dims: options.B ? { B: options.B } : {}, predictOnly: options.predictOnly });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return importModule(r.js);
}

export async function boundedBench(o: MeasureOptions): Promise<{ rows: BoundedRow[] }> {
  const bounded = await module(MLP_SOURCE.replace("dim B = 64", "dim B <= 64"));
  const full = await module(MLP_SOURCE, { B: 64 });
  const single = await module(MLP_SOURCE, { B: 1, predictOnly: true });
  const weights = initialWeights(full);
  const start = (m: LiveModule) => {
    const model = m.create({ seed: 1 });
    for (const [k, v] of Object.entries(weights)) (model.params[k] as Float32Array).set(v);
    return model;
  };
  const batches = mnistBatches(64);
  const one = { x: batches.x[0].subarray(0, 784) };
  const pairs = [
    { what: "training step, batch 64", samples: 64, make: (m: LiveModule) => {
      const model = start(m);
      let k = 0;
      return () => { model.train({ x: batches.x[k % 8], y: batches.y[k++ % 8] }); };
    }, fixed: full },
    { what: "predict, batch 64", samples: 64, make: (m: LiveModule) => {
      const model = start(m);
      let k = 0;
      return () => { model.predict({ x: batches.x[k++ % 8] }); };
    }, fixed: full },
    { what: "predict, one sample (fixed: --predict-only --dim B=1)", samples: 1,
      make: (m: LiveModule) => {
        const model = start(m);
        return () => { model.predict(one); };
      }, fixed: single },
  ];
  const rows: BoundedRow[] = [];
  // Ratios within 10% on a shared machine need more rounds than the default's 7.
  const rounds = { ...o, rounds: 6 * o.rounds };
  for (const p of pairs) {
    const [b, f] = await measure([
      { name: "bounded", samples: p.samples, step: p.make(bounded) },
      { name: "fixed", samples: p.samples, step: p.make(p.fixed) },
    ], rounds);
    rows.push({ what: p.what, bounded: b.samplesPerSec, fixed: f.samplesPerSec,
      ratio: b.samplesPerSec / f.samplesPerSec });
  }
  return { rows };
}
