// The on-call SMS is exactly-once across a crash: the process is SIGKILLed right after Twilio accepted
// the alert and before Tillit recorded it; after a restart the alert is found at the provider and
// adopted, not sent a second time.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, eventually } from "../helpers/harness.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { fixture, newMessageSid, signedPost } from "../helpers/twilio-webhook.js";

const ON_CALL = "+46709990011";
let fake: FakeTwilio;
let dbFile: string;
let running: TillitProcess | undefined;

beforeEach(async () => {
  fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  dbFile = path.join(mkdtempSync(path.join(tmpdir(), "tillit-oncall-")), "tillit.db");
});
afterEach(async () => {
  await running?.kill();
  await fake.stop();
});

const env = (crashAt?: string): Record<string, string> => ({
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL,
  TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
  OUTBOX_POLL_MS: "20", OUTBOX_LEASE_MS: "1000", DEFAULT_TEAM: "jour",
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

describe("on-call alerts across a crash (SIGKILL)", () => {
  it("an alert the provider accepted just before the crash is adopted after restart, never sent twice", async () => {
    running = await spawnTillit(env("after-on-call-sent"));
    // A team whose office is (all but) never open, so every crisis is out of hours, with an on-call phone.
    withDb((db) => db.prepare(`INSERT INTO "Team" ("slug", "name", "officeHours", "onCallPhone") VALUES ('jour', 'Jourteamet', ?, ?)`)
      .run(JSON.stringify({ days: [7], open: "00:00", close: "00:01" }), ON_CALL));
    const from = "+46704000091";
    const { url, init } = signedPost({ baseUrl: `http://127.0.0.1:${running.port}`, publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN, params: { ...fixture("inbound-sms"), From: from, MessageSid: newMessageSid(), Body: "vill ej leva längre" } });
    await fetch(url, init).catch(() => undefined);
    expect((await running.exited).signal).toBe("SIGKILL");
    expect(fake.sentTo(ON_CALL)).toHaveLength(1);
    expect(withDb((db) => db.prepare(`SELECT "status", "providerId" FROM "OnCallAlert"`).all())).toEqual([{ status: "sending", providerId: null }]);

    running = await spawnTillit(env());
    await eventually(() => withDb((db) => (db.prepare(`SELECT "status" FROM "OnCallAlert"`).get() as { status: string }).status === "sent"), 15_000);
    await new Promise((r) => setTimeout(r, 1500)); // every chance for a duplicate to appear
    expect(fake.sentTo(ON_CALL)).toHaveLength(1);
    expect(fake.sentTo(ON_CALL)[0]!.body).toMatch(/^Tillit: en krisflagga väntar i inkorgen\. Öppna: https:\/\/tillit\.example\.org\/staff#\/c\/\d+$/);
    expect(withDb((db) => db.prepare(`SELECT "providerId" FROM "OnCallAlert"`).get())).toEqual({ providerId: fake.sentTo(ON_CALL)[0]!.sid });
  }, 120_000); // two process starts: slow on a loaded 2-core machine
});
