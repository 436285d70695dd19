// The Participant row: who writes, their status and the facts a dialog records about them; whole
// rows through Prisma for code off the message path; and the few columns the web chat, the phone
// link, reminders and outreach read or set, with SQL in the caller's transaction.
import type { Db, Tx } from "./client.js";
import { int, strOrNull, type SqlExecutor } from "./sql.js";

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

/** The participant row with this number, or null. */
export function participantRowByPhone(db: Db | Tx, phone: string) {
  return db.participant.findUnique({ where: { phone } });
}

// The few columns the web chat and the phone link read or set, with SQL in the caller's transaction.

/** The participant's status, or undefined for an unknown id (no row lock, unlike lockParticipantRow). */
export async function participantStatus(sql: SqlExecutor, id: number): Promise<string | undefined> {
  const [p] = await sql.query(`SELECT "status" FROM "Participant" WHERE "id" = ?`, [id]);
  return p ? String(p.status) : undefined;
}

/** The status of whoever has this number, if anyone. */
export async function statusOfPhone(sql: SqlExecutor, phone: string): Promise<string | undefined> {
  const [owner] = await sql.query(`SELECT "status" FROM "Participant" WHERE "phone" = ?`, [phone]);
  return owner ? String(owner.status) : undefined;
}

export async function participantLanguage(sql: SqlExecutor, id: number): Promise<string | undefined> {
  const [p] = await sql.query(`SELECT "language" FROM "Participant" WHERE "id" = ?`, [id]);
  return p?.language == null ? undefined : String(p.language);
}

export async function participantPhoneAndTeam(sql: SqlExecutor, id: number): Promise<{ phone: string | null; teamId: number | null } | undefined> {
  const [p] = await sql.query(`SELECT "phone", "teamId" FROM "Participant" WHERE "id" = ?`, [id]);
  return p ? { phone: strOrNull(p.phone), teamId: p.teamId == null ? null : int(p.teamId) } : undefined;
}

export async function participantByPhone(sql: SqlExecutor, phone: string): Promise<{ id: number; teamId: number | null } | undefined> {
  const [p] = await sql.query(`SELECT "id", "teamId" FROM "Participant" WHERE "phone" = ?`, [phone]);
  return p ? { id: int(p.id), teamId: p.teamId == null ? null : int(p.teamId) } : undefined;
}

export async function setParticipantPhone(tx: SqlExecutor, id: number, phone: string, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "phone" = ?, "updatedAt" = ? WHERE "id" = ?`, [phone, now, id]);
}

/** A web visitor without a number, in the team with this slug (none if there is no such team). */
export async function insertAnonymousParticipant(tx: SqlExecutor, p: { language: string; teamSlug: string | null; now: Date }): Promise<number> {
  const [made] = await tx.query(
    `INSERT INTO "Participant" ("phone", "language", "teamId", "createdAt", "updatedAt") VALUES (NULL, ?, (SELECT "id" FROM "Team" WHERE "slug" = ?), ?, ?) RETURNING "id"`,
    [p.language, p.teamSlug, p.now, p.now],
  );
  return int(made!.id);
}

// What reminders and outreach read or set (bot/nudges/).

/** The participant's time zone and preferred parts of the day (JSON), and their team's quiet hours. */
export async function participantTiming(sql: SqlExecutor, id: number): Promise<{ timezone: string | null; preferredTimes: string | null; quietHours: string | null; officeHours: string | null }> {
  const [row] = await sql.query(
    `SELECT p."timezone", p."preferredTimes", t."quietHours", t."officeHours" FROM "Participant" p LEFT JOIN "Team" t ON t."id" = p."teamId" WHERE p."id" = ?`,
    [id],
  );
  return { timezone: strOrNull(row?.timezone), preferredTimes: row?.preferredTimes ? String(row.preferredTimes) : null, quietHours: strOrNull(row?.quietHours), officeHours: strOrNull(row?.officeHours) };
}

/** The participant's time zone (null when unset); undefined for an unknown participant. */
export async function participantTimezone(tx: SqlExecutor, id: number): Promise<{ timezone: string | null } | undefined> {
  const [p] = await tx.query(`SELECT "timezone" FROM "Participant" WHERE "id" = ?`, [id]);
  return p && { timezone: strOrNull(p.timezone) };
}

export async function teamOfParticipant(sql: SqlExecutor, id: number): Promise<number | null> {
  const [team] = await sql.query(`SELECT "teamId" FROM "Participant" WHERE "id" = ?`, [id]);
  return team?.teamId == null ? null : int(team.teamId);
}

export async function setReminderPace(tx: SqlExecutor, id: number, pace: "as-planned" | "weekly", now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "reminderPace" = ?, "updatedAt" = ? WHERE "id" = ?`, [pace, now, id]);
}

export async function setRemindersOff(tx: SqlExecutor, id: number, off: boolean, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "remindersOff" = ?, "updatedAt" = ? WHERE "id" = ?`, [off, now, id]);
}

/** Adds `by` (0 or 1) to the participant's count of unanswered nudges. */
export async function addUnansweredNudge(tx: SqlExecutor, id: number, by: number): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "unansweredNudges" = "unansweredNudges" + ? WHERE "id" = ?`, [by, id]);
}

export async function unansweredNudgesAndTeam(tx: SqlExecutor, id: number): Promise<{ unansweredNudges: number; teamId: number | null }> {
  const [p] = await tx.query(`SELECT "unansweredNudges", "teamId" FROM "Participant" WHERE "id" = ?`, [id]);
  return { unansweredNudges: int(p?.unansweredNudges ?? 0), teamId: p?.teamId == null ? null : int(p.teamId) };
}

/** The team of each of these numbers that a participant has (at most 500 numbers a call). */
export async function teamsOfPhones(sql: SqlExecutor, phones: string[]): Promise<{ phone: string; teamId: number | null }[]> {
  const rows = await sql.query(`SELECT "phone", "teamId" FROM "Participant" WHERE "phone" IN (${phones.map(() => "?").join(", ")})`, phones);
  return rows.map((r) => ({ phone: String(r.phone), teamId: r.teamId == null ? null : Number(r.teamId) }));
}

/** A new contact from an outreach list, with their first conversation; undefined if the number is known already. */
export async function insertOutreachContact(tx: SqlExecutor, c: { phone: string; name: string | null; teamId: number; now: Date }): Promise<number | undefined> {
  const [p] = await tx.query(
    `INSERT INTO "Participant" ("phone", "preferredName", "language", "status", "teamId", "createdAt", "updatedAt")
     VALUES (?, ?, 'sv', 'new', ?, ?, ?) ON CONFLICT ("phone") DO NOTHING RETURNING "id"`,
    [c.phone, c.name, c.teamId, c.now, c.now],
  );
  if (!p) return undefined;
  const participantId = int(p.id);
  await tx.execute(`INSERT INTO "Conversation" ("participantId", "createdAt", "updatedAt") VALUES (?, ?, ?)`, [participantId, c.now, c.now]);
  return participantId;
}
