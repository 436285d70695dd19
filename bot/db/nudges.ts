// Nudge: one reminder or follow-up on the calendar (the rules: bot/nudges/). Claims carry a lease and a
// random token, and every change to a claimed nudge is made only under its token, so two instances, or
// one whose lease ran out, never both send it.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export interface NewNudge {
  participantId: number;
  kind: string;
  dueAt: Date;
  dialog?: string | null;
  dialogOptions?: Record<string, unknown> | null;
  text?: string | null;
  copyKey?: string | null;
  copyVars?: Record<string, string | number> | null;
  cancelIfAnswered?: boolean;
  scheduleId?: number | null;
  meetingId?: number | null;
  createdById?: number | null;
}

export interface ClaimedNudge {
  id: number;
  participantId: number;
  kind: string;
  dialog: string | null;
  dialogOptions: string | null;
  text: string | null;
  copyKey: string | null;
  copyVars: string | null;
  dueAt: Date;
  cancelIfAnswered: boolean;
  scheduleId: number | null;
  meetingId: number | null;
  createdById: number | null;
  createdAt: Date;
  claimToken: string;
}

export async function insertNudge(tx: SqlExecutor, nudge: NewNudge, now: Date): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO "Nudge" ("participantId", "kind", "dialog", "dialogOptions", "text", "copyKey", "copyVars", "dueAt", "status", "cancelIfAnswered", "scheduleId", "meetingId", "createdById", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?) RETURNING "id"`,
    [nudge.participantId, nudge.kind, nudge.dialog ?? null, nudge.dialogOptions ? JSON.stringify(nudge.dialogOptions) : null, nudge.text ?? null, nudge.copyKey ?? null, nudge.copyVars ? JSON.stringify(nudge.copyVars) : null, nudge.dueAt, nudge.cancelIfAnswered ?? false, nudge.scheduleId ?? null, nudge.meetingId ?? null, nudge.createdById ?? null, now],
  );
  return int(row!.id);
}

/**
 * Cancels the scheduled nudges that match every condition given; returns how many. `claimedToo`: a claimed one
 * as well, so that the claim's holder can no longer mark it sent (finishClaimedNudge) and its send aborts.
 */
export async function cancelNudges(tx: SqlExecutor, where: { meetingId?: number; participantId?: number; scheduleId?: number; kinds?: string[]; exceptKinds?: string[]; claimedToo?: boolean }, reason: string, now: Date): Promise<number> {
  const conditions: string[] = [where.claimedToo ? `"status" IN ('scheduled', 'claimed')` : `"status" = 'scheduled'`];
  const params: (string | number | Date)[] = [reason, now];
  if (where.meetingId !== undefined) (conditions.push(`"meetingId" = ?`), params.push(where.meetingId));
  if (where.participantId !== undefined) (conditions.push(`"participantId" = ?`), params.push(where.participantId));
  if (where.scheduleId !== undefined) (conditions.push(`"scheduleId" = ?`), params.push(where.scheduleId));
  if (where.kinds?.length) (conditions.push(`"kind" IN (${where.kinds.map(() => "?").join(", ")})`), params.push(...where.kinds));
  if (where.exceptKinds?.length) (conditions.push(`"kind" NOT IN (${where.exceptKinds.map(() => "?").join(", ")})`), params.push(...where.exceptKinds));
  return tx.execute(`UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = ?, "processedAt" = ?, "leaseUntil" = NULL WHERE ${conditions.join(" AND ")}`, params);
}

const CLAIMED_COLUMNS = `"id", "participantId", "kind", "dialog", "dialogOptions", "text", "copyKey", "copyVars", "dueAt", "cancelIfAnswered", "scheduleId", "meetingId", "createdById", "createdAt", "claimToken"`;

function toClaimed(r: Record<string, unknown>): ClaimedNudge {
  return {
    id: int(r.id), participantId: int(r.participantId), kind: String(r.kind), dialog: strOrNull(r.dialog), dialogOptions: strOrNull(r.dialogOptions), text: strOrNull(r.text),
    copyKey: strOrNull(r.copyKey), copyVars: strOrNull(r.copyVars), dueAt: date(r.dueAt), cancelIfAnswered: Boolean(int(r.cancelIfAnswered)),
    scheduleId: r.scheduleId == null ? null : int(r.scheduleId), meetingId: r.meetingId == null ? null : int(r.meetingId),
    createdById: r.createdById == null ? null : int(r.createdById), createdAt: date(r.createdAt), claimToken: String(r.claimToken),
  };
}

/**
 * Claims up to `limit` due nudges (scheduled and due, or claimed with an expired lease) in one
 * statement, in due order.
 */
export async function claimDueNudges(sql: SqlExecutor, c: { now: Date; limit: number; token: string; leaseUntil: Date }): Promise<ClaimedNudge[]> {
  const { now } = c;
  // The due conditions are repeated in the UPDATE's own WHERE: on PostgreSQL an UPDATE that waited
  // for another instance's claim re-checks only that WHERE against the row as the claim left it, so
  // without them both instances would take the row. PostgreSQL picks the rows in a CTE (evaluated
  // once, so LIMIT holds) with SKIP LOCKED: a second instance takes other nudges instead of waiting.
  const due = `SELECT "id" FROM "Nudge" WHERE ("status" = 'scheduled' AND "dueAt" <= ?) OR ("status" = 'claimed' AND "leaseUntil" < ?) ORDER BY "dueAt", "id" LIMIT ?`;
  const postgres = sql.dialect === "postgres";
  const rows = await sql.query(
    `${postgres ? `WITH "due" AS (${due} FOR UPDATE SKIP LOCKED) ` : ""}UPDATE "Nudge" SET "status" = 'claimed', "claimToken" = ?, "leaseUntil" = ?
      WHERE "id" IN (${postgres ? `SELECT "id" FROM "due"` : due})
        AND (("status" = 'scheduled' AND "dueAt" <= ?) OR ("status" = 'claimed' AND "leaseUntil" < ?))
      RETURNING ${CLAIMED_COLUMNS}`,
    postgres ? [now, now, c.limit, c.token, c.leaseUntil, now, now] : [c.token, c.leaseUntil, now, now, c.limit, now, now],
  );
  return rows.map(toClaimed).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}

/** Claims one nudge if it is scheduled and due. */
export async function claimNudge(sql: SqlExecutor, id: number, c: { now: Date; token: string; leaseUntil: Date }): Promise<ClaimedNudge | undefined> {
  const [row] = await sql.query(
    `UPDATE "Nudge" SET "status" = 'claimed', "claimToken" = ?, "leaseUntil" = ? WHERE "id" = ? AND "status" = 'scheduled' AND "dueAt" <= ?
      RETURNING ${CLAIMED_COLUMNS}`,
    [c.token, c.leaseUntil, id, c.now],
  );
  return row ? toClaimed(row) : undefined;
}

/** Ends a claimed nudge (sent, skipped …) under its token; false when the claim was lost. */
export async function finishClaimedNudge(tx: SqlExecutor, n: { id: number; claimToken: string }, status: string, outcome: string, now: Date): Promise<boolean> {
  const changed = await tx.execute(
    `UPDATE "Nudge" SET "status" = ?, "outcome" = ?, "processedAt" = ?, "leaseUntil" = NULL WHERE "id" = ? AND "status" = 'claimed' AND "claimToken" = ?`,
    [status, outcome, now, n.id, n.claimToken],
  );
  return changed > 0;
}

/** Puts a claimed nudge back on the calendar at `dueAt`, under its token. */
export async function rescheduleClaimedNudge(sql: SqlExecutor, n: { id: number; claimToken: string }, dueAt: Date): Promise<void> {
  await sql.execute(
    `UPDATE "Nudge" SET "status" = 'scheduled', "dueAt" = ?, "claimToken" = NULL, "leaseUntil" = NULL WHERE "id" = ? AND "status" = 'claimed' AND "claimToken" = ?`,
    [dueAt, n.id, n.claimToken],
  );
}

/** Whether the schedule has a nudge waiting or being sent. */
export async function scheduleHasPendingNudge(tx: SqlExecutor, scheduleId: number): Promise<boolean> {
  const [pending] = await tx.query(`SELECT 1 AS "x" FROM "Nudge" WHERE "scheduleId" = ? AND "status" IN ('scheduled', 'claimed') LIMIT 1`, [scheduleId]);
  return pending !== undefined;
}

/** The latest due time any of the schedule's nudges had. */
export async function lastDueOfSchedule(tx: SqlExecutor, scheduleId: number): Promise<Date | undefined> {
  const [last] = await tx.query(`SELECT MAX("dueAt") AS "at" FROM "Nudge" WHERE "scheduleId" = ?`, [scheduleId]);
  return last?.at ? date(last.at) : undefined;
}

// Kinds the participant's own wishes apply to; meeting reminders and outreach keep their own timing.
/** The nudges that are reminders (a participant's "no reminders" and weekly pace concern these; meetings and outreach keep their own). */
export const REMINDER_KIND_LIST: readonly string[] = ["message", "dialog", "follow-up", "postponed"];
export const REMINDER_KINDS = `(${REMINDER_KIND_LIST.map((k) => `'${k}'`).join(", ")})`;

/** The dialog of a reminder put off with "senare" and not yet come again, if there is one. */
export async function postponedDialogOf(tx: SqlExecutor, participantId: number): Promise<string | undefined> {
  const [row] = await tx.query(
    `SELECT "dialog" FROM "Nudge" WHERE "participantId" = ? AND "kind" = 'postponed' AND "status" = 'scheduled' AND "dialog" IS NOT NULL ORDER BY "dueAt" ASC, "id" ASC LIMIT 1`,
    [participantId],
  );
  return row ? String(row.dialog) : undefined;
}

/** The dialog was begun by the participant: a reminder of it put off with "senare" does not come again. */
export async function cancelPostponedDialog(tx: SqlExecutor, participantId: number, dialog: string, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = 'begun-by-participant', "processedAt" = ? WHERE "participantId" = ? AND "kind" = 'postponed' AND "status" = 'scheduled' AND "dialog" = ?`,
    [now, participantId, dialog],
  );
}

