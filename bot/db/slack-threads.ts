// SlackThread: one Slack thread per conversation (bot/slack/slack-inbox.ts), and what the Slack side
// reads about the conversation and its messages to post there.
import type { Db } from "./client.js";

export async function insertSlackThread(db: Db, t: { conversationId: number; channelId: string; threadTs: string; at: Date }): Promise<void> {
  await db.slackThread.create({ data: { conversationId: t.conversationId, channelId: t.channelId, threadTs: t.threadTs, createdAt: t.at } });
}

export function slackThreadOf(db: Db, conversationId: number) {
  return db.slackThread.findUnique({ where: { conversationId } });
}

/** The thread a Slack reply was written in, if it is one of Tillit's. */
export function slackThreadAt(db: Db, channelId: string, threadTs: string) {
  return db.slackThread.findUnique({ where: { channelId_threadTs: { channelId, threadTs } } });
}

/** The conversation with what a handoff post shows: the participant and team, the thread, the assignee. */
export function conversationForSlack(db: Db, conversationId: number) {
  return db.conversation.findUnique({
    where: { id: conversationId },
    include: { participant: { include: { team: true } }, slackThread: true, assignee: { select: { firstName: true, slackUserId: true } } },
  });
}

/** The texts of the conversation's latest `n` messages in, newest first. */
export function latestInboundTexts(db: Db, conversationId: number, n: number) {
  return db.message.findMany({ where: { conversationId, direction: "in" }, orderBy: { id: "desc" }, take: n, select: { body: true } });
}

/** A stored message with what relaying it to the thread needs. */
export function messageForSlack(db: Db, messageId: number) {
  return db.message.findUnique({
    where: { id: messageId },
    include: { conversation: { select: { status: true } }, participant: { select: { preferredName: true } }, authorStaff: { select: { firstName: true } } },
  });
}
