// The message path's SQL executor, every way it connects. On SQLite: the fast path (used everywhere
// else in the tests) and the adapter-based path, run over the SQLite adapter. On PostgreSQL: the
// adapter-based path with one transaction per caller, as openDatabase() makes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { applyMigrations } from "../../bot/db/migrate.js";
import { serializedSqliteAdapter } from "../../bot/db/serialized-sqlite-adapter.js";
import { sqliteConnection } from "../../bot/db/sqlite-connection.js";
import { adapterConnection, createSql, int, toPostgresPlaceholders, type Sql } from "../../bot/db/sql.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";

const url = await freshDatabaseUrl("sql");
const factory = onPostgres ? undefined : serializedSqliteAdapter(url);
const postgres: Database | undefined = onPostgres ? openDatabase(url) : undefined;
const executors: Record<string, Sql> = factory
  ? {
      "adapter-based": createSql(async () => adapterConnection((await factory.shared()).adapter)),
      "SQLite fast path": createSql(async () => sqliteConnection(await factory.shared())),
    }
  : { "PostgreSQL, one transaction per caller": postgres!.sql };

beforeAll(async () => {
  if (postgres) await postgres.migrate();
  else applyMigrations(url);
});
afterAll(async () => {
  if (factory) await (await factory.shared()).adapter.dispose();
  await postgres?.close();
});

describe.each(Object.entries(executors))("SQL executor, %s", (label, sql) => {
  const phone = `+4670${label.length}000000`;

  it("inserts with RETURNING, reads back dates and booleans, and counts changes", async () => {
    const at = new Date("2026-11-23T10:00:00.000Z");
    const [row] = await sql.query(`INSERT INTO "Participant" ("phone", "isDemo", "createdAt", "updatedAt") VALUES (?, ?, ?, ?) RETURNING "id"`, [phone, true, at, at]);
    const [read] = await sql.query(`SELECT "phone", "isDemo", "createdAt" FROM "Participant" WHERE "id" = ?`, [int(row!.id)]);
    expect(read!.phone).toBe(phone);
    expect(Number(read!.isDemo)).toBe(1); // 1 from SQLite, true from PostgreSQL
    expect(new Date(String(read!.createdAt)).toISOString()).toBe(at.toISOString());
    expect(await sql.execute(`UPDATE "Participant" SET "language" = ? WHERE "phone" = ?`, ["en", phone])).toBe(1);
  });

  it("commits concurrent transactions, and rolls back only the one that failed", async () => {
    const at = new Date();
    const insert = (p: string) => sql.transaction((tx) => tx.execute(`INSERT INTO "Participant" ("phone", "createdAt", "updatedAt") VALUES (?, ?, ?)`, [p, at, at]));
    const failing = sql.transaction(async (tx) => {
      await tx.execute(`INSERT INTO "Participant" ("phone", "createdAt", "updatedAt") VALUES (?, ?, ?)`, [`${phone}9`, at, at]);
      throw new Error("turn failed");
    });
    const [a, b, c] = await Promise.allSettled([insert(`${phone}1`), failing, insert(`${phone}2`)]);
    expect([a.status, b.status, c.status]).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const phones = (await sql.query(`SELECT "phone" FROM "Participant" WHERE "phone" LIKE ? ORDER BY "phone"`, [`${phone}_`])).map((r) => r.phone);
    expect(phones).toEqual([`${phone}1`, `${phone}2`]);
  });
});

describe("PostgreSQL placeholders", () => {
  it("numbers each ? in order", () => {
    expect(toPostgresPlaceholders(`UPDATE "X" SET "a" = ?, "b" = ? WHERE "id" IN (?, ?)`)).toBe(`UPDATE "X" SET "a" = $1, "b" = $2 WHERE "id" IN ($3, $4)`);
  });
});
