// A team with known histories for the outcome tests (tests/outcomes/, tests/browser/outcomes-dashboard):
// twelve participants of team A (and one of team B, who must never be counted) with facts, steps,
// messages, requests for a person, nudges, meetings and self-ratings at fixed instants. Every figure
// the tests expect is worked out by hand from this table in tests/outcomes/outcome-figures.test.ts.
import { DateTime } from "luxon";
import type { Db } from "../../bot/db/client.js";

/** Midnight in Stockholm of a day, as steps and enrolment dates are stored. */
export const day = (isoDay: string) => DateTime.fromISO(isoDay, { zone: "Europe/Stockholm" }).startOf("day").toJSDate();
const at = (iso: string) => new Date(iso);

export const OUTCOME_NOW = at("2026-11-24T12:00:00Z");

interface Person {
  key: string;
  team: "A" | "B";
  gender: string | null;
  birthYear?: number;
  ageBand?: string;
  coordinator: "coordA" | "coordA2" | null;
  enrolled: string | null; // a Stockholm day; null = counted from createdAt
  createdAt?: string;
  discharged?: [string, string];
  steps?: [number, string][];
  messages?: { dir: "in" | "out"; at: string; status?: string; author?: string }[];
  asks?: string[];
  nudges?: { at: string; kind?: string; status?: string }[];
  meetings?: { created: string; starts: string; status?: string; outcome?: string }[];
  /** `exit`: the battery answered at discharge (SelfRating.kind 'exit'); the others are check-in batteries. */
  ratings?: { battery: string; at: string; scores: [number | null, number | null, number | null]; exit?: boolean }[];
}

