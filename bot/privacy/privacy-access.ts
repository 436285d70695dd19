// Who may do what with a participant's record as a whole: export, erase, hold. Team leads of the
// participant's team and admins; every attempt is audited, granted or not. An unknown id and another
// team's participant look the same from outside.
import type { Db } from "../db/client.js";
import { participantById } from "../db/participants.js";
import { AccessDeniedError } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import { canSeeTeam, type StaffActor } from "../staff/staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

export class PrivacyError extends DomainError {
  constructor(readonly reason: "teamlead-only" | "held" | "not-open") {
    super(reason === "teamlead-only" ? "forbidden" : "conflict", reason.replace("-", "_"));
  }
}

export interface PrivacyDeps {
  db: Db;
  now: () => Date;
}

export const isLead = (actor: StaffActor) => actor.role === "teamlead" || actor.role === "admin";

export async function authoriseParticipant(deps: PrivacyDeps, actor: StaffActor, participantId: number, action: string, opts: { leadOnly: boolean; details?: Record<string, unknown> }) {
  const participant = await participantById(deps.db, participantId);
  const teamId = participant?.teamId ?? null;
  const visible = participant !== null && canSeeTeam(actor, teamId);
  const allowed = visible && (!opts.leadOnly || isLead(actor));
  await auditStaff(deps.db, deps.now(), actor, { action: allowed ? action : `${action}.denied`, subjectType: "participant", subjectId: participantId, teamId, details: opts.details });
  if (!participant || !visible) throw new AccessDeniedError(`No access to participant ${participantId}`);
  if (!allowed) throw new PrivacyError("teamlead-only");
  return participant;
}

/** The teams whose records this staff member may manage as a whole; null means every team (admin). */
export function leadTeams(actor: StaffActor): number[] | null {
  if (!isLead(actor)) throw new PrivacyError("teamlead-only");
  return actor.role === "admin" ? null : actor.teamIds;
}
