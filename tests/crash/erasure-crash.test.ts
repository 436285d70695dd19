// Erasure is one transaction: SIGKILL in the middle of it (after the answers and outbox rows are
// deleted, before the messages) leaves everything as it was; after a restart the same request erases
// everything. The process is the real `npm start` entry point, killed as a power cut would.
import { afterEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, startHarness } from "../helpers/harness.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { StaffClient, staffWorld } from "../helpers/staff.js";
import { postgresTables, richParticipant, sqliteTables } from "../helpers/privacy.js";
import { freshDatabaseUrl, onPostgres, queryDatabase } from "../helpers/test-database.js";

let running: TillitProcess | undefined;
let fake: FakeTwilio | undefined;
afterEach(async () => {
  await running?.kill();
  await fake?.stop();
});

// What the restarted process itself writes (sign-in, its audit of the attempt, the day's retention
// claim) is not part of the participant's record.
const serviceTables = new Set(["StaffSession", "LoginAttempt", "AuditLog", "RetentionRun", "_prisma_migrations"]);

const tablesOf = async (url: string) => (await queryDatabase(url, onPostgres ? postgresTables : sqliteTables)).map((t) => String(t.name));
const count = async (url: string, sql: string, args: (string | number)[] = []) => Number((await queryDatabase(url, sql, args))[0]!.n);

async function snapshot(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of (await tablesOf(url)).filter((t) => !serviceTables.has(t)).sort()) counts[t] = await count(url, `SELECT COUNT(*) AS "n" FROM "${t}"`);
  return counts;
}

async function cellsContaining(url: string, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of await tablesOf(url)) {
    for (const row of await queryDatabase(url, `SELECT * FROM "${name}"`)) {
      for (const [column, value] of Object.entries(row)) if (needles.some((x) => String(value ?? "").includes(x))) found.push(`${name}.${column}`);
    }
  }
  return found;
}

describe("erasure under SIGKILL", () => {
  // It seeds a rich history in process and starts the real service twice: more than the default 30 s on a busy machine.
  it("a crash in the middle leaves everything; after restart the same request erases everything", { timeout: 180_000 }, async () => {
    const databaseUrl = await freshDatabaseUrl("erasure-crash");
    const h = await startHarness({ DATABASE_URL: databaseUrl });
    const w = await staffWorld(h);
    const rich = await richParticipant(h, w, { phone: "+46704300001", name: "Sigrun", tag: "Krs", stop: true });
    const request = await h.tillit.db.erasureRequest.findFirstOrThrow({ where: { participantId: rich.participantId, status: "open" } });
    await h.stop();
    const before = await snapshot(databaseUrl);
    expect((await cellsContaining(databaseUrl, rich.needles)).length).toBeGreaterThan(10);

    fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    await fake.start();
    const env = (crashAt?: string) => ({
      PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PUBLIC_URL, NUDGE_POLL_MS: "600000",
      TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake!.url,
      ...(crashAt ? { TILLIT_CRASH_AT: crashAt } : {}),
    });
    const lead = async (port: number) => {
      const c = new StaffClient(`http://127.0.0.1:${port}`);
      expect((await c.login(w.accounts.leadA.email)).status).toBe(200);
      return c;
    };

    running = await spawnTillit(env("erasure-in-transaction"));
    const dying = await lead(running.port);
    await expect(dying.post(`/erasure-requests/${request.id}/carry-out`)).rejects.toThrow();
    expect((await running.exited).signal).toBe("SIGKILL");
    // Nothing was erased: every table as before, the request still open, no tombstone, no hash.
    expect(await snapshot(databaseUrl)).toEqual(before);
    expect(await queryDatabase(databaseUrl, `SELECT "status" FROM "ErasureRequest" WHERE "id" = ?`, [request.id])).toEqual([{ status: "open" }]);
    expect(await count(databaseUrl, `SELECT COUNT(*) AS "n" FROM "AuditLog" WHERE "action" = 'participant.erased'`)).toBe(0);

    running = await spawnTillit(env());
    const res = await (await lead(running.port)).post(`/erasure-requests/${request.id}/carry-out`);
    expect(res.status).toBe(200);
    await running.kill("SIGTERM");
    expect(await cellsContaining(databaseUrl, rich.needles)).toEqual([]);
    expect(await count(databaseUrl, `SELECT COUNT(*) AS "n" FROM "ErasedOptOut"`)).toBe(1);
    expect(await count(databaseUrl, `SELECT COUNT(*) AS "n" FROM "AuditLog" WHERE "action" = 'participant.erased'`)).toBe(1);
  });
});
