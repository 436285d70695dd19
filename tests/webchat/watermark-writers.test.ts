// The web chat's watermark is a message id. Ids are drawn when a row is inserted but seen when its
// transaction commits, so with several writers at once (instances, or a coordinator's reply while a
// text arrives) a lower id could become visible after a higher one and a stream that had moved past
// it would never show it. Every writer of a participant's messages takes the participant's row lock
// before drawing the id, so per participant ids become visible in order. This test writes from many
// transactions at once, each holding its transaction open for a random moment after the insert,
// while a reader follows the watermark as a stream does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { int } from "../../bot/db/sql.js";
import { enqueueOutbound } from "../../bot/outbox/enqueue-outbound.js";
import { storeInbound } from "../../bot/core/store-inbound.js";
import { activitiesAfter } from "../../bot/webchat/activities.js";
import { createWebVisitor } from "../../bot/db/web-visitors.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";

const now = new Date("2026-12-02T10:00:00Z");
let writers: Database[];

beforeAll(async () => {
  const url = await freshDatabaseUrl("watermark");
  const first = openDatabase(url);
  await first.migrate();
  // SQLite is one instance (one connection); a second connection's wait for the write lock would
  // block the event loop that the first one's open transaction needs.
  writers = onPostgres ? [first, openDatabase(url), openDatabase(url)] : [first];
});
afterAll(async () => {
  for (const db of writers ?? []) await db.close();
});

const pause = () => new Promise((r) => setTimeout(r, Math.random() * 15));

describe("web chat watermark under concurrent writers", () => {
  it("a stream following the watermark sees every message", async () => {
    const webConversationId = "web-visitor-under-test";
    const session = { webConversationId, participantId: await createWebVisitor(writers[0]!.sql, { webConversationId, language: "sv", resumeHash: "0".repeat(64), now }) };
    const [conversation] = await writers[0]!.sql.query(`SELECT "conversationId" FROM "WebConversation" WHERE "id" = ?`, [session.webConversationId]);
    // A participant's stream covers all their conversations: an earlier one (closed, say) still gets
    // a late coordinator's message, and writers to two conversations do not wait on one row.
    const [earlier] = await writers[0]!.sql.query(
      `INSERT INTO "Conversation" ("participantId", "status", "createdAt", "updatedAt") VALUES (?, 'closed', ?, ?) RETURNING "id"`,
      [session.participantId, now, now],
    );
    const conversationIds = [int(conversation!.conversationId), int(earlier!.id)];
    const WRITES = 90;
    let done = false;
    const seen: string[] = [];
    const reader = (async () => {
      let watermark = 0;
      for (let finalRead = false; !finalRead; ) {
        finalRead = done;
        const page = await activitiesAfter(writers[0]!.sql, session.webConversationId, session.participantId, watermark, now);
        seen.push(...page.activities.map((a) => a.text!));
        watermark = page.watermark;
        await new Promise((r) => setTimeout(r, 1)); // SQLite answers without yielding to the writers' timers
      }
    })();
    await Promise.all(Array.from({ length: WRITES }, async (_, i) => {
      const { sql } = writers[i % writers.length]!;
      await pause();
      if (i % 4 === 1) {
        await storeInbound(sql, { channel: "webchat", providerId: `W-${i}`, from: "", participantId: session.participantId, body: `in ${i}`, receivedAt: now });
        return;
      }
      // A coordinator's message, already handed to the web chat when its transaction commits.
      await sql.transaction(async (tx) => {
        const queued = await enqueueOutbound(tx, { conversationId: conversationIds[i % 2]!, participantId: session.participantId, channel: "webchat", body: `out ${i}`, authorKind: "coordinator", purpose: "staff", now });
        if (!queued.queued) throw new Error(queued.reason);
        await tx.execute(`UPDATE "OutboxItem" SET "status" = 'sent' WHERE "messageId" = ?`, [queued.messageId]);
        await pause(); // committed a moment after its id was drawn
      });
    }));
    done = true;
    await reader;
    expect(seen).toHaveLength(WRITES);
    expect(new Set(seen).size).toBe(WRITES);
  });
});
