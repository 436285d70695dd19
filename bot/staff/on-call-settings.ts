// A team's on-call phone and Slack channel (issue 12.3): alerted at once when a crisis is flagged
// outside office hours. Set by team leads and admins of the team, read by its members; audited,
// without the number itself in the audit log.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { saveTeamOnCall, teamOnCallSettings } from "../db/teams.js";
import { AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

export class OnCallError extends DomainError {
  constructor(readonly reason: "not-allowed" | "invalid-phone") {
    super(reason === "not-allowed" ? "forbidden" : "invalid", reason);
  }
}

export interface OnCallDeps {
  db: Db;
  now: () => Date;
  defaultCountry: string;
}

export const onCallInput = z.object({
  phone: z.string().trim().min(1).max(30).nullable(),
  // A Slack channel id (C… public, G… private), as Slack's "copy channel id" gives it.
  slackChannel: z.string().trim().regex(/^[CG][A-Z0-9]{6,20}$/, "a Slack channel id such as C0123ABCD").nullable(),
});

export async function onCallSettings(deps: OnCallDeps, actor: StaffActor, teamId: number) {
  if (!canSeeTeam(actor, teamId)) throw new AccessDeniedError("team");
  const team = await teamOnCallSettings(deps.db, teamId);
  if (!team) throw new AccessDeniedError("team");
  return { phone: team.onCallPhone, slackChannel: team.onCallSlackChannel };
}

export async function saveOnCall(deps: OnCallDeps, actor: StaffActor, teamId: number, body: unknown) {
  if (!canSeeTeam(actor, teamId)) throw new AccessDeniedError("team");
  if (actor.role === "coordinator") throw new OnCallError("not-allowed");
  const input = onCallInput.parse(body);
  let phone: string | null = null;
  if (input.phone !== null) {
    const parsed = parsePhoneNumberFromString(input.phone, deps.defaultCountry as CountryCode);
    if (!parsed?.isValid()) throw new OnCallError("invalid-phone");
    phone = parsed.number;
  }
  await saveTeamOnCall(deps.db, teamId, { phone, slackChannel: input.slackChannel });
  await auditStaff(deps.db, deps.now(), actor, { action: "team.on-call-changed", subjectType: "team", subjectId: teamId, teamId, details: { phoneSet: phone !== null, slackChannel: input.slackChannel } });
  return { phone, slackChannel: input.slackChannel };
}
