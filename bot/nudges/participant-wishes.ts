// What a participant says about reminders changes the calendar at once, in the turn's transaction:
// off (nothing but meeting reminders), on again, another part of the day, or "later".
import type { SqlExecutor } from "../db/sql.js";
import { cancelReminders, latestSentReminder, moveScheduledNudge, upcomingReminders } from "../db/nudges.js";
import { pauseSchedules, resumeSchedules, retimeWeeklySchedules } from "../db/nudge-schedules.js";
import { setRemindersOff } from "../db/participants.js";
import { allowedTime, insertNudge, timingFor } from "./schedule-nudges.js";
import { dayParts, localTimeOn, preferredClock } from "./time-rules.js";

/** How long "remind me later" waits before the reminder comes again (then moved to an allowed time). */
export const POSTPONE_MS = 3 * 3_600_000;

export async function setReminders(tx: SqlExecutor, participantId: number, on: boolean, now: Date): Promise<void> {
  await setRemindersOff(tx, participantId, !on, now);
  // Schedules pause rather than end, so "påminn mig" brings them back (the sender plans their next occurrence).
  if (on) return resumeSchedules(tx, participantId, now);
  // Meeting reminders and outreach keep their own timing: only reminders are cancelled.
  await cancelReminders(tx, participantId, now);
  await pauseSchedules(tx, participantId, now);
}

/** Upcoming reminders move into the newly preferred part of the day; weekly ones keep the new time. */
export async function retimeReminders(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  const timing = await timingFor(tx, participantId);
  const clock = preferredClock(timing.preferred);
  const hh = String(Math.floor(clock / 60)).padStart(2, "0");
  await retimeWeeklySchedules(tx, participantId, `${hh}:${String(clock % 60).padStart(2, "0")}`, now);
  for (const n of await upcomingReminders(tx, participantId)) {
    let due = localTimeOn(n.dueAt, timing.zone, clock);
    if (due <= now) due = localTimeOn(n.dueAt, timing.zone, clock, 1);
    await moveScheduledNudge(tx, n.id, allowedTime(due, timing, { preferred: true }));
  }
}

/** The latest reminder of the last day comes again in a few hours, at a time the participant allows. */
export async function postponeReminder(tx: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  const latest = await latestSentReminder(tx, participantId, new Date(now.getTime() - 24 * 3_600_000));
  if (!latest) return false;
  const timing = await timingFor(tx, participantId);
  // Within the preferred parts of the day only when some are known; "later" still means today if it can.
  const dueAt = allowedTime(new Date(now.getTime() + POSTPONE_MS), timing, { preferred: timing.preferred.length < Object.keys(dayParts).length });
  await insertNudge(tx, {
    participantId, kind: "postponed", dueAt, dialog: latest.dialog, text: latest.text, copyKey: latest.copyKey, copyVars: latest.copyVars,
    createdById: latest.createdById, cancelIfAnswered: false,
  }, now);
  return true;
}
