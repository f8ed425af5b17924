// The editor's tables of built-ins, optimizers and initialisers say what the compiler does:
// the same names, parameters, optional ones and defaults.
import { describe, expect, it } from "vitest";
import { BUILTINS } from "../../../compiler/front/builtins/table.ts";
import { OPTIMIZERS } from "../../../compiler/optim/table.ts";
import { compile } from "../../../compiler/index.ts";
import { functions, initialisers, optimizers } from "../../../compiler/query/catalog.ts";

describe("the editor's catalog", () => {
  it("lists every built-in function with the compiler's parameters", () => {
    expect([...functions.keys()].sort()).toEqual(Object.keys(BUILTINS).sort());
    for (const [name, s] of functions) {
      const written = s.params.map((p) => (p.variadic ? `...${p.name}`
        : p.default === undefined ? p.name : `${p.name}?`));
      expect([name, ...written]).toEqual([name, ...BUILTINS[name].params]);
    }
  });

  it("lists every optimizer with its defaults", () => {
    expect([...optimizers.keys()].sort()).toEqual(Object.keys(OPTIMIZERS).sort());
    for (const [name, s] of optimizers) {
      const defaults = Object.fromEntries(s.params.map((p) => [p.name, p.default]));
      const row = OPTIMIZERS[name as keyof typeof OPTIMIZERS];
      for (const [arg, value] of Object.entries(row.defaults)) {
        const written = typeof value === "boolean" ? defaults[arg] === String(value)
          : Number(defaults[arg]) === value;
        expect([name, arg, written]).toEqual([name, arg, true]);
      }
      expect(Object.keys(defaults)).toEqual(expect.arrayContaining(["weight_decay", "clip_norm"]));
    }
  });

  it("lists the initialisers the compiler knows, each compiling as written", () => {
    const unknown = compile("model M {\n  param w: [2] = zzzzzzzzzz\n}\n");
    const known = /expected one of (.*)$/.exec(unknown.diagnostics[0].message)![1].split(", ");
    expect([...initialisers.keys()].sort()).toEqual(known.sort());
    for (const [name, s] of initialisers) {
      const args = s.params.filter((p) => p.default === undefined).map(() => "0.5");
      const init = args.length ? `${name}(${args.join(", ")})` : name;
      const r = compile(`model M {\n  param w: [2, 2] = ${init}\n  output y = w\n}\n`,
        { declarations: false });
      expect([name, r.diagnostics]).toEqual([name, []]);
    }
  });
});
