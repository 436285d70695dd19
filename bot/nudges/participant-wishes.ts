// What a participant says about reminders changes the calendar at once, in the turn's transaction:
// off (nothing but meeting reminders), on again, another part of the day, or "later".
import type { SqlExecutor } from "../db/sql.js";
import { cancelReminders, latestSentReminder, moveScheduledNudge, upcomingReminders } from "../db/nudges.js";
import { pauseSchedules, resumeSchedules, retimeWeeklySchedules } from "../db/nudge-schedules.js";
import { setRemindersOff } from "../db/participants.js";
import { allowedTime, insertNudge, timingFor, type Timing } from "./schedule-nudges.js";
import { dayParts, isQuiet, localTimeOn, preferredClock } from "./time-rules.js";

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

/** "Later" is at least this far off: sooner would be pushy. */
const LATER_AT_LEAST_MS = 3_600_000;
/** Before the quiet hours begin, the last reminder of the day keeps this much margin. */
const BEFORE_QUIET_MS = 15 * 60_000;

/**
 * When "senare" brings a reminder back: in a few hours, at a time the participant allows. When the quiet
 * hours would begin first, a little before they do (at least an hour from now), so that "lite senare" is
 * this evening: a 15-year-old's "senare" at 19:00 once came back at 09:00 the next day, in school.
 * Only when the day has no room left is it the next day (and the dialog says so: `sameDay`).
 */
export function postponedTime(now: Date, timing: Timing): { at: Date; sameDay: boolean } {
  // Within the preferred parts of the day only when some are known.
  const preferred = timing.preferred.length < Object.keys(dayParts).length;
  const later = allowedTime(new Date(now.getTime() + POSTPONE_MS), timing, { preferred });
  const day = (d: Date) => localTimeOn(d, timing.zone, 0).getTime();
  if (day(later) === day(now)) return { at: later, sameDay: true };
  const beforeQuiet = new Date(localTimeOn(now, timing.zone, timing.quiet.start).getTime() - BEFORE_QUIET_MS);
  const fits = beforeQuiet.getTime() - now.getTime() >= LATER_AT_LEAST_MS && !isQuiet(beforeQuiet, timing.zone, timing.quiet);
  if (fits && allowedTime(beforeQuiet, timing, { preferred }).getTime() === beforeQuiet.getTime()) return { at: beforeQuiet, sameDay: true };
  return { at: later, sameDay: false };
}

/** When the reminder of the last day would come again after "senare", if there is one to bring back. */
export async function postponedReminderTime(tx: SqlExecutor, participantId: number, now: Date): Promise<{ at: Date; sameDay: boolean } | undefined> {
  const latest = await latestSentReminder(tx, participantId, new Date(now.getTime() - 24 * 3_600_000));
  return latest ? postponedTime(now, await timingFor(tx, participantId)) : undefined;
}

/** The latest reminder of the last day comes again in a few hours, at a time the participant allows (postponedTime). */
export async function postponeReminder(tx: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  const latest = await latestSentReminder(tx, participantId, new Date(now.getTime() - 24 * 3_600_000));
  if (!latest) return false;
  const { at: dueAt } = postponedTime(now, await timingFor(tx, participantId));
  await insertNudge(tx, {
    participantId, kind: "postponed", dueAt, dialog: latest.dialog, text: latest.text, copyKey: latest.copyKey, copyVars: latest.copyVars,
    createdById: latest.createdById, cancelIfAnswered: false,
  }, now);
  return true;
}

/**
 * "skriver sen", "min son är sjuk, skriver sen": a reminder due within the next few hours (or held, already due)
 * waits until "later" (postponedTime); one due after that keeps its time (texter17 #13: a check-in came an hour
 * after a young mother said she would write later).
 */
export async function putOffDueReminders(tx: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  const { at } = postponedTime(now, await timingFor(tx, participantId));
  let moved = false;
  for (const n of await upcomingReminders(tx, participantId)) {
    if (n.dueAt.getTime() >= at.getTime() || n.dueAt.getTime() - now.getTime() > POSTPONE_MS) continue;
    await moveScheduledNudge(tx, n.id, at);
    moved = true;
  }
  return moved;
}
