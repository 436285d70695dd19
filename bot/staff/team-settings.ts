// What a team lead sets for the team (an admin for any team): its name, cadence templates, quiet
// hours and office hours. Everyone on the team reads them; every change is audited.
import { z } from "zod";
import { cadenceKeys, cadenceSteps, builtInCadences, type CadenceKey } from "../nudges/cadences.js";
import { parseQuietHours } from "../nudges/time-rules.js";
import { DEFAULT_OFFICE_HOURS, officeHoursInput } from "../domain/office-hours.js";
import { deleteTeamCadence, saveTeamCadence, teamCadenceRows } from "../db/cadence-templates.js";
import { renameTeam as renameTeamRow, setOfficeHours, setQuietHours, teamExists, teamTimes } from "../db/teams.js";
import { AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { NudgeError, type NudgeAdminDeps } from "./nudge-admin.js";

/** A team the actor may see and that exists (an admin sees every team, including ids that are not there). */
export async function requireTeam(deps: Pick<NudgeAdminDeps, "db">, actor: StaffActor, teamId: number): Promise<void> {
  if (!canSeeTeam(actor, teamId) || !(await teamExists(deps.db, teamId))) throw new AccessDeniedError("team");
}

/** The team's lead or an admin; a coordinator of the team gets 403, anyone else 404. */
export async function requireTeamLead(deps: Pick<NudgeAdminDeps, "db">, actor: StaffActor, teamId: number): Promise<void> {
  await requireTeam(deps, actor, teamId);
  if (actor.role === "coordinator") throw new NudgeError("not-allowed");
}

const cadenceKey = z.enum(cadenceKeys, { error: `the cadence is one of ${cadenceKeys.join(", ")}` });
const quietHoursBody = z.object({ quietHours: z.string().max(11).nullable() }).strict();
const officeHoursBody = z.object({ officeHours: officeHoursInput.nullable() }).strict();
const stepsBody = z.object({ steps: cadenceSteps }).strict();
export const teamNameBody = z.object({ name: z.string().trim().min(1, "the name may not be empty").max(80, "at most 80 characters") }).strict();

type Deps = Pick<NudgeAdminDeps, "db" | "now">;

export async function teamNudgeSettings(deps: Deps, actor: StaffActor, teamId: number) {
  await requireTeam(deps, actor, teamId);
  const [times, own] = await Promise.all([teamTimes(deps.db, teamId), teamCadenceRows(deps.db, teamId)]);
  const cadences = Object.fromEntries(cadenceKeys.map((k) => {
    const mine = own.find((o) => o.key === k);
    return [k, { steps: mine ? JSON.parse(mine.steps) : builtInCadences[k], custom: Boolean(mine) }];
  }));
  return {
    quietHours: times?.quietHours ?? null,
    officeHours: times?.officeHours ? JSON.parse(times.officeHours) : DEFAULT_OFFICE_HOURS,
    officeHoursCustom: Boolean(times?.officeHours),
    cadences,
  };
}

export async function saveCadence(deps: Deps, actor: StaffActor, teamId: number, key: string, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const k = cadenceKey.parse(key) as CadenceKey;
  const { steps } = stepsBody.parse(body);
  await saveTeamCadence(deps.db, teamId, k, JSON.stringify(steps));
  await auditStaff(deps.db, deps.now(), actor, { action: "cadence.saved", subjectType: "team", subjectId: teamId, teamId, details: { key: k } });
}

/** Back to the built-in template. */
export async function resetCadence(deps: Deps, actor: StaffActor, teamId: number, key: string) {
  await requireTeamLead(deps, actor, teamId);
  const k = cadenceKey.parse(key) as CadenceKey;
  const removed = await deleteTeamCadence(deps.db, teamId, k);
  if (removed) await auditStaff(deps.db, deps.now(), actor, { action: "cadence.reset", subjectType: "team", subjectId: teamId, teamId, details: { key: k } });
  return { steps: builtInCadences[k], custom: false };
}

export async function saveQuietHours(deps: Deps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const { quietHours } = quietHoursBody.parse(body);
  if (quietHours !== null && !parseQuietHours(quietHours)) throw new NudgeError("invalid-quiet-hours");
  await setQuietHours(deps.db, teamId, quietHours);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.quiet-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { quietHours } });
}

/** A team's office hours (null restores the default, weekdays 08–17): what participants are told about when someone reads. */
export async function saveOfficeHours(deps: Deps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const { officeHours } = officeHoursBody.parse(body);
  const stored = officeHours === null ? null : JSON.stringify(officeHours);
  await setOfficeHours(deps.db, teamId, stored);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.office-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { officeHours } });
}

/** The team's name as the inbox shows it (the slug, used by the CLI and web links, stays). */
export async function renameTeam(deps: Deps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(deps, actor, teamId);
  const { name } = teamNameBody.parse(body);
  await renameTeamRow(deps.db, teamId, name);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.renamed", subjectType: "team", subjectId: teamId, teamId });
  return { id: teamId, name };
}
