// When writes fail for a while (a full disk, a database another process keeps locked), /healthz
// says so, and messages that were acknowledged but could not be answered are answered once writes
// work again, without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WELCOME_SV, eventually, startHarness, type Harness } from "../helpers/harness.js";
import { holdWriteLock } from "../helpers/external-lock.js";
import { onPostgres } from "../helpers/test-database.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

const health = async () => {
  const res = await fetch(`${h.baseUrl}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; database: string } };
};

// SQLite's own answer for a full disk, from a trigger on the table every reply is written to: the
// inbound message is still stored and acknowledged, its turn cannot commit.
const DISK_FULL = `CREATE TRIGGER "test_disk_full" BEFORE INSERT ON "OutboxItem" BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`;

// SQLite only: these break the database file itself (another process's write lock, SQLite's own
// disk-full error from a trigger, PRAGMA query_only). PostgreSQL's equivalents are not written yet.
describe.skipIf(onPostgres)("while writes fail", () => {
  it("a turn that failed on a write error is retried with backoff while the service runs", async () => {
    const from = "+46707200001";
    await h.tillit.db.$executeRawUnsafe(DISK_FULL);
    try {
      expect((await h.sendSms({ From: from })).status).toBe(200);
      await eventually(() => (h.logs.text.match(/turn processing failed; will retry/g) ?? []).length >= 2, 10_000);
      expect(h.fake.sentTo(from)).toHaveLength(0);
      expect(await h.tillit.db.message.count({ where: { direction: "in", processedAt: null } })).toBe(1);
    } finally {
      await h.tillit.db.$executeRawUnsafe(`DROP TRIGGER "test_disk_full"`);
    }
    // The disk has room again: no restart, no new message from the participant.
    await eventually(() => h.fake.sentTo(from).length === 2, 10_000);
    expect(h.fake.sentTo(from).map((m) => m.body)).toEqual(WELCOME_SV);
  });

  it("/healthz answers 503 while no write can commit, and 200 again once one can", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok", database: "ok", sms: "twilio" } });
    await new Promise((r) => setTimeout(r, 1600)); // past the cached answer
    await h.tillit.db.$queryRawUnsafe("PRAGMA query_only = 1"); // every write refused, reads still work
    try {
      expect(await health()).toMatchObject({ status: 503, body: { status: "unavailable", database: "not-writable" } });
    } finally {
      await h.tillit.db.$queryRawUnsafe("PRAGMA query_only = 0");
    }
    await eventually(async () => (await health()).status === 200, 5000);
  });

  it("/healthz answers 503 while another process holds the write lock longer than the busy timeout", async () => {
    await new Promise((r) => setTimeout(r, 1600));
    const lock = await holdWriteLock(h.dbFile, 0); // held until released below, past busy_timeout (5 s)
    try {
      expect((await health()).status).toBe(503);
    } finally {
      lock.release();
    }
    await lock.released;
    await eventually(async () => (await health()).status === 200, 5000);
  });
});
