// WebAssembly kernels are built once per process (compiler/emit/wasm/kernels.ts): a compile
// takes the functions earlier compiles built for the same keys. A module must come out the
// same whatever was compiled before it in the process.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.ts";
import { Fn } from "../../../compiler/emit/wasm/encoder.ts";
import { BuiltKernels } from "../../../compiler/emit/wasm/kernels.ts";

const mlp = (hidden: number, act: string) => `
model M {
  input x: f32[16, 32]
  input y: i32[16]
  fc1 = Dense(${hidden}, act = ${act})
  fc2 = Dense(10)
  logits = x |> fc1 |> fc2
  output probs = softmax(logits)
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 1e-3)
}`;

const sha = (js: string) => createHash("sha1").update(js).digest("hex");
const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The module's hash as a fresh process compiles it, before any other model. */
function fresh(source: string): string {
  const script = `import { compile } from "./compiler/index.ts";\n` +
    `import { createHash } from "node:crypto";\n` +
    `const r = compile(${JSON.stringify(source)}, { declarations: false });\n` +
    "process.stdout.write(createHash(\"sha1\").update(r.js).digest(\"hex\"));\n";
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script],
    { cwd: root, encoding: "utf8" });
}

describe("kernels built once per process", () => {
  it("give the module a fresh process gives, after other models built kernels", () => {
    // Models sharing some kernels with the one checked (the same second layer, the same
    // softmax) and differing in others (widths, activations).
    for (const [hidden, act] of [[24, "relu"], [40, "tanh"], [24, "sigmoid"]] as const) {
      expect(compile(mlp(hidden, act), { declarations: false }).ok).toBe(true);
    }
    const target = mlp(40, "relu");
    const here = compile(target, { declarations: false });
    expect(here.js).toContain("const WASM = \"");
    expect(sha(here.js)).toBe(fresh(target));
    // And compiling it again here gives the same bytes.
    expect(compile(target, { declarations: false }).js).toBe(here.js);
  });
});

describe("the process's kernels", () => {
  const fn = (bytes: number) => {
    const f = new Fn(0, 0, 0);
    for (let i = 0; i < bytes; i++) f.code.push(0x01);
    return f;
  };

  it("are bounded by bytes of code: the oldest go, the newest stays however large", () => {
    const cache = new BuiltKernels(100);
    const a = cache.get("a", () => fn(40)), b = cache.get("b", () => fn(40));
    expect([cache.size, cache.bytes]).toEqual([2, 80]);
    // Asked again, a key gives the function built for it, and builds nothing.
    expect(cache.get("a", () => { throw new Error("built twice"); })).toBe(a);
    cache.get("c", () => fn(40));
    expect([cache.size, cache.bytes]).toEqual([2, 80]);
    // "a" went first; "b" is still held.
    expect(cache.get("b", () => fn(1))).toBe(b);
    expect(cache.get("a", () => fn(40))).not.toBe(a);
    cache.get("huge", () => fn(500));
    expect([cache.size, cache.bytes]).toEqual([1, 500]);
  });
});

