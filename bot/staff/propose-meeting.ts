// A coordinator proposes a meeting time: the meeting and the proposal (a nudge that starts the
// meeting dialog) are written in one transaction, then the proposal is sent at once on the same
// guarded path as every automated message. Should the process die in between, the nudge sender finds
// the proposal due and sends it; it is never lost with the meeting saved and nothing said.
import type { Sql } from "../db/sql.js";
import { insertMeeting } from "../db/meetings.js";
import { participantTimezone } from "../db/participants.js";
import type { NudgeOutcome, NudgeScheduler } from "../nudges/nudge-scheduler.js";
import { insertNudge } from "../nudges/schedule-nudges.js";
import { openConversation } from "../db/conversations.js";

export interface MeetingProposal {
  participantId: number;
  startsAt: Date;
  location?: string;
  coordinatorId?: number;
}

export interface ProposeDeps {
  sql: Sql;
  nudges: NudgeScheduler;
  now: () => Date;
}

/** Longest place name, so the proposal still fits in two SMS segments. */
export const MAX_LOCATION = 60;

export async function proposeMeeting(deps: ProposeDeps, proposal: MeetingProposal): Promise<{ meetingId: number; outcome: NudgeOutcome | "not-due" }> {
  if (proposal.location && [...proposal.location].length > MAX_LOCATION) throw new RangeError(`location must be at most ${MAX_LOCATION} characters`);
  const now = deps.now();
  const { meetingId, nudgeId } = await deps.sql.transaction(async (tx) => {
    const p = await participantTimezone(tx, proposal.participantId);
    if (!p) throw new RangeError(`No participant ${proposal.participantId}`);
    await openConversation(tx, proposal.participantId, now);
    const meetingId = await insertMeeting(tx, {
      participantId: proposal.participantId, coordinatorId: proposal.coordinatorId ?? null, startsAt: proposal.startsAt, location: proposal.location ?? null, status: "proposed", now,
    });
    const nudgeId = await insertNudge(tx, {
      participantId: proposal.participantId, kind: "meeting-proposal", dueAt: now, meetingId, createdById: proposal.coordinatorId ?? null,
      dialog: "meeting", dialogOptions: { meetingId, startsAt: proposal.startsAt.toISOString(), location: proposal.location, timeZone: p.timezone ?? "Europe/Stockholm" },
    }, now);
    return { meetingId, nudgeId };
  });
  return { meetingId, outcome: await deps.nudges.sendNow(nudgeId) };
}
