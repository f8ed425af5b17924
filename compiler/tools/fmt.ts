// `kiln fmt`: lays model files out canonically, keeping their comments (dsl/format.ts).
//   kiln fmt FILE            the formatted file on stdout (FILE `-`: stdin), as prettier does
//   kiln fmt --write FILE... rewrites the files that change, naming each
//   kiln fmt --check FILE... names the files that would change, and exits 1 if any would
// A file with syntax errors is left alone and its diagnostics printed (exit 1).
import { readFileSync, writeFileSync } from "node:fs";
import { formatDiagnostics } from "../../dsl/diagnostics.ts";
import { format } from "../../dsl/format.ts";

export const FMT_USAGE = "kiln fmt FILE | kiln fmt --check|--write FILE...  (FILE - is stdin)";

/** `usage` makes the CLI's usage error (exit 2) for a message. */
export function runFmt(argv: readonly string[], usage: (message: string) => Error): number {
  const flags = argv.filter((a) => a.startsWith("-") && a !== "-");
  const files = argv.filter((a) => !flags.includes(a));
  const unknown = flags.find((f) => f !== "--check" && f !== "--write");
  if (unknown !== undefined) throw usage(`unknown option '${unknown}'`);
  if (flags.length > 1) throw usage("fmt takes one of --check and --write");
  const mode = flags[0] ?? "print";
  if (!files.length) throw usage("fmt needs a FILE");
  if (mode === "print" && files.length > 1) {
    throw usage("fmt prints one FILE; give --write or --check for several");
  }
  if (mode === "--write" && files.includes("-")) throw usage("fmt --write cannot write stdin");
  let status = 0;
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch {
      throw usage(`cannot read '${file}'`);
    }
    const name = file === "-" ? "<stdin>" : file;
    const r = format(source, { file: name });
    if (!r.ok) {
      process.stderr.write(`${formatDiagnostics(r.diagnostics, { [name]: source })}\n`);
      status = 1;
    } else if (mode === "print") {
      process.stdout.write(r.text);
    } else if (r.changed) {
      if (mode === "--write") writeFileSync(file, r.text);
      else status = 1;
      process.stdout.write(`${mode === "--write" ? "formatted " : ""}${name}\n`);
    }
  }
  return status;
}
