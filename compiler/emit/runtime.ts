// The runtime a module embeds: one of the bundles scripts/build-runtime.mjs makes from
// runtime/ (training or predict-only, float32 or float64), each holding only what its kind
// of module calls. The bundle defines `kilnRuntime`; the module takes its names from it.
import { RUNTIME, RUNTIME_NAMES } from "./runtime.generated.ts";

export interface RuntimeKind {
  predictOnly: boolean;
  dtype: "f32" | "f64";
}

const key = (k: RuntimeKind) => `${k.predictOnly ? "predict" : "train"}-${k.dtype}`;

/** The bundle's source, then a statement binding every name it exports. */
export function runtimeSource(kind: RuntimeKind): string {
  const text = RUNTIME[key(kind)];
  if (text === undefined) throw new Error("internal: the runtime bundles are missing; run npm run build");
  return `${text.trim()}\nconst { ${RUNTIME_NAMES[key(kind)].join(", ")} } = kilnRuntime;\n`;
}
