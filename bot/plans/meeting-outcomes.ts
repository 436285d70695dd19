// What happened to a meeting, recorded by a coordinator afterwards, and a participant's meeting
// history. The method expects several cancelled meetings before one takes place: a cancellation says
// who cancelled only so the coordinator knows who should suggest a new time, and nothing here counts,
// ranks or flags a participant by their cancellations or missed meetings.
import { z } from "zod";
import { meetingOf, meetingsOf, setMeetingOutcome } from "../db/meetings.js";
import { cancelNudges } from "../nudges/schedule-nudges.js";
import { AccessDeniedError, authoriseConversation } from "../staff/access.js";
import type { StaffActor } from "../staff/staff-actor.js";
import type { PlanDeps } from "./action-plan.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { requestAnsweredByTeam } from "../conversations/transitions.js";
import { PlanError } from "./plan-error.js";
import { actionsFor, assertMeetingAction } from "../domain/meeting-actions.js";
import { noticeOfCancelled, tellNotice } from "../staff/meetings.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import { confirmationsOf } from "../db/nudges.js";

export const outcomeBody = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("attended") }).strict(),
  z.object({ outcome: z.literal("no-show") }).strict(),
  z.object({ outcome: z.literal("cancelled"), cancelledBy: z.enum(["participant", "coordinator"]) }).strict(),
]);

/** `events`: where the conversation's change back to the bot is announced (the inbox). */
export async function recordOutcome(deps: PlanDeps & { events: EventBus; nudges: NudgeScheduler }, actor: StaffActor, conversationId: number, meetingId: number, body: unknown) {
  const input = outcomeBody.parse(body);
  const c = await authoriseConversation(deps, actor, conversationId, "meeting.outcome-recorded");
  const { participant } = c;
  const now = deps.now();
  const meeting = await meetingOf(deps.sql, meetingId, participant.id);
  if (!meeting) throw new AccessDeniedError(`No meeting ${meetingId} here`);
  // Whether someone came can only be said once the time has come.
  if (input.outcome !== "cancelled" && meeting.startsAt > now) throw new PlanError("not-yet-held");
  // Only what the meeting's state leaves open (a refused, cancelled or superseded row has nothing to record).
  assertMeetingAction(meeting, input.outcome === "cancelled" ? `cancelled:${input.cancelledBy}` : input.outcome, now);
  const { decided, notice } = await deps.sql.transaction(async (tx) => {
    const status = input.outcome === "cancelled" ? "cancelled" : meeting.status;
    await setMeetingOutcome(tx, { meetingId, status, outcome: input.outcome, cancelledBy: input.outcome === "cancelled" ? input.cancelledBy : null, staffId: actor.id, now });
    // A cancelled meeting sends no more reminders.
    if (input.outcome === "cancelled") await cancelNudges(tx, { meetingId }, "meeting-cancelled", now);
    // Cancelled by the team before its time: the young person is told (meetings.ts); their own cancellation they know of.
    const notice = input.outcome === "cancelled" && input.cancelledBy === "coordinator" ? await noticeOfCancelled(tx, c, meeting, actor, now) : undefined;
    // The coordinator has seen the conversation and acted: a request for a person waiting in it is answered.
    const decided: PendingEvent[] = await requestAnsweredByTeam(tx, { conversationId: c.id, participantId: participant.id, staffId: actor.id, teamId: participant.teamId, now, by: "meeting-outcome" });
    return { decided, notice };
  });
  deps.events.emitAll(decided);
  const told = notice ? await tellNotice(deps, notice) : undefined;
  return { ...(await meetingList(deps, participant.id, c.status)), ...(told ?? {}) };
}

/**
 * Where the confirmation of an agreed meeting stands, from what is stored (tester25 #4: the page's "går ut så snart
 * Tillit får skriva" was gone after a reload): "sent" (when), "held" (until when, and why: a person has the
 * conversation, or Tillit may not write yet, e.g. quiet hours), "not-sent" (STOPP, or it could not go), or
 * "not-needed" (none was planned: the young person said yes in the chat and Tillit answered, or it was agreed with
 * you directly). Nothing for a meeting that is not agreed and still to come.
 */
export type Confirmation = { state: "sent" | "held" | "not-sent" | "not-needed"; at?: string; why?: "person" | "later" };

function confirmationOf(m: { status: string; outcome: string | null }, nudge: { status: string; dueAt: Date; processedAt: Date | null } | undefined, withPerson: boolean): Confirmation | null {
  if (m.status !== "confirmed" || m.outcome) return null;
  if (!nudge) return { state: "not-needed" };
  if (nudge.status === "sent") return { state: "sent", ...(nudge.processedAt ? { at: nudge.processedAt.toISOString() } : {}) };
  if (nudge.status === "scheduled" || nudge.status === "claimed") return { state: "held", at: nudge.dueAt.toISOString(), why: withPerson ? "person" : "later" };
  return { state: "not-sent" };
}

/** Each meeting with what may be done to it now (actionsFor): the page shows those buttons and no others. */
async function meetingList(deps: PlanDeps, participantId: number, conversationStatus?: string) {
  const rows = await meetingsOf(deps.db, participantId, 50);
  const now = deps.now();
  const confirmations = await confirmationsOf(deps.sql, rows.map((m) => m.id));
  return {
    meetings: rows.map((m) => ({
      confirmation: confirmationOf(m, confirmations.get(m.id), conversationStatus === "human"),
      id: m.id, startsAt: m.startsAt.toISOString(), location: m.location, status: m.status, requestedTime: m.requestedTime,
      outcome: m.outcome, cancelledBy: m.cancelledBy, outcomeAt: m.outcomeAt?.toISOString() ?? null,
      actions: actionsFor({ ...m, superseded: rows.some((n) => n.id > m.id) }, now),
      // Once its time has come (a page left open across it offers "Blev av" without a reload).
      actionsFromStart: actionsFor({ ...m, superseded: rows.some((n) => n.id > m.id) }, m.startsAt),
    })),
  };
}

/** Every meeting of the participant, the latest first. */
export async function meetingHistory(deps: PlanDeps, actor: StaffActor, conversationId: number) {
  const { participant, status } = await authoriseConversation(deps, actor, conversationId, "meetings.viewed");
  return meetingList(deps, participant.id, status);
}
