// The `kiln` command. Exit codes: 0 ok, 1 a mistake in the model (or a failed check),
// 2 a usage error (or an output that cannot be written), 70 an internal compiler error.
import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { formatDiagnostics, visible } from "../../dsl/diagnostics.ts";
import { compile, type CompileOptions, InternalError } from "../compile.ts";
import { PRELUDE_FILE } from "../front/prelude.ts";
import { DEFAULT_LIMITS, type Limits, limitsOf } from "../limits.ts";
import { gradcheck } from "./gradcheck.ts";
import { graphToDot, layersToDot } from "./dot.ts";
import { layerView } from "./layers.ts";
import { REPORT_HELP } from "../internal.ts";
import { nodeHost } from "../nodeHost.ts";
import { exportCommand } from "./pytorch/cli.ts";
import { formatStats, modelStats } from "./stats.ts";
import { formatSummary, modelSummary } from "./summary.ts";
import { dotToSvg } from "./svg.ts";
import { FMT_USAGE, runFmt } from "./fmt.ts";

/** Each compiling command's usage line(s); `kiln CMD --help` prints its own. */
const COMMANDS: Record<string, string> = {
  compile: `kiln compile FILE [-o OUT.js] [--model NAME] [--dim NAME=INT ...] [--dtype f32|f64] [-O0|-O1|-O2]
                    [--predict-only] [--loops roll|recompute|unroll] [--limit NAME=INT ...]`,
  check: `kiln check FILE   [--model NAME] [--dim NAME=INT ...] [--seed N] [--json] [--loops ...]
                    [--limit NAME=INT ...]`,
  stats: `kiln stats FILE   [--model NAME] [--dim NAME=INT ...] [--dtype f32|f64] [-O0|-O1|-O2] [--json]
                    [--predict-only] [--loops ...] [--limit NAME=INT ...]`,
  graph: `kiln graph FILE   [-o OUT.dot|OUT.svg] [--bodies | --depth N | --ops [--backward]]
                    [--model NAME] [--dim NAME=INT ...] [-O0|-O1|-O2] [--loops ...]
                    [--limit NAME=INT ...]`,
  summary: "kiln summary FILE [--model NAME] [--dim NAME=INT ...] [--json] [--limit NAME=INT ...]",
  export: "kiln export FILE --pytorch [-o OUT.py] [--model NAME] [--dim NAME=INT ...] [--limit NAME=INT ...]",
};
const EDITOR_COMMANDS = [FMT_USAGE, "kiln lsp          # the language server, over stdio"];

const LIMITS_HELP = `limits (--limit NAME=INT): ${Object.entries(DEFAULT_LIMITS)
  .map(([k, v]) => `${k} (default ${v})`).join(", ")}`;

export const USAGE = `usage:\n${[...Object.values(COMMANDS), ...EDITOR_COMMANDS]
  .map((c) => `  ${c}`).join("\n")}\n${LIMITS_HELP}`;

/** A mistake on the command line; `usage` is what to print after it (default: USAGE). */
export class UsageError extends Error {
  constructor(message: string, readonly usage = USAGE) {
    super(message);
  }
}

export interface CliArgs {
  command: string;
  file: string;
  out?: string;
  options: CompileOptions;
  flags: Set<string>;
  seed?: number;
  /** `graph`: how many levels of layer instances to draw opened. */
  depth?: number;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") throw new UsageError("");
  if (!Object.hasOwn(COMMANDS, command)) {
    throw new UsageError(`unknown command '${visible(command)}'`);
  }
  const usage = `usage:\n  ${COMMANDS[command]}\n${LIMITS_HELP}`;
  if (rest.includes("--help") || rest.includes("-h")) throw new UsageError("", usage);
  try {
    return parseCommand(command, rest);
  } catch (e) {
    throw e instanceof UsageError && e.usage === USAGE ? new UsageError(e.message, usage) : e;
  }
}

