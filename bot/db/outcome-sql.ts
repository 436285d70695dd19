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

/** SQLite date arithmetic written back in the stored text form, so it compares with stored instants. */
const sqliteInstant = (expr: string, ...modifiers: string[]) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${[expr, ...modifiers.map((m) => `'${m}'`)].join(", ")})`;

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
