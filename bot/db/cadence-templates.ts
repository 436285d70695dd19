// CadenceTemplate: a team's own follow-up template replacing a built-in one (bot/nudges/cadences.ts).
import type { Db } from "./client.js";
import type { SqlExecutor } from "./sql.js";

/** The team's stored steps for this cadence as JSON, if it has its own. */
export async function teamCadenceSteps(tx: SqlExecutor, teamId: number, key: string): Promise<string | undefined> {
  const [own] = await tx.query(`SELECT "steps" FROM "CadenceTemplate" WHERE "teamId" = ? AND "key" = ?`, [teamId, key]);
  return own ? String(own.steps) : undefined;
}

/** The team's own templates (key and steps as JSON). */
export function teamCadenceRows(db: Db, teamId: number): Promise<{ key: string; steps: string }[]> {
  return db.cadenceTemplate.findMany({ where: { teamId }, select: { key: true, steps: true } });
}

export async function saveTeamCadence(db: Db, teamId: number, key: string, steps: string): Promise<void> {
  await db.cadenceTemplate.upsert({ where: { teamId_key: { teamId, key } }, create: { teamId, key, steps }, update: { steps } });
}

/** Back to the built-in template; false when the team had none of its own. */
export async function deleteTeamCadence(db: Db, teamId: number, key: string): Promise<boolean> {
  return (await db.cadenceTemplate.deleteMany({ where: { teamId, key } })).count > 0;
}
