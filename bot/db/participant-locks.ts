// Coordination between app instances on PostgreSQL. On SQLite one process is the only writer and
// its in-process queue (keyed-serial-runner.ts) already runs one turn at a time per conversation,
// so these are no-ops there and the hot path stays as it was.
import type { SqlExecutor } from "./sql.js";

/** pg_advisory_xact_lock's first key: "a participant's turn" (the second is the participant's id). */
export const TURN_LOCK_NAMESPACE = 7001;

/**
 * One turn at a time per participant across instances: held until the turn's transaction ends, and
 * released by the server if the instance holding it dies.
 */
export async function lockParticipantTurn(tx: SqlExecutor, participantId: number): Promise<void> {
  if (tx.dialect !== "postgres") return;
  await tx.query(`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(${TURN_LOCK_NAMESPACE}, ?)) AS l`, [participantId]);
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
