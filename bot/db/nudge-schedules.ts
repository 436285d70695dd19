// NudgeSchedule: a recurring nudge (weekly, every N days, or a cadence), which only ever has its next
// occurrence as a Nudge row (the rules: bot/nudges/schedule-nudges.ts).
import { int, type SqlExecutor } from "./sql.js";

export interface ScheduleRow {
  id: number;
  participantId: number;
  kind: "weekly" | "interval" | "cadence";
  dialog: string | null;
  text: string | null;
  weekday: number | null;
  timeOfDay: string | null;
  everyDays: number | null;
  cadenceKey: string | null;
  cadenceStep: number;
  cadenceCount: number;
  createdById: number | null;
}

export interface NewScheduleRow {
  participantId: number;
  kind: ScheduleRow["kind"];
  dialog?: string | null;
  text?: string | null;
  weekday?: number;
  timeOfDay?: string;
  everyDays?: number;
  cadenceKey?: string;
  createdById?: number | null;
}

export const scheduleColumns = `"id", "participantId", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "cadenceStep", "cadenceCount", "createdById"`;

export function toScheduleRow(r: Record<string, unknown>): ScheduleRow {
  return {
    id: int(r.id), participantId: int(r.participantId), kind: r.kind as ScheduleRow["kind"], dialog: (r.dialog as string | null) ?? null, text: (r.text as string | null) ?? null,
    weekday: r.weekday == null ? null : int(r.weekday), timeOfDay: (r.timeOfDay as string | null) ?? null, everyDays: r.everyDays == null ? null : int(r.everyDays),
    cadenceKey: (r.cadenceKey as string | null) ?? null, cadenceStep: int(r.cadenceStep ?? 0), cadenceCount: int(r.cadenceCount ?? 0), createdById: r.createdById == null ? null : int(r.createdById),
  };
}

export async function insertSchedule(tx: SqlExecutor, input: NewScheduleRow, now: Date): Promise<ScheduleRow> {
  const [row] = await tx.query(
    `INSERT INTO "NudgeSchedule" ("participantId", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "cadenceStep", "cadenceCount", "status", "createdById", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'active', ?, ?, ?) RETURNING ${scheduleColumns}`,
    [input.participantId, input.kind, input.dialog ?? null, input.text ?? null, input.weekday ?? null, input.timeOfDay ?? null, input.everyDays ?? null, input.cadenceKey ?? null, input.createdById ?? null, now, now],
  );
  return toScheduleRow(row!);
}

/** The participant's schedules of this cadence that have not stopped. */
export async function runningCadenceSchedules(tx: SqlExecutor, participantId: number, cadenceKey: string | null): Promise<number[]> {
  return (await tx.query(`SELECT "id" FROM "NudgeSchedule" WHERE "participantId" = ? AND "cadenceKey" = ? AND "status" <> 'stopped'`, [participantId, cadenceKey])).map((o) => int(o.id));
}

/** The schedule and its status. */
export async function scheduleById(tx: SqlExecutor, id: number): Promise<(ScheduleRow & { status: string }) | undefined> {
  const [row] = await tx.query(`SELECT ${scheduleColumns}, "status" FROM "NudgeSchedule" WHERE "id" = ?`, [id]);
  return row ? { ...toScheduleRow(row), status: String(row.status) } : undefined;
}

export async function stopScheduleRow(tx: SqlExecutor, id: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "id" = ?`, [now, id]);
}

/** Records the cadence position the schedule's next occurrence stands for. */
export async function setCadencePosition(tx: SqlExecutor, id: number, step: number, count: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "cadenceStep" = ?, "cadenceCount" = ?, "updatedAt" = ? WHERE "id" = ?`, [step, count, now, id]);
}

/** Too many unanswered: the schedule goes quiet until the participant writes. */
export async function quietSchedule(tx: SqlExecutor, id: number, cadenceCount: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'quiet', "cadenceCount" = ?, "updatedAt" = ? WHERE "id" = ?`, [cadenceCount, now, id]);
}

/** Up to 100 active schedules with no nudge scheduled or being sent. */
export async function schedulesWithoutNext(tx: SqlExecutor): Promise<ScheduleRow[]> {
  const rows = await tx.query(
    `SELECT ${scheduleColumns} FROM "NudgeSchedule" s WHERE s."status" = 'active'
       AND NOT EXISTS (SELECT 1 FROM "Nudge" n WHERE n."scheduleId" = s."id" AND n."status" IN ('scheduled', 'claimed')) LIMIT 100`,
  );
  return rows.map(toScheduleRow);
}

/** Takes the schedule's row lock if it is still active (a no-op write); false if it is not. */
export async function lockActiveSchedule(tx: SqlExecutor, id: number, now: Date): Promise<boolean> {
  return (await tx.execute(`UPDATE "NudgeSchedule" SET "updatedAt" = ? WHERE "id" = ? AND "status" = 'active'`, [now, id])) > 0;
}

/** Reminders off pauses the participant's schedules ("off"); on again resumes them. */
export async function pauseSchedules(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'off', "updatedAt" = ? WHERE "participantId" = ? AND "status" IN ('active', 'quiet')`, [now, participantId]);
}

export async function resumeSchedules(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'active', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'off'`, [now, participantId]);
}

/** Weekly schedules keep a new time of day. */
export async function retimeWeeklySchedules(tx: SqlExecutor, participantId: number, timeOfDay: string, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "timeOfDay" = ?, "updatedAt" = ? WHERE "participantId" = ? AND "kind" = 'weekly' AND "status" <> 'stopped'`, [timeOfDay, now, participantId]);
}
