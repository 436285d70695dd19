// Outcome figures about contact, the slow-trust measures: days from enrolment to first contact, time
// to the first human reply after a request for a person, whether nudges were answered, meetings, and
// months to the first meeting that took place. Durations come back as small histograms per gender and
// age band (whole days or minutes and a count), so medians are exact without shipping rows.
import { daysBetween, num, scopeCte, text, whole, type OutcomeScope } from "./outcome-sql.js";
import type { SqlExecutor } from "./sql.js";

export interface Bucket {
  gender: string;
  band: string;
  /** Whole days (or minutes); -1 = not yet (never contacted, never answered). */
  value: number;
  count: number;
}

/** Distinct participants behind events, per gender and age band: all of them, or only those with an event that was answered (yes) or not (no). */
export interface People {
  gender: string;
  band: string;
  cls: "all" | "yes" | "no";
  people: number;
}

export interface Events {
  buckets: Bucket[];
  people: People[];
}

// The audit's subject id is text; PostgreSQL would refuse to cast another action's non-numeric subject.
const conversationIdOf = (deps: SqlExecutor["dialect"]) =>
  deps === "sqlite" ? `CAST(a."subjectId" AS INTEGER)` : `(CASE WHEN a."subjectId" ~ '^[0-9]{1,9}$' THEN CAST(a."subjectId" AS INTEGER) END)`;

const bucket = (r: Record<string, unknown>): Bucket => ({ gender: text(r.gender), band: text(r.band), value: num(r.v), count: num(r.n) });

/**
 * Events (one row each in the CTE `ev`, with "pid", "gender", "band", "v" and "yes") as a histogram of
 * v plus the distinct people behind all, the answered and the unanswered ones. People are counted apart
 * from the histogram (one person's two events may fall in different buckets): each person once, with
 * whether any of their events was answered and whether any was not. `ev` is MATERIALIZED: read twice,
 * it must be worked out once.
 */
const eventsSelect = `
  , per AS MATERIALIZED (SELECT "pid", "gender", "band", MAX("yes") AS "anyYes", MIN("yes") AS "allYes" FROM ev GROUP BY "pid", "gender", "band")
  SELECT 'h' AS "kind", "gender", "band", "v", COUNT(*) AS "n", 0 AS "yes", 0 AS "no" FROM ev GROUP BY "gender", "band", "v"
  UNION ALL SELECT 'people', "gender", "band", 0, COUNT(*), SUM("anyYes"), SUM(1 - "allYes") FROM per GROUP BY "gender", "band"`;

const toEvents = (rows: Record<string, unknown>[]): Events => ({
  buckets: rows.filter((r) => r.kind === "h").map(bucket),
  people: rows.filter((r) => r.kind === "people").flatMap((r) => (["all", "yes", "no"] as const).map((cls) => ({
    gender: text(r.gender), band: text(r.band), cls, people: num(cls === "all" ? r.n : r[cls]),
  }))),
});

/** A participant's first contact: the first message they wrote, or the first one that reached them. */
const FIRST_IN = `(SELECT m."createdAt" FROM "Message" m WHERE m."participantId" = s."pid" AND m."direction" = 'in' ORDER BY m."createdAt" LIMIT 1)`;
const FIRST_OUT = `(SELECT m."createdAt" FROM "Message" m WHERE m."participantId" = s."pid" AND m."direction" = 'out' AND m."status" IN ('sent', 'delivered') ORDER BY m."createdAt" LIMIT 1)`;

/** Participants enrolled in [start, end): whole days from enrolment to first contact (0 when contact came first). */
export async function daysToFirstContact(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<Bucket[]> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     firsts AS MATERIALIZED (SELECT s."gender", s."band", s."enrolled", ${FIRST_IN} AS "fi", ${FIRST_OUT} AS "fo" FROM scope s WHERE s."enrolled" >= ? AND s."enrolled" < ?),
     contact AS (SELECT "gender", "band", "enrolled", CASE WHEN "fi" IS NULL THEN "fo" WHEN "fo" IS NULL OR "fi" <= "fo" THEN "fi" ELSE "fo" END AS "first" FROM firsts)
     SELECT "gender", "band", CASE WHEN "first" IS NULL THEN -1 WHEN "first" <= "enrolled" THEN 0 ELSE ${whole(sql.dialect, daysBetween(sql.dialect, `"enrolled"`, `"first"`))} END AS "v", COUNT(*) AS "n"
     FROM contact GROUP BY "gender", "band", "v"`,
    [...s.args, start, end],
  );
  return rows.map(bucket);
}

/**
 * Requests for a person made in [start, end): whole minutes to the first coordinator message after each.
 * Read from the audit's requests in the period (CROSS JOIN fixes that order on SQLite: driven from the
 * team's participants instead, a planner without statistics would scan the audit once per participant).
 */
export async function minutesToHumanReply(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<Events> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     asked AS MATERIALIZED (
       SELECT s."pid", s."gender", s."band", a."at",
         (SELECT m."createdAt" FROM "Message" m WHERE m."participantId" = s."pid" AND m."direction" = 'out' AND m."authorKind" = 'coordinator' AND m."createdAt" >= a."at" ORDER BY m."createdAt" LIMIT 1) AS "reply"
       FROM "AuditLog" a CROSS JOIN "Conversation" c CROSS JOIN scope s
       WHERE c."id" = ${conversationIdOf(sql.dialect)} AND s."pid" = c."participantId" AND a."action" = 'conversation.handoff-requested' AND a."subjectType" = 'conversation' AND a."at" >= ? AND a."at" < ?
     )
     ,ev AS MATERIALIZED (SELECT "pid", "gender", "band", CASE WHEN "reply" IS NULL THEN -1 ELSE ${whole(sql.dialect, `${daysBetween(sql.dialect, `"at"`, `"reply"`)} * 1440`)} END AS "v",
       CASE WHEN "reply" IS NULL THEN 0 ELSE 1 END AS "yes" FROM asked)
     ${eventsSelect}`,
    [...s.args, start, end],
  );
  return toEvents(rows);
}

