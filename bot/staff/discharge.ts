
import { cancelNudges, startSchedule } from "../nudges/schedule-nudges.js";
import { type StaffActor } from "./staff-actor.js";
import { participantOf, type NudgeAdminDeps } from "./nudge-admin.js";

/** Discharged: every planned nudge ends, and six months of monthly follow-up begins. */
export async function discharge(d: NudgeAdminDeps, actor: StaffActor, conversationId: number) {
  const p = await participantOf(d, actor, conversationId, "participant.discharged");
  const now = d.now();
  return d.sql.transaction(async (tx) => {
    // The contact ends now: retention counts its months from here (bot/privacy/retention.ts).
    await tx.execute(`UPDATE "Participant" SET "status" = CASE WHEN "status" = 'opted-out' THEN "status" ELSE 'discharged' END, "dischargedAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, p.id]);
    await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "participantId" = ? AND "status" <> 'stopped'`, [now, p.id]);
    const cancelled = await cancelNudges(tx, { participantId: p.id }, "discharged", now);
    const followUp = p.status === "opted-out" ? undefined : await startSchedule(tx, { participantId: p.id, kind: "cadence", cadenceKey: "discharge", createdById: actor.id }, now);
    return { cancelled, followUpScheduleId: followUp?.scheduleId ?? null };
  });
}
