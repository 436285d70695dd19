// Exit self-ratings of the participants discharged in a period, against the exit goals (ready for
// work or studies; good physical and mental health).
//
// The exit rating is the battery the participant answered when asked at discharge: SelfRating rows
// with "kind" = 'exit', the latest if there were two discharges (latestExitBattery, bot/db/exit-ratings.ts).
// The follow-up's batteries after discharge ask the same statements but are not the exit rating.
import { num, scopeCte, text, type OutcomeScope } from "./outcome-sql.js";
import type { SqlExecutor } from "./sql.js";
import { latestExitBattery } from "./exit-ratings.js";

/** A score of 7 or more on the 1-10 scale agrees with the statement. */
export const AGREES_FROM = 7;

export interface ExitCounts {
  gender: string;
  band: string;
  discharged: number;
  /** With an exit battery at all. */
  rated: number;
  readyAnswered: number;
  ready: number;
  /** Both health statements answered; good = both agree. */
  healthAnswered: number;
  healthGood: number;
}

const score = (statement: string) =>
  `(SELECT r."score" FROM "SelfRating" r WHERE r."participantId" = e."pid" AND r."batteryId" = e."battery" AND r."statement" = '${statement}' ORDER BY r."id" DESC LIMIT 1)`;

export async function exitRatings(sql: SqlExecutor, scope: OutcomeScope, start: Date, end: Date, ageYear: number): Promise<ExitCounts[]> {
  const s = scopeCte(scope, ageYear);
  const rows = await sql.query(
    `WITH ${s.sql},
     e AS MATERIALIZED (
       SELECT s."pid", s."gender", s."band",
         ${latestExitBattery(`s."pid"`)} AS "battery"
       FROM scope s WHERE s."discharged" >= ? AND s."discharged" < ?
     ),
     scored AS MATERIALIZED (SELECT e."gender", e."band", e."battery", ${score("readiness")} AS "ready", ${score("physicalHealth")} AS "body", ${score("mentalHealth")} AS "mind" FROM e)
     SELECT "gender", "band", COUNT(*) AS "n",
       SUM(CASE WHEN "battery" IS NOT NULL THEN 1 ELSE 0 END) AS "rated",
       SUM(CASE WHEN "ready" IS NOT NULL THEN 1 ELSE 0 END) AS "readyAnswered",
       SUM(CASE WHEN "ready" >= ${AGREES_FROM} THEN 1 ELSE 0 END) AS "ready",
       SUM(CASE WHEN "body" IS NOT NULL AND "mind" IS NOT NULL THEN 1 ELSE 0 END) AS "healthAnswered",
       SUM(CASE WHEN "body" >= ${AGREES_FROM} AND "mind" >= ${AGREES_FROM} THEN 1 ELSE 0 END) AS "healthGood"
     FROM scored GROUP BY "gender", "band"`,
    [...s.args, start, end],
  );
  return rows.map((r) => ({
    gender: text(r.gender), band: text(r.band), discharged: num(r.n), rated: num(r.rated),
    readyAnswered: num(r.readyAnswered), ready: num(r.ready), healthAnswered: num(r.healthAnswered), healthGood: num(r.healthGood),
  }));
}