/**
 * Nudges sent in [start, end): value 1 when the participant wrote within three days, else 0. Read per
 * participant in scope (CROSS JOIN: without statistics SQLite would rather read every team's sent nudges).
 */
export async function nudgeAnswers(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<Events> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     sent AS MATERIALIZED (
       SELECT s."pid", s."gender", s."band", n."processedAt" AS "at",
         (SELECT MIN(m."createdAt") FROM "Message" m WHERE m."participantId" = s."pid" AND m."direction" = 'in' AND m."createdAt" > n."processedAt") AS "answer"
       FROM scope s CROSS JOIN "Nudge" n
       WHERE n."participantId" = s."pid" AND n."status" = 'sent' AND n."kind" <> 'outreach-task' AND n."processedAt" >= ? AND n."processedAt" < ?
     )
     ,answered AS (SELECT "pid", "gender", "band", CASE WHEN "answer" IS NOT NULL AND ${daysBetween(sql.dialect, `"at"`, `"answer"`)} <= 3 THEN 1 ELSE 0 END AS "v" FROM sent)
     ,ev AS MATERIALIZED (SELECT "pid", "gender", "band", "v", "v" AS "yes" FROM answered)
     ${eventsSelect}`,
    [...s.args, start, end],
  );
  return toEvents(rows);
}

export interface MeetingCounts {
  gender: string;
  band: string;
  kind: "proposed" | "attended" | "no-show" | "cancelled";
  count: number;
  people: number;
}

/**
 * Meetings proposed in [start, end), and those planned in it that took place, were missed or cancelled.
 * Read per participant in scope (CROSS JOIN keeps SQLite from scanning every team's meetings in the period).
 */
export async function meetingCounts(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<MeetingCounts[]> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     m AS (
       SELECT s."pid", s."gender", s."band", 'proposed' AS "kind" FROM scope s CROSS JOIN "Meeting" mt WHERE mt."participantId" = s."pid" AND mt."createdAt" >= ? AND mt."createdAt" < ?
       UNION ALL
       SELECT s."pid", s."gender", s."band", CASE WHEN mt."status" = 'cancelled' OR mt."outcome" = 'cancelled' THEN 'cancelled' ELSE mt."outcome" END
       FROM scope s CROSS JOIN "Meeting" mt
       WHERE mt."participantId" = s."pid" AND mt."startsAt" >= ? AND mt."startsAt" < ? AND (mt."status" = 'cancelled' OR mt."outcome" IN ('attended', 'no-show', 'cancelled'))
     )
     SELECT "gender", "band", "kind", COUNT(*) AS "n", COUNT(DISTINCT "pid") AS "people" FROM m GROUP BY "gender", "band", "kind"`,
    [...s.args, start, end, start, end],
  );
  return rows.map((r) => ({ gender: text(r.gender), band: text(r.band), kind: text(r.kind) as MeetingCounts["kind"], count: num(r.n), people: num(r.people) }));
}

/** Participants whose first meeting that took place was in [start, end): whole days from enrolment to it. */
export async function daysToFirstMeeting(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<Bucket[]> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     firsts AS MATERIALIZED (SELECT s."gender", s."band", s."enrolled", (SELECT MIN(mt."startsAt") FROM "Meeting" mt WHERE mt."participantId" = s."pid" AND mt."outcome" = 'attended') AS "first" FROM scope s)
     SELECT "gender", "band", CASE WHEN "first" <= "enrolled" THEN 0 ELSE ${whole(sql.dialect, daysBetween(sql.dialect, `"enrolled"`, `"first"`))} END AS "v", COUNT(*) AS "n"
     FROM firsts WHERE "first" >= ? AND "first" < ? GROUP BY "gender", "band", "v"`,
    [...s.args, start, end],
  );
  return rows.map(bucket);
}
