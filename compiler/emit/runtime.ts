// The runtime's source, as plain JavaScript to paste into every emitted module: each file
// listed in runtime/manifest.ts is transpiled (types stripped) and its `export`s dropped.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { runtimeFiles, runtimeFileUrl } from "../../runtime/manifest.ts";

let cached: string | undefined;

export function runtimeSource(): string {
  if (cached !== undefined) return cached;
  const parts = runtimeFiles().map((name) => {
    const src = readFileSync(fileURLToPath(runtimeFileUrl(name)), "utf8");
    const js = ts.transpileModule(src, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
        removeComments: true },
    }).outputText;
    const body = js
      .replace(/^export\s+(?=(function|const|class|let|async)\b)/gm, "")
      .replace(/^export\s*\{\s*\};?\s*$/gm, "")
      .replace(/^import\s.*$/gm, "");
    return `// ---- runtime/${name}\n${body.trim()}\n`;
  });
  cached = parts.join("\n");
  return cached;
}
