// A coordinator's meetings with a participant: proposed by chat (sent at once through the core), or
// recorded as already agreed with their reminders; cancelled with them.
import { z } from "zod";
import { cancelMeetingByCoordinator, insertMeeting } from "../db/meetings.js";
import { proposeMeeting, MAX_LOCATION } from "./propose-meeting.js";
import { cancelNudges, scheduleMeetingReminders } from "../nudges/schedule-nudges.js";
import { AccessDeniedError } from "./access.js";
import { type StaffActor } from "./staff-actor.js";
import { instant, participantOf, NudgeError, type NudgeAdminDeps } from "./nudge-admin.js";

export const meetingInput = z.object({ startsAt: instant, location: z.string().trim().max(MAX_LOCATION).optional(), alreadyAgreed: z.boolean().default(false) });

/** Proposes a meeting by chat; or, when it was agreed another way, records it confirmed with its reminders. */
export async function addMeeting(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = meetingInput.parse(body);
  const p = await participantOf(deps, actor, conversationId, "meeting.created");
  const now = deps.now();
  if (input.startsAt <= now) throw new NudgeError("in-the-past");
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  if (!input.alreadyAgreed) {
    const { meetingId, outcome } = await proposeMeeting(deps, { participantId: p.id, startsAt: input.startsAt, location: input.location, coordinatorId: actor.id });
    return { meetingId, proposal: outcome };
  }
  return deps.sql.transaction(async (tx) => {
    const meetingId = await insertMeeting(tx, { participantId: p.id, coordinatorId: actor.id, startsAt: input.startsAt, location: input.location ?? null, status: "confirmed", now });
    const reminders = await scheduleMeetingReminders(tx, { id: meetingId, participantId: p.id, startsAt: input.startsAt, coordinatorId: actor.id }, now);
    return { meetingId, reminders };
  });
}

export async function cancelMeeting(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, meetingId: number) {
  const p = await participantOf(deps, actor, conversationId, "meeting.cancelled");
  const now = deps.now();
  await deps.sql.transaction(async (tx) => {
    const changed = await cancelMeetingByCoordinator(tx, { meetingId, participantId: p.id, staffId: actor.id, now });
    if (!changed) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    await cancelNudges(tx, { meetingId }, "meeting-cancelled", now);
  });
}
