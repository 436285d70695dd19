// What a participant says about reminders changes the calendar at once, in the turn's transaction:
// off (nothing but meeting reminders), on again, another part of the day, or "later".
import { date, int, type SqlExecutor } from "../db/sql.js";
import { allowedTime, insertNudge, timingFor } from "./schedule-nudges.js";
import { dayParts, localTimeOn, preferredClock } from "./time-rules.js";

/** How long "remind me later" waits before the reminder comes again (then moved to an allowed time). */
export const POSTPONE_MS = 3 * 3_600_000;
// Kinds the participant's wishes apply to; meeting reminders and outreach keep their own timing.
const REMINDER_KINDS = `('message', 'dialog', 'follow-up', 'postponed')`;

export async function setReminders(tx: SqlExecutor, participantId: number, on: boolean, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "remindersOff" = ?, "updatedAt" = ? WHERE "id" = ?`, [!on, now, participantId]);
  // Schedules pause rather than end, so "påminn mig" brings them back (the sender plans their next occurrence).
  if (on) return void (await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'active', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'off'`, [now, participantId]));
  await tx.execute(
    `UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = 'reminders-off', "processedAt" = ? WHERE "participantId" = ? AND "status" = 'scheduled' AND "kind" IN ${REMINDER_KINDS}`,
    [now, participantId],
  );
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'off', "updatedAt" = ? WHERE "participantId" = ? AND "status" IN ('active', 'quiet')`, [now, participantId]);
}

/** Upcoming reminders move into the newly preferred part of the day; weekly ones keep the new time. */
export async function retimeReminders(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  const timing = await timingFor(tx, participantId);
  const clock = preferredClock(timing.preferred);
  const hh = String(Math.floor(clock / 60)).padStart(2, "0");
  await tx.execute(
    `UPDATE "NudgeSchedule" SET "timeOfDay" = ?, "updatedAt" = ? WHERE "participantId" = ? AND "kind" = 'weekly' AND "status" <> 'stopped'`,
    [`${hh}:${String(clock % 60).padStart(2, "0")}`, now, participantId],
  );
  const upcoming = await tx.query(`SELECT "id", "dueAt" FROM "Nudge" WHERE "participantId" = ? AND "status" = 'scheduled' AND "kind" IN ${REMINDER_KINDS}`, [participantId]);
  for (const n of upcoming) {
    let due = localTimeOn(date(n.dueAt), timing.zone, clock);
    if (due <= now) due = localTimeOn(date(n.dueAt), timing.zone, clock, 1);
    await tx.execute(`UPDATE "Nudge" SET "dueAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [allowedTime(due, timing, { preferred: true }), int(n.id)]);
  }
}

/** The latest reminder of the last day comes again in a few hours, at a time the participant allows. */
export async function postponeReminder(tx: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  const [latest] = await tx.query(
    `SELECT "dialog", "text", "copyKey", "copyVars", "createdById" FROM "Nudge"
      WHERE "participantId" = ? AND "status" = 'sent' AND "kind" IN ${REMINDER_KINDS} AND "processedAt" >= ?
      ORDER BY "processedAt" DESC, "id" DESC LIMIT 1`,
    [participantId, new Date(now.getTime() - 24 * 3_600_000)],
  );
  if (!latest) return false;
  const timing = await timingFor(tx, participantId);
  // Within the preferred parts of the day only when some are known; "later" still means today if it can.
  const dueAt = allowedTime(new Date(now.getTime() + POSTPONE_MS), timing, { preferred: timing.preferred.length < Object.keys(dayParts).length });
  await insertNudge(tx, {
    participantId, kind: "postponed", dueAt, dialog: latest.dialog as string | null, text: latest.text as string | null,
    copyKey: latest.copyKey as string | null, copyVars: latest.copyVars ? (JSON.parse(String(latest.copyVars)) as Record<string, string>) : null,
    createdById: latest.createdById == null ? null : int(latest.createdById), cancelIfAnswered: false,
  }, now);
  return true;
}
