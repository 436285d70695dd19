// Backups while Tillit runs, and restores into a new database. SQLite: the online backup API
// (better-sqlite3's db.backup), a consistent copy taken page by page without stopping writers.
// PostgreSQL: pg_dump's custom format (a consistent snapshot), restored with pg_restore in one
// transaction. A restore goes into an empty database unless `force` is given.
import { execFile } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { databaseKind, type DatabaseKind } from "../db/database-url.js";
import { sqliteFilePath } from "../db/migrate.js";
import { postgresHasTables, sqliteOnlineCopy } from "../db/database-copies.js";
import { postgresTool } from "./postgres-tools.js";

const run = promisify(execFile);

export class BackupError extends Error {}

/** The file a backup of this kind of database gets when none is named. */
export function defaultBackupFile(url: string, now: Date, dir = "backups"): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");
  return path.join(dir, `tillit-${stamp}.${databaseKind(url) === "sqlite" ? "db" : "dump"}`);
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; a backup never overwrites a file`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (databaseKind(url) === "sqlite") {
    const source = sqliteFilePath(url);
    if (!existsSync(source)) throw new BackupError(`no SQLite database at ${source}`);
    await sqliteOnlineCopy(source, file);
    return;
  }
  const { uri, schema } = libpqTarget(url);
  await toolRun("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", ...(schema ? [`--schema=${schema}`] : []), `--file=${file}`, `--dbname=${uri}`]);
}

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): DatabaseKind {
  const head = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1").startsWith("SQLite format 3\0")) return "sqlite";
  if (head.toString("latin1").startsWith("PGDMP")) return "postgres";
  throw new BackupError(`${file} is neither a SQLite backup nor a pg_dump custom-format file`);
}

export async function restoreDatabase(url: string, file: string, opts: { force?: boolean } = {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  const kind = databaseKind(url);
  if (backupKind(file) !== kind) throw new BackupError(`${file} is a ${backupKind(file)} backup; DATABASE_URL is a ${kind} database`);
  if (kind === "sqlite") {
    const target = sqliteFilePath(url);
    if (existsSync(target) && statSync(target).size > 0 && !opts.force) {
      throw new BackupError(`${target} already exists; stop Tillit and pass --force to replace it`);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    // The old database's write-ahead log must not be replayed onto the restored file.
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    await sqliteOnlineCopy(file, target);
    return;
  }
  const { uri, schema } = libpqTarget(url);
  if (!opts.force && (await postgresHasTables(uri, schema ?? "public"))) {
    throw new BackupError("the target database already has tables; restore into a new database, or stop Tillit and pass --force to replace them");
  }
  await toolRun("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", ...(opts.force ? ["--clean", "--if-exists"] : []), `--dbname=${uri}`, file]);
}

/** libpq does not know Prisma's ?schema= and ?connection_limit=: the schema becomes pg_dump's --schema. */
function libpqTarget(url: string): { uri: string; schema?: string } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  u.searchParams.delete("connection_limit");
  return { uri: u.toString(), schema };
}

async function toolRun(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(postgresTool(tool), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
    throw new BackupError(`${tool} failed: ${stderr}`);
  }
}
