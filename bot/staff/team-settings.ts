// What a team lead sets for the team: cadence templates, quiet hours and office hours.
import { z } from "zod";
import { cadenceKeys, cadenceSteps, builtInCadences, type CadenceKey } from "../nudges/cadences.js";
import { parseQuietHours } from "../nudges/time-rules.js";
import { DEFAULT_OFFICE_HOURS, officeHoursInput } from "../domain/office-hours.js";
import { AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { NudgeError, type NudgeAdminDeps } from "./nudge-admin.js";

/** A team the actor may see and that exists (an admin sees every team, including ids that are not there). */
export async function requireTeam(deps: Pick<NudgeAdminDeps, "db">, actor: StaffActor, teamId: number): Promise<void> {
  if (!canSeeTeam(actor, teamId) || !(await deps.db.team.findUnique({ where: { id: teamId }, select: { id: true } }))) throw new AccessDeniedError("team");
}

async function requireTeamLead(deps: NudgeAdminDeps, actor: StaffActor, teamId: number): Promise<void> {
  await requireTeam(deps, actor, teamId);
  if (actor.role === "coordinator") throw new NudgeError("not-allowed");
}

export async function teamNudgeSettings(deps: NudgeAdminDeps, actor: StaffActor, teamId: number) {
  await requireTeam(deps, actor, teamId);
  const team = await deps.db.team.findUnique({ where: { id: teamId }, select: { quietHours: true, officeHours: true } });
  const own = await deps.db.cadenceTemplate.findMany({ where: { teamId } });
  const cadences = Object.fromEntries(cadenceKeys.map((k) => {
    const mine = own.find((o) => o.key === k);
    return [k, { steps: mine ? JSON.parse(mine.steps) : builtInCadences[k], custom: Boolean(mine) }];
  }));
  return { quietHours: team?.quietHours ?? null, officeHours: team?.officeHours ? JSON.parse(team.officeHours) : DEFAULT_OFFICE_HOURS, officeHoursCustom: Boolean(team?.officeHours), cadences };
}

export async function saveCadence(deps: NudgeAdminDeps, actor: StaffActor, teamId: number, key: string, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const k = z.enum(cadenceKeys).parse(key) as CadenceKey;
  const steps = cadenceSteps.parse((body as { steps?: unknown } | null)?.steps);
  await deps.db.cadenceTemplate.upsert({ where: { teamId_key: { teamId, key: k } }, create: { teamId, key: k, steps: JSON.stringify(steps) }, update: { steps: JSON.stringify(steps) } });
  await auditStaff(deps.db, deps.now(), actor, { action: "cadence.saved", subjectType: "team", subjectId: teamId, teamId, details: { key: k } });
}

export async function saveQuietHours(deps: NudgeAdminDeps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const { quietHours } = z.object({ quietHours: z.string().max(11).nullable() }).parse(body);
  if (quietHours !== null && !parseQuietHours(quietHours)) throw new NudgeError("invalid-quiet-hours");
  await deps.db.team.update({ where: { id: teamId }, data: { quietHours } });
  await auditStaff(deps.db, deps.now(), actor, { action: "team.quiet-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { quietHours } });
}

/** A team's office hours (null restores the default, weekdays 08–17): what participants are told about when someone reads. */
export async function saveOfficeHours(deps: NudgeAdminDeps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const { officeHours } = z.object({ officeHours: officeHoursInput.nullable() }).parse(body);
  const stored = officeHours === null ? null : JSON.stringify(officeHours);
  await deps.db.team.update({ where: { id: teamId }, data: { officeHours: stored } });
  await auditStaff(deps.db, deps.now(), actor, { action: "team.office-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { officeHours } });
}
