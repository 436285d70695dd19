// What the inbox shows and changes of one participant's nudges: the scheduled ones, the running
// schedules and open tasks, and a staff member's cancel or move of one scheduled nudge.
import { date, int, type SqlExecutor } from "./sql.js";

export interface UpcomingNudgeRow {
  id: number; kind: string; dialog: string | null; text: string | null; copyKey: string | null; dueAt: Date; scheduleId: number | null; meetingId: number | null; status: string;
  /** What Tillit's copy is written from (the scheduler renders it: NudgeScheduler.wording). */
  participantId: number; copyVars: string | null; createdById: number | null;
}
export interface RunningScheduleRow {
  id: number; kind: string; dialog: string | null; text: string | null; weekday: number | null; timeOfDay: string | null; everyDays: number | null; cadenceKey: string | null; status: string;
}

const strOrNull = (v: unknown) => (v == null ? null : String(v));
const intOrNull = (v: unknown) => (v == null ? null : int(v));

export async function upcomingNudgeRows(sql: SqlExecutor, participantId: number): Promise<UpcomingNudgeRow[]> {
  const rows = await sql.query(
    `SELECT "id", "kind", "dialog", "text", "copyKey", "copyVars", "createdById", "dueAt", "scheduleId", "meetingId", "status" FROM "Nudge" WHERE "participantId" = ? AND "status" IN ('scheduled', 'claimed') ORDER BY "dueAt", "id" LIMIT 50`,
    [participantId],
  );
  return rows.map((n) => ({
    id: int(n.id), kind: String(n.kind), dialog: strOrNull(n.dialog), text: strOrNull(n.text), copyKey: strOrNull(n.copyKey), dueAt: date(n.dueAt), scheduleId: intOrNull(n.scheduleId), meetingId: intOrNull(n.meetingId), status: String(n.status),
    participantId, copyVars: strOrNull(n.copyVars), createdById: intOrNull(n.createdById),
  }));
}

export async function runningScheduleRows(sql: SqlExecutor, participantId: number): Promise<RunningScheduleRow[]> {
  const rows = await sql.query(`SELECT "id", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "status" FROM "NudgeSchedule" WHERE "participantId" = ? AND "status" <> 'stopped' ORDER BY "id"`, [participantId]);
  return rows.map((s) => ({ id: int(s.id), kind: String(s.kind), dialog: strOrNull(s.dialog), text: strOrNull(s.text), weekday: intOrNull(s.weekday), timeOfDay: strOrNull(s.timeOfDay), everyDays: intOrNull(s.everyDays), cadenceKey: strOrNull(s.cadenceKey), status: String(s.status) }));
}

export async function openTaskRows(sql: SqlExecutor, participantId: number): Promise<{ id: number; kind: string; createdAt: Date }[]> {
  const rows = await sql.query(`SELECT "id", "kind", "createdAt" FROM "StaffTask" WHERE "participantId" = ? AND "status" = 'open' ORDER BY "createdAt"`, [participantId]);
  return rows.map((t) => ({ id: int(t.id), kind: String(t.kind), createdAt: date(t.createdAt) }));
}

/** Whether the nudge is this participant's. */
export async function nudgeBelongsTo(sql: SqlExecutor, nudgeId: number, participantId: number): Promise<boolean> {
  return (await sql.query(`SELECT "id" FROM "Nudge" WHERE "id" = ? AND "participantId" = ?`, [nudgeId, participantId])).length > 0;
}

export async function scheduleBelongsTo(sql: SqlExecutor, scheduleId: number, participantId: number): Promise<boolean> {
  return (await sql.query(`SELECT "id" FROM "NudgeSchedule" WHERE "id" = ? AND "participantId" = ?`, [scheduleId, participantId])).length > 0;
}

/** Cancels a nudge that is still only scheduled; false when it no longer is. */
export async function cancelScheduledNudgeByStaff(sql: SqlExecutor, nudgeId: number, now: Date): Promise<boolean> {
  return (await sql.execute(`UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = 'cancelled-by-staff', "processedAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [now, nudgeId])) > 0;
}

/** Moves a nudge that is still only scheduled; false when it no longer is. */
export async function moveNudgeIfScheduled(sql: SqlExecutor, nudgeId: number, dueAt: Date): Promise<boolean> {
  return (await sql.execute(`UPDATE "Nudge" SET "dueAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [dueAt, nudgeId])) > 0;
}
