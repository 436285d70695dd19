// A web visitor leaves a phone number and proves they hold the phone with a one-time code
// (phone-code.ts); nothing is joined until a coordinator also confirms. Then the web
// conversation and the number's SMS history become one: a number new to Tillit is simply added to
// the visitor; a number Tillit already knows gets the web messages moved into its conversation.
import type { Sql } from "../db/sql.js";
import { participantByPhone, participantPhoneAndTeam, setParticipantPhone } from "../db/participants.js";
import { markPhoneLinkConfirmed, moveMessagesToParticipant, pendingPhoneLink } from "../db/phone-links.js";
import { moveWebConversations } from "../db/web-conversations.js";
import { openConversation } from "../db/conversations.js";
import type { PendingEvent } from "../infrastructure/events.js";
import { mergeIntoConversation, phoneLinked } from "../conversations/transitions.js";
import { DomainError } from "../domain/domain-error.js";

export class PhoneLinkError extends DomainError {
  constructor(readonly reason: "no-request" | "already-linked" | "other-team") {
    super("conflict", reason);
  }
}

/**
 * Joins web and SMS for the participant's pending request; returns the participant that remains and
 * the events to emit. `mayJoin` says whether the confirming coordinator may see the number's
 * participant's team.
 */
export async function confirmPhoneLink(
  sql: Sql, participantId: number, staff: { id: number; mayJoin: (teamId: number | null) => boolean }, now: Date,
): Promise<{ participantId: number; conversationId: number; merged: boolean; events: PendingEvent[] }> {
  return sql.transaction(async (tx) => {
    const request = await pendingPhoneLink(tx, participantId);
    if (!request) throw new PhoneLinkError("no-request");
    await markPhoneLinkConfirmed(tx, request.id, staff.id, now);
    const self = await participantPhoneAndTeam(tx, participantId);
    if (self?.phone) throw new PhoneLinkError("already-linked");
    const existing = await participantByPhone(tx, request.phone);
    // A number of a participant in a team this coordinator cannot see is not joined (nor revealed).
    if (existing && !staff.mayJoin(existing.teamId)) throw new PhoneLinkError("other-team");
    const link = { fromParticipantId: participantId, staffId: staff.id, now };
    if (!existing) {
      await setParticipantPhone(tx, participantId, request.phone, now);
      const conversationId = await openConversation(tx, participantId, now);
      const events = await phoneLinked(tx, { ...link, participantId, conversationId, teamId: self?.teamId ?? null, merged: false });
      return { participantId, conversationId, merged: false, events };
    }
    // The number's participant stays; the web visitor's messages and web sessions move to it.
    const keep = existing.id;
    const target = await openConversation(tx, keep, now);
    await moveMessagesToParticipant(tx, participantId, { participantId: keep, conversationId: target });
    await moveWebConversations(tx, participantId, { participantId: keep, conversationId: target });
    const events = await mergeIntoConversation(tx, { ...link, participantId: keep, conversationId: target, teamId: existing.teamId });
    return { participantId: keep, conversationId: target, merged: true, events };
  });
}
