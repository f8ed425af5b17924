// The Vite plugin (`kiln-ml/vite`; Rollup takes it too): `import { create } from "./mnist.kiln"`
// gives the compiled module, typed by the `mnist.kiln.d.ts` written beside it, and a mistake in
// the model fails the build (or shows Vite's overlay) at the model's line.
import type { Plugin } from "vite";
import { compileKilnFile, type KilnMessage, type KilnPluginOptions } from "./kilnFile.ts";

export type { KilnPluginOptions } from "./kilnFile.ts";

const loc = (m: KilnMessage) =>
  (m.line === undefined ? undefined : { file: m.file, line: m.line, column: m.column ?? 0 });

export function kiln(options: KilnPluginOptions = {}): Plugin {
  return {
    name: "kiln",
    enforce: "pre",
    load(id) {
      if (!id.endsWith(".kiln")) return null;
      const r = compileKilnFile(id, options);
      for (const file of r.files) if (file !== id) this.addWatchFile(file);
      for (const w of r.warnings) this.warn({ message: w.formatted, loc: loc(w) });
      const [first] = r.errors;
      if (first) {
        this.error({ message: r.errors.map((e) => e.formatted).join("\n"), id: first.file ?? id,
          loc: loc(first), frame: first.lineText });
      }
      return { code: r.js!, map: null };
    },
  };
}

export default kiln;
