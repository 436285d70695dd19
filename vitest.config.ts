import { defineConfig } from "vitest/config";
import { findPostgresBinaries } from "./tests/helpers/postgres-cluster.js";

// The whole suite runs twice: on SQLite (the embedded default) and on PostgreSQL, started by the
// `postgres` project's global setup. Without PostgreSQL binaries (Debian's postgresql-15, TILLIT_PG_BIN
// or a server in TILLIT_TEST_POSTGRES_URL) a developer's run says so and runs SQLite only; CI must
// have PostgreSQL.
const postgresAvailable = Boolean(process.env.TILLIT_TEST_POSTGRES_URL || findPostgresBinaries());
if (!postgresAvailable) {
  const banner = [
    "",
    "#".repeat(78),
    "#  PostgreSQL NOT FOUND: the suite runs on SQLite ONLY.",
    "#  Install it (apt-get install postgresql-15), set TILLIT_PG_BIN to its bin directory,",
    "#  or TILLIT_TEST_POSTGRES_URL to a superuser URL of a running server.",
    "#".repeat(78),
    "",
  ].join("\n");
  if (process.env.CI) throw new Error(`${banner}\nCI must run the suite on PostgreSQL too.`);
  process.stderr.write(`${banner}\n`);
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file runs its own Tillit on its own database; two workers fit the 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    projects: [
      { extends: true as const, test: { name: "sqlite", env: { TILLIT_TEST_DB: "sqlite" } } },
      ...(postgresAvailable
        ? [{ extends: true as const, test: { name: "postgres", env: { TILLIT_TEST_DB: "postgres" }, globalSetup: ["tests/helpers/postgres-global-setup.ts"] } }]
        : []),
    ],
  },
});
