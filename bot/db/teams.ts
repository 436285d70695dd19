// The Team table: a team's name, slug and the times it keeps (quiet hours, office hours).
import type { Db, Tx } from "./client.js";

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
