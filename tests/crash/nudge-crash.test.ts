// Kills the real process with SIGKILL while it sends nudges: after claiming a batch, and right after
// one nudge's send committed. After a restart every nudge reaches the phone exactly once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, eventually } from "../helpers/harness.js";
import { freshDatabaseUrl, queryDatabase } from "../helpers/test-database.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { openDatabase } from "../../bot/db/client.js";
import { insertNudge } from "../../bot/nudges/schedule-nudges.js";

let fake: FakeTwilio;
let databaseUrl: string;
let running: TillitProcess | undefined;
const phones = ["+46704100001", "+46704100002", "+46704100003"];

beforeEach(async () => {
  fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  databaseUrl = await freshDatabaseUrl("nudge-crash");
});
afterEach(async () => {
  await running?.kill();
  await fake.stop();
});

function env(crashAt?: string): Record<string, string> {
  return {
    PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PUBLIC_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
    OUTBOX_POLL_MS: "20", OUTBOX_LEASE_MS: "1000", NUDGE_POLL_MS: "50", NUDGE_LEASE_MS: "1000", NUDGES_PER_SECOND: "20",
    ...(crashAt ? { TILLIT_CRASH_AT: crashAt } : {}),
  };
}

// Counts arrive as numbers from SQLite and as text from PostgreSQL.
const count = async (sql: string) => Number((await queryDatabase(databaseUrl, sql))[0]!.n);

/** A database with its migrations (from one clean start) and three participants with a nudge due now. */
async function seed(): Promise<void> {
  running = await spawnTillit(env());
  await running.kill("SIGTERM");
  const database = openDatabase(databaseUrl);
  const { prisma, sql } = database;
  // The clock of a nudge a few hours in the future would be quiet at night; 'now' is always inside the stale window.
  await prisma.team.create({ data: { slug: "dygnet-runt", name: "Dygnet runt", quietHours: "03:00-03:01" } });
  for (const phone of phones) {
    const p = await prisma.participant.create({ data: { phone, status: "active", onboardedAt: new Date(), team: { connect: { slug: "dygnet-runt" } } } });
    await prisma.conversation.create({ data: { participantId: p.id } });
    await sql.transaction((tx) => insertNudge(tx, { participantId: p.id, kind: "message", text: "Hej från teamet!", dueAt: new Date() }, new Date()));
  }
  await database.close();
}

async function settle(): Promise<void> {
  await eventually(() => phones.every((p) => fake.sentTo(p).length >= 1), 10_000);
  await eventually(async () => (await count(`SELECT count(*) AS "n" FROM "Nudge" WHERE "status" != 'sent'`)) === 0 && (await count(`SELECT count(*) AS "n" FROM "OutboxItem" WHERE "status" != 'sent'`)) === 0, 10_000);
  // Leases are one second: give a second send every chance to happen before counting.
  await new Promise((r) => setTimeout(r, 2500));
  for (const p of phones) expect(fake.sentTo(p).map((m) => m.body)).toEqual(["Hej från teamet!"]);
}

// Each test starts real processes; generous on a loaded machine.
describe("nudges and crashes (SIGKILL)", { timeout: 120_000 }, () => {
  it("killed right after claiming a batch: the claims expire and each nudge goes out once", async () => {
    await seed();
    running = await spawnTillit(env("after-nudges-claimed"));
    expect((await running.exited).signal).toBe("SIGKILL");
    expect(await count(`SELECT count(*) AS "n" FROM "Nudge" WHERE "status" = 'claimed'`)).toBe(3);
    expect(fake.creates).toHaveLength(0);
    running = await spawnTillit(env());
    await settle();
  });

  it("killed right after one nudge's send committed: that one is not sent again, the rest go out once", async () => {
    await seed();
    running = await spawnTillit(env("after-nudge-sent"));
    expect((await running.exited).signal).toBe("SIGKILL");
    expect(await count(`SELECT count(*) AS "n" FROM "Nudge" WHERE "status" = 'sent'`)).toBe(1);
    expect(await count(`SELECT count(*) AS "n" FROM "Message" WHERE "direction" = 'out'`)).toBe(1);
    running = await spawnTillit(env());
    await settle();
  });
});
