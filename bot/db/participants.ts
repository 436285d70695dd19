// The Participant row: who writes, their status and the facts a dialog records about them; whole
// rows through Prisma for code off the message path; and the few columns the web chat, the phone
// link, reminders and outreach read or set, with SQL in the caller's transaction.
import type { Db, Tx } from "./client.js";
import { type SqlExecutor, int } from "./sql.js";

/**
 * One participant's messages are stored one at a time. On PostgreSQL a message's id is drawn at
 * insert but seen only at commit, so two texts stored at once could become visible out of id order
 * and the turn would answer the later one first. A no-op update takes the participant's row lock
 * before the id is drawn (on SQLite, the single writer already serialises this).
 */
export async function lockParticipantBy(tx: SqlExecutor, column: "id" | "phone", value: number | string): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "updatedAt" = "updatedAt" WHERE "${column === "id" ? "id" : "phone"}" = ?`, [value]);
}

/** The participant with this number and their newest open conversation (null when every one is closed). */
export async function findByPhone(tx: SqlExecutor, phone: string): Promise<{ participantId: number; conversationId: number | null } | undefined> {
  const [found] = await tx.query(
    `SELECT p."id" AS "participantId", c."id" AS "conversationId" FROM "Participant" p
     LEFT JOIN "Conversation" c ON c."participantId" = p."id" AND c."status" <> 'closed'
     WHERE p."phone" = ? ORDER BY c."id" DESC LIMIT 1`,
    [phone],
  );
  return found ? { participantId: int(found.participantId), conversationId: found.conversationId == null ? null : int(found.conversationId) } : undefined;
}

/** A first message from a number: the participant joins the named team. Undefined if another writer made them first. */
export async function insertParticipant(
  tx: SqlExecutor,
  p: { phone: string; language: string; teamSlug: string | null; optedOut: boolean; now: Date },
): Promise<number | undefined> {
  const [created] = await tx.query(
    `INSERT INTO "Participant" ("phone", "language", "teamId", "status", "optedOutAt", "createdAt", "updatedAt")
     VALUES (?, ?, (SELECT "id" FROM "Team" WHERE "slug" = ?), ?, ?, ?, ?) ON CONFLICT ("phone") DO NOTHING RETURNING "id"`,
    [p.phone, p.language, p.teamSlug, p.optedOut ? "opted-out" : "new", p.optedOut ? p.now : null, p.now, p.now],
  );
  return created ? int(created.id) : undefined;
}

/** Any message from the participant ends the nudge back-off, and schedules that went quiet come back. */
export async function resetNudgeBackOff(tx: SqlExecutor, participantId: number): Promise<void> {
  const reset = await tx.execute(`UPDATE "Participant" SET "unansweredNudges" = 0 WHERE "id" = ? AND "unansweredNudges" > 0`, [participantId]);
  if (reset) await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'active' WHERE "participantId" = ? AND "status" = 'quiet'`, [participantId]);
}

/** What a dialog may record about the participant themselves. */
export type ParticipantField = "preferredName" | "language" | "preferredTimes" | "onboardedAt";

export async function setParticipantField(tx: SqlExecutor, participantId: number, field: ParticipantField, value: string | Date | null, now: Date): Promise<void> {
  const column = ({ preferredName: "preferredName", language: "language", preferredTimes: "preferredTimes", onboardedAt: "onboardedAt" } as const)[field];
  await tx.execute(`UPDATE "Participant" SET "${column}" = ?, "updatedAt" = ? WHERE "id" = ?`, [value, now, participantId]);
}

/** A dialog's status change; never overrides an opt-out (only START words reverse that). */
export async function setStatusUnlessOptedOut(tx: SqlExecutor, participantId: number, status: string, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "status" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'opted-out'`, [status, now, participantId]);
}

/** Opted out; `evenIfAlready` records a participant's own repeated STOPP again. Returns whether a row changed. */
export async function setOptedOut(tx: SqlExecutor, participantId: number, now: Date, evenIfAlready: boolean): Promise<boolean> {
  const changed = await tx.execute(
    `UPDATE "Participant" SET "status" = 'opted-out', "optedOutAt" = ?, "updatedAt" = ? WHERE "id" = ?${evenIfAlready ? "" : ` AND "status" <> 'opted-out'`}`,
    [now, now, participantId],
  );
  return changed > 0;
}

export async function setOptedIn(tx: SqlExecutor, participantId: number, status: string, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "status" = ?, "optedOutAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [status, now, participantId]);
}

export async function phoneOf(tx: SqlExecutor, participantId: number): Promise<string | null> {
  const [p] = await tx.query(`SELECT "phone" FROM "Participant" WHERE "id" = ?`, [participantId]);
  return p?.phone ? String(p.phone) : null;
}

/** The participant row, or null for an unknown id. */
export function participantById(db: Db | Tx, id: number) {
  return db.participant.findUnique({ where: { id } });
}
