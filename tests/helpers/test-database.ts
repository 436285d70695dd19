// The database each test runs on: SQLite files by default, or PostgreSQL when the `postgres` vitest
// project (TILLIT_TEST_DB=postgres) runs the same files against the cluster of its global setup.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../../bot/db/client.js";
import type { SqlRow, SqlValue } from "../../bot/db/sql.js";

export type TestDatabaseKind = "sqlite" | "postgres";
export const testDatabaseKind: TestDatabaseKind = process.env.TILLIT_TEST_DB === "postgres" ? "postgres" : "sqlite";
export const onPostgres = testDatabaseKind === "postgres";

let serial = 0;

/** A new, empty database of the kind under test, as a DATABASE_URL. */
export async function freshDatabaseUrl(label = "test"): Promise<string> {
  if (!onPostgres) return `file:${path.join(mkdtempSync(path.join(tmpdir(), `tillit-${label}-`)), "tillit.db")}`;
  // Imported here, not at the top: benchmarks load the harness outside vitest.
  const { inject } = await import("vitest");
  const adminUrl = inject("postgresAdminUrl");
  const name = `tillit_${label.replace(/\W/g, "_")}_${process.pid}_${++serial}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Reads a database another process writes (crash tests): opens, queries, closes. */
export async function queryDatabase<R extends SqlRow = SqlRow>(databaseUrl: string, sql: string, args: SqlValue[] = []): Promise<R[]> {
  const database = openDatabase(databaseUrl);
  try {
    return await database.sql.query<R>(sql, args);
  } finally {
    await database.close();
  }
}
