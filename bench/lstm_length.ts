// `node bin/run.mjs bench/lstm_length.ts [T...]`: how compile time, module size and step
// time grow with the length of a sequence, for an LSTM(32) classifier at batch 16 over 8
// features. `for` loops are unrolled, so all of them grow with T.
import { compile, formatDiagnostics, importModule } from "../compiler/index.ts";
import { Rng } from "../runtime/rng.ts";

const source = `
dim T = 10
model M {
  input x: f32[16, T, 8]
  input y: i32[16]
  lstm = LSTM(32)
  head = Dense(2)
  logits = head(lstm(x))
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-2)
}`;

const lengths = process.argv.slice(2).map(Number);
for (const T of lengths.length ? lengths : [10, 100, 500]) {
  let t0 = performance.now();
  const r = compile(source, { dims: { T }, declarations: false });
  if (!r.ok) throw new Error(formatDiagnostics(r.diagnostics, r.sources));
  const compileS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const model = (await importModule(r.js)).create({ seed: 1 });
  const loadS = (performance.now() - t0) / 1000;
  const rng = new Rng(2);
  const x = new Float32Array(16 * T * 8).map(() => rng.normal());
  const y = new Int32Array(16).map((_, i) => i % 2);
  const time = (steps: number) => {
    const t = performance.now();
    for (let s = 0; s < steps; s++) model.train({ x, y });
    return (performance.now() - t) / steps;
  };
  const first = time(10);
  const warm = time(Math.max(10, Math.round(2000 / T)));
  console.log(`T = ${T}: compile ${compileS.toFixed(1)} s, module ${(r.js.length / 1e6).toFixed(2)} MB, ` +
    `import and create ${loadS.toFixed(1)} s, train step ${first.toFixed(0)} ms over the first 10 ` +
    `then ${warm.toFixed(1)} ms; train graph ${r.stats!.entries[1].nodes} nodes`);
}
