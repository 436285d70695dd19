// Coordination between app instances on PostgreSQL. On SQLite one process is the only writer and
// its in-process queue (keyed-serial-runner.ts) already runs one turn at a time per conversation,
// so these are no-ops there and the hot path stays as it was.
import type { SqlExecutor } from "./sql.js";

/** pg_advisory_xact_lock's first key: "a participant's turn" (the second is the participant's id). */
export const TURN_LOCK_NAMESPACE = 7001;

/**
 * The start of a turn: one turn at a time per participant across instances (an advisory lock held
 * until the transaction ends, released by the server if the instance holding it dies), then the
 * participant's row lock (lockParticipantRow below) with their status as it is now. On PostgreSQL one
 * round trip: the advisory lock is taken in a materialised CTE that the locked row's join must read
 * first, so the turn lock is always granted before the row lock is asked for (the order every turn
 * keeps), and a locked row is read as last committed.
 */
export async function lockParticipantTurnAndRow(tx: SqlExecutor, participantId: number): Promise<{ status: string } | undefined> {
  if (tx.dialect !== "postgres") return lockParticipantRow(tx, participantId);
  const [row] = await tx.query(
    `WITH "turn" AS MATERIALIZED (SELECT pg_advisory_xact_lock(${TURN_LOCK_NAMESPACE}, ?) IS NULL AS "granted")
     SELECT p."status" FROM "turn", "Participant" p WHERE p."id" = ? FOR NO KEY UPDATE OF p`,
    [participantId, participantId],
  );
  return row ? { status: String(row.status) } : undefined;
}

/**
 * The participant's row lock, taken before a message to or from them is written. Every writer of
 * messages takes it first (store-inbound.ts, enqueue-outbound.ts, a turn's commit), so per participant
 * message ids are drawn in commit order (a web chat watermark never skips one) and no two of those
 * transactions wait on each other's rows in opposite orders. Also returns the participant's status
 * as it is now. Conflicts with store-inbound's no-op UPDATE (both take FOR NO KEY UPDATE), not with
 * the foreign-key checks of inserts (FOR KEY SHARE).
 */
export async function lockParticipantRow(tx: SqlExecutor, participantId: number): Promise<{ status: string } | undefined> {
  const [row] = await tx.query(`SELECT "status" FROM "Participant" WHERE "id" = ?${tx.dialect === "postgres" ? " FOR NO KEY UPDATE" : ""}`, [participantId]);
  return row ? { status: String(row.status) } : undefined;
}