export const PEOPLE: Person[] = [
  { key: "p1", team: "A", gender: "woman", birthYear: 2008, coordinator: "coordA", enrolled: "2026-04-10",
    steps: [[1, "2026-05-01"], [2, "2026-09-01"]],
    messages: [{ dir: "out", at: "2026-04-11T08:00:00Z" }, { dir: "in", at: "2026-04-12T10:00:00Z" }, { dir: "out", at: "2026-04-20T10:05:00Z", author: "bot" },
      { dir: "out", at: "2026-04-20T10:45:00Z", author: "coordinator" }, { dir: "in", at: "2026-04-23T10:00:00Z" }, { dir: "out", at: "2026-06-01T12:10:00Z", author: "coordinator" }],
    asks: ["2026-04-20T10:00:00Z", "2026-06-01T12:00:00Z"],
    nudges: [{ at: "2026-04-22T08:00:00Z" }],
    meetings: [{ created: "2026-04-15T09:00:00Z", starts: "2026-05-05T10:00:00Z", status: "confirmed", outcome: "attended" }] },
  { key: "p2", team: "A", gender: "woman", birthYear: 2010, coordinator: "coordA", enrolled: "2026-04-15",
    steps: [[1, "2026-07-15"]],
    messages: [{ dir: "out", at: "2026-04-15T08:00:00Z", status: "failed" }, { dir: "out", at: "2026-04-30T09:00:00Z" }],
    nudges: [{ at: "2026-05-02T08:00:00Z" }],
    meetings: [{ created: "2026-04-20T09:00:00Z", starts: "2026-04-28T10:00:00Z", status: "confirmed", outcome: "no-show" },
      { created: "2026-05-02T09:00:00Z", starts: "2026-05-20T10:00:00Z", status: "cancelled", outcome: "cancelled" }] },
  { key: "p3", team: "A", gender: "woman", birthYear: 2004, coordinator: "coordA", enrolled: "2026-04-20", discharged: ["2026-06-10T09:00:00Z", "work"],
    steps: [[1, "2026-04-25"], [3, "2026-06-01"]],
    messages: [{ dir: "in", at: "2026-04-18T10:00:00Z" }, { dir: "out", at: "2026-05-04T08:30:00Z", author: "coordinator" }],
    asks: ["2026-05-02T20:00:00Z"],
    meetings: [{ created: "2026-03-25T09:00:00Z", starts: "2026-04-02T10:00:00Z", status: "confirmed", outcome: "attended" }],
    ratings: [{ battery: "b3-before", at: "2026-06-01T10:00:00Z", scores: [2, 2, 2] }, { battery: "b3-exit", at: "2026-06-10T09:00:00Z", scores: [8, 7, 6], exit: true },
      // A follow-up battery after the exit one: not the exit rating, so it changes no exit figure.
      { battery: "b3-follow-up", at: "2026-07-15T10:00:00Z", scores: [1, 1, 1] }] },
  { key: "p4", team: "A", gender: "woman", birthYear: 2003, coordinator: "coordA2", enrolled: "2026-05-05",
    messages: [{ dir: "out", at: "2026-05-05T08:00:00Z", status: "sent" }, { dir: "in", at: "2026-05-14T09:00:00Z" }],
    nudges: [{ at: "2026-05-10T08:00:00Z" }] },
  { key: "p5", team: "A", gender: "woman", ageBand: "21-24", coordinator: "coordA2", enrolled: "2026-05-12",
    steps: [[2, "2026-06-20"]], nudges: [{ at: "2026-07-02T08:00:00Z" }] },
  { key: "p6", team: "A", gender: "woman", birthYear: 2001, coordinator: "coordA", enrolled: "2026-05-20", discharged: ["2026-06-25T09:00:00Z", "studies"],
    steps: [[1, "2026-05-21"]],
    messages: [{ dir: "in", at: "2026-05-23T21:00:00Z" }],
    meetings: [{ created: "2026-06-01T09:00:00Z", starts: "2026-06-10T10:00:00Z", status: "cancelled" }],
    ratings: [{ battery: "b6-before", at: "2026-06-20T10:00:00Z", scores: [9, 9, 9] }, { battery: "b6-after", at: "2026-07-01T10:00:00Z", scores: [5, 9, 9] },
      { battery: "b6-last", at: "2026-08-01T10:00:00Z", scores: [10, null, 8], exit: true }] },
  { key: "p7", team: "A", gender: "man", birthYear: 2007, coordinator: "coordA", enrolled: "2026-06-03",
    steps: [[1, "2026-09-04"]],
    messages: [{ dir: "out", at: "2026-06-10T10:00:00Z" }, { dir: "in", at: "2026-06-12T09:00:00Z" }, { dir: "in", at: "2026-06-22T08:00:00Z" }],
    nudges: [{ at: "2026-06-12T08:00:00Z" }, { at: "2026-06-20T08:00:00Z" }],
    meetings: [{ created: "2026-06-20T09:00:00Z", starts: "2026-07-05T10:00:00Z" }] },
  { key: "p8", team: "A", gender: "man", birthYear: 2006, coordinator: "coordA2", enrolled: "2026-06-08",
    steps: [[1, "2026-06-08"]],
    messages: [{ dir: "out", at: "2026-06-30T12:00:00Z" }],
    asks: ["2026-06-29T09:00:00Z"],
    meetings: [{ created: "2026-06-09T09:00:00Z", starts: "2026-06-15T10:00:00Z", status: "confirmed", outcome: "attended" }] },
  { key: "p9", team: "A", gender: "man", coordinator: "coordA2", enrolled: "2026-06-15" },
  { key: "p10", team: "A", gender: "other", birthYear: 2005, coordinator: "coordA", enrolled: "2026-01-10",
    steps: [[1, "2026-02-01"], [2, "2026-04-20"]],
    asks: ["2026-03-30T10:00:00Z"],
    nudges: [{ at: "2026-05-01T08:00:00Z", kind: "outreach-task" }, { at: "2026-05-03T08:00:00Z", status: "skipped" }],
    meetings: [{ created: "2026-02-01T09:00:00Z", starts: "2026-02-10T10:00:00Z", status: "confirmed", outcome: "attended" },
      { created: "2026-05-10T09:00:00Z", starts: "2026-05-15T10:00:00Z", status: "confirmed", outcome: "attended" }] },
  { key: "p11", team: "A", gender: "undisclosed", birthYear: 2009, coordinator: "coordA2", enrolled: "2025-11-05", discharged: ["2026-05-15T09:00:00Z", "no-contact"],
    steps: [[1, "2025-12-01"]] },
  { key: "p12", team: "A", gender: null, birthYear: 2000, coordinator: "coordA", enrolled: null, createdAt: "2026-06-28T10:00:00Z",
    messages: [{ dir: "in", at: "2026-06-28T10:00:00Z" }] },
  { key: "pB", team: "B", gender: "woman", birthYear: 2005, coordinator: null, enrolled: "2026-04-10",
    steps: [[1, "2026-05-01"]], messages: [{ dir: "in", at: "2026-04-11T10:00:00Z" }], asks: ["2026-04-12T10:00:00Z"],
    meetings: [{ created: "2026-04-15T09:00:00Z", starts: "2026-05-05T10:00:00Z", status: "confirmed", outcome: "attended" }] },
];

