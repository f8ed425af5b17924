// The prelude layers' PyTorch counterparts (layers.py): a `to_torch` method per layer, keyed
// by the layer's name, pasted into its exported class (embedded at build time).
import { PYTHON_FILES } from "./python.generated.ts";

let cached: ReadonlyMap<string, string> | undefined;

/** The `to_torch` method of each prelude layer, by the layer's name. */
export function torchLayers(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const text = PYTHON_FILES["layers.py"];
  cached = new Map(text.split(/^# kiln:layer /m).slice(1).map((section) => {
    const [name, ...body] = section.split("\n");
    return [name.trim(), body.join("\n").trimEnd()];
  }));
  return cached;
}
