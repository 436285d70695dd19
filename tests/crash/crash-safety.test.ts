// Kills the real process with SIGKILL at the worst moments and shows that, after a restart, every
// stored message gets its reply exactly once and nothing is sent twice.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, WELCOME_SV_ANY_HOUR, eventually } from "../helpers/harness.js";
import { freshDatabaseUrl, queryDatabase } from "../helpers/test-database.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { fixture, newMessageSid, signedPost } from "../helpers/twilio-webhook.js";

let fake: FakeTwilio;
let databaseUrl: string;
let running: TillitProcess | undefined;

beforeEach(async () => {
  fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  databaseUrl = await freshDatabaseUrl("crash");
});
afterEach(async () => {
  await running?.kill();
  await fake.stop();
});

function env(crashAt?: string): Record<string, string> {
  return {
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: FROM_NUMBER,
    TWILIO_API_URL: fake.url,
    OUTBOX_POLL_MS: "20",
    OUTBOX_LEASE_MS: "1000",
    ...(crashAt ? { TILLIT_CRASH_AT: crashAt } : {}),
  };
}

function webhook(port: number, params: Record<string, string>) {
  const { url, init } = signedPost({ baseUrl: `http://127.0.0.1:${port}`, publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN, params });
  return fetch(url, init);
}

function inboundParams(from: string, sid: string): Record<string, string> {
  return { ...fixture("inbound-sms"), From: from, MessageSid: sid, SmsMessageSid: sid, SmsSid: sid };
}

// Counts arrive as numbers from SQLite and as text from PostgreSQL.
const rows = (sql: string, ...args: string[]) => queryDatabase(databaseUrl, sql, args);
const count = async (sql: string, ...args: string[]) => Number((await rows(sql, ...args))[0]!.n);

// The child processes run on the real clock: after office hours the greeting says when a person reads.
const welcome = WELCOME_SV_ANY_HOUR;

async function restartAndSettle(from: string, retryWebhook?: Record<string, string>): Promise<void> {
  running = await spawnTillit(env());
  if (retryWebhook) expect((await webhook(running.port, retryWebhook)).status).toBe(200);
  await eventually(() => fake.sentTo(from).length >= 2, 10_000);
  // Give a duplicate every chance to appear before counting.
  await eventually(async () => (await count(`SELECT count(*) AS "n" FROM "OutboxItem" WHERE "status" != 'sent'`)) === 0, 10_000);
  await new Promise((r) => setTimeout(r, 1500));
}

// Each test starts real processes; generous on a loaded machine.
describe("crash safety (SIGKILL)", { timeout: 120_000 }, () => {
  it("a message stored but not yet processed gets its reply exactly once after restart", async () => {
    const from = "+46704000001";
    const sid = newMessageSid();
    running = await spawnTillit(env("after-inbound-stored"));
    await expect(webhook(running.port, inboundParams(from, sid))).rejects.toThrow();
    expect((await running.exited).signal).toBe("SIGKILL");
    expect(await rows(`SELECT "status", "processedAt" FROM "Message" WHERE "providerId" = ?`, sid)).toEqual([{ status: "received", processedAt: null }]);
    expect(fake.creates).toHaveLength(0);

    // Twilio retries the unanswered webhook after the restart: stored once, answered once.
    await restartAndSettle(from, inboundParams(from, sid));
    expect(fake.sentTo(from).map((m) => m.body)).toEqual(welcome);
    expect(await count(`SELECT count(*) AS "n" FROM "Message" WHERE "providerId" = ?`, sid)).toBe(1);
  });

  it("replies committed to the outbox but not yet sent are sent exactly once after restart", async () => {
    const from = "+46704000002";
    running = await spawnTillit(env("after-turn-committed"));
    await webhook(running.port, inboundParams(from, newMessageSid())).catch(() => undefined);
    expect((await running.exited).signal).toBe("SIGKILL");
    // Both replies are committed and unsent (the sender may already have claimed one: then it is in doubt).
    expect(await count(`SELECT count(*) AS "n" FROM "OutboxItem" WHERE "status" IN ('pending', 'sending')`)).toBe(2);
    expect(fake.creates).toHaveLength(0);

    await restartAndSettle(from);
    expect(fake.sentTo(from).map((m) => m.body)).toEqual(welcome);
  });

  it("a message the provider accepted just before the crash is not sent again", async () => {
    const from = "+46704000003";
    running = await spawnTillit(env("after-provider-send"));
    await webhook(running.port, inboundParams(from, newMessageSid())).catch(() => undefined);
    expect((await running.exited).signal).toBe("SIGKILL");
    expect(fake.sentTo(from).map((m) => m.body)).toEqual([welcome[0]]);
    expect(await rows(`SELECT "status" FROM "OutboxItem" ORDER BY "id"`)).toEqual([{ status: "sending" }, { status: "pending" }]);

    await restartAndSettle(from);
    expect(fake.sentTo(from).map((m) => m.body)).toEqual(welcome);
    // The in-doubt message adopted the provider's id instead of being sent a second time.
    const [first] = await rows(`SELECT "providerId" FROM "Message" WHERE "direction" = 'out' ORDER BY "id" LIMIT 1`);
    expect(first!.providerId).toBe(fake.sentTo(from)[0]!.sid);
  });
});
