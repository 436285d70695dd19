// The Team row as outcomes and plans read and set it: its targets (JSON), whether its routine asks for
// a guardian contact for participants under 18, what each of the steps 1-5 means on the team (JSON;
// bot/plans/steps.ts), and its name. (On-call targets are with the alerts, bot/db/on-call-alerts.ts.)
import type { Db } from "./client.js";
import type { SqlExecutor } from "./sql.js";

export interface TeamOutcomeRow {
  id: number;
  name: string;
  outcomeTargets: string | null;
  guardianContactRequired: boolean;
}

export async function teamOutcomeRow(sql: SqlExecutor, teamId: number): Promise<TeamOutcomeRow | undefined> {
  const [row] = await sql.query(`SELECT "id", "name", "outcomeTargets", "guardianContactRequired" FROM "Team" WHERE "id" = ?`, [teamId]);
  if (!row) return undefined;
  return { id: Number(row.id), name: String(row.name), outcomeTargets: row.outcomeTargets === null ? null : String(row.outcomeTargets), guardianContactRequired: Boolean(Number(row.guardianContactRequired ?? 0)) };
}

export async function saveTeamOutcomeSettings(sql: SqlExecutor, teamId: number, change: { outcomeTargets?: string | null; guardianContactRequired?: boolean }): Promise<void> {
  if (change.outcomeTargets !== undefined) await sql.execute(`UPDATE "Team" SET "outcomeTargets" = ? WHERE "id" = ?`, [change.outcomeTargets, teamId]);
  if (change.guardianContactRequired !== undefined) await sql.execute(`UPDATE "Team" SET "guardianContactRequired" = ? WHERE "id" = ?`, [change.guardianContactRequired, teamId]);
}

/** The team's own step criteria (null: the method's defaults); undefined for an unknown team. */
export async function teamStepCriteria(sql: SqlExecutor, teamId: number): Promise<{ stepCriteria: string | null } | undefined> {
  const [row] = await sql.query(`SELECT "stepCriteria" FROM "Team" WHERE "id" = ?`, [teamId]);
  return row && { stepCriteria: row.stepCriteria == null ? null : String(row.stepCriteria) };
}

export async function saveTeamStepCriteria(sql: SqlExecutor, teamId: number, stepCriteria: string | null): Promise<void> {
  await sql.execute(`UPDATE "Team" SET "stepCriteria" = ? WHERE "id" = ?`, [stepCriteria, teamId]);
}

/** A team's id and name (the profile names the participant's team), or null. */
export function teamIdAndName(db: Db, teamId: number) {
  return db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
}
