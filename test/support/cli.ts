// Runs the `kiln` command in this process, capturing what it prints.
import { vi } from "vitest";
import { main } from "../../compiler/tools/cli.ts";

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += s; return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += s; return true; });
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
