// Applies the checked-in Prisma migrations at start-up, without the Prisma CLI (whose schema engine
// is a download). Bookkeeping uses Prisma's own `_prisma_migrations` table and checksums, so
// `prisma migrate status` reads the same history.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { pendingMigrations } from "./migration-files.js";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function sqliteFilePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  return path.resolve(raw);
}

export interface MigrationResult {
  applied: string[];
}

export function applyMigrations(databaseUrl: string, dir = migrationsDir): MigrationResult {
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const done = new Map(
      (db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string; checksum: string }[])
        .map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    for (const { name, sql, checksum } of pendingMigrations(dir, done)) {
      db.transaction(() => {
        db.exec(sql);
        db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
                    VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`).run(randomUUID(), checksum, name);
      })();
      applied.push(name);
    }
    return { applied };
  } finally {
    db.close();
  }
}
