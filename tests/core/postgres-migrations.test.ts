// prisma/migrations-postgres: a twin for every SQLite migration, applied by bot/db/migrate-postgres.ts
// under an advisory lock, and building exactly the database the schema describes.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyPostgresMigrations, postgresMigrationsDir } from "../../bot/db/migrate-postgres.js";
import { migrationFolders } from "../../bot/db/migration-files.js";
import { postgresPool } from "../../bot/db/postgres-pool.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";
// @ts-expect-error: a plain .mjs script without type declarations
import { migrationDirs, postgresDiff } from "../../prisma/postgres-migrations.mjs";

describe("the PostgreSQL migrations folder", () => {
  it("has one migration of the same name for every SQLite migration (npm run db:postgres-migrations fills gaps)", () => {
    expect(migrationFolders(migrationDirs.postgres)).toEqual(migrationFolders(migrationDirs.sqlite));
    expect(readFileSync(path.join(migrationDirs.postgres, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });
});

const pools: pg.Pool[] = [];
afterAll(async () => Promise.all(pools.map((p) => p.end())));
async function freshPool(label: string): Promise<pg.Pool> {
  const { pool } = postgresPool(await freshDatabaseUrl(label));
  pools.push(pool);
  return pool;
}

describe.runIf(onPostgres)("the PostgreSQL migration runner", () => {
  it("applies each migration once, records it in Prisma's table with its checksum, and refuses a changed one", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "tillit-pg-migrate-")), "migrations");
    cpSync(postgresMigrationsDir, dir, { recursive: true });
    const pool = await freshPool("runner");
    const names = migrationFolders(dir);
    expect((await applyPostgresMigrations(pool, dir)).applied).toEqual(names);
    const { rows } = await pool.query(`SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" ORDER BY "migration_name"`);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    const sha = (name: string) => createHash("sha256").update(readFileSync(path.join(dir, name, "migration.sql"))).digest("hex");
    expect(rows.map((r) => r.checksum)).toEqual(names.map(sha));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect((await applyPostgresMigrations(pool, dir)).applied).toEqual([]);

    mkdirSync(path.join(dir, "29990101000000_extra"));
    writeFileSync(path.join(dir, "29990101000000_extra", "migration.sql"), 'CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY);\nCREATE TABLE "Extra3" ("id" INTEGER PRIMARY KEY);');
    expect((await applyPostgresMigrations(pool, dir)).applied).toEqual(["29990101000000_extra"]);
    writeFileSync(path.join(dir, "29990101000000_extra", "migration.sql"), 'CREATE TABLE "Extra2" ("id" INTEGER PRIMARY KEY);');
    await expect(applyPostgresMigrations(pool, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration whole and records nothing for it", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "tillit-pg-migrate-")), "migrations");
    mkdirSync(path.join(dir, "20000101000000_broken"), { recursive: true });
    writeFileSync(path.join(dir, "20000101000000_broken", "migration.sql"), 'CREATE TABLE "Half" ("id" INTEGER);\nCREATE TABLE "Half" ("id" INTEGER);');
    const pool = await freshPool("broken");
    await expect(applyPostgresMigrations(pool, dir)).rejects.toThrow(/20000101000000_broken failed/);
    expect((await pool.query(`SELECT to_regclass('"Half"') AS t`)).rows[0].t).toBeNull();
    expect((await pool.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBe(0);
  });

  it("three instances starting at once apply each migration exactly once", async () => {
    const url = await freshDatabaseUrl("race");
    const racers = [0, 1, 2].map(() => postgresPool(url, 2).pool);
    pools.push(...racers);
    const results = await Promise.all(racers.map((p) => applyPostgresMigrations(p)));
    expect(results.flatMap((r) => r.applied).sort()).toEqual(migrationFolders(postgresMigrationsDir));
    const { rows } = await racers[0]!.query(`SELECT "migration_name", count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});

/** What the catalog says about the public schema's tables, in an order that does not depend on history. */
async function catalog(pool: pg.Pool) {
  const q = async (sql: string) => (await pool.query(sql)).rows;
  return {
    columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default, character_maximum_length, datetime_precision
                        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                       ORDER BY table_name, column_name`),
    indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
                       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
    constraints: await q(`SELECT t.relname AS table_name, c.conname, pg_get_constraintdef(c.oid) AS def
                            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                           WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations' ORDER BY 1, 2`),
    sequences: await q(`SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`),
  };
}

describe.runIf(onPostgres)("PostgreSQL migrations and the schema", () => {
  it("a database built from prisma/migrations-postgres matches one made from schema.prisma (npm run db:new-migration)", { timeout: 60_000 }, async () => {
    const migrated = await freshPool("drift-migrated");
    await applyPostgresMigrations(migrated);
    const fromSchema = await freshPool("drift-schema");
    await fromSchema.query(postgresDiff(null, readFileSync(migrationDirs.sqlite.replace(/migrations$/, "schema.prisma"), "utf8")));
    const [a, b] = [await catalog(migrated), await catalog(fromSchema)];
    expect(a.columns.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  });
});

describe("PostgreSQL connection settings from DATABASE_URL", () => {
  it("takes the pool size and schema from Prisma's URL parameters, and passes UTC to every connection", () => {
    const { pool, schema } = postgresPool("postgresql://tillit:s%40cret@db.kommun.se:5433/tillit?schema=tillit&connection_limit=25");
    pools.push(pool);
    expect(schema).toBe("tillit");
    expect(pool.options.max).toBe(25);
    const url = new URL(pool.options.connectionString!);
    expect(url.searchParams.get("options")).toBe("-c TimeZone=UTC -c search_path=tillit");
    expect([url.searchParams.has("schema"), url.searchParams.has("connection_limit")]).toEqual([false, false]);
    expect(() => postgresPool("postgresql://db/tillit?connection_limit=many")).toThrow(/connection_limit/);
    expect(() => postgresPool("postgresql://db/tillit?schema=x;drop")).toThrow(/schema/);
  });
});
