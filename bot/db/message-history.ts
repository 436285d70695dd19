// A conversation's or participant's messages read through Prisma, off the message path: the simulator shows a
// phone number's messages as its phone would (bot/channels/simulator-history.ts), the staff inbox pages a
// conversation's history (bot/staff/conversation-view.ts), and a coordinator labels one message (bot/staff/safety-labels.ts).
import type { Db } from "./client.js";

/** The participant's first `limit` messages, oldest first. */
export function messagesOf(db: Db, participantId: number, limit: number) {
  return db.message.findMany({ where: { participantId }, orderBy: { id: "asc" }, take: limit });
}

/** One message with its participant's number. */
export function messageWithPhone(db: Db, messageId: number) {
  return db.message.findUnique({ where: { id: messageId }, include: { participant: { select: { phone: true } } } });
}

/** A message the participant wrote in this conversation, or null. */
export function inboundMessageIn(db: Db, messageId: number, conversationId: number) {
  return db.message.findFirst({ where: { id: messageId, conversationId, direction: "in" } });
}

/**
 * One page of the conversation's messages for the staff inbox, newest first, with the coordinator's
 * first name on their own messages: `limit` messages older than `beforeMessageId` (the newest without it).
 */
export function messagePage(db: Db, conversationId: number, opts: { beforeMessageId?: number; limit: number }) {
  return db.message.findMany({
    where: { conversationId, ...(opts.beforeMessageId ? { id: { lt: opts.beforeMessageId } } : {}) },
    orderBy: { id: "desc" },
    take: opts.limit,
    include: { authorStaff: { select: { firstName: true } } },
  });
}
