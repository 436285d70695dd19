// Two outbound messages with the same text to the same person, a SIGKILL while the second is in
// flight: after the restart each row is matched to its own provider message (never to the earlier
// one's), nothing is sent twice, and the message queued behind them still goes out.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, eventually } from "../helpers/harness.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { applyMigrations } from "../../bot/db/migrate.js";

let fake: FakeTwilio;
let dbFile: string;
let running: TillitProcess | undefined;

beforeEach(async () => {
  fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  dbFile = path.join(mkdtempSync(path.join(tmpdir(), "tillit-identical-")), "tillit.db");
});
afterEach(async () => {
  await running?.kill();
  await fake.stop();
});

const env = (crashAt?: string): Record<string, string> => ({
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL,
  TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
  OUTBOX_POLL_MS: "20", OUTBOX_LEASE_MS: "1000",
  ...(crashAt ? { TILLIT_CRASH_AT: crashAt } : {}),
});

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(dbFile);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const SAME = "Vi ses på torsdag kl 14!";
const BEHIND = "Ring mig om något händer, jag finns här. /Maja";

/** A participant with a coordinator's messages queued the way enqueueOutbound writes them (the service is down). */
function queueStaffMessages(phone: string, bodies: string[]): void {
  applyMigrations(`file:${dbFile}`);
  withDb((db) => {
    const at = new Date().toISOString().replace("Z", "+00:00");
    const { participantId } = db.prepare(`INSERT INTO Participant (phone, status, createdAt, updatedAt) VALUES (?, 'active', ?, ?) RETURNING id participantId`).get(phone, at, at) as { participantId: number };
    const { conversationId } = db.prepare(`INSERT INTO Conversation (participantId, createdAt, updatedAt) VALUES (?, ?, ?) RETURNING id conversationId`).get(participantId, at, at) as { conversationId: number };
    for (const body of bodies) {
      const { id } = db.prepare(
        `INSERT INTO Message (conversationId, participantId, direction, channel, authorKind, body, status, createdAt) VALUES (?, ?, 'out', 'sms', 'coordinator', ?, 'queued', ?) RETURNING id`,
      ).get(conversationId, participantId, body, at) as { id: number };
      db.prepare(
        `INSERT INTO OutboxItem (messageId, participantId, channel, purpose, status, attempts, nextAttemptAt, createdAt, updatedAt) VALUES (?, ?, 'sms', 'staff', 'pending', 0, ?, ?, ?)`,
      ).run(id, participantId, at, at, at);
    }
  });
}

// Two starts of a real process each; generous on a loaded machine.
describe("identical texts in flight at a SIGKILL", { timeout: 120_000 }, () => {
  it.each(["before-provider-send#2", "after-provider-send#2"])("crash at %s: each row keeps its own provider message and the queue goes on", async (crashAt) => {
    const phone = "+46704100001";
    queueStaffMessages(phone, [SAME, SAME, BEHIND]);

    running = await spawnTillit(env(crashAt));
    expect((await running.exited).signal).toBe("SIGKILL");
    const beforeRestart = fake.sentTo(phone).length;
    expect(beforeRestart).toBe(crashAt.startsWith("before") ? 1 : 2);

    running = await spawnTillit(env());
    await eventually(() => withDb((db) => (db.prepare(`SELECT count(*) n FROM OutboxItem WHERE status != 'sent'`).get() as { n: number }).n === 0), 60_000);
    expect(fake.sentTo(phone).map((m) => m.body)).toEqual([SAME, SAME, BEHIND]);
    expect(fake.duplicates()).toEqual([]);
    // Every outbound row carries its own provider id: the one the provider gave that very message.
    const rows = withDb((db) => db.prepare(`SELECT body, providerId FROM Message WHERE direction = 'out' ORDER BY id`).all() as { body: string; providerId: string }[]);
    expect(rows.map((r) => r.providerId)).toEqual(fake.sentTo(phone).map((m) => m.sid));
  });
});
