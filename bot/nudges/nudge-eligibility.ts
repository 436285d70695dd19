// Whether and when a due nudge goes out: a pure decision over what is known about the nudge, its
// participant and its meeting, so every rule can be read and tested as a table. What is said, and the
// guards every proactive message shares (opt-out, a human's conversation, two unanswered), are the
// core's (bot/core/send-proactive.ts).
import { allowedTime, type Timing } from "./schedule-nudges.js";
import { isQuiet } from "./time-rules.js";
import { REMINDER_KIND_LIST } from "../db/nudges.js";

export interface DueNudge {
  kind: string;
  dueAt: Date;
  createdAt: Date;
  cancelIfAnswered: boolean;
  meetingId: number | null;
}

export interface NudgeFacts {
  /** Absent when the participant is gone. */
  participant?: {
    status: string; remindersOff: boolean; unansweredNudges: number; lastInboundAt: Date | null; hasOpenConversation: boolean;
    /** "weekly": at most one reminder in seven days, counted from `lastReminderAt`. */
    reminderPace?: string; lastReminderAt?: Date | null;
  };
  timing: Timing;
  /** The nudge's meeting; null when the nudge has one that no longer exists, absent when it has none. */
  meeting?: { status: string; startsAt: Date } | null;
}

const WEEK_MS = 7 * 24 * 3_600_000;
const SLACK_MS = 12 * 3_600_000;
const PACED = REMINDER_KIND_LIST.filter((k) => k !== "postponed");

export interface EligibilityRules {
  /** A nudge found this long past due (the service was down) is skipped, not sent late. */
  staleMs: number;
  /** Unanswered nudges after which contact is a short welcoming word rather than a dialog. */
  backoffAfter: number;
}

export type NudgeDecision =
  | { act: "skip"; outcome: "no-participant" | "opted-out" | "reminders-off" | "answered" | "stale" | "meeting-changed" | "no-conversation" }
  /** An outreach list's "no answer": a coordinator's task, not a message. */
  | { act: "open-task" }
  | { act: "hold"; until: Date }
  /** quietContact: after silence, a dialog is not pushed; a short, welcoming word instead. */
  | { act: "send"; quietContact: boolean };

export function decideNudge(nudge: DueNudge, facts: NudgeFacts, now: Date, rules: EligibilityRules): NudgeDecision {
  const p = facts.participant;
  if (!p) return { act: "skip", outcome: "no-participant" };
  // Meetings and outreach keep their own rules; "no reminders" and the back-off concern the rest.
  const reminder = !nudge.kind.startsWith("meeting-") && !nudge.kind.startsWith("outreach");
  if (p.status === "opted-out") return { act: "skip", outcome: "opted-out" };
  if (reminder && p.remindersOff) return { act: "skip", outcome: "reminders-off" };
  // A coordinator's task is not a message: no quiet hours, and never too late to appear.
  if (nudge.kind === "outreach-task") return p.lastInboundAt ? { act: "skip", outcome: "answered" } : { act: "open-task" };
  if (nudge.cancelIfAnswered && p.lastInboundAt && p.lastInboundAt >= nudge.createdAt) return { act: "skip", outcome: "answered" };
  // A meeting's nudges stay relevant until the meeting (checked below), however late they are found.
  if (nudge.meetingId === null && now.getTime() - nudge.dueAt.getTime() > rules.staleMs) return { act: "skip", outcome: "stale" };
  // Due while quiet (the service was down, or the team changed its quiet hours): the next allowed time.
  if (isQuiet(now, facts.timing.zone, facts.timing.quiet)) return { act: "hold", until: allowedTime(now, facts.timing) };
  if (nudge.meetingId !== null) {
    const expected = nudge.kind === "meeting-proposal" ? "proposed" : "confirmed";
    const m = facts.meeting;
    if (!m || m.status !== expected || m.startsAt <= now) return { act: "skip", outcome: "meeting-changed" };
  }
  if (!p.hasOpenConversation) return { act: "skip", outcome: "no-conversation" };
  // "en gång i veckan": a reminder within a week of the last one waits for the week to pass (and then
  // for an allowed time), so several due at once still come about one a week. The week is counted
  // with half a day's slack: a weekly schedule's next occurrence is due at the same clock time, a
  // little before seven days after the last one went out, and without the slack it would wait a week
  // more every time and starve every other reminder. "påminn mig senare" is the person's own ask: not paced.
  const paced = weeklyPaceWait(nudge.kind, p, now, facts.timing);
  if (paced) return { act: "hold", until: paced };
  return { act: "send", quietContact: reminder && p.unansweredNudges >= rules.backoffAfter };
}

/**
 * When a reminder of this kind may go out under a weekly pace, if not now. Decided once from what was
 * read before the send, and again inside the send's transaction under the participant's row lock
 * (bot/nudges/nudge-scheduler.ts): two instances that each claimed one of a person's reminders would
 * otherwise both read "no reminder this week" and both send.
 */
export function weeklyPaceWait(kind: string, p: { reminderPace?: string; lastReminderAt?: Date | null }, now: Date, timing: Timing): Date | undefined {
  if (!PACED.includes(kind) || p.reminderPace !== "weekly" || !p.lastReminderAt || now.getTime() - p.lastReminderAt.getTime() >= WEEK_MS - SLACK_MS) return undefined;
  const weekLater = new Date(p.lastReminderAt.getTime() + WEEK_MS - SLACK_MS);
  return isQuiet(weekLater, timing.zone, timing.quiet) ? allowedTime(weekLater, timing) : weekLater;
}
