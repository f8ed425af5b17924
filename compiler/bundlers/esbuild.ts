// The esbuild plugin (`kiln-ml/esbuild`): `import { create } from "./mnist.kiln"` gives the
// compiled module, typed by the `mnist.kiln.d.ts` written beside it; a mistake in the model is
// an esbuild error at the model's line, and every model file read is watched.
import type { PartialMessage, Plugin } from "esbuild";
import { compileKilnFile, type KilnMessage, type KilnPluginOptions } from "./kilnFile.ts";

export type { KilnPluginOptions } from "./kilnFile.ts";

const toMessage = (m: KilnMessage): PartialMessage => ({
  text: m.message,
  location: m.file === undefined ? null : { file: m.file, line: m.line, column: m.column,
    length: m.length, lineText: m.lineText },
});

export function kiln(options: KilnPluginOptions = {}): Plugin {
  return {
    name: "kiln",
    setup(build) {
      build.onLoad({ filter: /\.kiln$/ }, (args) => {
        const r = compileKilnFile(args.path, options);
        return { contents: r.js, loader: "js", errors: r.errors.map(toMessage),
          warnings: r.warnings.map(toMessage), watchFiles: r.files };
      });
    },
  };
}

export default kiln;
