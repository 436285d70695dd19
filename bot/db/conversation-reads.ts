// ConversationRead: how far each staff member has read each conversation (the inbox's unread counts
// are bot/db/inbox-queries.ts's).
import type { Db } from "./client.js";

/** The staff member has read the conversation up to this message. */
export async function markConversationRead(db: Db, staffId: number, conversationId: number, lastReadMessageId: number): Promise<void> {
  await db.conversationRead.upsert({
    where: { staffId_conversationId: { staffId, conversationId } },
    create: { staffId, conversationId, lastReadMessageId },
    update: { lastReadMessageId },
  });
}
