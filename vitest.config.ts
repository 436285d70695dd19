import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file runs its own Tillit on its own SQLite file; two workers fit the 2-core machine.
    pool: "forks",
    maxWorkers: 2,
  },
});
