// Erasure is one transaction: SIGKILL in the middle of it (after the answers and outbox rows are
// deleted, before the messages) leaves everything as it was; after a restart the same request erases
// everything. The process is the real `npm start` entry point, killed as a power cut would.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, startHarness } from "../helpers/harness.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { StaffClient, staffWorld } from "../helpers/staff.js";
import { richParticipant } from "../helpers/privacy.js";

let running: TillitProcess | undefined;
let fake: FakeTwilio | undefined;
afterEach(async () => {
  await running?.kill();
  await fake?.stop();
});

function readDb<T>(dbFile: string, fn: (db: Database.Database) => T): T {
  const db = new Database(dbFile, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

// What the restarted process itself writes (sign-in, its audit of the attempt, the day's retention
// claim) is not part of the participant's record.
const serviceTables = new Set(["StaffSession", "LoginAttempt", "AuditLog", "RetentionRun", "_prisma_migrations"]);

function snapshot(dbFile: string): Record<string, number> {
  return readDb(dbFile, (db) => {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.filter((t) => !serviceTables.has(t)).map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  });
}

function cellsContaining(dbFile: string, needles: string[]): string[] {
  return readDb(dbFile, (db) => {
    const found: string[] = [];
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) if (needles.some((x) => String(value ?? "").includes(x))) found.push(`${name}.${column}`);
      }
    }
    return found;
  });
}

describe("erasure under SIGKILL", () => {
  // It seeds a rich history in process and starts the real service twice: more than the default 30 s on a busy machine.
  it("a crash in the middle leaves everything; after restart the same request erases everything", { timeout: 180_000 }, async () => {
    const dbFile = path.join(mkdtempSync(path.join(tmpdir(), "tillit-erasure-crash-")), "tillit.db");
    const h = await startHarness({ DATABASE_URL: `file:${dbFile}` });
    const w = await staffWorld(h);
    const rich = await richParticipant(h, w, { phone: "+46704300001", name: "Sigrun", tag: "Krs", stop: true });
    const request = await h.tillit.db.erasureRequest.findFirstOrThrow({ where: { participantId: rich.participantId, status: "open" } });
    await h.stop();
    const before = snapshot(dbFile);
    expect(cellsContaining(dbFile, rich.needles).length).toBeGreaterThan(10);

    fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    await fake.start();
    const env = (crashAt?: string) => ({
      PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL, NUDGE_POLL_MS: "600000",
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
    expect(snapshot(dbFile)).toEqual(before);
    expect(readDb(dbFile, (db) => db.prepare(`SELECT status FROM ErasureRequest WHERE id = ?`).get(request.id))).toEqual({ status: "open" });
    expect(readDb(dbFile, (db) => db.prepare(`SELECT count(*) AS n FROM AuditLog WHERE action = 'participant.erased'`).get())).toEqual({ n: 0 });

    running = await spawnTillit(env());
    const res = await (await lead(running.port)).post(`/erasure-requests/${request.id}/carry-out`);
    expect(res.status).toBe(200);
    await running.kill("SIGTERM");
    expect(cellsContaining(dbFile, rich.needles)).toEqual([]);
    expect(readDb(dbFile, (db) => db.prepare(`SELECT count(*) AS n FROM ErasedOptOut`).get())).toEqual({ n: 1 });
    expect(readDb(dbFile, (db) => db.prepare(`SELECT count(*) AS n FROM AuditLog WHERE action = 'participant.erased'`).get())).toEqual({ n: 1 });
  });
});
