// CadenceTemplate: a team's own follow-up template replacing a built-in one (bot/nudges/cadences.ts).
import type { SqlExecutor } from "./sql.js";

/** The team's stored steps for this cadence as JSON, if it has its own. */
export async function teamCadenceSteps(tx: SqlExecutor, teamId: number, key: string): Promise<string | undefined> {
  const [own] = await tx.query(`SELECT "steps" FROM "CadenceTemplate" WHERE "teamId" = ? AND "key" = ?`, [teamId, key]);
  return own ? String(own.steps) : undefined;
}