const STATEMENTS = ["readiness", "physicalHealth", "mentalHealth"] as const;

/** Writes the table above; returns each participant's and conversation's id by key. */
export async function seedOutcomeWorld(db: Db, teams: { A: number; B: number }, staff: { coordA: number; coordA2: number }, phonePrefix = "+4673990") {
  const ids: Record<string, { participantId: number; conversationId: number }> = {};
  let n = 0;
  for (const p of PEOPLE) {
    const created = p.createdAt ? at(p.createdAt) : p.enrolled ? day(p.enrolled) : OUTCOME_NOW;
    const participant = await db.participant.create({
      data: {
        phone: `${phonePrefix}${String(n++).padStart(4, "0")}`, preferredName: `Deltagare ${p.key}`, status: p.discharged ? "discharged" : "active",
        teamId: teams[p.team], coordinatorId: p.coordinator ? staff[p.coordinator] : null, gender: p.gender, birthYear: p.birthYear ?? null, ageBand: p.ageBand ?? null,
        enrolledAt: p.enrolled && !p.createdAt ? day(p.enrolled) : null, createdAt: created, onboardedAt: created,
        dischargedAt: p.discharged ? at(p.discharged[0]) : null, dischargeOutcome: p.discharged?.[1] ?? null,
      },
    });
    const conversation = await db.conversation.create({ data: { participantId: participant.id, createdAt: created } });
    ids[p.key] = { participantId: participant.id, conversationId: conversation.id };
    for (const [step, reached] of p.steps ?? []) {
      await db.participantStep.create({ data: { participantId: participant.id, step, note: "test", reachedAt: day(reached), createdAt: day(reached) } });
    }
    for (const m of p.messages ?? []) {
      const author = m.dir === "in" ? "participant" : (m.author ?? "bot");
      await db.message.create({
        data: { conversationId: conversation.id, participantId: participant.id, direction: m.dir, channel: "sms", authorKind: author, authorStaffId: author === "coordinator" ? staff.coordA : null,
          body: m.dir === "in" ? "hej" : "Hej!", status: m.status ?? (m.dir === "in" ? "processed" : "delivered"), createdAt: at(m.at) },
      });
    }
    for (const a of p.asks ?? []) {
      await db.auditLog.create({ data: { at: at(a), actorKind: "participant", actorId: participant.id, action: "conversation.handoff-requested", subjectType: "conversation", subjectId: String(conversation.id), details: JSON.stringify({ reason: "asked" }) } });
    }
    for (const u of p.nudges ?? []) {
      await db.nudge.create({ data: { participantId: participant.id, kind: u.kind ?? "dialog", dueAt: at(u.at), status: u.status ?? "sent", processedAt: at(u.at), createdAt: at(u.at) } });
    }
    for (const m of p.meetings ?? []) {
      await db.meeting.create({ data: { participantId: participant.id, startsAt: at(m.starts), status: m.status ?? "proposed", outcome: m.outcome ?? null, createdAt: at(m.created) } });
    }
    for (const r of p.ratings ?? []) {
      for (const [i, statement] of STATEMENTS.entries()) {
        await db.selfRating.create({ data: { participantId: participant.id, batteryId: r.battery, statement, score: r.scores[i] ?? null, kind: r.exit ? "exit" : null, createdAt: at(r.at) } });
      }
    }
  }
  return ids;
}
