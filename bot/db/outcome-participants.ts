// Outcome figures about who takes part: participants active at the end of the period, new and
// discharged in it (with the discharge outcome). How far they have come (steps) is in outcome-steps.ts.
// Every row is a count per gender and age band; the domain adds the groups up.
import { num, scopeCte, text, type OutcomeScope } from "./outcome-sql.js";
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
