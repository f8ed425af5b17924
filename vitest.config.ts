import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup.ts"],
    // Every core (vitest's default leaves one idle: on CI's 2 cores, half the machine).
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // tfjs-core registers its gradients only from its ESM sources, whose extensionless
    // imports Node cannot resolve: vite transforms them instead (test/property/tfjs.ts).
    server: { deps: { inline: [/@tensorflow\/tfjs-(core|backend-cpu)/] } },
  },
});
