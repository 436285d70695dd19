// ErasedOptOut: keyed hashes of erased numbers that had said STOPP (the hashing is the caller's:
// bot/privacy/erased-opt-outs.ts). Never the number itself.
import type { SqlExecutor } from "./sql.js";

export async function erasedOptOutExists(tx: SqlExecutor, hash: string): Promise<boolean> {
  const [row] = await tx.query(`SELECT 1 AS "found" FROM "ErasedOptOut" WHERE "hash" = ?`, [hash]);
  return row !== undefined;
}

export async function insertErasedOptOut(tx: SqlExecutor, hash: string, now: Date): Promise<void> {
  await tx.execute(`INSERT INTO "ErasedOptOut" ("hash", "createdAt") VALUES (?, ?) ON CONFLICT ("hash") DO NOTHING`, [hash, now]);
}

export async function deleteErasedOptOut(tx: SqlExecutor, hash: string): Promise<void> {
  await tx.execute(`DELETE FROM "ErasedOptOut" WHERE "hash" = ?`, [hash]);
}
