// A team's outcome settings: its targets (JSON) and whether its routine asks for a guardian contact
// for participants under 18.
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
