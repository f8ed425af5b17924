// The playground: `npm run playground` serves it, `npm run build:playground` builds the
// static site into playground/dist/. The digits it trains on are serialized here (mnist.ts),
// served at /mnist.bin in development and written beside the page in a build.
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { mnistSubset } from "./mnist.ts";

function digits(): Plugin {
  let bytes: Uint8Array | undefined;
  const data = () => (bytes ??= mnistSubset());
  return {
    name: "kiln-playground-digits",
    configureServer(server) {
      server.middlewares.use("/mnist.bin", (_req, res) => {
        res.setHeader("Content-Type", "application/octet-stream");
        res.end(data());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mnist.bin", source: data() });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative URLs: the built site works from any folder.
  base: "./",
  plugins: [digits()],
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096 },
  server: { fs: { allow: [".."] } },
});
