// The prelude layers' PyTorch counterparts (layers.py): a `to_torch` method per layer, keyed
// by the layer's name, pasted into its exported class.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let cached: ReadonlyMap<string, string> | undefined;

/** The `to_torch` method of each prelude layer, by the layer's name. */
export function torchLayers(): ReadonlyMap<string, string> {
  if (cached) return cached;
  const text = readFileSync(fileURLToPath(new URL("./layers.py", import.meta.url)), "utf8");
  cached = new Map(text.split(/^# kiln:layer /m).slice(1).map((section) => {
    const [name, ...body] = section.split("\n");
    return [name.trim(), body.join("\n").trimEnd()];
  }));
  return cached;
}
