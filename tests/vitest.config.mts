import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; tests import the data layer directly.
  "server-only": path.join(import.meta.dirname, "setup/server-only.ts"),
};

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // One worker per core, not vitest's default of one fewer: a test file waits on its database
    // and the file system much of the time, and on a 2-core machine the default is a single worker.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-pglite",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/setup/integration.ts"],
          env: { TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-postgres",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/setup/integration.ts"],
          globalSetup: ["tests/setup/postgres-cluster.ts"],
          env: { TEST_DB: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
