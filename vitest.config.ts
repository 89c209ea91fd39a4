import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Integration tests share one Neo4j database and clear it: run files one at a time.
    fileParallelism: false,
    // One worker keeps its modules between files: importing the driver, Express and the analysis
    // once instead of once per file saves about a minute. Tests restore what they change
    // (spies, environment variables), and module state is keyed by driver (read cache) or
    // released in finally (the analysis lock).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
