// The checked-in migrations of one folder, as both runners (migrate.ts for SQLite, migrate-postgres.ts)
// read them: folders in name order, each migration.sql with the sha256 checksum Prisma records.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** The migrations not yet applied; one applied and changed since stops everything. */
export function pendingMigrations(dir: string, applied: Map<string, string>): MigrationFile[] {
  const pending: MigrationFile[] = [];
  for (const name of migrationFolders(dir)) {
    const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const known = applied.get(name);
    if (known === undefined) pending.push({ name, sql, checksum });
    else if (known !== checksum) throw new Error(`Migration ${name} was changed after it was applied`);
  }
  return pending;
}
