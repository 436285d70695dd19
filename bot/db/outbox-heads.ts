// Which outbox items a sender may claim now: each participant's oldest unfinished item (their head),
// if it is due, so one person's messages leave in the order they were written.
import { date, int, type Sql, type SqlExecutor } from "./sql.js";
import { claimedItem, claimItems, claimedColumns, isDue, type ClaimedItem } from "./outbox.js";

/** Due head items by id: null for a first attempt, or when an earlier attempt began (it is in doubt). */
export type DueHeads = Map<number, { since: Date } | null>;

// How far into the queue a sweep looks for the next message of each person (SQLite).
const HEAD_SIZE = 200;

/** Claims up to `limit` due heads with a lease until `leaseUntil`; what a send needs, in queue order. */
export function claimDueHeads(sql: Sql, at: Date, limit: number, leaseUntil: Date): Promise<ClaimedItem[]> {
  if (sql.dialect === "postgres") return claimLockedHeads(sql, at, limit, leaseUntil);
  return sql.transaction(async (tx) => claimItems(tx, await scannedHeads(tx, at, limit), at, leaseUntil));
}

function inDoubtSince(item: Record<string, unknown>): { since: Date } | null {
  // Rows claimed before sendStartedAt existed fall back to their creation time.
  const inDoubt = item.status === "sending" || item.sendStartedAt != null;
  return inDoubt ? { since: date(item.sendStartedAt ?? item.createdAt) } : null;
}

/** SQLite: one process sends, so the head is read from the front of the queue. */
async function scannedHeads(tx: SqlExecutor, at: Date, limit: number): Promise<DueHeads> {
  const head = await tx.query(
    `SELECT "id", "participantId", "status", "nextAttemptAt", "leaseUntil", "sendStartedAt", "createdAt" FROM "OutboxItem"
     WHERE "status" IN ('pending', 'sending') ORDER BY "id" LIMIT ${HEAD_SIZE}`,
  );
  const seen = new Set<number>();
  const due: DueHeads = new Map();
  for (const item of head) {
    if (due.size >= limit) break;
    const participantId = int(item.participantId);
    if (seen.has(participantId)) continue; // an earlier message to this person goes first
    seen.add(participantId);
    const ready = item.status === "pending" ? date(item.nextAttemptAt) <= at : date(item.leaseUntil ?? at) < at;
    if (ready) due.set(int(item.id), inDoubtSince(item));
  }
  return due;
}

/**
 * PostgreSQL, several senders (instances): each person's head item, locked with SKIP LOCKED, so
 * senders share out different people instead of queueing on the same rows. A head another sender is
 * claiming right now is skipped, and with it that person: their next item is never taken in its place
 * (plain SKIP LOCKED over all due items would). Find, claim and read in one statement (its own
 * transaction): the benchmark spent a third of the sender's round trips on the three statements and
 * the transaction around them. `heads` keeps each row's state from before the claim (in doubt or not).
 */
async function claimLockedHeads(sql: Sql, at: Date, limit: number, leaseUntil: Date): Promise<ClaimedItem[]> {
  const rows = await sql.query(
    `WITH heads AS (
       SELECT o."id", o."status" AS "before", o."sendStartedAt" AS "startedBefore", o."createdAt" FROM "OutboxItem" o
        WHERE o."id" IN (SELECT DISTINCT ON (h."participantId") h."id" FROM "OutboxItem" h
                          WHERE h."status" IN ('pending', 'sending') ORDER BY h."participantId", h."id")
          AND ${isDue("o")}
        ORDER BY o."id" LIMIT ${Math.max(1, Math.floor(limit))}
        FOR UPDATE OF o SKIP LOCKED),
     claimed AS (
       UPDATE "OutboxItem" u SET "status" = 'sending', "leaseUntil" = ?, "attempts" = u."attempts" + 1, "updatedAt" = ?,
              "sendStartedAt" = COALESCE(u."sendStartedAt", ?)
         FROM heads WHERE u."id" = heads."id"
          AND ${isDue("u")}
       RETURNING u."id", u."messageId", u."participantId", u."purpose", u."channel", u."attempts", u."createdAt", u."toPhone",
                 heads."before", heads."startedBefore")
     SELECT ${claimedColumns}, o."before", o."startedBefore"
       FROM claimed o JOIN "Message" m ON m."id" = o."messageId" JOIN "Participant" p ON p."id" = o."participantId"
      ORDER BY o."id"`,
    [at, at, leaseUntil, at, at, at, at],
  );
  return rows.map((r) => claimedItem(r, inDoubtSince({ status: r.before, sendStartedAt: r.startedBefore, createdAt: r.createdAt }), at));
}
