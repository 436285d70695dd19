// Several app instances on one database: each has its own connections, outbox sender and nudge
// scheduler. Claims must hand each outbox item and each nudge to exactly one of them, and one
// person's messages must still leave in the order they were written. (On SQLite the instances are
// connections in one process; on PostgreSQL this is the case that matters.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { int } from "../../bot/db/sql.js";
import { OutboxSender } from "../../bot/outbox/deliver-outbox.js";
import { EventBus } from "../../bot/infrastructure/events.js";
import { createLogger } from "../../bot/infrastructure/log.js";
import type { SmsTransport } from "../../bot/channels/sms-transport.js";
import { NudgeScheduler } from "../../bot/nudges/nudge-scheduler.js";
import { defaultSettings } from "../helpers/nudges.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { freshDatabaseUrl } from "../helpers/test-database.js";

const INSTANCES = 4;
const PEOPLE = 60;
const PER_PERSON = 4;
const now = new Date("2026-12-02T10:00:00Z");
const log = createLogger("silent");
let url: string;
let instances: Database[];

beforeAll(async () => {
  url = await freshDatabaseUrl("claims");
  const first = openDatabase(url);
  await first.migrate();
  instances = [first, ...Array.from({ length: INSTANCES - 1 }, () => openDatabase(url))];
  // People with a conversation each, several queued messages each, interleaved across people.
  await first.sql.transaction(async (tx) => {
    for (let p = 0; p < PEOPLE; p++) {
      const [row] = await tx.query(`INSERT INTO "Participant" ("phone", "language", "status", "createdAt", "updatedAt") VALUES (?, 'sv', 'active', ?, ?) RETURNING "id"`, [`+4670777${String(p).padStart(4, "0")}`, now, now]);
      await tx.execute(`INSERT INTO "Conversation" ("participantId", "createdAt", "updatedAt") VALUES (?, ?, ?)`, [int(row!.id), now, now]);
    }
    const people = await tx.query(`SELECT p."id" AS "participantId", c."id" AS "conversationId" FROM "Participant" p JOIN "Conversation" c ON c."participantId" = p."id" ORDER BY p."id"`);
    for (let k = 0; k < PER_PERSON; k++) {
      for (const person of people) {
        const [m] = await tx.query(
          `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "status", "createdAt") VALUES (?, ?, 'out', 'sms', 'coordinator', ?, 'queued', ?) RETURNING "id"`,
          [int(person.conversationId), int(person.participantId), `message ${k}`, now],
        );
        await tx.execute(
          `INSERT INTO "OutboxItem" ("messageId", "participantId", "channel", "purpose", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt") VALUES (?, ?, 'sms', 'staff', 'pending', 0, ?, ?, ?)`,
          [int(m!.id), int(person.participantId), now, now, now],
        );
        await tx.execute(
          `INSERT INTO "Nudge" ("participantId", "kind", "text", "status", "dueAt", "createdAt") VALUES (?, 'message', ?, 'scheduled', ?, ?)`,
          [int(person.participantId), `nudge ${k}`, now, now],
        );
      }
    }
  });
});
afterAll(async () => {
  for (const db of instances ?? []) await db.close();
});

describe(`${INSTANCES} instances on one database`, () => {
  it("send every outbox item once, each person's in the order written", async () => {
    const sent: { to: string; body: string; instance: number }[] = [];
    const senders = instances.map((db, i) => {
      const sms: SmsTransport = {
        kind: "twilio",
        async send(m) {
          // A provider call takes a moment: the other instances claim meanwhile.
          await new Promise((r) => setTimeout(r, 2 + Math.random() * 5));
          sent.push({ to: m.to, body: m.body, instance: i });
          return { providerId: `SM${i}-${sent.length}`, status: "sent" };
        },
        findSent: async () => [],
        classifyError: () => ({ permanent: true, code: "x", optedOut: false, maybeSent: false }),
      };
      return new OutboxSender({ sql: db.sql, sms, events: new EventBus(), log, now: () => now, leaseMs: 60_000, maxAttempts: 3, concurrency: 8, pollMs: 10 });
    });
    const total = PEOPLE * PER_PERSON;
    await Promise.all(senders.map(async (s) => {
      for (let idle = 0; idle < 20 && sent.length < total; ) idle = (await s.drainOnce()) ? 0 : idle + 1;
    }));
    expect(sent).toHaveLength(total);
    const byPerson = new Map<string, typeof sent>();
    for (const m of sent) byPerson.set(m.to, [...(byPerson.get(m.to) ?? []), m]);
    expect(byPerson.size).toBe(PEOPLE);
    for (const messages of byPerson.values()) expect(messages.map((m) => m.body)).toEqual(["message 0", "message 1", "message 2", "message 3"]);
    // More than one instance did the work (else this proved nothing about claims).
    expect(new Set(sent.map((m) => m.instance)).size).toBeGreaterThan(1);
    const [left] = await instances[0]!.sql.query(`SELECT COUNT(*) AS "n" FROM "OutboxItem" WHERE "status" <> 'sent'`);
    expect(Number(left!.n)).toBe(0);
  });

  it("claim every due nudge once, never one nudge by two schedulers", async () => {
    const locales = loadLocales();
    const schedulers = instances.map((db) =>
      new NudgeScheduler({ sql: db.sql, core: undefined as never, locales, events: new EventBus(), log, now: () => now, settings: { ...defaultSettings, perSecond: 100 } }),
    );
    const claimed: number[] = [];
    await Promise.all(schedulers.map(async (s) => {
      for (let round = 0; round < 40; round++) {
        const batch = await s.claim(7);
        expect(batch.length).toBeLessThanOrEqual(7);
        claimed.push(...batch.map((n) => n.id));
        if (!batch.length) await new Promise((r) => setTimeout(r, 5));
      }
    }));
    expect(claimed).toHaveLength(PEOPLE * PER_PERSON);
    expect(new Set(claimed).size).toBe(claimed.length);
  });
});