/** "Påminn mig inte": the participant's scheduled reminders are cancelled. */
export async function cancelReminders(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(
    `UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = 'reminders-off', "processedAt" = ? WHERE "participantId" = ? AND "status" = 'scheduled' AND "kind" IN ${REMINDER_KINDS}`,
    [now, participantId],
  );
}

export async function upcomingReminders(tx: SqlExecutor, participantId: number): Promise<{ id: number; dueAt: Date }[]> {
  const rows = await tx.query(`SELECT "id", "dueAt" FROM "Nudge" WHERE "participantId" = ? AND "status" = 'scheduled' AND "kind" IN ${REMINDER_KINDS}`, [participantId]);
  return rows.map((n) => ({ id: int(n.id), dueAt: date(n.dueAt) }));
}

/** What a processed nudge came to ("sent", "unanswered-limit", …), or undefined while it is not processed. */
export async function nudgeOutcomeOf(sql: SqlExecutor, id: number): Promise<string | undefined> {
  const [n] = await sql.query(`SELECT "outcome" FROM "Nudge" WHERE "id" = ?`, [id]);
  return n?.outcome == null ? undefined : String(n.outcome);
}

export async function nudgeDueAt(tx: SqlExecutor, id: number): Promise<Date | undefined> {
  const [n] = await tx.query(`SELECT "dueAt" FROM "Nudge" WHERE "id" = ?`, [id]);
  return n ? date(n.dueAt) : undefined;
}

