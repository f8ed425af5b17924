// The code's layering, checked: no import cycles anywhere (type-only imports included: a
// cycle of types is a cycle of concepts), the IR's types depend on nothing, the front end and
// the op table never reach the emitter, and the runtime never reaches the compiler.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FOLDERS = ["dsl", "compiler", "runtime"];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []);
}

/** Each source file's relative imports (and re-exports), as repository paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap(sources)) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const deps = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gms)]
      .map((m) => relative(ROOT, resolve(ROOT, dirname(file), m[1])));
    graph.set(file, deps);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>(), found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Every file `file` reaches through imports. */
function reach(graph: Map<string, string[]>, file: string): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string) => {
    for (const d of graph.get(f) ?? []) if (!seen.has(d)) { seen.add(d); walk(d); }
  };
  walk(file);
  return seen;
}

const graph = importGraph();
const under = (prefix: string) => [...graph.keys()].filter((f) => f.startsWith(prefix));

describe("the layering", () => {
  it("finds the files it checks", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("compiler/front/elaborate/statements.ts")?.length).toBeGreaterThan(0);
  });

  it("has no import cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("catches a cycle when there is one", () => {
    const g = new Map(graph);
    g.set("compiler/ir/types.ts", ["compiler/ir/builder.ts"]);
    expect(cycles(g).length).toBeGreaterThan(0);
  });

  it("keeps the IR's types free of dependencies (but the syntax tree's span type)", () => {
    expect(graph.get("compiler/ir/types.ts")).toEqual(["dsl/ast.ts"]);
    expect(graph.get("dsl/ast.ts")).toEqual([]);
  });

  it("keeps the front end, the IR and the op table away from the emitter", () => {
    for (const file of [...under("dsl/"), ...under("compiler/front/"), ...under("compiler/ir/"),
      ...under("compiler/ops/"), ...under("compiler/autodiff/"), ...under("compiler/passes/")]) {
      const emit = [...reach(graph, file)].filter((f) => f.startsWith("compiler/emit/"));
      expect(emit, `${file} reaches the emitter`).toEqual([]);
    }
  });

  it("keeps the runtime free of the compiler", () => {
    for (const file of under("runtime/")) {
      const outside = [...reach(graph, file)].filter((f) => !f.startsWith("runtime/"));
      expect(outside, `${file} reaches outside runtime/`).toEqual([]);
    }
  });
});
