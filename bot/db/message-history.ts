// A participant's message history read through Prisma, off the message path: the simulator shows a
// phone number's messages as its phone would (bot/channels/simulator-history.ts).
import type { Db } from "./client.js";

/** The participant's first `limit` messages, oldest first. */
export function messagesOf(db: Db, participantId: number, limit: number) {
  return db.message.findMany({ where: { participantId }, orderBy: { id: "asc" }, take: limit });
}

/** One message with its participant's number. */
export function messageWithPhone(db: Db, messageId: number) {
  return db.message.findUnique({ where: { id: messageId }, include: { participant: { select: { phone: true } } } });
}
