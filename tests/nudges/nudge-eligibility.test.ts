// The scheduler's "whether and when" as a table (issue 16.2): each row a nudge, what is known about
// its participant and meeting, the time, and the decision.
import { describe, expect, it } from "vitest";
import { decideNudge, type DueNudge, type NudgeDecision, type NudgeFacts } from "../../bot/nudges/nudge-eligibility.js";
import { parseQuietHours } from "../../bot/nudges/time-rules.js";

const rules = { staleMs: 6 * 3_600_000, backoffAfter: 2 };
// 12:00 in Stockholm (CET), a weekday: not quiet under 21:00-09:00.
const noon = new Date("2026-12-02T11:00:00Z");
const night = new Date("2026-12-02T22:30:00Z");
const timing = { zone: "Europe/Stockholm", preferred: [], quiet: parseQuietHours("21:00-09:00")! };

const nudge = (over: Partial<DueNudge> = {}): DueNudge => ({ kind: "weekly", dueAt: new Date(noon.getTime() - 60_000), createdAt: new Date("2026-11-20T10:00:00Z"), cancelIfAnswered: false, meetingId: null, ...over });
const participant = (over: Partial<NonNullable<NudgeFacts["participant"]>> = {}) => ({ status: "active", remindersOff: false, unansweredNudges: 0, lastInboundAt: null, hasOpenConversation: true, ...over });
const facts = (over: Partial<NudgeFacts> = {}): NudgeFacts => ({ participant: participant(), timing, ...over });
const meetingAt = (status: string, startsAt = new Date("2026-12-05T10:00:00Z")) => ({ status, startsAt });

