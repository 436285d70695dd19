// WebInvite: a coordinator's personal web chat link, stored only as its hash, usable once.
import type { SqlExecutor } from "./sql.js";

export async function insertWebInvite(sql: SqlExecutor, i: { participantId: number; tokenHash: string; staffId: number; expiresAt: Date; now: Date }): Promise<void> {
  await sql.execute(`INSERT INTO "WebInvite" ("participantId", "tokenHash", "createdById", "expiresAt", "createdAt") VALUES (?, ?, ?, ?, ?)`, [i.participantId, i.tokenHash, i.staffId, i.expiresAt, i.now]);
}

/** Uses the invite if it is this participant's, unused and unexpired; false otherwise. */
export async function useWebInvite(tx: SqlExecutor, tokenHash: string, participantId: number, now: Date): Promise<boolean> {
  const used = await tx.execute(`UPDATE "WebInvite" SET "usedAt" = ? WHERE "tokenHash" = ? AND "participantId" = ? AND "usedAt" IS NULL AND "expiresAt" > ?`, [now, tokenHash, participantId, now]);
  return used > 0;
}

/** Whether an invite with this hash exists and was already used (for the error the visitor sees). */
export async function webInviteWasUsed(tx: SqlExecutor, tokenHash: string): Promise<boolean> {
  const [known] = await tx.query(`SELECT "usedAt" FROM "WebInvite" WHERE "tokenHash" = ?`, [tokenHash]);
  return Boolean(known?.usedAt);
}
