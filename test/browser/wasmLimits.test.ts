// How much WebAssembly Chromium compiles synchronously (`new WebAssembly.Module`, as a Kiln
// module compiles its SIMD kernels at create()), measured in the browser itself rather than
// remembered: on a page's main thread up to 8 MiB, exactly; in a worker more; under a
// Content-Security-Policy without 'wasm-unsafe-eval', nothing.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.ts";
import { unzlib } from "../../runtime/inflate.ts";
import { type Chromium, launchChromium, skipBrowserTests } from "../support/chromium.ts";
import { page as html, type Served, type Server, serve } from "../support/serve.ts";

const MiB = 1 << 20;
const files = new Map<string, Served>([["/index.html", html(["test/browser/wasmProbe.ts"])]]);

const CNN = readFileSync(new URL("../../examples/mnist_cnn.kiln", import.meta.url), "utf8");

/** Calls wasmProbe.ts's functions in the page: `(p) => p.compiles(...)`. */
function probe<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(${fn})(globalThis.wasmProbe)`) as Promise<T>;
}

describe.skipIf(skipBrowserTests())("synchronous WebAssembly compiles in Chromium", () => {
  let browser: Chromium, server: Server, page: Page, strict: Page;

  beforeAll(async () => {
    const cnn = compile(CNN, { dims: { B: 2 }, declarations: false }).js;
    files.set("/models/cnn.js", { body: cnn, type: "text/javascript" });
    [browser, server] = await Promise.all([launchChromium(), serve(files)]);
    [page, strict] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    await page.goto(`${server.origin}/index.html`);
    await strict.goto(`${server.origin}/csp/index.html`);
    await Promise.all([page, strict].map((p) => p.waitForFunction(() => "wasmProbe" in globalThis)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("compile up to 8 MiB on a page's main thread, and refuse a byte more with a RangeError", async () => {
    const at = (size: number) => probe<string>(page, `(p) => p.compiles(p.paddedModule(${size}))`);
    expect(await at(4096 + 1)).toBe("ok");
    expect(await at(8 * MiB)).toBe("ok");
    expect(await at(8 * MiB + 1)).toMatch(/^RangeError: .*main thread.*8MB/);
  });

  it("compile and instantiate a module with a megabyte of code on the main thread", async () => {
    expect(await probe<string>(page, `(p) => p.compiles(p.codeModule(${MiB}), true)`)).toBe("ok");
  });

  it("compile past 8 MiB in a worker", async () => {
    expect(await probe<string>(page, `(p) => p.inWorker(${16 * MiB})`)).toBe("ok");
  });

  it("take a model's SIMD kernels of over 4 KB on the main thread (the MNIST CNN's)", async () => {
    // A module's kernels are one WebAssembly module, embedded zlib-compressed as base64.
    const wasm = /const WASM = "([^"]+)"/.exec(files.get("/models/cnn.js")!.body as string)![1];
    expect(unzlib(Buffer.from(wasm, "base64")).length).toBeGreaterThan(4096);
    expect(await probe<string>(page, '(p) => p.backendOf("models/cnn.js")')).toBe("simd");
  });

  it("compile nothing under a CSP without 'wasm-unsafe-eval', main thread or worker", async () => {
    const refused = /^CompileError: .*unsafe-eval/;
    expect(await probe<string>(strict, "(p) => p.compiles(p.paddedModule(64))")).toMatch(refused);
    expect(await probe<string>(strict, "(p) => p.inWorker(64)")).toMatch(refused);
  });
});
