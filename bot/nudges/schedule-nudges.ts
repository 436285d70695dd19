// Putting nudges on the calendar: one-offs, meeting reminders, recurring schedules and cadences.
// Everything here runs on a SqlExecutor, so it can join the transaction of whatever caused it (a
// confirmed meeting in a dialog turn, a saved action plan, an outreach import).
import type { SqlExecutor } from "../db/sql.js";
import { cancelNudges, insertNudge, type NewNudge } from "../db/nudges.js";
import { insertSchedule, runningCadenceSchedules, setCadencePosition, stopScheduleRow, type ScheduleRow } from "../db/nudge-schedules.js";
import { participantTiming, teamOfParticipant } from "../db/participants.js";
import { cadenceFor, stepDays, type CadenceKey } from "./cadences.js";
import {
  DEFAULT_QUIET_HOURS, intoPreferredTimes, localTimeOn, nextWeekly, outOfQuietHours, parseClock, parseQuietHours, plusLocalDays, preferredClock, type QuietHours,
} from "./time-rules.js";

export interface Timing {
  zone: string;
  preferred: string[];
  quiet: QuietHours;
}

// The calendar's rows are written by bot/db/nudges.ts; callers across the code base take them from here.
export { cancelNudges, insertNudge };
export type NudgeInput = NewNudge;
export type { ScheduleRow };

export async function timingFor(tx: SqlExecutor, participantId: number): Promise<Timing> {
  const row = await participantTiming(tx, participantId);
  const preferred = row.preferredTimes ? (JSON.parse(row.preferredTimes) as string[]) : [];
  const quiet = parseQuietHours(row.quietHours ?? "") ?? parseQuietHours(DEFAULT_QUIET_HOURS)!;
  return { zone: row.timezone ?? "Europe/Stockholm", preferred, quiet };
}

/** Where a wished-for instant lands: out of quiet hours (always), into preferred times (when asked). */
export function allowedTime(at: Date, timing: Timing, opts: { preferred?: boolean } = {}): Date {
  const moved = opts.preferred ? intoPreferredTimes(at, timing.zone, timing.preferred) : at;
  return outOfQuietHours(moved, timing.zone, timing.quiet);
}

/**
 * A burst that ended on a word that only carries the sentence on ("jag", "typ", "3") got no reply to that word
 * (dialogs/burst.ts): the burst is answered as a whole once it pauses, by a nudge of this kind due a little after
 * the last message. The next message cancels it (cancelBurstPause, in that message's turn) and may plan its own.
 */
export const BURST_PAUSE = "burst-pause";
/** How long a burst is quiet before what it said is answered. */
export const BURST_PAUSE_MS = 2 * 60_000;
/** Past this after it was due (the scheduler down, a backlog), the answer is no longer of the moment and is skipped. */
export const BURST_PAUSE_STALE_MS = 15 * 60_000;

/**
 * The word to the young person when a coordinator hands the conversation back (dialogs/handed-back.ts sayHandedBack): a
 * nudge due at once, sent through the one guarded path for what Tillit says on its own (tester25 #1: Sara, handed back
 * after a suicide crisis over her unanswered "vad händer nu?", heard nothing until her "hallå?"). Like a burst's
 * answer it belongs to the moment: not a reminder, not held for quiet hours, skipped once they have written.
 */
export const HANDED_BACK = "handed-back";

export async function planHandBackNotice(tx: SqlExecutor, participantId: number, staffId: number, now: Date): Promise<number> {
  return insertNudge(tx, { participantId, kind: HANDED_BACK, dialog: HANDED_BACK, dueAt: now, createdById: staffId }, now);
}

export async function scheduleBurstPause(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await cancelBurstPause(tx, participantId, now);
  await insertNudge(tx, { participantId, kind: BURST_PAUSE, dialog: BURST_PAUSE, dueAt: new Date(now.getTime() + BURST_PAUSE_MS) }, now);
}

/**
 * The person wrote again: the pause's answer is no longer due (what they wrote is answered, or plans its own). One
 * already claimed by a scheduler (on this instance or another) is cancelled too: its send marks the claim sent
 * under the participant's row lock, which this turn holds, so it aborts instead of answering an old sentence.
 */
export async function cancelBurstPause(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await cancelNudges(tx, { participantId, kinds: [BURST_PAUSE], claimedToo: true }, "answered", now);
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
  const steps = await cadenceFor(tx, await teamOfParticipant(tx, s.participantId), s.cadenceKey as CadenceKey);
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
    await stopScheduleRow(tx, s.id, now);
    return undefined;
  }
  await setCadencePosition(tx, s.id, next.step, next.count, now);
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
    for (const id of await runningCadenceSchedules(tx, input.participantId, input.cadenceKey ?? null)) await stopSchedule(tx, id, now);
  }
  const schedule = await insertSchedule(tx, input, now);
  const nudgeId = await planNext(tx, schedule, now, now, 1);
  return { scheduleId: schedule.id, nudgeId };
}

export async function stopSchedule(tx: SqlExecutor, scheduleId: number, now: Date): Promise<void> {
  await stopScheduleRow(tx, scheduleId, now);
  await cancelNudges(tx, { scheduleId }, "schedule-stopped", now);
}
