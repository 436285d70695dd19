// The drivers' side of backup and restore (bot/ops/backup.ts decides what goes where): SQLite's
// online backup API, and whether a PostgreSQL database already holds tables (a restore refuses to
// write over a live database unless forced).
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Copies the SQLite database file `source` to `target` with the online backup API: a consistent copy
 * taken page by page without stopping writers. The source is opened read-only.
 */
export async function sqliteOnlineCopy(source: string, target: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}

/** Tables in `schema` of the PostgreSQL database at `connectionString` (a libpq URI), on a connection of its own. */
export async function postgresHasTables(connectionString: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1`, [schema]);
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}
