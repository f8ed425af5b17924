// `kiln export FILE --pytorch`: the file written, its dims, and the exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.ts";
import { PYTHON } from "./torch.ts";

const dir = mkdtempSync(join(tmpdir(), "kiln-export-"));
const good = join(dir, "net.kiln");
writeFileSync(good, `dim B = 2
model Net {
  input x: f32[B, 3]
  fc = Dense(4, act = relu)
  output y = fc(x)
}
`);

const run = runCli;

describe("kiln export --pytorch", () => {
  it("writes FILE.py beside the model, with its dims", async () => {
    const r = await run(["export", good, "--pytorch", "--dim", "B=5"]);
    expect(r.code).toBe(0);
    const path = join(dir, "net.py");
    expect(r.out).toContain(`wrote ${path}`);
    expect(r.out).toContain("class Net");
    const py = readFileSync(path, "utf8");
    expect(py).toMatch(/^B = 5$/m);
    expect(py).toContain("class Net(KilnModel):");
    if (PYTHON) {
      const check = spawnSync(PYTHON, ["-c", `import sys; sys.path.insert(0, ${JSON.stringify(dir)})
import torch, net
m = net.Net(seed=1)
print(tuple(m.predict(torch.ones(5, 3))["y"].shape))`], { encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.stdout.trim()).toBe("(5, 4)");
    }
  });

  it("writes where -o says, picking the model with --model", async () => {
    writeFileSync(join(dir, "two.kiln"), "model A {\n  input x: f32[2]\n  output y = x\n}\n" +
      "model B {\n  input x: f32[2]\n  output y = 2 * x\n}\n");
    const out = join(dir, "out", "a.py");
    const r = await run(["export", join(dir, "two.kiln"), "--pytorch", "--model", "A", "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("class A(KilnModel):");
  });

  it("needs a target (exit 2)", async () => {
    const r = await run(["export", good]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("export needs a target: --pytorch");
  });

  it("exits 1 on what cannot be exported, writing nothing", async () => {
    const file = join(dir, "grad.kiln");
    writeFileSync(file, "model M {\n  input x: f32[2]\n  output g = grad(sum(x * x), x + 1)\n}\n");
    const r = await run(["export", file, "--pytorch"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:3:31: error: cannot export grad(y, x) exactly`);
    expect(existsSync(join(dir, "grad.py"))).toBe(false);
  });
});
