// What an editor pays per keystroke: a 300-line model file checked again (the language
// server's analysis: `compile(..., { emit: false })` told every value elaboration finds, and
// names), against the check without the trace, parsing alone and a full `compile()`; and the
// same analysis of an LSTM as its sequence grows (loops unrolled grow it with T).
import { readFileSync } from "node:fs";
import { compile } from "../compiler/index.ts";
import { analyze } from "../compiler/query/index.ts";
import { parse } from "../dsl/parse.ts";
import { median } from "./harness.ts";

/** A residual MLP of 300 lines: a user layer, then blocks of two Dense layers, a LayerNorm,
 * dropout and comments, as a model file grows. */
export function editorSource(width = 64): string {
  const lines = ["# A deep residual MLP: the language server's per-keystroke case.",
    "dim B = 32", `dim D = ${width}`, "",
    "# A pre-norm residual block.", "layer Block(units)(x: [N, K]) {", "  norm = LayerNorm()",
    "  up = Dense(units, act = gelu)", "  down = Dense(K)", "  return x + down(up(norm(x)))",
    "}", "", "model Deep {", "  input x: f32[B, 784]", "  input y: i32[B]",
    "  stem = Dense(D, act = relu)", "  h = stem(x)"];
  for (let i = 0; lines.length < 292; i++) {
    lines.push("", `  # stage ${i}`, `  b${i} = Block(2 * D)`,
      `  up${i} = Dense(2 * D, act = relu)`, `  down${i} = Dense(D)`,
      `  h = b${i}(h) + dropout(down${i}(up${i}(h)), 0.1)  # residual`);
  }
  lines.push("  head = Dense(10)", "  logits = head(h)", "  output probs = softmax(logits)",
    "  loss = cross_entropy(logits, y)", "  train step: minimize loss with adam(lr = 1e-3)", "}");
  return `${lines.join("\n")}\n`;
}

export interface EditorRow {
  what: string;
  /** Median and fastest run: on a loaded machine the fastest is the nearer to a quiet one. */
  ms: number;
  minMs: number;
  /** The process's CPU time, median: what the work costs, without the waits of a loaded
   * machine. */
  cpuMs: number;
  runs: number;
}

/** Median ms of `runs` calls, alternating two versions of the text as typing would, each
 * run's text new (a comment at its end): nothing kept from a text seen before helps. */
function time(what: string, texts: readonly string[], f: (t: string) => unknown, runs: number):
  EditorRow {
  for (const t of texts) f(`${t}# warm-up\n`);
  const ms: number[] = [], cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const text = `${texts[r % texts.length]}# edit ${r}\n`;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(text);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { what, ms: median(ms), minMs: Math.min(...ms), cpuMs: median(cpu), runs };
}

export function editorBench(runs = 30, lengths = [12, 100, 500]):
  { lines: number; rows: EditorRow[]; lstm: (EditorRow & { T: number })[] } {
  const texts = [editorSource(64), editorSource(65)];
  const check = (t: string) => {
    const q = analyze(t, { file: "deep.kiln" });
    const [d] = q.diagnostics;
    if (d) throw new Error(`the editor case has diagnostics: ${d.message}`);
  };
  const rows = [
    time("language server analysis (check with its trace, names)", texts, check, runs),
    time("compile(..., { emit: false }) (no trace)", texts,
      (t) => compile(t, { file: "deep.kiln", emit: false }), runs),
    time("parse only", texts, (t) => parse(t, "deep.kiln"), runs),
    time("compile() -O2, with .d.ts (kiln compile)", texts, (t) => compile(t), Math.ceil(runs / 3)),
  ];
  const names = readFileSync(new URL("../examples/names_lstm.kiln", import.meta.url), "utf8");
  const lstm = lengths.map((T) => ({ T, ...time(`names_lstm.kiln at T = ${T}`, [names],
    (t) => analyze(t, { file: "names_lstm.kiln", dims: { T } }), Math.max(3, runs / 3)) }));
  return { lines: texts[0].split("\n").length - 1, rows, lstm };
}