const rows: [string, DueNudge, NudgeFacts, Date, NudgeDecision][] = [
  ["a weekly check-in, due, at noon", nudge(), facts(), noon, { act: "send", quietContact: false }],
  ["the participant is gone", nudge(), facts({ participant: undefined }), noon, { act: "skip", outcome: "no-participant" }],
  ["opted out", nudge(), facts({ participant: participant({ status: "opted-out" }) }), noon, { act: "skip", outcome: "opted-out" }],
  ["opted out, even a meeting reminder", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ participant: participant({ status: "opted-out" }), meeting: meetingAt("confirmed") }), noon, { act: "skip", outcome: "opted-out" }],
  ["reminders off: a reminder is skipped", nudge(), facts({ participant: participant({ remindersOff: true }) }), noon, { act: "skip", outcome: "reminders-off" }],
  ["reminders off: a meeting reminder still goes", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ participant: participant({ remindersOff: true }), meeting: meetingAt("confirmed") }), noon, { act: "send", quietContact: false }],
  ["reminders off: outreach still goes", nudge({ kind: "outreach" }), facts({ participant: participant({ remindersOff: true }) }), noon, { act: "send", quietContact: false }],
  ["outreach task, no answer yet", nudge({ kind: "outreach-task" }), facts(), night, { act: "open-task" }],
  ["outreach task, answered", nudge({ kind: "outreach-task" }), facts({ participant: participant({ lastInboundAt: noon }) }), noon, { act: "skip", outcome: "answered" }],
  ["cancel if answered, answered since", nudge({ cancelIfAnswered: true }), facts({ participant: participant({ lastInboundAt: new Date("2026-11-21T10:00:00Z") }) }), noon, { act: "skip", outcome: "answered" }],
  ["cancel if answered, last answer before it was made", nudge({ cancelIfAnswered: true }), facts({ participant: participant({ lastInboundAt: new Date("2026-11-19T10:00:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["found long past due", nudge({ dueAt: new Date(noon.getTime() - 7 * 3_600_000) }), facts(), noon, { act: "skip", outcome: "stale" }],
  ["a meeting's nudge is never stale", nudge({ kind: "meeting-reminder", meetingId: 1, dueAt: new Date(noon.getTime() - 7 * 3_600_000) }), facts({ meeting: meetingAt("confirmed") }), noon, { act: "send", quietContact: false }],
  ["due in quiet hours: held until 09:00", nudge({ dueAt: new Date(night.getTime() - 60_000) }), facts(), night, { act: "hold", until: new Date("2026-12-03T08:00:00Z") }],
  ["quiet hours come before a changed meeting", nudge({ kind: "meeting-reminder", meetingId: 1, dueAt: night }), facts({ meeting: null }), night, { act: "hold", until: new Date("2026-12-03T08:00:00Z") }],
  ["the meeting is gone", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ meeting: null }), noon, { act: "skip", outcome: "meeting-changed" }],
  ["a reminder of a meeting no longer confirmed", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ meeting: meetingAt("cancelled") }), noon, { act: "skip", outcome: "meeting-changed" }],
  ["a proposal of a meeting still proposed", nudge({ kind: "meeting-proposal", meetingId: 1 }), facts({ meeting: meetingAt("proposed") }), noon, { act: "send", quietContact: false }],
  ["a proposal of a meeting already answered", nudge({ kind: "meeting-proposal", meetingId: 1 }), facts({ meeting: meetingAt("confirmed") }), noon, { act: "skip", outcome: "meeting-changed" }],
  ["a meeting already begun", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ meeting: meetingAt("confirmed", noon) }), noon, { act: "skip", outcome: "meeting-changed" }],
  ["no open conversation", nudge(), facts({ participant: participant({ hasOpenConversation: false }) }), noon, { act: "skip", outcome: "no-conversation" }],
  ["two of Tillit's own unanswered: the third never goes, until the participant writes", nudge(), facts({ participant: participant({ unansweredNudges: 2 }) }), noon, { act: "skip", outcome: "unanswered-limit" }],
  ["two unanswered: a coordinator's own words still go (the core holds them for a pause)", nudge({ kind: "message", text: "Hej, Maja här", createdById: 7 }), facts({ participant: participant({ unansweredNudges: 2 }) }), noon, { act: "send", quietContact: true }],
  ["after unanswered nudges: an agreed plan's follow-up is a quiet word, not a dialog", nudge({ kind: "follow-up" }), facts({ participant: participant({ unansweredNudges: 2 }) }), noon, { act: "send", quietContact: true }],
  // The week counts with half a day's slack (6.5 days), then the next allowed time: here 00:00 is quiet, so 09:00.
  ["weekly pace: a reminder two days after the last waits until the week has passed", nudge({ kind: "dialog" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-11-30T11:00:00Z") }) }), noon, { act: "hold", until: new Date("2026-12-07T08:00:00Z") }],
  ["weekly pace: a weekly schedule's next occurrence, due at the same clock a week after the last went out (five minutes late), goes", nudge({ kind: "dialog" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-11-25T11:05:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["weekly pace: 'påminn mig senare' is the person's own ask and is not paced", nudge({ kind: "postponed" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-12-02T08:00:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["weekly pace: a week after the last, the reminder goes", nudge({ kind: "message" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-11-25T10:00:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["weekly pace: after a last one sent late in the evening, the morning six and a half days later", nudge({ kind: "follow-up" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-11-30T20:30:00Z") }) }), noon, { act: "hold", until: new Date("2026-12-07T08:30:00Z") }],
  ["weekly pace: never a reminder before", nudge({ kind: "dialog" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: null }) }), noon, { act: "send", quietContact: false }],
  ["weekly pace: a meeting reminder keeps its time", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-12-01T11:00:00Z") }), meeting: meetingAt("confirmed") }), noon, { act: "send", quietContact: false }],
  ["weekly pace: outreach keeps its own timing", nudge({ kind: "outreach-follow-up" }), facts({ participant: participant({ reminderPace: "weekly", lastReminderAt: new Date("2026-12-01T11:00:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["as planned: a reminder the day after the last goes", nudge({ kind: "dialog" }), facts({ participant: participant({ reminderPace: "as-planned", lastReminderAt: new Date("2026-12-01T11:00:00Z") }) }), noon, { act: "send", quietContact: false }],
  ["a meeting reminder is not quietened by back-off", nudge({ kind: "meeting-reminder", meetingId: 1 }), facts({ participant: participant({ unansweredNudges: 5 }), meeting: meetingAt("confirmed") }), noon, { act: "send", quietContact: false }],
];

describe("whether and when a due nudge goes out", () => {
  it.each(rows)("%s", (_label, n, known, now, expected) => {
    expect(decideNudge(n, known, now, rules)).toEqual(expected);
  });
});
