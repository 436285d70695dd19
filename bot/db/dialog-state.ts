// DialogState: botbuilder's conversation state, one row per storage key with an eTag
// (bot/runtime/dialog-state-storage.ts gives the SDK its Storage over these). All run in the turn's
// transaction when there is one.
import type { SqlExecutor } from "./sql.js";

export interface DialogStateRow {
  key: string;
  eTag: string;
  /** The state as JSON. */
  data: string;
}

export async function readDialogStates(sql: SqlExecutor, keys: string[]): Promise<DialogStateRow[]> {
  const rows = await sql.query(`SELECT "key", "eTag", "data" FROM "DialogState" WHERE "key" IN (${keys.map(() => "?").join(", ")})`, keys);
  return rows.map((row) => ({ key: String(row.key), eTag: String(row.eTag), data: String(row.data) }));
}

/** Writes only over the state as it was read (`expected` eTag); false if another turn changed it. */
export async function replaceDialogStateIfUnchanged(sql: SqlExecutor, s: DialogStateRow, expected: string, now: Date): Promise<boolean> {
  return (await sql.execute(`UPDATE "DialogState" SET "data" = ?, "eTag" = ?, "updatedAt" = ? WHERE "key" = ? AND "eTag" = ?`, [s.data, s.eTag, now, s.key, expected])) === 1;
}

/** Writes a state no one has stored yet; false if a row with the key exists. */
export async function insertDialogStateIfAbsent(sql: SqlExecutor, s: DialogStateRow, now: Date): Promise<boolean> {
  return (await sql.execute(`INSERT INTO "DialogState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`, [s.key, s.eTag, s.data, now])) > 0;
}

/** Writes the state whatever is stored (a write without an eTag, or with "*"). */
export async function upsertDialogState(sql: SqlExecutor, s: DialogStateRow, now: Date): Promise<void> {
  await sql.execute(
    `INSERT INTO "DialogState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?)
     ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "eTag" = excluded."eTag", "updatedAt" = excluded."updatedAt"`,
    [s.key, s.eTag, s.data, now],
  );
}

export async function deleteDialogStates(sql: SqlExecutor, keys: string[]): Promise<void> {
  await sql.execute(`DELETE FROM "DialogState" WHERE "key" IN (${keys.map(() => "?").join(", ")})`, keys);
}
