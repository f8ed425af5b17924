// Golden files: text a test produces, kept in the repository so that a change reads as a
// diff in review. `UPDATE_GOLDENS=1 npx vitest run <test>` rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

export function expectGolden(path: string, text: string): void {
  if (process.env.UPDATE_GOLDENS) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  const hint = `run UPDATE_GOLDENS=1 npx vitest run to write ${path}`;
  expect(existsSync(path), hint).toBe(true);
  expect(text, hint).toBe(readFileSync(path, "utf8"));
}
