// For team leads: what falls due for erasure in the coming days, and holding a record past its date
// with a reason (e.g. an ongoing report to social services), or releasing it again. Audited.
import { z } from "zod";
import type { Sql } from "../db/sql.js";
import { activeHoldId, insertHold, releaseHolds } from "../db/retention-holds.js";
import { auditStaff } from "../staff/audit.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { authoriseParticipant, leadTeams, PrivacyError, type PrivacyDeps } from "./privacy-access.js";
import { recordsDue, type RetentionSettings } from "./retention.js";

export interface HoldDeps extends PrivacyDeps {
  sql: Sql;
  retention: RetentionSettings;
}

export async function dueForErasure(deps: HoldDeps, actor: StaffActor, days = 30) {
  const teamIds = leadTeams(actor);
  const now = deps.now();
  const due = await recordsDue(deps.sql, deps.retention, { until: new Date(now.getTime() + days * 86_400_000), teamIds });
  await auditStaff(deps.db, now, actor, { action: "retention.due-listed", subjectType: "inbox", subjectId: "retention", details: { days, participantIds: due.map((r) => r.participantId) } });
  return { days, due };
}

const holdBody = z.object({ reason: z.string().trim().min(3).max(500) });

export async function holdRecord(deps: HoldDeps, actor: StaffActor, participantId: number, body: unknown) {
  const { reason } = holdBody.parse(body);
  const p = await authoriseParticipant(deps, actor, participantId, "participant.retention-held", { leadOnly: true });
  const now = deps.now();
  const holdId = await deps.sql.transaction(async (tx) => {
    if ((await activeHoldId(tx, participantId)) !== undefined) throw new PrivacyError("held");
    return insertHold(tx, { participantId, reason, staffId: actor.id, now });
  });
  await auditStaff(deps.db, now, actor, { action: "retention-hold.created", subjectType: "participant", subjectId: participantId, teamId: p.teamId, details: { holdId } });
  return { holdId };
}

export async function releaseHold(deps: HoldDeps, actor: StaffActor, participantId: number) {
  const p = await authoriseParticipant(deps, actor, participantId, "participant.retention-released", { leadOnly: true });
  const released = await releaseHolds(deps.sql, participantId, { staffId: actor.id, now: deps.now() });
  if (!released) throw new PrivacyError("not-open");
  await auditStaff(deps.db, deps.now(), actor, { action: "retention-hold.released", subjectType: "participant", subjectId: participantId, teamId: p.teamId });
  return { ok: true };
}
