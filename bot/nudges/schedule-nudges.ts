// Putting nudges on the calendar: one-offs, meeting reminders, recurring schedules and cadences.
// Everything here runs on a SqlExecutor, so it can join the transaction of whatever caused it (a
// confirmed meeting in a dialog turn, a saved action plan, an outreach import).
import { int, type SqlExecutor } from "../db/sql.js";
import { cadenceFor, stepDays, type CadenceKey } from "./cadences.js";
import {
  DEFAULT_QUIET_HOURS, intoPreferredTimes, localTimeOn, nextWeekly, outOfQuietHours, parseClock, parseQuietHours, plusLocalDays, preferredClock, type QuietHours,
} from "./time-rules.js";

export interface Timing {
  zone: string;
  preferred: string[];
  quiet: QuietHours;
}

export interface NudgeInput {
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

export async function timingFor(tx: SqlExecutor, participantId: number): Promise<Timing> {
  const [row] = await tx.query(
    `SELECT p."timezone", p."preferredTimes", t."quietHours" FROM "Participant" p LEFT JOIN "Team" t ON t."id" = p."teamId" WHERE p."id" = ?`,
    [participantId],
  );
  const preferred = row?.preferredTimes ? (JSON.parse(String(row.preferredTimes)) as string[]) : [];
  const quiet = parseQuietHours(String(row?.quietHours ?? "")) ?? parseQuietHours(DEFAULT_QUIET_HOURS)!;
  return { zone: String(row?.timezone ?? "Europe/Stockholm"), preferred, quiet };
}

/** Where a wished-for instant lands: out of quiet hours (always), into preferred times (when asked). */
export function allowedTime(at: Date, timing: Timing, opts: { preferred?: boolean } = {}): Date {
  const moved = opts.preferred ? intoPreferredTimes(at, timing.zone, timing.preferred) : at;
  return outOfQuietHours(moved, timing.zone, timing.quiet);
}

export async function insertNudge(tx: SqlExecutor, n: NudgeInput, now: Date): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO "Nudge" ("participantId", "kind", "dialog", "dialogOptions", "text", "copyKey", "copyVars", "dueAt", "status", "cancelIfAnswered", "scheduleId", "meetingId", "createdById", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?) RETURNING "id"`,
    [n.participantId, n.kind, n.dialog ?? null, n.dialogOptions ? JSON.stringify(n.dialogOptions) : null, n.text ?? null, n.copyKey ?? null, n.copyVars ? JSON.stringify(n.copyVars) : null, n.dueAt, n.cancelIfAnswered ?? false, n.scheduleId ?? null, n.meetingId ?? null, n.createdById ?? null, now],
  );
  return int(row!.id);
}

export async function cancelNudges(tx: SqlExecutor, where: { meetingId?: number; participantId?: number; scheduleId?: number; exceptKinds?: string[] }, reason: string, now: Date): Promise<number> {
  const conditions: string[] = [`"status" = 'scheduled'`];
  const params: (string | number | Date)[] = [reason, now];
  if (where.meetingId !== undefined) (conditions.push(`"meetingId" = ?`), params.push(where.meetingId));
  if (where.participantId !== undefined) (conditions.push(`"participantId" = ?`), params.push(where.participantId));
  if (where.scheduleId !== undefined) (conditions.push(`"scheduleId" = ?`), params.push(where.scheduleId));
  if (where.exceptKinds?.length) (conditions.push(`"kind" NOT IN (${where.exceptKinds.map(() => "?").join(", ")})`), params.push(...where.exceptKinds));
  return tx.execute(`UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = ?, "processedAt" = ? WHERE ${conditions.join(" AND ")}`, params);
}

/** The day before at the participant's preferred time, and two hours before; none in quiet hours or in the past. */
export async function scheduleMeetingReminders(tx: SqlExecutor, meeting: { id: number; participantId: number; startsAt: Date; coordinatorId?: number | null }, now: Date): Promise<number> {
  await cancelNudges(tx, { meetingId: meeting.id }, "replaced", now);
  const timing = await timingFor(tx, meeting.participantId);
  const dayBefore = allowedTime(localTimeOn(meeting.startsAt, timing.zone, preferredClock(timing.preferred), -1), timing);
  const twoHoursBefore = allowedTime(new Date(meeting.startsAt.getTime() - 2 * 3_600_000), timing);
  let made = 0;
  for (const [dueAt, copyKey] of [[dayBefore, "nudge.meetingTomorrow"], [twoHoursBefore, "nudge.meetingSoon"]] as const) {
    if (dueAt <= now || dueAt >= meeting.startsAt) continue;
    await insertNudge(tx, { participantId: meeting.participantId, kind: "meeting-reminder", dueAt, copyKey, meetingId: meeting.id, createdById: meeting.coordinatorId ?? null }, now);
    made++;
  }
  return made;
}

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

export const scheduleColumns = `"id", "participantId", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "cadenceStep", "cadenceCount", "createdById"`;

export function toScheduleRow(r: Record<string, unknown>): ScheduleRow {
  return {
    id: int(r.id), participantId: int(r.participantId), kind: r.kind as ScheduleRow["kind"], dialog: (r.dialog as string | null) ?? null, text: (r.text as string | null) ?? null,
    weekday: r.weekday == null ? null : int(r.weekday), timeOfDay: (r.timeOfDay as string | null) ?? null, everyDays: r.everyDays == null ? null : int(r.everyDays),
    cadenceKey: (r.cadenceKey as string | null) ?? null, cadenceStep: int(r.cadenceStep ?? 0), cadenceCount: int(r.cadenceCount ?? 0), createdById: r.createdById == null ? null : int(r.createdById),
  };
}

/**
 * The schedule's next occurrence after `after`, or undefined when it has run its course. `slowdown`
 * (1, 2, 4 …) stretches the interval: the back-off after unanswered nudges.
 */
export async function nextOccurrence(tx: SqlExecutor, s: ScheduleRow, after: Date, timing: Timing, slowdown: number): Promise<{ dueAt: Date; dialog: string | null; step: number; count: number } | undefined> {
  if (s.kind === "weekly") {
    const clock = parseClock(s.timeOfDay ?? "") ?? 10 * 60;
    let due = nextWeekly(after, timing.zone, s.weekday ?? 1, clock);
    for (let i = 1; i < slowdown; i++) due = nextWeekly(due, timing.zone, s.weekday ?? 1, clock);
    return { dueAt: allowedTime(due, timing), dialog: s.dialog, step: 0, count: 0 };
  }
  if (s.kind === "interval") {
    return { dueAt: allowedTime(plusLocalDays(after, timing.zone, (s.everyDays ?? 7) * slowdown), timing, { preferred: true }), dialog: s.dialog, step: 0, count: 0 };
  }
  const [team] = await tx.query(`SELECT "teamId" FROM "Participant" WHERE "id" = ?`, [s.participantId]);
  const steps = await cadenceFor(tx, team?.teamId == null ? null : int(team.teamId), s.cadenceKey as CadenceKey);
  let step = s.cadenceStep;
  let count = s.cadenceCount;
  const current = steps[step];
  if (current && current.times !== null && count >= current.times) {
    step += 1;
    count = 0;
  }
  const next = steps[step];
  if (!next) return undefined;
  const days = stepDays(next, s.participantId) * slowdown;
  return { dueAt: allowedTime(plusLocalDays(after, timing.zone, days), timing, { preferred: true }), dialog: next.dialog, step, count };
}

/** Makes the schedule's next Nudge row (and records the cadence position it stands for). */
export async function planNext(tx: SqlExecutor, s: ScheduleRow, after: Date, now: Date, slowdown: number): Promise<number | undefined> {
  const timing = await timingFor(tx, s.participantId);
  const next = await nextOccurrence(tx, s, after, timing, slowdown);
  if (!next) {
    await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "id" = ?`, [now, s.id]);
    return undefined;
  }
  await tx.execute(`UPDATE "NudgeSchedule" SET "cadenceStep" = ?, "cadenceCount" = ?, "updatedAt" = ? WHERE "id" = ?`, [next.step, next.count, now, s.id]);
  return insertNudge(tx, {
    participantId: s.participantId, kind: s.kind === "cadence" ? "follow-up" : s.dialog ? "dialog" : "message", dueAt: next.dueAt,
    dialog: next.dialog, text: s.text, scheduleId: s.id, createdById: s.createdById,
  }, now);
}

