// Slack holds copies of what Tillit posted there (a handoff with the latest messages, the thread).
// Every post is remembered by channel and timestamp only, so that erasure and retention can delete
// it in Slack too: they mark the rows in their own transaction, and this removes the Slack messages
// afterwards, retrying later when Slack is down (a row goes only once Slack confirms).
import type { App } from "@slack/bolt";
import type { Db } from "../db/client.js";
import { forgetSlackPost, markedSlackPosts, markOrphanedSlackPosts } from "../db/slack-posts.js";

/** Slack's answers that mean there is nothing left to delete. */
const gone = new Set(["message_not_found", "channel_not_found", "thread_not_found", "is_archived"]);

/** Deletes every post marked for deletion; returns how many went. Stops at the first other failure. */
export async function deleteMarkedPosts(db: Db, api: App["client"], token: string): Promise<number> {
  // A post that landed just after its conversation was erased (Slack calls run in the background) goes too.
  await markOrphanedSlackPosts(db, new Date());
  let deleted = 0;
  for (;;) {
    const batch = await markedSlackPosts(db);
    if (!batch.length) return deleted;
    for (const post of batch) {
      try {
        await api.chat.delete({ token, channel: post.channelId, ts: post.ts });
      } catch (err) {
        const code = (err as { data?: { error?: string } }).data?.error;
        if (!code || !gone.has(code)) throw err;
      }
      await forgetSlackPost(db, post.id);
      deleted++;
    }
  }
}
