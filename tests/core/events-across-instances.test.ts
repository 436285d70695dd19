// Live updates across instances (PostgreSQL LISTEN/NOTIFY): what one instance emits reaches the live
// views of another, as ids only, and only those listeners; a dropped listening connection comes back.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { relayEventsAcrossInstances, type EventRelay } from "../../bot/db/events-across-instances.js";
import { EventBus } from "../../bot/infrastructure/events.js";
import { createLogger } from "../../bot/infrastructure/log.js";
import { eventually } from "../helpers/harness.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";

describe.skipIf(!onPostgres)("live updates across instances (PostgreSQL)", () => {
  let url: string;
  let dbs: Database[];
  let relays: EventRelay[];
  const buses = [new EventBus(), new EventBus()];
  const logs: string[] = [];
  const capture = new Writable({ write: (chunk, _enc, done) => void (logs.push(String(chunk)), done()) });
  beforeAll(async () => {
    url = await freshDatabaseUrl("relay");
    dbs = [openDatabase(url), openDatabase(url)];
    relays = dbs.map((db, i) => relayEventsAcrossInstances({ databaseUrl: url, sql: db.sql, events: buses[i]!, log: createLogger("warn", capture) }));
    for (const r of relays) await r.start();
  });
  afterAll(async () => {
    for (const r of relays ?? []) await r.stop();
    for (const db of dbs ?? []) await db.close();
  });

  it("reach the other instance's live views, ids only, and not its once-only work", async () => {
    const shared: unknown[] = [];
    const local: unknown[] = [];
    const own: unknown[] = [];
    buses[1]!.onShared("conversation.crisis-flagged", (e) => shared.push(e));
    buses[1]!.on("conversation.crisis-flagged", (e) => local.push(e));
    buses[0]!.onShared("conversation.crisis-flagged", (e) => own.push(e));
    buses[0]!.emit("conversation.crisis-flagged", { conversationId: 7, participantId: 3, categories: ["suicide"] });
    buses[0]!.emit("outbox.enqueued", { count: 1 }); // this instance's own business: not relayed
    await eventually(() => shared.length === 1);
    // The publishing side had no trouble (a NOTIFY's void result once failed to decode).
    expect(logs.join("")).not.toMatch(/live update to other instances failed/);
    // The categories are health data: they never leave the instance.
    expect(shared).toEqual([{ conversationId: 7, participantId: 3, categories: [] }]);
    expect(local).toEqual([]);
    // The sender hears its own event once (locally), not again through the database.
    await new Promise((r) => setTimeout(r, 200));
    expect(own).toHaveLength(1);
  });

  it("keep their order, and come back after the listening connection drops", async () => {
    const seen: number[] = [];
    buses[1]!.onShared("message.stored", (e) => seen.push(e.messageId));
    for (let i = 1; i <= 50; i++) buses[0]!.emit("message.stored", { messageId: i, conversationId: 1, participantId: 1, direction: "in" });
    await eventually(() => seen.length === 50);
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const [terminated] = await dbs[0]!.sql.query<{ n: string }>(
      `SELECT COUNT(pg_terminate_backend("pid")) AS "n" FROM pg_stat_activity WHERE "application_name" = 'tillit-live-updates' AND "datname" = current_database()`,
    );
    expect(Number(terminated!.n)).toBe(2);
    await eventually(async () => {
      buses[0]!.emit("message.stored", { messageId: 99, conversationId: 1, participantId: 1, direction: "in" });
      await new Promise((r) => setTimeout(r, 100));
      return seen.includes(99);
    });
  });
});
