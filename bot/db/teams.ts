// The Team table: a team's name, slug and the times it keeps (quiet hours, office hours), its on-call
// targets, and what outcomes and plans read and set on it: its targets (JSON), whether its routine asks
// for a guardian contact for participants under 18, and what each of the steps 1-5 means on the team
// (JSON; bot/plans/steps.ts).
import type { Db, Tx } from "./client.js";
import type { SqlExecutor } from "./sql.js";

export interface TeamRow {
  id: number;
  slug: string;
  name: string;
  isDemo: boolean;
}

const teamColumns = { id: true, slug: true, name: true, isDemo: true } as const;

export async function teamExists(db: Db | Tx, id: number): Promise<boolean> {
  return (await db.team.count({ where: { id } })) > 0;
}

export async function slugTaken(db: Db | Tx, slug: string): Promise<boolean> {
  return (await db.team.count({ where: { slug } })) > 0;
}

export function teamsBySlugs(db: Db | Tx, slugs: string[]): Promise<TeamRow[]> {
  return db.team.findMany({ where: { slug: { in: slugs } }, select: teamColumns });
}

export function teamsByIds(db: Db | Tx, ids: number[]): Promise<TeamRow[]> {
  return db.team.findMany({ where: { id: { in: ids } }, select: teamColumns });
}

/** Teams by name: all of them, or only these. */
export function teamsNamed(db: Db, only?: number[]): Promise<TeamRow[]> {
  return db.team.findMany({ where: only ? { id: { in: only } } : {}, orderBy: { name: "asc" }, select: teamColumns });
}

export function insertTeam(db: Db, t: { slug: string; name: string; slackChannelId?: string; isDemo: boolean }): Promise<TeamRow> {
  return db.team.create({ data: t, select: teamColumns });
}

export async function renameTeam(db: Db, id: number, name: string): Promise<void> {
  await db.team.update({ where: { id }, data: { name } });
}

/** The team's quiet hours and office hours as stored (null = the defaults). */
export async function teamTimes(db: Db, id: number): Promise<{ quietHours: string | null; officeHours: string | null } | undefined> {
  return (await db.team.findUnique({ where: { id }, select: { quietHours: true, officeHours: true } })) ?? undefined;
}

export async function setQuietHours(db: Db, id: number, quietHours: string | null): Promise<void> {
  await db.team.update({ where: { id }, data: { quietHours } });
}

export async function setOfficeHours(db: Db, id: number, officeHours: string | null): Promise<void> {
  await db.team.update({ where: { id }, data: { officeHours } });
}

/** A team's on-call targets as its settings page reads them; null for an unknown team. */
export function teamOnCallSettings(db: Db, teamId: number) {
  return db.team.findUnique({ where: { id: teamId }, select: { onCallPhone: true, onCallSlackChannel: true } });
}

export async function saveTeamOnCall(db: Db, teamId: number, targets: { phone: string | null; slackChannel: string | null }): Promise<void> {
  await db.team.update({ where: { id: teamId }, data: { onCallPhone: targets.phone, onCallSlackChannel: targets.slackChannel } });
}

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
