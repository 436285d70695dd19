// Two outbound messages with the same text to the same person, a SIGKILL while the second is in
// flight: after the restart each row is matched to its own provider message (never to the earlier
// one's), nothing is sent twice, and the message queued behind them still goes out.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, eventually } from "../helpers/harness.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { openDatabase } from "../../bot/db/client.js";
import { freshDatabaseUrl, queryDatabase } from "../helpers/test-database.js";

let fake: FakeTwilio;
let databaseUrl: string;
let running: TillitProcess | undefined;

beforeEach(async () => {
  fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  databaseUrl = await freshDatabaseUrl("identical");
});
afterEach(async () => {
  await running?.kill();
  await fake.stop();
});

const env = (crashAt?: string): Record<string, string> => ({
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PUBLIC_URL,
  TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
  OUTBOX_POLL_MS: "20", OUTBOX_LEASE_MS: "1000",
  ...(crashAt ? { TILLIT_CRASH_AT: crashAt } : {}),
});


const SAME = "Vi ses på torsdag kl 14!";
const BEHIND = "Ring mig om något händer, jag finns här. /Maja";

/** A participant with a coordinator's messages queued the way enqueueOutbound writes them (the service is down). */
async function queueStaffMessages(phone: string, bodies: string[]): Promise<void> {
  const database = openDatabase(databaseUrl);
  try {
    await database.migrate();
    const at = new Date();
    await database.sql.transaction(async (tx) => {
      const [p] = await tx.query(`INSERT INTO "Participant" ("phone", "status", "createdAt", "updatedAt") VALUES (?, 'active', ?, ?) RETURNING "id"`, [phone, at, at]);
      const participantId = Number(p!.id);
      const [c] = await tx.query(`INSERT INTO "Conversation" ("participantId", "createdAt", "updatedAt") VALUES (?, ?, ?) RETURNING "id"`, [participantId, at, at]);
      for (const body of bodies) {
        const [m] = await tx.query(
          `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "status", "createdAt") VALUES (?, ?, 'out', 'sms', 'coordinator', ?, 'queued', ?) RETURNING "id"`,
          [Number(c!.id), participantId, body, at],
        );
        await tx.execute(
          `INSERT INTO "OutboxItem" ("messageId", "participantId", "channel", "purpose", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt") VALUES (?, ?, 'sms', 'staff', 'pending', 0, ?, ?, ?)`,
          [Number(m!.id), participantId, at, at, at],
        );
      }
    });
  } finally {
    await database.close();
  }
}

// Two starts of a real process each; generous on a loaded machine.
describe("identical texts in flight at a SIGKILL", { timeout: 120_000 }, () => {
  it.each(["before-provider-send#2", "after-provider-send#2"])("crash at %s: each row keeps its own provider message and the queue goes on", async (crashAt) => {
    const phone = "+46704100001";
    await queueStaffMessages(phone, [SAME, SAME, BEHIND]);

    running = await spawnTillit(env(crashAt));
    expect((await running.exited).signal).toBe("SIGKILL");
    const beforeRestart = fake.sentTo(phone).length;
    expect(beforeRestart).toBe(crashAt.startsWith("before") ? 1 : 2);

    running = await spawnTillit(env());
    await eventually(async () => Number((await queryDatabase(databaseUrl, `SELECT count(*) AS "n" FROM "OutboxItem" WHERE "status" != 'sent'`))[0]!.n) === 0, 60_000);
    expect(fake.sentTo(phone).map((m) => m.body)).toEqual([SAME, SAME, BEHIND]);
    expect(fake.duplicates()).toEqual([]);
    // Every outbound row carries its own provider id: the one the provider gave that very message.
    const rows = await queryDatabase(databaseUrl, `SELECT "body", "providerId" FROM "Message" WHERE "direction" = 'out' ORDER BY "id"`);
    expect(rows.map((r) => r.providerId)).toEqual(fake.sentTo(phone).map((m) => m.sid));
  });
});
