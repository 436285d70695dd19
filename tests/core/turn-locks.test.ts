// The start of a turn on PostgreSQL, where several instances share the database: the participant's
// turn lock and row lock in one statement, then the new row of automated messages and a look whether
// another instance answered the message meanwhile in another. Proven here against a real server with
// three connections: the turn lock is waited for before the row lock is asked for, and an answer
// committed while an instance waited for the lock is seen (the second statement's snapshot is taken
// after the lock was granted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { int, type SqlExecutor } from "../../bot/db/sql.js";
import { lockParticipantTurnAndRow, TURN_LOCK_NAMESPACE } from "../../bot/db/participant-locks.js";
import { resetUnansweredUnlessAnswered } from "../../bot/db/conversations.js";
import { markProcessed } from "../../bot/db/messages.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";

const now = new Date("2026-12-02T10:00:00Z");
let dbs: Database[] = [];
let participantId = 0;
let conversationId = 0;
let messageId = 0;

beforeAll(async () => {
  if (!onPostgres) return;
  const url = await freshDatabaseUrl("turn-locks");
  const first = openDatabase(url);
  await first.migrate();
  dbs = [first, openDatabase(url), openDatabase(url)];
  await first.sql.transaction(async (tx) => {
    const [p] = await tx.query(`INSERT INTO "Participant" ("phone", "language", "status", "createdAt", "updatedAt") VALUES ('+46701230000', 'sv', 'active', ?, ?) RETURNING "id"`, [now, now]);
    participantId = int(p!.id);
    const [c] = await tx.query(`INSERT INTO "Conversation" ("participantId", "unansweredCount", "createdAt", "updatedAt") VALUES (?, 2, ?, ?) RETURNING "id"`, [participantId, now, now]);
    conversationId = int(c!.id);
    const [m] = await tx.query(
      `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "status", "createdAt") VALUES (?, ?, 'in', 'sms', 'participant', 'hej', 'received', ?) RETURNING "id"`,
      [conversationId, participantId, now],
    );
    messageId = int(m!.id);
  });
});
afterAll(async () => {
  for (const db of dbs) await db.close();
});

/** Waits until a connection of the server waits for an advisory lock (another transaction holds it). */
async function someoneWaitsForTheTurnLock(observer: SqlExecutor): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const rows = await observer.query(`SELECT 1 AS "waiting" FROM pg_locks WHERE "locktype" = 'advisory' AND "classid" = ? AND NOT "granted"`, [TURN_LOCK_NAMESPACE]);
    if (rows.length) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("no one waited for the turn lock");
}

/** A transaction held open until `release` is called. */
function holdTransaction(db: Database, body: (tx: SqlExecutor) => Promise<void>): { held: Promise<void>; release: () => void; done: Promise<void> } {
  let release!: () => void;
  let held!: () => void;
  const heldPromise = new Promise<void>((r) => (held = r));
  const released = new Promise<void>((r) => (release = r));
  const done = db.sql.transaction(async (tx) => {
    // Held is signalled even when the body fails, so the test fails on its assertion rather than hanging.
    try {
      await body(tx);
    } finally {
      held();
    }
    await released;
  });
  return { held: heldPromise, release, done };
}

describe.skipIf(!onPostgres)("a turn's locks across instances (PostgreSQL)", () => {
  it("the row lock is not asked for while the turn lock is awaited, and an answer committed meanwhile is seen", async () => {
    const [a, b, observer] = dbs as [Database, Database, Database];
    // Instance A has the participant's turn (both locks) and is answering the message.
    const first = holdTransaction(a, async (tx) => {
      expect(await lockParticipantTurnAndRow(tx, participantId)).toEqual({ status: "active" });
      expect(await resetUnansweredUnlessAnswered(tx, conversationId, messageId)).toBe("reset");
      await markProcessed(tx, messageId, now);
    });
    await first.held;
    // Instance B starts a turn for the same message and waits for the turn lock.
    const second = b.sql.transaction(async (tx) => {
      const locked = await lockParticipantTurnAndRow(tx, participantId);
      return { locked, seen: await resetUnansweredUnlessAnswered(tx, conversationId, messageId) };
    });
    await someoneWaitsForTheTurnLock(observer.sql);
    // A commits its answer; B, granted the lock, must see it and drop its own.
    first.release();
    await first.done;
    expect(await second).toEqual({ locked: { status: "active" }, seen: "answered" });
    const [row] = await observer.sql.query(`SELECT "unansweredCount" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
    expect(int(row!.unansweredCount)).toBe(0);
  });

  it("while one instance waits for the turn lock, it holds no lock on the participant's row", async () => {
    const [a, b, observer] = dbs as [Database, Database, Database];
    // The turn lock alone, held by A (as a turn between its two statements would).
    const first = holdTransaction(a, async (tx) => {
      await tx.query(`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(${TURN_LOCK_NAMESPACE}, ?)) AS l`, [participantId]);
    });
    await first.held;
    const second = b.sql.transaction((tx) => lockParticipantTurnAndRow(tx, participantId));
    await someoneWaitsForTheTurnLock(observer.sql);
    // Had B locked the row before waiting, NOWAIT would fail here.
    const free = await observer.sql.transaction((tx) => tx.query(`SELECT "status" FROM "Participant" WHERE "id" = ? FOR NO KEY UPDATE NOWAIT`, [participantId]));
    expect(free).toEqual([{ status: "active" }]);
    first.release();
    await first.done;
    expect(await second).toEqual({ status: "active" });
  });
});
