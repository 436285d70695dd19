// What an admin does with accounts, teams and a participant's team, and what any staff member may
// read about the teams they see. Every change is audited. Password links: password-links.ts; a
// team's own settings (name, hours, cadences): team-settings.ts.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { moveParticipantTeam, participantTeamId } from "../db/participant-team.js";
import { openPasswordTokenStaffIds } from "../db/password-tokens.js";
import { activeTeamMembers, allStaffWithTeams, changeRoleAndTeams, disableAccount, enableAccount, setStaffLocale, staffAccount } from "../db/staff-users.js";
import { teamExists, teamsNamed } from "../db/teams.js";
import { AccessDeniedError } from "./access.js";
import { AccountError, createInvitedStaff, createStaff, createTeam, teamsForRole } from "./accounts.js";
import { auditStaff } from "./audit.js";
import { makePasswordLink } from "./password-links.js";
import { canSeeTeam, staffRoles, type StaffActor } from "./staff-actor.js";

export interface AdministrationDeps {
  db: Db;
  now: () => Date;
  publicUrl: string;
}

/** The teams this staff member sees (an admin: all). */
export function visibleTeams(deps: Pick<AdministrationDeps, "db">, actor: StaffActor) {
  return teamsNamed(deps.db, actor.role === "admin" ? undefined : actor.teamIds);
}

/** The active members of a team the staff member sees. */
export async function teamMembers(deps: Pick<AdministrationDeps, "db">, actor: StaffActor, teamId: number) {
  if (!canSeeTeam(actor, teamId)) throw new AccessDeniedError(`team ${teamId}`);
  return { members: await activeTeamMembers(deps.db, teamId) };
}

export async function listStaff(deps: AdministrationDeps, actor: StaffActor) {
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.listed", subjectType: "staff", subjectId: "all" });
  const [staff, invited] = await Promise.all([allStaffWithTeams(deps.db), openPasswordTokenStaffIds(deps.db, deps.now())]);
  return {
    staff: staff.map((s) => ({
      id: s.id, email: s.email, displayName: s.displayName, role: s.role, disabled: s.disabledAt !== null, slackUserId: s.slackUserId,
      teams: s.teams.map((t) => t.slug), teamNames: s.teams.map((t) => t.name),
      // No password yet: the invitation's link has not been used.
      hasPassword: s.passwordHash !== null, linkOpen: invited.has(s.id),
    })),
  };
}

export async function addStaff(deps: AdministrationDeps, actor: StaffActor, body: unknown) {
  const created = await createStaff(deps.db, body as Parameters<typeof createStaff>[1]);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.created", subjectType: "staff", subjectId: created.id });
  return { id: created.id };
}

/** An account without a password and a one-time link for its owner to set one. */
export async function inviteStaff(deps: AdministrationDeps, actor: StaffActor, body: unknown) {
  const created = await createInvitedStaff(deps.db, body);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.invited", subjectType: "staff", subjectId: created.id, details: { role: created.role, teamIds: created.teamIds } });
  return { id: created.id, ...(await makePasswordLink(deps, actor, created.id, "invite")) };
}

async function existingAccount(deps: AdministrationDeps, id: number) {
  const account = await staffAccount(deps.db, id);
  if (!account) throw new AccessDeniedError("staff");
  return account;
}

/** An admin does not lock themselves out: their own role, and disabling themselves, stay with another admin. */
function notSelf(actor: StaffActor, id: number, what: string): void {
  if (actor.id === id) throw new AccountError(`Ask another admin to ${what} your own account`);
}

const roleBody = z.object({ role: z.enum(staffRoles), teamSlugs: z.array(z.string().trim().toLowerCase().max(40)).max(20) }).strict();

export async function changeStaffRole(deps: AdministrationDeps, actor: StaffActor, id: number, body: unknown) {
  const input = roleBody.parse(body);
  const account = await existingAccount(deps, id);
  if (input.role !== account.role) notSelf(actor, id, "change the role of");
  const teams = await teamsForRole(deps.db, input.role, [...new Set(input.teamSlugs)]);
  const teamIds = teams.map((t) => t.id).sort((a, b) => a - b);
  await changeRoleAndTeams(deps.db, id, input.role, teamIds);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.role-changed", subjectType: "staff", subjectId: id, details: { from: { role: account.role, teamIds: account.teamIds }, to: { role: input.role, teamIds } } });
  return { id, role: input.role, teams: teams.map((t) => t.slug) };
}

/** Disabling signs the account out everywhere at once and ends its unused password links. */
export async function disableStaff(deps: AdministrationDeps, actor: StaffActor, id: number): Promise<void> {
  await existingAccount(deps, id);
  notSelf(actor, id, "disable");
  await disableAccount(deps.db, id, deps.now());
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.disabled", subjectType: "staff", subjectId: id });
}

export async function enableStaff(deps: AdministrationDeps, actor: StaffActor, id: number): Promise<void> {
  await existingAccount(deps, id);
  await enableAccount(deps.db, id);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.enabled", subjectType: "staff", subjectId: id });
}

/** A password reset: a one-time link; the old password works until the new one is set, then every session ends. */
export async function resetLink(deps: AdministrationDeps, actor: StaffActor, id: number) {
  const account = await existingAccount(deps, id);
  if (account.disabledAt) throw new AccountError("The account is disabled; enable it first");
  return makePasswordLink(deps, actor, id, account.passwordHash === null ? "invite" : "reset");
}

export async function addTeam(deps: AdministrationDeps, actor: StaffActor, body: unknown) {
  const team = await createTeam(deps.db, body as Parameters<typeof createTeam>[1]);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.created", subjectType: "team", subjectId: team.id, teamId: team.id });
  return { id: team.id };
}

const teamBody = z.object({ teamId: z.number().int().positive() });

/** Places a participant in a team; their coordinator is chosen again there. */
export async function moveParticipantToTeam(deps: AdministrationDeps, actor: StaffActor, participantId: number, body: unknown): Promise<void> {
  const { teamId } = teamBody.parse(body);
  const [current, team] = await Promise.all([participantTeamId(deps.db, participantId), teamExists(deps.db, teamId)]);
  if (current === undefined || !team) throw new AccessDeniedError(current !== undefined ? "team" : "participant");
  await moveParticipantTeam(deps.db, participantId, teamId);
  await auditStaff(deps.db, deps.now(), actor, { action: "participant.team-changed", subjectType: "participant", subjectId: participantId, teamId });
}

/** Whether a live update about this participant may reach this staff member. */
export async function mayFollowParticipant(deps: Pick<AdministrationDeps, "db">, actor: StaffActor, participantId: number): Promise<boolean> {
  if (actor.role === "admin") return true;
  const teamId = await participantTeamId(deps.db, participantId);
  return teamId !== undefined && canSeeTeam(actor, teamId);
}

const localeBody = z.object({ locale: z.enum(["sv", "en"]) }).strict();

/** The staff member's own choice of language for the inbox. */
export async function chooseLocale(deps: AdministrationDeps, actor: StaffActor, body: unknown) {
  const { locale } = localeBody.parse(body);
  await setStaffLocale(deps.db, actor.id, locale);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.locale-changed", subjectType: "staff", subjectId: actor.id, details: { locale } });
  return { locale };
}
