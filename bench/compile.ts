// Compile time against model depth: a stack of L Dense layers (width 16) with a training
// step, compiled from source to JS and declarations, as `kiln compile` does. Growth should be
// close to linear: each tenfold depth should take about ten times as long.
import { compile } from "../compiler/index.ts";
import { median } from "./harness.ts";

export function deepSource(layers: number): string {
  let s = "dim B = 8\nmodel Deep {\n  input x: f32[B, 16]\n  input y: i32[B]\n  h = x\n";
  for (let l = 1; l <= layers; l++) s += `  d${l} = Dense(16, act = relu)\n  h = d${l}(h)\n`;
  s += "  loss = cross_entropy(h, y)\n  output probs = softmax(h)\n";
  s += "  train step: minimize loss with adam(lr = 1e-3)\n}\n";
  return s;
}

export interface CompileRow {
  layers: number;
  ms: number;
  msPerLayer: number;
  runs: number;
  jsBytes: number;
  nodes: number;
}

export interface CompileResult {
  rows: CompileRow[];
  /** Time at each depth over time at the previous one, divided by the depth ratio
   * (1 = linear; the first step also amortizes the fixed cost, so it reads low). */
  linearity: number[];
  declarations: boolean;
}

/** Median of `runs` compiles at each depth, after one untimed compile to warm the compiler. */
export function compileBench(depths = [10, 100, 1000], runs = [5, 3, 3], declarations = true): CompileResult {
  compile(deepSource(depths[0]), { file: "deep.kiln", declarations });
  const rows = depths.map((layers, k) => {
    const src = deepSource(layers);
    const times: number[] = [];
    let js = 0, nodes = 0;
    for (let r = 0; r < runs[k]; r++) {
      const t0 = performance.now();
      const out = compile(src, { file: "deep.kiln", declarations });
      times.push(performance.now() - t0);
      if (!out.ok) throw new Error(`deep model (${layers} layers) did not compile: ${out.diagnostics[0]?.message}`);
      js = out.js.length;
      // An entry point that runs another's code (gradients in both modes of a model whose
      // modes elaborate alike) shares its stats object: its graph is counted once.
      nodes = [...new Set(out.stats!.entries)].reduce((s, e) => s + e.nodes, 0);
    }
    const ms = median(times);
    return { layers, ms, msPerLayer: ms / layers, runs: runs[k], jsBytes: js, nodes };
  });
  const linearity = rows.slice(1).map((r, k) => r.msPerLayer / rows[k].msPerLayer);
  return { rows, linearity, declarations };
}
