// A coordinator proposes a meeting time: the meeting is recorded, and the participant is asked by
// chat (the meeting dialog), on the same guarded path as every automated message.
import type { Db } from "./db/client.js";
import type { ConversationCore } from "./conversation-core.js";
import type { StartOutcome } from "./process-turn.js";

export interface MeetingProposal {
  participantId: number;
  startsAt: Date;
  location?: string;
  coordinatorId?: number;
}

/** Longest place name, so the proposal still fits in two SMS segments. */
export const MAX_LOCATION = 60;

export async function proposeMeeting(db: Db, core: ConversationCore, proposal: MeetingProposal): Promise<{ meetingId: number; outcome: StartOutcome }> {
  if (proposal.location && [...proposal.location].length > MAX_LOCATION) throw new RangeError(`location must be at most ${MAX_LOCATION} characters`);
  const participant = await db.participant.findUniqueOrThrow({ where: { id: proposal.participantId } });
  const meeting = await db.meeting.create({
    data: { participantId: participant.id, startsAt: proposal.startsAt, location: proposal.location ?? null, coordinatorId: proposal.coordinatorId ?? null },
  });
  const conversation =
    (await db.conversation.findFirst({ where: { participantId: participant.id, status: { not: "closed" } }, orderBy: { id: "desc" } })) ??
    (await db.conversation.create({ data: { participantId: participant.id } }));
  const outcome = await core.startDialog(conversation.id, {
    dialog: "meeting",
    options: { meetingId: meeting.id, startsAt: proposal.startsAt.toISOString(), location: proposal.location, timeZone: participant.timezone },
  });
  return { meetingId: meeting.id, outcome };
}
