// A local HTTP server for pages in headless Chromium: the repository's files under /repo/
// (TypeScript transpiled to JavaScript on the way, so a page can import runtime/ and test
// helpers as they are), plus files the caller made (compiled modules, pages). Everything
// under /csp/ is the same content sent with a Content-Security-Policy that allows scripts
// from this origin only and no WebAssembly compilation ('wasm-unsafe-eval' absent).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const STRICT_CSP = "default-src 'self'; script-src 'self'";

/** A file the caller serves: its bytes and Content-Type. */
export interface Served {
  body: string | Uint8Array;
  type: string;
}

export interface Server {
  /** http://127.0.0.1:PORT, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript", ".mjs": "text/javascript", ".ts": "text/javascript",
  ".html": "text/html", ".json": "application/json", ".wasm": "application/wasm",
};

const transpiled = new Map<string, string>();

/** A repository file as a browser should get it, or null when there is none. */
function repoFile(path: string): Served | null {
  const file = resolve(ROOT, `.${decodeURIComponent(path)}`);
  if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) return null;
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  try {
    if (extname(file) !== ".ts") return { body: readFileSync(file), type };
    let js = transpiled.get(file);
    if (js === undefined) {
      js = ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      transpiled.set(file, js);
    }
    return { body: js, type };
  } catch {
    return null;
  }
}

/** Serves `files` (by path, e.g. "/models/mlp.js") and the repository under /repo/ on
 * 127.0.0.1 at a free port. */
export async function serve(files: ReadonlyMap<string, Served> = new Map()): Promise<Server> {
  const server = createServer((req, res) => {
    let path = new URL(req.url ?? "/", "http://x").pathname;
    const csp = path.startsWith("/csp/");
    if (csp) path = path.slice("/csp".length);
    const found = files.get(path)
      ?? (path.startsWith("/repo/") ? repoFile(path.slice("/repo".length)) : null);
    if (!found) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    const headers: Record<string, string> = { "Content-Type": found.type, "Cache-Control": "no-store" };
    if (csp) headers["Content-Security-Policy"] = STRICT_CSP;
    res.writeHead(200, headers).end(found.body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** A page that loads the repository's `scripts` (paths from its root), in order; .ts files as
 * module scripts. Their URLs are relative, so the page under /csp/ loads them under the policy. */
export function page(scripts: readonly string[]): Served {
  const tag = (s: string) => `<script ${s.endsWith(".ts") ? "type=module " : ""}src="repo/${s}"></script>`;
  return { type: "text/html", body: `<!doctype html><meta charset=utf-8>${scripts.map(tag).join("")}` };
}
