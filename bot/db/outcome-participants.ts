// Outcome figures about who takes part and how far they have come: participants active at the end of
// the period, new and discharged in it (with the discharge outcome), the step each active participant
// held at each point in time, and each enrolment cohort's share at or above a step after M months.
// Every row is a count per gender and age band; the domain adds the groups up.
import { holdsBefore, instant, milestoneEnd, num, plusMonths, rangesCte, scopeCte, STEP_INTERVALS, text, ts, type OutcomeScope } from "./outcome-sql.js";
import type { SqlExecutor } from "./sql.js";

export interface GroupCount {
  gender: string;
  band: string;
  count: number;
}

export interface PeriodCounts {
  active: GroupCount[];
  enrolled: GroupCount[];
  discharged: (GroupCount & { outcome: string })[];
}

const group = (r: Record<string, unknown>) => ({ gender: text(r.gender), band: text(r.band), count: num(r.n) });

/** Active at `end` (enrolled before it, not discharged before it), enrolled in [start, end), discharged in [start, end). */
export async function periodCounts(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<PeriodCounts> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql}
     SELECT 'active' AS "kind", '' AS "outcome", "gender", "band", COUNT(*) AS "n" FROM scope
       WHERE "enrolled" < ? AND ("discharged" IS NULL OR "discharged" >= ?) GROUP BY "gender", "band"
     UNION ALL SELECT 'enrolled', '', "gender", "band", COUNT(*) FROM scope
       WHERE "enrolled" >= ? AND "enrolled" < ? GROUP BY "gender", "band"
     UNION ALL SELECT 'discharged', COALESCE("outcome", 'unknown'), "gender", "band", COUNT(*) FROM scope
       WHERE "discharged" >= ? AND "discharged" < ? GROUP BY COALESCE("outcome", 'unknown'), "gender", "band"`,
    [...s.args, end, end, start, end, start, end],
  );
  return {
    active: rows.filter((r) => r.kind === "active").map(group),
    enrolled: rows.filter((r) => r.kind === "enrolled").map(group),
    discharged: rows.filter((r) => r.kind === "discharged").map((r) => ({ ...group(r), outcome: text(r.outcome) })),
  };
}

export interface StepCount extends GroupCount {
  /** Which point in time (index into the points asked for). */
  point: number;
  /** 0 = no step set yet. */
  step: number;
}

/**
 * For each point in time: the participants active then, by the step they held then. Participants
 * without a step come back as step 0: the active count minus those holding a step.
 */
export async function stepsAt(sql: SqlExecutor, scope: OutcomeScope, points: Date[], ageYear: number): Promise<StepCount[]> {
  const d = sql.dialect;
  const s = scopeCte(scope, ageYear);
  const pts = rangesCte(d, "points", points.map((start) => ({ start })));
  const rows = await sql.query(
    `WITH ${s.sql}, ${pts.sql}, ${STEP_INTERVALS}
     SELECT pt."i" AS "point", h."step", h."gender", h."band", COUNT(*) AS "n"
       FROM points pt JOIN held h ON h."enrolled" < pt."a" AND (h."discharged" IS NULL OR h."discharged" >= pt."a") AND ${holdsBefore(d, instant(d, `pt."a"`))}
       GROUP BY pt."i", h."step", h."gender", h."band"
     UNION ALL
     SELECT pt."i", -1, s."gender", s."band", COUNT(*)
       FROM points pt JOIN scope s ON s."enrolled" < pt."a" AND (s."discharged" IS NULL OR s."discharged" >= pt."a")
       GROUP BY pt."i", s."gender", s."band"`,
    [...s.args, ...pts.args],
  );
  const out = rows.filter((r) => num(r.step) >= 0).map((r) => ({ ...group(r), point: num(r.point), step: num(r.step) }));
  for (const active of rows.filter((r) => num(r.step) < 0).map((r) => ({ ...group(r), point: num(r.point) }))) {
    const stepped = out.filter((o) => o.point === active.point && o.gender === active.gender && o.band === active.band).reduce((sum, o) => sum + o.count, 0);
    if (active.count > stepped) out.push({ ...active, step: 0, count: active.count - stepped });
  }
  return out;
}

export interface Milestone {
  months: number;
  step: number;
}

export interface CohortCount extends GroupCount {
  cohort: number;
  /** Per milestone: members whose M months have passed, and how many of them held the step or higher then. */
  due: number[];
  reached: number[];
}

/** Each cohort (enrolled in [start, end)): members, and per milestone those due by `now` and those at step >= N then. */
export async function cohortSteps(sql: SqlExecutor, scope: OutcomeScope, cohorts: { start: Date; end: Date }[], milestones: Milestone[], now: Date, ageYear: number): Promise<CohortCount[]> {
  const d = sql.dialect;
  const s = scopeCte(scope, ageYear);
  const co = rangesCte(d, "cohorts", cohorts);
  const nowAt = instant(d, ts(d));
  // Per participant and milestone: whether the step held at the end of the milestone day was high enough.
  const reachedCols = milestones.map((m, i) => `MAX(CASE WHEN h."step" >= ${Math.trunc(m.step)} AND ${holdsBefore(d, `h."m${i}"`)} THEN 1 ELSE 0 END) AS "r${i}"`);
  // Each member's milestone days, worked out once per member rather than per step.
  const ends = milestones.map((m, i) => `${milestoneEnd(d, `s."enrolled"`, m.months)} AS "m${i}"`).join(", ");
  const columns = milestones.flatMap((m, i) => {
    const due = `${plusMonths(d, `s."enrolled"`, m.months)} <= ${nowAt}`;
    return [`SUM(CASE WHEN ${due} THEN 1 ELSE 0 END) AS "due${i}"`, `SUM(CASE WHEN ${due} AND r."r${i}" = 1 THEN 1 ELSE 0 END) AS "reached${i}"`];
  });
  const rows = await sql.query(
    `WITH ${s.sql}, ${co.sql}, members AS MATERIALIZED (SELECT c."i" AS "cohort", s.* FROM cohorts c JOIN scope s ON s."enrolled" >= c."a" AND s."enrolled" < c."b"),
     ${STEP_INTERVALS.replace(`FROM scope s JOIN`, `FROM members s JOIN`).replace(`s."discharged", x."step"`, `s."discharged", ${ends}, x."step"`)},
     reached AS (SELECT h."pid", ${reachedCols.join(", ")} FROM held h GROUP BY h."pid")
     SELECT s."cohort", s."gender", s."band", COUNT(*) AS "n", ${columns.join(", ")}
     FROM members s LEFT JOIN reached r ON r."pid" = s."pid"
     GROUP BY s."cohort", s."gender", s."band"`,
    [...s.args, ...co.args, ...milestones.flatMap(() => [now, now])],
  );
  return rows.map((r) => ({
    ...group(r), cohort: num(r.cohort),
    due: milestones.map((_, i) => num(r[`due${i}`])),
    reached: milestones.map((_, i) => num(r[`reached${i}`])),
  }));
}
