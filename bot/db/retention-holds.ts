// RetentionHold: a team lead keeps a record past its erasure date, with a reason, until released.
import { int, type SqlExecutor } from "./sql.js";

/** The participant's active hold, if any. */
export async function activeHoldId(tx: SqlExecutor, participantId: number): Promise<number | undefined> {
  const [hold] = await tx.query(`SELECT "id" FROM "RetentionHold" WHERE "participantId" = ? AND "releasedAt" IS NULL LIMIT 1`, [participantId]);
  return hold ? int(hold.id) : undefined;
}

export async function insertHold(tx: SqlExecutor, h: { participantId: number; reason: string; staffId: number; now: Date }): Promise<number> {
  const [made] = await tx.query(`INSERT INTO "RetentionHold" ("participantId", "reason", "heldById", "createdAt") VALUES (?, ?, ?, ?) RETURNING "id"`, [h.participantId, h.reason, h.staffId, h.now]);
  return int(made!.id);
}

/** Releases the participant's active holds; returns how many there were. */
export async function releaseHolds(sql: SqlExecutor, participantId: number, by: { staffId: number; now: Date }): Promise<number> {
  return sql.execute(`UPDATE "RetentionHold" SET "releasedAt" = ?, "releasedById" = ? WHERE "participantId" = ? AND "releasedAt" IS NULL`, [by.now, by.staffId, participantId]);
}
