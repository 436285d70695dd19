// The pieces every outcome query shares: who is counted (a team, or one coordinator's caseload), the
// gender and age band each person is counted under, and the little date arithmetic that differs
// between SQLite (ISO text, julianday) and PostgreSQL (timestamps, intervals). Every figure is an
// aggregate computed in the database; only counts and small histograms come back.
import type { SqlDialect, SqlValue } from "./sql.js";

export interface OutcomeScope {
  teamId: number;
  /** Only this coordinator's caseload (a coordinator sees their own participants' figures). */
  coordinatorId?: number;
}

// Instants compare as they are stored: timestamps on PostgreSQL, and on SQLite ISO text in the one form
// every writer uses ("2026-11-24T12:00:00.000+00:00", see sqlite-connection.ts), which sorts as time
// does. Text comparison keeps SQLite from parsing a date per row and pair.
export const instant = (_d: SqlDialect, expr: string) => expr;

/** SQLite date arithmetic written back in the stored text form, so it compares with stored instants. */
const sqliteInstant = (expr: string, ...modifiers: string[]) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${[expr, ...modifiers.map((m) => `'${m}'`)].join(", ")})`;

/** expr plus whole calendar months, as a comparable instant. */
export const plusMonths = (deps: SqlDialect, expr: string, months: number) =>
  deps === "sqlite" ? sqliteInstant(expr, `+${Math.trunc(months)} months`) : `(${expr} + INTERVAL '${Math.trunc(months)} months')`;

/**
 * The end of the day M months after expr, as a comparable instant. Days are Stockholm days stored in UTC,
 * and a month added in UTC may cross a change of summer time: half a day past the instant covers the
 * whole milestone day either way ("within 3 months" includes the day 3 months on).
 */
export const milestoneEnd = (deps: SqlDialect, expr: string, months: number) =>
  deps === "sqlite" ? sqliteInstant(expr, `+${Math.trunc(months)} months`, "+12 hours") : `(${expr} + INTERVAL '${Math.trunc(months)} months 12 hours')`;

/** Days from a to b, with fractions. */
export const daysBetween = (deps: SqlDialect, a: string, b: string) =>
  deps === "sqlite" ? `(julianday(${b}) - julianday(${a}))` : `(EXTRACT(EPOCH FROM (${b} - ${a})) / 86400.0)`;

/**
 * Whole units (floor) of a non-negative duration. Rounded to six decimals first: julian days are
 * doubles, and 45 minutes must not come out as 44.99999. SQLite's CAST truncates; PostgreSQL's rounds.
 */
export const whole = (deps: SqlDialect, expr: string) =>
  deps === "sqlite" ? `CAST(ROUND(${expr}, 6) AS INTEGER)` : `CAST(FLOOR(ROUND(CAST(${expr} AS NUMERIC), 6)) AS INTEGER)`;

/** The enrolment instant: the date a coordinator entered, or the day the participant came. */
export const ENROLLED = `COALESCE(p."enrolledAt", p."createdAt")`;

/**
 * The participants counted, with the groups each is counted under. Age is the age reached in the
 * period's last year (only the birth year is kept); without a year, the band a coordinator entered.
 * Returns the CTE text and its arguments (the year first).
 */
export function scopeCte(scope: OutcomeScope, ageYear: number): { sql: string; args: SqlValue[] } {
  const age = `(? - p."birthYear")`;
  const sql = `scope AS MATERIALIZED (
    SELECT p."id" AS "pid", ${ENROLLED} AS "enrolled", p."dischargedAt" AS "discharged", p."dischargeOutcome" AS "outcome",
      COALESCE(p."gender", 'unknown') AS "gender",
      CASE WHEN p."birthYear" IS NOT NULL THEN
        CASE WHEN ${age} < 18 THEN 'u18' WHEN ${age} <= 20 THEN '18-20' WHEN ${age} <= 24 THEN '21-24' ELSE '25+' END
      ELSE COALESCE(p."ageBand", 'unknown') END AS "band"
    FROM "Participant" p
    WHERE p."teamId" = ?${scope.coordinatorId === undefined ? "" : ` AND p."coordinatorId" = ?`}
  )`;
  const args: SqlValue[] = [ageYear, ageYear, ageYear, scope.teamId];
  if (scope.coordinatorId !== undefined) args.push(scope.coordinatorId);
  return { sql, args };
}

/** Rows come back with driver-specific number types. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const text = (v: unknown): string => String(v);

/** A parameter that is an instant where the engine cannot infer its type (a SELECT list, VALUES). */
export const ts = (deps: SqlDialect) => (deps === "sqlite" ? "?" : "CAST(? AS TIMESTAMP(3))");

/** A small table of numbered instants or ranges, as a CTE: name(i, a[, b]). */
export function rangesCte(deps: SqlDialect, name: string, ranges: { start: Date; end?: Date }[]): { sql: string; args: SqlValue[] } {
  if (ranges.length === 0) throw new Error(`${name}: no ranges`);
  const rows = ranges.map((r, i) => `SELECT ${i} AS "i", ${ts(deps)} AS "a"${r.end ? `, ${ts(deps)} AS "b"` : ""}`);
  return { sql: `${name} AS (${rows.join(" UNION ALL ")})`, args: ranges.flatMap((r) => (r.end ? [r.start, r.end] : [r.start])) };
}

/**
 * Every step of the participants in scope as an interval: held from `since` (the day it was reached)
 * until the next step's day (`until`, null for the step held now). Ties on a day go in the order they
 * were recorded, so the later one is the one held. One pass with a window function, shared by the
 * step figures instead of a lookup per participant and point in time.
 */
export const STEP_INTERVALS = `held AS MATERIALIZED (
    SELECT s."pid", s."gender", s."band", s."enrolled", s."discharged", x."step", COALESCE(x."reachedAt", x."createdAt") AS "since",
      LEAD(COALESCE(x."reachedAt", x."createdAt")) OVER (PARTITION BY x."participantId" ORDER BY COALESCE(x."reachedAt", x."createdAt"), x."id") AS "until"
    FROM scope s JOIN "ParticipantStep" x ON x."participantId" = s."pid"
  )`;

/** The step interval holds just before the instant `at` (a comparable instant expression). */
export const holdsBefore = (deps: SqlDialect, at: string) => `${instant(deps, `h."since"`)} < ${at} AND (h."until" IS NULL OR ${instant(deps, `h."until"`)} >= ${at})`;

/**
 * The step a participant held just before an instant (expr): the last step reached before it (by the
 * day it was reached, then the order it was recorded); 0 when none was set yet. Steps are dated to the
 * start of a Stockholm day, so a point at midnight counts the days before it.
 */
export function stepHeldAt(deps: SqlDialect, pid: string, at: string): string {
  const since = `COALESCE(st."reachedAt", st."createdAt")`;
  return `COALESCE((SELECT st."step" FROM "ParticipantStep" st WHERE st."participantId" = ${pid} AND ${instant(deps, since)} < ${at}
    ORDER BY ${since} DESC, st."id" DESC LIMIT 1), 0)`;
}
