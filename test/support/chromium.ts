// Headless Chromium for the browser tests and the browser benchmark: Debian's `chromium`
// package driven by playwright-core, which never downloads a browser of its own. Each caller
// launches one browser with a fresh profile and closes it (and the profile) when done.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, offline, headless run (no sandbox: the tests run as root in CI). */
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Why the browser tests cannot run here, or null when they can. Outside CI a missing
 * browser skips them with this message; in CI (env CI set) they must never skip, so the
 * callers fail instead.
 */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium; .ci/run ` +
    "does) to run the browser tests";
}

/** describe.skipIf's argument: skip only outside CI, saying why; in CI a missing browser
 * fails the tests that need it. */
export function skipBrowserTests(): boolean {
  const missing = chromiumMissing();
  if (missing && !process.env.CI) {
    console.warn(`browser tests skipped: ${missing}`);
    return true;
  }
  return false;
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const profile = mkdtempSync(join(tmpdir(), "kiln-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
