// Applies prisma/migrations-postgres at start-up, the PostgreSQL twin of migrate.ts: Prisma's own
// `migrate deploy` cannot run here (its WebAssembly engine fails on PostgreSQL through adapter-pg,
// prisma/orm#27403). Several instances starting at once serialise on a session advisory lock with the
// key Prisma Migrate itself uses, so this runner and `prisma migrate deploy` never overlap. Each
// migration runs in its own transaction together with its row in `_prisma_migrations` (sha256 of the
// file, as Prisma records it), so `prisma migrate status` reads the same history.
import { randomUUID } from "node:crypto";
import path from "node:path";
import type pg from "pg";
import type { MigrationResult } from "./migrate.js";
import { pendingMigrations } from "./migration-files.js";

export const postgresMigrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations-postgres");

/** Prisma Migrate's advisory lock key (schema-engine's postgres connector). */
const PRISMA_MIGRATE_LOCK = 72707369;

// Prisma's own definition of the bookkeeping table on PostgreSQL.
const createTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

export async function applyPostgresMigrations(pool: pg.Pool, dir = postgresMigrationsDir): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    try {
      return await applyUnderLock(client, dir);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function applyUnderLock(client: pg.PoolClient, dir: string): Promise<MigrationResult> {
  await client.query(createTable);
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
  );
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) throw new Error(`Migration ${failed.migration_name} failed earlier and is not resolved (see prisma migrate resolve)`);
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const applied: string[] = [];
  for (const { name, sql, checksum } of pendingMigrations(dir, done)) {
    await client.query("BEGIN");
    try {
      // No parameters: the simple query protocol runs every statement of the file.
      await client.query(sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count")
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), checksum, name],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${name} failed: ${(err as Error).message}`, { cause: err });
    }
    applied.push(name);
  }
  return { applied };
}