function parseCommand(command: string, rest: readonly string[]): CliArgs {
  const options: CompileOptions = {};
  const flags = new Set<string>();
  // No prototype: `--dim __proto__=8` names a dim like any other.
  const dims: Record<string, number> = Object.create(null);
  const limits: Partial<Limits> = {};
  let file: string | undefined;
  let out: string | undefined;
  let seed: number | undefined;
  let depth: number | undefined;
  const value = (i: number, flag: string) => {
    const v = rest[i + 1];
    if (v === undefined || v.startsWith("-")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "-o") { out = value(i, a); i++; }
    else if (a === "--model") { options.model = value(i, a); i++; }
    else if (a === "--dim") {
      const m = /^([A-Za-z_]\w*)=(\d+)$/.exec(value(i, a));
      if (!m || Number(m[2]) < 1) {
        throw new UsageError(`--dim takes NAME=INT with a positive INT, not '${visible(rest[i + 1])}'`);
      }
      dims[m[1]] = Number(m[2]);
      i++;
    } else if (a === "--limit") {
      const m = /^(\w+)=(\d+)$/.exec(value(i, a));
      if (!m || !Object.hasOwn(DEFAULT_LIMITS, m[1]) || !(Number(m[2]) >= 1)) {
        throw new UsageError(`--limit takes NAME=INT with NAME one of ` +
          `${Object.keys(DEFAULT_LIMITS).join(", ")} and a positive INT, not '${visible(rest[i + 1])}'`);
      }
      limits[m[1] as keyof Limits] = Number(m[2]);
      i++;
    } else if (a === "--dtype") {
      const v = value(i, a);
      if (v !== "f32" && v !== "f64") throw new UsageError(`--dtype takes f32 or f64, not '${visible(v)}'`);
      options.dtype = v;
      i++;
    } else if (/^-O[012]$/.test(a)) options.optimize = Number(a[2]) as 0 | 1 | 2;
    else if (a === "--loops") {
      const v = value(i, a);
      if (v !== "roll" && v !== "recompute" && v !== "unroll") {
        throw new UsageError(`--loops takes roll, recompute or unroll, not '${visible(v)}'`);
      }
      options.loops = v;
      i++;
    }
    else if (a === "--seed") {
      const v = Number(value(i, a));
      if (!Number.isInteger(v)) throw new UsageError(`--seed takes an integer`);
      seed = v;
      i++;
    } else if (a === "--depth" && command === "graph") {
      const v = Number(value(i, a));
      if (!Number.isInteger(v) || v < 0) throw new UsageError("--depth takes an integer >= 0");
      depth = v;
      i++;
    } else if (a === "--json" || a === "--backward" || a === "--ops" || a === "--bodies" ||
      (a === "--pytorch" && command === "export")) {
      flags.add(a);
    }
    else if (a === "--predict-only" && (command === "compile" || command === "stats")) {
      options.predictOnly = true;
    }
    else if (a.startsWith("-")) throw new UsageError(`unknown option '${visible(a)}'`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument '${visible(a)}'`);
  }
  if (!file) throw new UsageError(`${command} needs a FILE`);
  if (Object.keys(dims).length) options.dims = dims;
  if (Object.keys(limits).length) {
    if (!Number.isSafeInteger(Math.max(...Object.values(limits)))) {
      throw new UsageError(`--limit: a limit must be at most ${Number.MAX_SAFE_INTEGER}`);
    }
    options.limits = limits;
  }
  options.file = file;
  options.host = nodeHost;
  return { command, file, out, options, flags, seed, depth };
}

function readSource(file: string, limits: CompileOptions["limits"]): string {
  try {
    return nodeHost.readFile(file, limitsOf(limits).fileBytes);
  } catch (e) {
    const why = e instanceof Error && e.message.startsWith("it is larger") ? `: ${e.message}` : "";
    throw new UsageError(`cannot read '${visible(file)}'${why}`, "");
  }
}

/** Why a path cannot be written, in words. */
function writeProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "EISDIR": return "it is a directory";
    case "ENOTDIR": case "EEXIST": return "a part of its path is a file, not a directory";
    case "ENOSPC": return "no space is left on the device";
    case "EACCES": case "EPERM": return "permission denied";
    case "ENOENT": return "its directory cannot be made";
    case "EROFS": return "the file system is read-only";
    default: return e instanceof Error ? e.message : String(e);
  }
}

/** Writes `files` (path, text; no text: only makes the directory), making directories; a
 * path that cannot be written is reported as a usage error, never a crash. */
function writeOutputs(files: readonly (readonly [string, string?])[]): void {
  for (const [path, text] of files) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (text !== undefined) writeFileSync(path, text);
    } catch (e) {
      throw new UsageError(`cannot write '${visible(path)}': ${writeProblem(e)}`, "");
    }
  }
}

/** Refuses outputs that would overwrite a model file the compile read (the file itself,
 * `kiln compile model.js`, or one it imports), or write over any `.kiln` file: a module,
 * picture or Python file named like a model file is a slip of the command line. */
function checkOutputs(outs: readonly string[], sources: Iterable<string>): void {
  const read = new Set([...sources].map((s) => resolve(s)));
  for (const out of outs) {
    if (read.has(resolve(out))) {
      throw new UsageError(`writing '${visible(out)}' would overwrite a model file this ` +
        `compile reads; name another output with -o OUT.js`, "");
    }
    if (/\.kiln$/i.test(out)) {
      throw new UsageError(`'${visible(out)}' names a model file, which kiln writes no ` +
        `output to; name the output another way (-o OUT.js)`, "");
    }
  }
}

/** `kiln compile` writes over no file but its own outputs (a module or declarations it wrote,
 * which begin "// Generated by kiln"): a model kept as `model.js`, or a script of the user's,
 * named by a slip of `-o`, stays as it is. Empty files and devices are written as asked. */
function checkOwnOutput(path: string): void {
  let head = "";
  try {
    if (!statSync(path).isFile()) return;
    const fd = openSync(path, "r");
    const bytes = new Uint8Array(64);
    try {
      head = new TextDecoder().decode(bytes.subarray(0, readSync(fd, bytes, 0, 64, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // missing or unreadable: writing it says what is wrong
  }
  if (head.length && !head.startsWith("// Generated by kiln")) {
    throw new UsageError(`'${visible(path)}' exists and kiln did not write it; kiln compile ` +
      "overwrites only its own output: name another with -o OUT.js, or remove the file", "");
  }
}

async function run(args: CliArgs): Promise<number> {
  const source = readSource(args.file, args.options.limits);
  switch (args.command) {
    case "compile": {
      const r = compile(source, args.options);
      if (r.diagnostics.length) process.stderr.write(formatDiagnostics(r.diagnostics, r.sources) + "\n");
      if (!r.ok) return 1;
      const out = args.out ?? join(dirname(args.file), `${basename(args.file, extname(args.file))}.js`);
      const dts = out.replace(/\.m?js$/, "") + ".d.ts";
      const read = [...r.sources.keys()].filter((k) => k !== PRELUDE_FILE);
      checkOutputs([out, dts], [args.file, ...read]);
      [out, dts].forEach(checkOwnOutput);
      writeOutputs([[out, r.js], [dts, r.dts]]);
      process.stdout.write(`wrote ${out} (${r.js.length} bytes) and ${dts}; ` +
        `arena ${r.stats!.arenaBytes} bytes, ${r.stats!.params} params\n`);
      return 0;
    }
    case "check": {
      const report = await gradcheck(source, { ...args.options, seed: args.seed });
      if (!report.rows.length && report.diagnostics.some((d) => d.severity === "error")) {
        process.stderr.write(report.text + "\n");
        return 1;
      }
      const json = () => JSON.stringify({ ...report, text: undefined }, null, 2);
      process.stdout.write((args.flags.has("--json") ? json() : report.text) + "\n");
      return report.ok ? 0 : 1;
    }
    case "stats": {
      const s = modelStats(source, args.options);
      if ("failed" in s) {
        process.stderr.write(formatDiagnostics(s.failed.diagnostics, s.failed.sources) + "\n");
        return 1;
      }
      const json = args.flags.has("--json");
      process.stdout.write((json ? JSON.stringify(s.report, null, 2) : formatStats(s.report)) + "\n");
      return 0;
    }
    case "graph":
      return drawGraph(source, args);
    case "summary": {
      const r = compile(source, { ...args.options, declarations: false });
      if (r.diagnostics.length) process.stderr.write(formatDiagnostics(r.diagnostics, r.sources) + "\n");
      if (!r.ok) return 1;
      const s = modelSummary(r.ir!);
      process.stdout.write((args.flags.has("--json") ? JSON.stringify(s, null, 2)
        : formatSummary(s)) + "\n");
      return 0;
    }
    case "export":
      if (!args.flags.has("--pytorch")) throw new UsageError("export needs a target: --pytorch");
      return exportCommand(source, args.file, args.out, args.options, (path, text, read) => {
        checkOutputs([path], [args.file, ...read]);
        writeOutputs([[path, text]]);
      });
    default:
      process.stderr.write(`kiln ${args.command}: not implemented yet in this version of Kiln\n`);
      return 2;
  }
}

/** `kiln graph`: the model by its layers (--bodies: each instance's body inside it; --depth N:
 * N levels of nested instances opened so), or with --ops predict's graph op by op
 * (--backward: the first train step's), as dot on stdout or to a .dot file, or drawn to an
 * .svg file by Graphviz compiled to WebAssembly. */
async function drawGraph(source: string, args: CliArgs): Promise<number> {
  const svg = args.out !== undefined && extname(args.out) === ".svg";
  if (args.out !== undefined && !svg && extname(args.out) !== ".dot") {
    throw new UsageError(`graph writes .dot or .svg files, not '${args.out}'`);
  }
  const ops = args.flags.has("--ops") || args.flags.has("--backward");
  const depth = args.depth ?? (args.flags.has("--bodies") ? 1 : 0);
  if (ops && depth > 0) {
    throw new UsageError("--bodies and --depth draw layers; they do not go with --ops or --backward");
  }
  const r = compile(source, { ...args.options, declarations: false });
  if (r.diagnostics.length) process.stderr.write(formatDiagnostics(r.diagnostics, r.sources) + "\n");
  if (!r.ok) return 1;
  if (args.out !== undefined) checkOutputs([args.out], [args.file, ...r.sources.keys()]);
  const ir = r.ir!;
  const step = ir.steps[0];
  if (args.flags.has("--backward") && !step) {
    throw new UsageError(`--backward draws the first train step, but model '${ir.decls.name}' has none`);
  }
  let dot: string, what: string;
  if (ops) {
    const [graph, entry] = args.flags.has("--backward")
      ? [step.graph, `train step '${step.decl.name}'`] : [ir.predict, "predict"];
    what = `${entry}, ${graph.nodes.length} nodes`;
    dot = graphToDot(graph, `${ir.decls.name}: ${entry} at -O${args.options.optimize ?? 2}`);
  } else {
    const view = layerView(ir, { bodies: depth });
    what = `layers, ${view.units.length} boxes`;
    dot = layersToDot(view, ir.decls.name);
  }
  if (args.out === undefined) {
    process.stdout.write(dot);
    return 0;
  }
  writeOutputs([[args.out, svg ? await dotToSvg(dot) : dot]]);
  process.stdout.write(`wrote ${args.out} (${what})\n`);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === "fmt") return runFmt(argv.slice(1), (m) => new UsageError(m));
    // `--stdio` is what language clients add; stdio is the only transport.
    if (argv[0] === "lsp") {
      const extra = argv.slice(1).find((a) => a !== "--stdio");
      if (extra !== undefined) {
        throw new UsageError(`lsp takes no argument but --stdio, not '${extra}'`);
      }
      // Loaded only here: the protocol library watches the process from its import on.
      return await (await import("./lsp.ts")).runLsp();
    }
    return await run(parseArgs(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      const usage = e.usage ? `${e.usage}\n` : "";
      if (!e.message) process.stdout.write(usage);
      else process.stderr.write(`kiln: ${e.message}\n${usage}`);
      return e.message ? 2 : 0;
    }
    const internal = e instanceof InternalError ? e : new InternalError(e);
    process.stderr.write(`${formatDiagnostics([internal.diagnostic], internal.sources)}\n` +
      `${REPORT_HELP}\n${internal.detail}\n`);
    return 70;
  }
}
