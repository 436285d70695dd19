// Vitest global setup of the `postgres` project: one PostgreSQL cluster for the whole run (each test
// file makes its own databases in it, tests/helpers/test-database.ts), unless
// TILLIT_TEST_POSTGRES_URL already names a server.
import type { TestProject } from "vitest/node";
import { findPostgresBinaries, startPostgresCluster } from "./postgres-cluster.js";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TILLIT_TEST_POSTGRES_URL) {
    project.provide("postgresAdminUrl", process.env.TILLIT_TEST_POSTGRES_URL);
    return undefined;
  }
  const bin = findPostgresBinaries();
  if (!bin) throw new Error("PostgreSQL binaries not found (apt-get install postgresql-15, or set TILLIT_PG_BIN)");
  const cluster = await startPostgresCluster(bin);
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
