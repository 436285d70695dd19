// A web visitor leaves a phone number and proves they hold the phone with a one-time code
// (phone-code.ts); nothing is joined until a coordinator also confirms. Then the web
// conversation and the number's SMS history become one: a number new to Tillit is simply added to
// the visitor; a number Tillit already knows gets the web messages moved into its conversation.
import { int, type Sql, type SqlExecutor } from "../db/sql.js";
import { openConversation } from "../db/conversations.js";
import type { PendingEvent } from "../infrastructure/events.js";
import { mergeIntoConversation, phoneLinked } from "../conversations/transitions.js";
import { DomainError } from "../domain/domain-error.js";

export class PhoneLinkError extends DomainError {
  constructor(readonly reason: "no-request" | "already-linked" | "other-team") {
    super("conflict", reason);
  }
}

/** The visitor's request that passed the code and waits for a coordinator. */
export async function pendingPhoneLink(sql: SqlExecutor, participantId: number): Promise<{ id: number; phone: string; createdAt: unknown } | undefined> {
  const [r] = await sql.query(`SELECT "id", "phone", "createdAt" FROM "PhoneLinkRequest" WHERE "participantId" = ? AND "status" = 'pending' ORDER BY "id" DESC LIMIT 1`, [participantId]);
  return r ? { id: int(r.id), phone: String(r.phone), createdAt: r.createdAt } : undefined;
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
    await tx.execute(`UPDATE "PhoneLinkRequest" SET "status" = 'confirmed', "decidedAt" = ?, "decidedById" = ? WHERE "id" = ?`, [now, staff.id, request.id]);
    const [self] = await tx.query(`SELECT "phone", "teamId" FROM "Participant" WHERE "id" = ?`, [participantId]);
    if (self?.phone) throw new PhoneLinkError("already-linked");
    const [existing] = await tx.query(`SELECT "id", "teamId" FROM "Participant" WHERE "phone" = ?`, [request.phone]);
    // A number of a participant in a team this coordinator cannot see is not joined (nor revealed).
    if (existing && !staff.mayJoin(existing.teamId == null ? null : int(existing.teamId))) throw new PhoneLinkError("other-team");
    const link = { fromParticipantId: participantId, staffId: staff.id, now };
    if (!existing) {
      await tx.execute(`UPDATE "Participant" SET "phone" = ?, "updatedAt" = ? WHERE "id" = ?`, [request.phone, now, participantId]);
      const conversationId = await openConversation(tx, participantId, now);
      const events = await phoneLinked(tx, { ...link, participantId, conversationId, teamId: self?.teamId == null ? null : int(self.teamId), merged: false });
      return { participantId, conversationId, merged: false, events };
    }
    // The number's participant stays; the web visitor's messages and web sessions move to it.
    const keep = int(existing.id);
    const target = await openConversation(tx, keep, now);
    await tx.execute(`UPDATE "Message" SET "participantId" = ?, "conversationId" = ? WHERE "participantId" = ?`, [keep, target, participantId]);
    await tx.execute(`UPDATE "OutboxItem" SET "participantId" = ? WHERE "participantId" = ?`, [keep, participantId]);
    await tx.execute(`UPDATE "WebConversation" SET "participantId" = ?, "conversationId" = ? WHERE "participantId" = ?`, [keep, target, participantId]);
    const events = await mergeIntoConversation(tx, { ...link, participantId: keep, conversationId: target, teamId: existing.teamId == null ? null : int(existing.teamId) });
    return { participantId: keep, conversationId: target, merged: true, events };
  });
}
