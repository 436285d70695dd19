// SlackPost: what Tillit posted in Slack, remembered by channel and timestamp only, so that erasure and
// retention can mark it and bot/slack/slack-posts.ts can delete it there.
import type { Db } from "./client.js";

export async function rememberSlackPost(db: Db, post: { conversationId: number; channelId: string; ts: string; at: Date }): Promise<void> {
  await db.slackPost.upsert({
    where: { channelId_ts: { channelId: post.channelId, ts: post.ts } },
    create: { conversationId: post.conversationId, channelId: post.channelId, ts: post.ts, createdAt: post.at },
    update: {},
  });
}

/** A post that landed just after its conversation was erased (Slack calls run in the background) is marked too. */
export async function markOrphanedSlackPosts(db: Db, now: Date): Promise<void> {
  await db.$executeRaw`UPDATE "SlackPost" SET "deleteRequestedAt" = ${now} WHERE "deleteRequestedAt" IS NULL AND "conversationId" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "Conversation" c WHERE c."id" = "SlackPost"."conversationId")`;
}

/** Up to 50 posts marked for deletion, newest first. */
export function markedSlackPosts(db: Db) {
  return db.slackPost.findMany({ where: { deleteRequestedAt: { not: null } }, orderBy: { id: "desc" }, take: 50 });
}

/** Slack confirmed the post is gone. */
export async function forgetSlackPost(db: Db, id: number): Promise<void> {
  await db.slackPost.delete({ where: { id } });
}
