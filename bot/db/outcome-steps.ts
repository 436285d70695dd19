// The step figures in one pass over the participants' steps: the step each active participant held
// at each point in time (month ends and the period's end), and each enrolment cohort's share at step
// N or higher M months after enrolment. One query reads the team's ParticipantStep rows once (as
// intervals, from a window function) and answers both.
//
// No row is joined with every point in time. Each participant's active span, each step interval and
// each enrolment instant is turned into a range of point (or cohort) indices by a binary search
// written as nested CASE over the sorted instants (a few comparisons per row instead of one per
// point), the database counts the ranges, and the ranges are spread over their points here.
import { milestoneEnd, num, scopeCte, text, ts, type OutcomeScope } from "./outcome-sql.js";
import type { SqlDialect, SqlExecutor, SqlValue } from "./sql.js";

export interface StepCount {
  gender: string;
  band: string;
  count: number;
  /** Which point in time (index into the points asked for). */
  point: number;
  /** 0 = no step set yet. */
  step: number;
}

export interface Milestone {
  months: number;
  step: number;
}

export interface CohortCount {
  gender: string;
  band: string;
  count: number;
  cohort: number;
  /** Per milestone: members whose M months have passed, and how many of them held the step or higher then. */
  due: number[];
  reached: number[];
}

/**
 * How many of the sorted instants are at or before expr, as nested CASE (a binary search). Pushes
 * its arguments in the order the placeholders appear.
 */
function rankOf(d: SqlDialect, expr: string, sorted: Date[], args: SqlValue[], offset = 0): string {
  if (sorted.length === 0) return String(offset);
  const mid = Math.floor(sorted.length / 2);
  args.push(sorted[mid]!);
  const cond = `${expr} < ${ts(d)}`;
  const below = rankOf(d, expr, sorted.slice(0, mid), args, offset);
  const above = rankOf(d, expr, sorted.slice(mid + 1), args, offset + mid + 1);
  return `CASE WHEN ${cond} THEN ${below} ELSE ${above} END`;
}

