import { defineConfig } from "vitest/config";
import { findPostgresBinaries, noPostgresBanner } from "./tests/helpers/postgres-cluster.js";

// The whole suite runs twice: on SQLite (the embedded default) and on PostgreSQL, started by the
// `postgres` project's global setup. Without PostgreSQL binaries (Debian's postgresql-15, TILLIT_PG_BIN
// or a server in TILLIT_TEST_POSTGRES_URL) a developer's run says so and runs SQLite only; CI must
// have PostgreSQL.
const postgresAvailable = Boolean(process.env.TILLIT_TEST_POSTGRES_URL || findPostgresBinaries());
if (!postgresAvailable) {
  if (process.env.CI) throw new Error(`${noPostgresBanner}\nCI must run the suite on PostgreSQL too.`);
  // Once at the start (vitest may load this file twice) and again after the run (no-postgres-warning.ts).
  if (!process.env.TILLIT_NO_POSTGRES_SHOWN) process.stderr.write(`${noPostgresBanner}\n`);
  process.env.TILLIT_NO_POSTGRES_SHOWN = "1";
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll's own default (1 s) is shorter than one turn on a loaded machine running both suites.
    expect: { poll: { timeout: 8_000 } },
    // Each file runs its own Tillit on its own database; two workers fit the 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: { name: "sqlite", env: { TILLIT_TEST_DB: "sqlite" }, globalSetup: postgresAvailable ? [] : ["tests/helpers/no-postgres-warning.ts"] },
      },
      ...(postgresAvailable
        ? [{ extends: true as const, test: { name: "postgres", env: { TILLIT_TEST_DB: "postgres" }, globalSetup: ["tests/helpers/postgres-global-setup.ts"] } }]
        : []),
    ],
  },
});
