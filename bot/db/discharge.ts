// The database side of discharge: the outcome recorded, every planned nudge ended, the six months of
// follow-up started and the farewell (final self-rating, then the follow-up told) put on the calendar,
// all in one transaction; and the participant's "nej tack" to that follow-up.
import { int, type SqlExecutor } from "./sql.js";
import { allowedTime, cancelNudges, insertNudge, startSchedule, stopSchedule, timingFor } from "../nudges/schedule-nudges.js";

export const dischargeOutcomes = ["work", "studies", "other-activity", "moved", "no-contact", "unknown"] as const;
export type DischargeOutcome = (typeof dischargeOutcomes)[number];

export interface Discharged {
  cancelled: number;
  followUpScheduleId: number | null;
  /** The farewell nudge: the final self-rating and the follow-up told (null when nothing may be said). */
  farewellNudgeId: number | null;
}

/**
 * Records the discharge. Someone who stopped everything (STOPP) or who no longer wants contact gets
 * no follow-up and no farewell: only the record changes.
 */
export async function recordDischarge(tx: SqlExecutor, deps: { participantId: number; outcome: DischargeOutcome; staffId: number; now: Date }): Promise<Discharged> {
  const { participantId, now } = deps;
  const [p] = await tx.query(`SELECT "status" FROM "Participant" WHERE "id" = ?`, [participantId]);
  const optedOut = p?.status === "opted-out";
  // The contact ends now: retention counts its months from here (bot/privacy/retention.ts).
  await tx.execute(
    `UPDATE "Participant" SET "status" = CASE WHEN "status" = 'opted-out' THEN "status" ELSE 'discharged' END, "dischargedAt" = ?, "dischargeOutcome" = ?, "followUpDeclinedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`,
    [now, deps.outcome, now, participantId],
  );
  await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "participantId" = ? AND "status" <> 'stopped'`, [now, participantId]);
  const cancelled = await cancelNudges(tx, { participantId }, "discharged", now);
  if (optedOut || deps.outcome === "no-contact") return { cancelled, followUpScheduleId: null, farewellNudgeId: null };
  const followUp = await startSchedule(tx, { participantId, kind: "cadence", cadenceKey: "discharge", createdById: deps.staffId }, now);
  // The farewell starts the discharge dialog; after unanswered messages a dialog is not pushed, and
  // the copy key is what is sent instead: the follow-up and how to decline it, without the rating.
  const farewellNudgeId = await insertNudge(tx, {
    participantId, kind: "discharge", dialog: "discharge", copyKey: "discharge.followUp", dueAt: allowedTime(now, await timingFor(tx, participantId)), createdById: deps.staffId,
  }, now);
  return { cancelled, followUpScheduleId: followUp.scheduleId, farewellNudgeId };
}

/** "Nej tack" to the follow-up: recorded once, and every follow-up still planned ends. False when there was nothing to decline. */
export async function declineFollowUp(tx: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  const changed = await tx.execute(
    `UPDATE "Participant" SET "followUpDeclinedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'discharged' AND "followUpDeclinedAt" IS NULL`,
    [now, now, participantId],
  );
  if (!changed) return false;
  const schedules = await tx.query(`SELECT "id" FROM "NudgeSchedule" WHERE "participantId" = ? AND "cadenceKey" = 'discharge' AND "status" <> 'stopped'`, [participantId]);
  for (const s of schedules) await stopSchedule(tx, int(s.id), now);
  return true;
}