/** Moves a nudge that is still only scheduled. */
export async function moveScheduledNudge(tx: SqlExecutor, id: number, dueAt: Date): Promise<void> {
  await tx.execute(`UPDATE "Nudge" SET "dueAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [dueAt, id]);
}

/** The participant's latest reminder sent since `since` (what "later" asks to have again). */
export async function latestSentReminder(tx: SqlExecutor, participantId: number, since: Date) {
  const [latest] = await tx.query(
    `SELECT "dialog", "text", "copyKey", "copyVars", "createdById" FROM "Nudge"
      WHERE "participantId" = ? AND "status" = 'sent' AND "kind" IN ${REMINDER_KINDS} AND "processedAt" >= ?
      ORDER BY "processedAt" DESC, "id" DESC LIMIT 1`,
    [participantId, since],
  );
  return latest && {
    dialog: strOrNull(latest.dialog), text: strOrNull(latest.text), copyKey: strOrNull(latest.copyKey),
    copyVars: latest.copyVars ? (JSON.parse(String(latest.copyVars)) as Record<string, string>) : null, createdById: latest.createdById == null ? null : int(latest.createdById),
  };
}

/** Each meeting's latest confirmation to the young person (a 'meeting-confirmed' nudge): where it stands, when it is due and when it went. */
export async function confirmationsOf(tx: SqlExecutor, meetingIds: number[]): Promise<Map<number, { status: string; dueAt: Date; processedAt: Date | null }>> {
  if (!meetingIds.length) return new Map();
  const rows = await tx.query(
    `SELECT "meetingId", "status", "dueAt", "processedAt" FROM "Nudge" WHERE "kind" = 'meeting-confirmed' AND "meetingId" IN (${meetingIds.map(() => "?").join(", ")}) ORDER BY "id" ASC`,
    meetingIds,
  );
  return new Map(rows.map((r) => [int(r.meetingId), { status: String(r.status), dueAt: date(r.dueAt), processedAt: r.processedAt == null ? null : date(r.processedAt) }]));
}
