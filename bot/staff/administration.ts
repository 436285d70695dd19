// What an admin does with accounts, teams and a participant's team, and what any staff member may
// read about the teams they see. Every change is audited.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { AccessDeniedError } from "./access.js";
import { createStaff, createTeam } from "./accounts.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";

export interface AdministrationDeps {
  db: Db;
  now: () => Date;
}

/** The teams this staff member sees (an admin: all). */
export function visibleTeams(deps: AdministrationDeps, actor: StaffActor) {
  return deps.db.team.findMany({ where: actor.role === "admin" ? {} : { id: { in: actor.teamIds } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, isDemo: true } });
}

/** The active members of a team the staff member sees. */
export async function teamMembers(deps: AdministrationDeps, actor: StaffActor, teamId: number) {
  if (!canSeeTeam(actor, teamId)) throw new AccessDeniedError(`team ${teamId}`);
  const members = await deps.db.staffUser.findMany({ where: { disabledAt: null, memberships: { some: { teamId } } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true, role: true } });
  return { members };
}

export async function listStaff(deps: AdministrationDeps, actor: StaffActor) {
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.listed", subjectType: "staff", subjectId: "all" });
  const staff = await deps.db.staffUser.findMany({ orderBy: { email: "asc" }, include: { memberships: { include: { team: { select: { slug: true } } } } } });
  return { staff: staff.map((s) => ({ id: s.id, email: s.email, displayName: s.displayName, role: s.role, disabled: s.disabledAt !== null, slackUserId: s.slackUserId, teams: s.memberships.map((m) => m.team.slug) })) };
}

export async function addStaff(deps: AdministrationDeps, actor: StaffActor, body: unknown) {
  const created = await createStaff(deps.db, body as Parameters<typeof createStaff>[1]);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.created", subjectType: "staff", subjectId: created.id });
  return { id: created.id };
}

/** Disabling signs the account out everywhere at once. */
export async function disableStaff(deps: AdministrationDeps, actor: StaffActor, id: number): Promise<void> {
  if (!(await deps.db.staffUser.findUnique({ where: { id }, select: { id: true } }))) throw new AccessDeniedError("staff");
  await deps.db.staffUser.update({ where: { id }, data: { disabledAt: deps.now(), sessions: { deleteMany: {} } } });
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.disabled", subjectType: "staff", subjectId: id });
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
  const [participant, team] = await Promise.all([
    deps.db.participant.findUnique({ where: { id: participantId }, select: { id: true } }),
    deps.db.team.findUnique({ where: { id: teamId }, select: { id: true } }),
  ]);
  if (!participant || !team) throw new AccessDeniedError(participant ? "team" : "participant");
  await deps.db.participant.update({ where: { id: participantId }, data: { teamId, coordinatorId: null } });
  await auditStaff(deps.db, deps.now(), actor, { action: "participant.team-changed", subjectType: "participant", subjectId: participantId, teamId });
}

/** Whether a live update about this participant may reach this staff member. */
export async function mayFollowParticipant(deps: AdministrationDeps, actor: StaffActor, participantId: number): Promise<boolean> {
  if (actor.role === "admin") return true;
  const p = await deps.db.participant.findUnique({ where: { id: participantId }, select: { teamId: true } });
  return p !== null && canSeeTeam(actor, p.teamId);
}