export interface NewSchedule {
  participantId: number;
  kind: "weekly" | "interval" | "cadence";
  dialog?: string | null;
  text?: string | null;
  weekday?: number;
  timeOfDay?: string;
  everyDays?: number;
  cadenceKey?: CadenceKey;
  createdById?: number | null;
}

export async function startSchedule(tx: SqlExecutor, input: NewSchedule, now: Date): Promise<{ scheduleId: number; nudgeId?: number }> {
  if (input.kind === "cadence") {
    // A cadence restarts from its first step: the old one of the same kind ends here.
    const old = await tx.query(`SELECT "id" FROM "NudgeSchedule" WHERE "participantId" = ? AND "cadenceKey" = ? AND "status" <> 'stopped'`, [input.participantId, input.cadenceKey ?? null]);
    for (const o of old) await stopSchedule(tx, int(o.id), now);
  }
  const [row] = await tx.query(
    `INSERT INTO "NudgeSchedule" ("participantId", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "cadenceStep", "cadenceCount", "status", "createdById", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'active', ?, ?, ?) RETURNING ${scheduleColumns}`,
    [input.participantId, input.kind, input.dialog ?? null, input.text ?? null, input.weekday ?? null, input.timeOfDay ?? null, input.everyDays ?? null, input.cadenceKey ?? null, input.createdById ?? null, now, now],
  );
  const schedule = toScheduleRow(row!);
  const nudgeId = await planNext(tx, schedule, now, now, 1);
  return { scheduleId: schedule.id, nudgeId };
}

export async function stopSchedule(tx: SqlExecutor, scheduleId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "id" = ?`, [now, scheduleId]);
  await cancelNudges(tx, { scheduleId }, "schedule-stopped", now);
}