const larger = (a: string, b: string) => `CASE WHEN ${a} > ${b} THEN ${a} ELSE ${b} END`;
const smaller = (a: string, b: string) => `CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;

export interface StepFigures {
  steps: StepCount[];
  cohorts: CohortCount[];
}

/**
 * Points: ascending instants; a participant counts at a point when enrolled before it and not
 * discharged before it, with the step last reached before it (0 when none). Cohorts: contiguous
 * [start, end) enrolment ranges; per milestone, members whose M months have passed by `now` and those
 * of them holding step N or higher at the end of the milestone day.
 */
export async function stepFigures(sql: SqlExecutor, scope: OutcomeScope, points: Date[], cohorts: { start: Date; end: Date }[], milestones: Milestone[], now: Date, ageYear: number): Promise<StepFigures> {
  const d = sql.dialect;
  for (let i = 1; i < points.length; i++) if (points[i]!.getTime() <= points[i - 1]!.getTime()) throw new Error("stepFigures: points must ascend");
  for (let i = 1; i < cohorts.length; i++) if (cohorts[i]!.start.getTime() !== cohorts[i - 1]!.end.getTime()) throw new Error("stepFigures: cohorts must be contiguous");
  const bounds = cohorts.length ? [...cohorts.map((c) => c.start), cohorts.at(-1)!.end] : [];
  const n = points.length;
  const s = scopeCte(scope, ageYear);
  const args: SqlValue[] = [...s.args];
  // Per participant: the points they are active at, [lo, hi), and their cohort (1-based; 0 or past the last: none).
  const lo = rankOf(d, `s."enrolled"`, points, args);
  const hi = `CASE WHEN s."discharged" IS NULL THEN ${n} ELSE ${rankOf(d, `s."discharged"`, points, args)} END`;
  const cohort = rankOf(d, `s."enrolled"`, bounds, args);
  const member = `r."cohort" BETWEEN 1 AND ${cohorts.length}`;
  // The end of each milestone day, worked out once per cohort member (null for the others).
  const ends = milestones.map((m, i) => `CASE WHEN ${member} THEN ${milestoneEnd(d, `r."enrolled"`, m.months)} END AS "m${i}"`);
  const endCols = milestones.map((_, i) => `"m${i}"`);
  // Per step interval: the points at which it is held (it starts before the point and lasts to it).
  const since = rankOf(d, `w."since"`, points, args);
  const until = `CASE WHEN w."until" IS NULL THEN ${n} ELSE ${rankOf(d, `w."until"`, points, args)} END`;
  const reachedCols = milestones.map((m, i) => `MAX(CASE WHEN h."step" >= ${Math.trunc(m.step)} AND h."since" < h."m${i}" AND (h."until" IS NULL OR h."until" >= h."m${i}") THEN 1 ELSE 0 END) AS "r${i}"`);
  // "M months have passed" (enrolled + M months <= now) is the milestone day's end <= now + 12 hours: milestoneEnd adds exactly 12 hours to it.
  const dueBy = new Date(now.getTime() + 12 * 3_600_000);
  const dueCols = milestones.map((_, i) => `SUM(CASE WHEN "m${i}" <= ${ts(d)} THEN 1 ELSE 0 END) AS "d${i}"`);
  const reachedSums = milestones.map((_, i) => `SUM(CASE WHEN "m${i}" <= ${ts(d)} AND "r${i}" = 1 THEN 1 ELSE 0 END) AS "d${i}"`);
  const zeros = milestones.map((_, i) => `0 AS "d${i}"`);
  const spansSql = `spans AS MATERIALIZED (
      SELECT r."pid", r."gender", r."band", r."lo", r."hi", r."cohort"${ends.map((e) => `, ${e}`).join("")}
      FROM (SELECT s."pid", s."gender", s."band", s."enrolled", ${lo} AS "lo", ${hi} AS "hi", ${cohort} AS "cohort" FROM scope s) r
    )`;
  const heldSql = `held AS MATERIALIZED (
      SELECT w.*, ${since} AS "rs", ${until} AS "ru" FROM (
        SELECT sp."pid", sp."gender", sp."band", sp."lo", sp."hi", sp."cohort"${endCols.map((c) => `, sp.${c}`).join("")}, x."step",
          COALESCE(x."reachedAt", x."createdAt") AS "since",
          LEAD(COALESCE(x."reachedAt", x."createdAt")) OVER (PARTITION BY x."participantId" ORDER BY COALESCE(x."reachedAt", x."createdAt"), x."id") AS "until"
        FROM spans sp CROSS JOIN "ParticipantStep" x WHERE x."participantId" = sp."pid"
      ) w
    )`;
  const reachedSql = `reached AS (
      SELECT h."pid", h."gender", h."band", h."cohort"${endCols.map((c) => `, h.${c}`).join("")}${reachedCols.map((c) => `, ${c}`).join("")}
      FROM held h WHERE h."cohort" BETWEEN 1 AND ${cohorts.length}
      GROUP BY h."pid", h."gender", h."band", h."cohort"${endCols.map((c) => `, h.${c}`).join("")}
    )`;
  // The placeholders after the CTEs (the due columns of members, then of reached), in the order they appear.
  const tail = [...milestones.map(() => dueBy), ...milestones.map(() => dueBy)];
  const rows = await sql.query(
    `WITH ${s.sql}, ${spansSql}, ${heldSql}${milestones.length ? `, ${reachedSql}` : ""}
     SELECT 'held' AS "kind", h."gender", h."band", ${larger(`h."lo"`, `h."rs"`)} AS "a", ${smaller(`h."hi"`, `h."ru"`)} AS "b", h."step", COUNT(*) AS "n"${zeros.map((z) => `, ${z}`).join("")}
       FROM held h GROUP BY h."gender", h."band", 4, 5, h."step"
     UNION ALL SELECT 'active', sp."gender", sp."band", sp."lo", sp."hi", 0, COUNT(*)${zeros.map((z) => `, ${z}`).join("")}
       FROM spans sp WHERE sp."lo" < sp."hi" GROUP BY sp."gender", sp."band", sp."lo", sp."hi"
     UNION ALL SELECT 'members', sp."gender", sp."band", sp."cohort", 0, 0, COUNT(*)${dueCols.map((c) => `, ${c}`).join("")}
       FROM spans sp WHERE sp."cohort" BETWEEN 1 AND ${cohorts.length} GROUP BY sp."gender", sp."band", sp."cohort"
     ${milestones.length ? `UNION ALL SELECT 'reached', r."gender", r."band", r."cohort", 0, 0, COUNT(*)${reachedSums.map((c) => `, ${c}`).join("")}
       FROM reached r GROUP BY r."gender", r."band", r."cohort"` : ""}`,
    [...args, ...tail],
  );
  return { steps: spreadSteps(rows, n), cohorts: cohortCounts(rows, milestones.length) };
}

/** Spreads the counted ranges over their points; those active without a step hold step 0. */
function spreadSteps(rows: Record<string, unknown>[], points: number): StepCount[] {
  const held = new Map<string, StepCount>();
  const active = new Map<string, number>();
  for (const r of rows) {
    const kind = text(r.kind);
    if (kind !== "held" && kind !== "active") continue;
    const gender = text(r.gender), band = text(r.band), step = num(r.step), count = num(r.n);
    for (let point = Math.max(0, num(r.a)); point < Math.min(points, num(r.b)); point++) {
      if (kind === "active") {
        const key = `${point}|${gender}|${band}`;
        active.set(key, (active.get(key) ?? 0) + count);
      } else {
        const key = `${point}|${step}|${gender}|${band}`;
        const entry = held.get(key) ?? { gender, band, point, step, count: 0 };
        entry.count += count;
        held.set(key, entry);
      }
    }
  }
  const out = [...held.values()];
  const stepped = new Map<string, number>();
  for (const o of out) stepped.set(`${o.point}|${o.gender}|${o.band}`, (stepped.get(`${o.point}|${o.gender}|${o.band}`) ?? 0) + o.count);
  for (const [key, count] of active) {
    const [point, gender, band] = key.split("|") as [string, string, string];
    const without = count - (stepped.get(key) ?? 0);
    if (without > 0) out.push({ gender, band, point: Number(point), step: 0, count: without });
  }
  return out;
}

function cohortCounts(rows: Record<string, unknown>[], milestones: number): CohortCount[] {
  const out = new Map<string, CohortCount>();
  const sums = (r: Record<string, unknown>) => Array.from({ length: milestones }, (_, i) => num(r[`d${i}`]));
  for (const r of rows.filter((r) => text(r.kind) === "members")) {
    const cohort = num(r.a) - 1;
    out.set(`${cohort}|${text(r.gender)}|${text(r.band)}`, { gender: text(r.gender), band: text(r.band), cohort, count: num(r.n), due: sums(r), reached: Array(milestones).fill(0) });
  }
  for (const r of rows.filter((r) => text(r.kind) === "reached")) {
    const entry = out.get(`${num(r.a) - 1}|${text(r.gender)}|${text(r.band)}`);
    if (entry) entry.reached = sums(r);
  }
  return [...out.values()];
}
