// Elementwise transcendental functions in a float32 module: each op's kernel as the compiler
// writes it for float64 modules (Math) and for float32 ones (runtime/fastmath.ts), both over
// one Float32Array arena of 4096 inputs drawn uniformly from [-8, 8), in one ES module with
// the embedded runtime, as emitted. `npx tsx bench/fastmath.ts` prints ns per element.
import { Namer, elementwiseLoop } from "../compiler/emit/js/loops.ts";
import { runtimeSource } from "../compiler/emit/runtime.ts";
import type { Attrs } from "../compiler/ir/types.ts";
import { importModule } from "../compiler/index.ts";
import { JS_OPS } from "../compiler/emit/js/ops.ts";
import type { FloatDtype } from "../compiler/emit/js/types.ts";
import { Rng } from "../runtime/rng.ts";
import { FULL, measure, table } from "./harness.ts";

const N = 4096;
const CASES: { op: "exp" | "sigmoid" | "tanh" | "softplus" | "elu"; attrs: Attrs }[] = [
  { op: "exp", attrs: {} }, { op: "sigmoid", attrs: {} }, { op: "tanh", attrs: {} },
  { op: "softplus", attrs: {} }, { op: "elu", attrs: { alpha: 1 } },
];
const DTYPES: FloatDtype[] = ["f64", "f32"];

/** One kernel function per case and dtype, reading F[0, N) and writing F[N, 2N). */
function moduleSource(): string {
  const kernels = CASES.flatMap(({ op, attrs }) => DTYPES.map((dt) => {
    const body = elementwiseLoop({ arr: "F", off: N }, [N], [{ arr: "F", off: 0 }], [[N]],
      (r) => JS_OPS[op].expr!(r, attrs, dt, "R"), new Namer());
    return `function k_${op}_${dt}() {\n${body}}\n`;
  }));
  const names = CASES.flatMap(({ op }) => DTYPES.map((dt) => `k_${op}_${dt}`));
  const code = kernels.join("");
  return `${runtimeSource({ predictOnly: true, dtype: "f32" }, code)}\n` +
    `export function create() {\nconst F = new Float32Array(${2 * N});\n` +
    `${code}return { F, kernels: [${names.join(", ")}] };\n}\n`;
}

const { F, kernels } = (await importModule(moduleSource())).create() as unknown as
  { F: Float32Array; kernels: (() => void)[] };
const rng = new Rng(1);
for (let i = 0; i < N; i++) F[i] = -8 + 16 * rng.uniform();
const label = (dt: FloatDtype) => (dt === "f64" ? "Math" : "runtime/fastmath.ts");
const timings = await measure(CASES.flatMap(({ op }, c) => DTYPES.map((dt, d) => ({
  name: `${op} ${label(dt)}`, samples: N, step: kernels[2 * c + d] }))), FULL);
const ns = (k: number) => (timings[k].cpuSeconds / N) * 1e9;
console.log(table(["op", "Math ns/element", "fastmath ns/element", "speed-up"],
  CASES.map(({ op }, c) => [op, ns(2 * c), ns(2 * c + 1), ns(2 * c) / ns(2 * c + 1)])));
console.log("(CPU time, medians of 7 interleaved rounds of ~300 ms after 1.5 s of warm-up)");
