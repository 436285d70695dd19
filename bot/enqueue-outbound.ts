// The only way a message leaves Tillit: a Message row plus an OutboxItem, written in the caller's
// transaction. The guards live here so no path (bot reply, nudge, staff reply) can skip them.
import type { Tx } from "./db/client.js";
import type { AuthorKind, Channel, OutboxPurpose } from "./domain/vocabulary.js";

export interface OutboundRequest {
  conversationId: number;
  participantId: number;
  channel: Channel;
  body: string;
  authorKind: AuthorKind;
  purpose: OutboxPurpose;
  authorStaffId?: number;
  choices?: string[];
  now: Date;
}

export type EnqueueResult =
  | { queued: true; messageId: number }
  | { queued: false; reason: "opted-out" | "unanswered-limit" };

/** Automated messages in a row without an answer; a third would be pushy. */
export const MAX_UNANSWERED_BOT_MESSAGES = 2;

const countsAsUnanswered = (purpose: OutboxPurpose) => purpose === "reply" || purpose === "nudge" || purpose === "system";

export async function enqueueOutbound(tx: Tx, req: OutboundRequest): Promise<EnqueueResult> {
  const participant = await tx.participant.findUniqueOrThrow({ where: { id: req.participantId }, select: { status: true } });
  if (participant.status === "opted-out" && req.purpose !== "opt-out-confirmation") {
    return { queued: false, reason: "opted-out" };
  }
  if (countsAsUnanswered(req.purpose)) {
    const { count } = await tx.conversation.updateMany({
      where: { id: req.conversationId, unansweredCount: { lt: MAX_UNANSWERED_BOT_MESSAGES } },
      data: { unansweredCount: { increment: 1 } },
    });
    if (count === 0) return { queued: false, reason: "unanswered-limit" };
  }
  const message = await tx.message.create({
    data: {
      conversationId: req.conversationId,
      participantId: req.participantId,
      direction: "out",
      channel: req.channel,
      authorKind: req.authorKind,
      authorStaffId: req.authorStaffId ?? null,
      body: req.body,
      choices: req.choices?.length ? JSON.stringify(req.choices) : null,
      status: "queued",
      createdAt: req.now,
    },
  });
  await tx.outboxItem.create({
    data: { messageId: message.id, participantId: req.participantId, channel: req.channel, purpose: req.purpose, nextAttemptAt: req.now },
  });
  await tx.conversation.update({ where: { id: req.conversationId }, data: { lastMessageAt: req.now } });
  return { queued: true, messageId: message.id };
}
