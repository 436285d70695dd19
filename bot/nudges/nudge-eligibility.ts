// Whether and when a due nudge goes out: a pure decision over what is known about the nudge, its
// participant and its meeting, so every rule can be read and tested as a table. What is said, and the
// guards every proactive message shares (opt-out, a human's conversation, two unanswered in a row within
// days), are the core's (bot/core/send-proactive.ts). Tillit's own initiatives are all nudges, so the
// absolute rule for them (never a third unanswered until the participant writes) is decided here.
import { allowedTime, BURST_PAUSE, BURST_PAUSE_STALE_MS, HANDED_BACK, type Timing } from "./schedule-nudges.js";
import { isQuiet } from "./time-rules.js";
import { REMINDER_KIND_LIST } from "../db/nudges.js";

export interface DueNudge {
  kind: string;
  dueAt: Date;
  createdAt: Date;
  cancelIfAnswered: boolean;
  meetingId: number | null;
  /** A coordinator's own words (with createdById) or Tillit's copy. */
  text?: string | null;
  createdById?: number | null;
}

/** Tillit's own initiatives unanswered in a row, after which they stop until the participant writes (the brief: never a third). */
export const MAX_OWN_UNANSWERED = 2;

/**
 * A person chose it: a coordinator's own words or meeting proposal, a reminder of a meeting agreed to, or
 * a follow-up of a plan agreed with the participant (the action plan's, the six months after discharge,
 * "by agreement" in the brief). Check-ins on a schedule and re-engaging words are Tillit's own initiative.
 */
export function chosenByAPerson(nudge: Pick<DueNudge, "kind" | "text" | "createdById">): boolean {
  return nudge.kind.startsWith("meeting-") || nudge.kind.startsWith("outreach") || nudge.kind === "follow-up" || (Boolean(nudge.text) && Boolean(nudge.createdById));
}

/**
 * Tillit's words for a change a person in the team made to a meeting ("Ungdomen sa ja", "Vi ställde in"): the team's
 * answer, carried by Tillit, so not held back by two unanswered messages (a tester's Ida, with onboarding's last
 * question and the proposal unanswered, never got the confirmation the page promised). Quiet hours still hold it.
 */
export function isTeamsNotice(kind: string): boolean {
  return kind === "meeting-confirmed" || kind === "meeting-cancelled";
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
  | { act: "skip"; outcome: "no-participant" | "opted-out" | "reminders-off" | "answered" | "stale" | "meeting-changed" | "no-conversation" | "unanswered-limit" }
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
  if (nudge.kind === BURST_PAUSE || nudge.kind === HANDED_BACK) return burstPause(nudge, p, now);
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
  // Two of Tillit's own unanswered: the third never goes, however long the silence (a tester got four
  // check-ins over ten silent weeks); they come back when the participant writes (unansweredNudges resets).
  if (!chosenByAPerson(nudge) && p.unansweredNudges >= MAX_OWN_UNANSWERED) return { act: "skip", outcome: "unanswered-limit" };
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
 * The answer to a burst that paused on a small word (dialogs/burst.ts): a reply to what the person wrote a
 * minute or two ago, not Tillit's initiative. Not a reminder ("no reminders" does not silence replies), and not
 * held for quiet hours: someone writing at 03:00 is answered at 03:00, as any message is, never at 08:00 about
 * the night before. Anything written after it was planned answers it (that turn cancels it too); the core's
 * guards (opt-out, a human's conversation, two unanswered in a row) hold as for every proactive message. The word at a
 * hand-back (HANDED_BACK) is of the moment in the same way: what they write after it is answered with it instead.
 */
function burstPause(nudge: DueNudge, p: NonNullable<NudgeFacts["participant"]>, now: Date): NudgeDecision {
  if (p.lastInboundAt && p.lastInboundAt > nudge.createdAt) return { act: "skip", outcome: "answered" };
  // Its own limit, not the reminders' twelve hours: "asså jag har" answered hours later answers an old sentence.
  if (now.getTime() - nudge.dueAt.getTime() > BURST_PAUSE_STALE_MS) return { act: "skip", outcome: "stale" };
  if (!p.hasOpenConversation) return { act: "skip", outcome: "no-conversation" };
  return { act: "send", quietContact: false };
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
