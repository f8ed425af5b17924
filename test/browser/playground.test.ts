// The playground (playground/, docs/editor.md) built as its site is and driven in headless
// Chromium as a user would: the example loads and checks clean; a shape mistake typed into
// the editor is marked at its line, and fixing it clears the mark; hovering a name shows its
// shape, and the call being written its signature; Compile draws the model by its layers; Train runs 100 steps in a Web Worker and the
// loss falls; the module, its declarations and its weights download, and the module runs in
// Node with the weights trained in the page. Screenshots of each stage go to
// test/browser/artifacts/.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importModule } from "../../compiler/index.ts";
import { type Chromium, launchChromium, skipBrowserTests } from "../support/chromium.ts";
import { type Served, type Server, serve } from "../support/serve.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const OUT = join(ROOT, "test/browser/artifacts/playground-site");
const SHOTS = join(ROOT, "test/browser/artifacts");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript",
  ".css": "text/css", ".bin": "application/octet-stream", ".wasm": "application/wasm" };

/** Every file of the built site, by its path under /. */
function site(dir: string): Map<string, Served> {
  const files = new Map<string, Served>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        files.set(`/${relative(dir, path)}`, { body: readFileSync(path),
          type: TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" });
      }
    }
  };
  walk(dir);
  return files;
}

/** The example's pixels typed as images: the Dense layers then work on each row of 28
 * pixels, and the loss on line 13 finds logits [64, 28, 10] for labels [64]. */
const MISTAKE = "input x: f32[B, 28, 28]";

/** Polls a locator's text until it holds `part` (Playwright's own expect is not vitest's). */
async function waitForText(page: Page, selector: string, part: string, timeout = 30_000):
  Promise<string> {
  await page.waitForFunction(([sel, want]) =>
    document.querySelector(sel)?.textContent?.includes(want) ?? false, [selector, part],
  { timeout });
  return (await page.locator(selector).first().textContent())!;
}

describe.skipIf(skipBrowserTests())("the playground in Chromium", () => {
  let browser: Chromium, server: Server, page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `playground-${name}.png`) });

  /** The 1-based lines of the editor that hold an error mark. */
  const errorLines = () => page.evaluate(() => {
    const lines = Array.from(document.querySelectorAll(".cm-content .cm-line"));
    return Array.from(document.querySelectorAll(".cm-lintRange-error")).map((m) =>
      lines.findIndex((l) => l.contains(m)) + 1);
  });

  /** Replaces a line of the editor's text after its indentation as typing would (select it
   * from Home to End, type the new text). */
  async function retype(line: number, text: string): Promise<void> {
    const target = page.locator(".cm-content .cm-line").nth(line - 1);
    await target.click();
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.insertText(text);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await build({ configFile: join(ROOT, "playground/vite.config.ts"), logLevel: "warn",
      build: { outDir: OUT, emptyOutDir: true } });
    [browser, server] = await Promise.all([launchChromium(), serve(site(OUT))]);
    page = await browser.context.newPage();
    page.on("pageerror", (e) => console.error(`page: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && console.error(`page: ${m.text()}`));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.origin}/index.html`);
    await page.locator("#status.good").waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("marks a shape mistake at its line as it is typed, and clears it when fixed", async () => {
    const line = await page.locator(".cm-content .cm-line").evaluateAll((ls) =>
      ls.findIndex((l) => l.textContent!.startsWith("  input x:")) + 1);
    const original = await page.locator(".cm-content .cm-line").nth(line - 1).textContent();
    await retype(line, MISTAKE);
    await page.locator("#status.bad").waitFor();
    await expect.poll(errorLines).toEqual([13]);
    await page.locator(".cm-lintRange-error").first().hover();
    await waitForText(page, ".cm-tooltip-lint",
      "cross_entropy with class ids needs labels i32[64, 28] for logits f32[64, 28, 10]");
    await shot("mistake");
    await retype(line, original!.trimStart());
    await page.locator("#status.good").waitFor();
    expect(await errorLines()).toEqual([]);
  });

  it("shows a name's shape on hover", async () => {
    // The middle of the word `logits` where the line defining it starts.
    const box = await page.evaluate(() => {
      const line = Array.from(document.querySelectorAll(".cm-content .cm-line"))
        .find((l) => l.textContent!.startsWith("  logits ="))!;
      const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const at = n.textContent!.indexOf("logits");
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + "logits".length);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      throw new Error("no `logits` in the line");
    });
    await page.mouse.move(box.x, box.y);
    expect(await waitForText(page, ".kiln-hover pre", "logits")).toBe("logits: f32[64, 10]");
    await shot("hover");
  });

  it("shows the signature of the call the cursor is in, its parameter marked", async () => {
    const line = page.locator(".cm-content .cm-line").filter({ hasText: "fc1 = Dense(" });
    await line.click();
    // The cursor before the line's closing parenthesis: on `act = relu`.
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    const label = await waitForText(page, ".kiln-signature pre", "Dense(");
    expect(label).toMatch(/^Dense\(units, act = .*\)/);
    expect(await page.locator(".kiln-signature b").textContent()).toMatch(/^act = /);
    await shot("signature");
    // Out of the call, the signature goes.
    await page.keyboard.press("Control+Home");
    await page.waitForFunction(() => !document.querySelector(".kiln-signature"));
  });

  it("compiles in the page, drawing the model by its layers", async () => {
    await page.click("#compile");
    await page.locator("#graph svg").waitFor();
    // `kiln graph`'s picture: the model by its layers, with their output shapes.
    const texts = await page.locator("#graph svg text").allTextContents();
    expect(texts).toEqual(expect.arrayContaining(["fc1: Dense", "f32[64, 128]", "output probs"]));
    await shot("graph");
  });

  it("trains 100 steps in a Web Worker, the loss falling", async () => {
    await page.fill("#steps", "100");
    await page.click("#train");
    await waitForText(page, "#metrics", "step 100 ", 60_000);
    const text = await waitForText(page, "#metrics", "held-out accuracy");
    const [, first, last] = /loss (\S+) → (\S+)/.exec(text!)!.map(Number);
    expect(last).toBeLessThan(0.6 * first);
    const accuracy = Number(/accuracy (\S+)%/.exec(text!)![1]);
    expect(accuracy).toBeGreaterThan(60);
    await shot("trained");
  });

  it("downloads the module, its declarations and the trained weights", async () => {
    const download = async (button: string) => {
      const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    };
    const js = await download("#download-js");
    const dts = await download("#download-dts");
    const weights = await download("#download-weights");
    expect([js.name, dts.name, weights.name]).toEqual(["model.js", "model.d.ts",
      "model.safetensors"]);
    expect(dts.bytes.toString()).toContain("export declare function create");
    const mod = await importModule(js.bytes.toString());
    const fresh = mod.create({ seed: 1 });
    const trained = mod.create({ seed: 1 });
    trained.load(new Uint8Array(weights.bytes));
    const x = new Float32Array(64 * 784).fill(0.5);
    const [a, b] = [fresh, trained].map((m) => Array.from(m.predict({ x }).probs as Float32Array));
    expect(a).not.toEqual(b);
    expect(b.slice(0, 10).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 5);
  });
});
