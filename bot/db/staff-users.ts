// StaffUser lookups: the names the inbox and the channels show, who may hold a conversation, and the
// accounts themselves.
import type { Db, Tx } from "./client.js";

export async function staffFirstName(db: Db, staffId: number): Promise<string | undefined> {
  return (await db.staffUser.findUnique({ where: { id: staffId }, select: { firstName: true } }))?.firstName;
}

/** The staff member mapped to this Slack user, if any. */
export async function staffIdForSlackUser(db: Db, slackUserId: string): Promise<number | undefined> {
  return (await db.staffUser.findUnique({ where: { slackUserId }, select: { id: true } }))?.id;
}

// The accounts themselves: what sign-in, the session's actor and the admin screens read and change.

export type StaffLocale = "sv" | "en";

export interface StaffAccountRow {
  id: number;
  email: string;
  displayName: string;
  firstName: string;
  role: string;
  passwordHash: string | null;
  disabledAt: Date | null;
  slackUserId: string | null;
  locale: StaffLocale;
  teamIds: number[];
}

const accountSelect = {
  id: true, email: true, displayName: true, firstName: true, role: true, passwordHash: true, disabledAt: true, slackUserId: true, locale: true,
  memberships: { select: { teamId: true } },
} as const;

function toAccount(s: { id: number; email: string; displayName: string; firstName: string; role: string; passwordHash: string | null; disabledAt: Date | null; slackUserId: string | null; locale: string | null; memberships: { teamId: number }[] }): StaffAccountRow {
  const { memberships, locale, ...rest } = s;
  return { ...rest, locale: locale === "en" ? "en" : "sv", teamIds: memberships.map((m) => m.teamId).sort((a, b) => a - b) };
}

export async function staffAccount(db: Db | Tx, id: number): Promise<StaffAccountRow | undefined> {
  const s = await db.staffUser.findUnique({ where: { id }, select: accountSelect });
  return s ? toAccount(s) : undefined;
}

export async function staffAccountByEmail(db: Db | Tx, email: string): Promise<StaffAccountRow | undefined> {
  const s = await db.staffUser.findUnique({ where: { email: email.trim().toLowerCase() }, select: accountSelect });
  return s ? toAccount(s) : undefined;
}

export async function emailTaken(db: Db | Tx, email: string): Promise<boolean> {
  return (await db.staffUser.count({ where: { email } })) > 0;
}

/** Every account with its teams' slugs and names, by e-mail address. */
export async function allStaffWithTeams(db: Db) {
  const rows = await db.staffUser.findMany({ orderBy: { email: "asc" }, select: { ...accountSelect, memberships: { select: { teamId: true, team: { select: { slug: true, name: true } } } } } });
  return rows.map((s) => ({ ...toAccount(s), teams: s.memberships.map((m) => ({ id: m.teamId, slug: m.team.slug, name: m.team.name })) }));
}

export interface NewStaffRow {
  email: string;
  displayName: string;
  firstName: string;
  passwordHash: string | null;
  role: string;
  slackUserId?: string;
  isDemo: boolean;
  teamIds: number[];
}

export async function insertStaff(db: Db | Tx, s: NewStaffRow): Promise<StaffAccountRow> {
  const { teamIds, ...data } = s;
  const row = await db.staffUser.create({ data: { ...data, memberships: { create: teamIds.map((teamId) => ({ teamId })) } }, select: accountSelect });
  return toAccount(row);
}

/** The account's role and its teams, replaced. */
async function setRoleAndTeams(tx: Tx, id: number, role: string, teamIds: number[]): Promise<void> {
  await tx.staffUser.update({ where: { id }, data: { role } });
  await tx.staffMembership.deleteMany({ where: { staffId: id } });
  if (teamIds.length) await tx.staffMembership.createMany({ data: teamIds.map((teamId) => ({ staffId: id, teamId })) });
}

export async function enableAccount(db: Db, id: number): Promise<void> {
  await db.staffUser.update({ where: { id }, data: { disabledAt: null } });
}

export async function setStaffLocale(db: Db, id: number, locale: StaffLocale): Promise<void> {
  await db.staffUser.update({ where: { id }, data: { locale } });
}

/** The active members of a team, by name. */
export function activeTeamMembers(db: Db, teamId: number) {
  return db.staffUser.findMany({ where: { disabledAt: null, memberships: { some: { teamId } } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true, role: true } });
}

/** Disables the account, ends its sessions and its unused password links, in one transaction. */
export async function disableAccount(db: Db, id: number, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id }, data: { disabledAt: now } });
    await tx.staffSession.deleteMany({ where: { staffId: id } });
    await tx.staffPasswordToken.updateMany({ where: { staffId: id, usedAt: null }, data: { usedAt: now } });
  });
}

/** Changes role and teams in one transaction. */
export async function changeRoleAndTeams(db: Db, id: number, role: string, teamIds: number[]): Promise<void> {
  await db.$transaction((tx) => setRoleAndTeams(tx, id, role, teamIds));
}

/**
 * Whether this staff member, not disabled, may hold a conversation of the team: a member of it, or
 * for a participant without a team, an admin.
 */
export async function isActiveMemberOf(db: Db, staffId: number, teamId: number | null): Promise<boolean> {
  const member = await db.staffUser.findFirst({
    where: { id: staffId, disabledAt: null, ...(teamId === null ? { role: "admin" } : { memberships: { some: { teamId } } }) },
  });
  return member !== null;
}

/** The first names of these staff members, by id. */
export async function staffFirstNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  return new Map((await db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true } })).map((s) => [s.id, s.firstName]));
}

/** A staff member's id and display name, or null. */
export function staffDisplayName(db: Db, staffId: number) {
  return db.staffUser.findUnique({ where: { id: staffId }, select: { id: true, displayName: true } });
}
