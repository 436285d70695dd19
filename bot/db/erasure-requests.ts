// ErasureRequest: a participant's "radera mina uppgifter", from the request to a team lead's
// decision (bot/privacy/erasure-requests.ts), and its part in the erasure itself.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export interface OpenErasureRequestRow {
  id: number;
  participantId: number;
  conversationId: number | null;
  name: string | null;
  phone: string | null;
  source: string;
  requestedAt: Date;
  /** A team lead holds the record: the request cannot be carried out now. */
  held: boolean;
}

export async function openErasureRequestId(tx: SqlExecutor, participantId: number): Promise<number | undefined> {
  const [open] = await tx.query(`SELECT "id" FROM "ErasureRequest" WHERE "participantId" = ? AND "status" = 'open' ORDER BY "id" LIMIT 1`, [participantId]);
  return open ? int(open.id) : undefined;
}

/** A new open request, for the participant's team as it is now; returns its id. */
export async function insertErasureRequest(
  tx: SqlExecutor,
  r: { participantId: number; conversationId: number; source: string; requestedById: number | null; now: Date },
): Promise<number> {
  const [made] = await tx.query(
    `INSERT INTO "ErasureRequest" ("participantId", "conversationId", "teamId", "source", "status", "requestedAt", "requestedById")
     VALUES (?, ?, (SELECT "teamId" FROM "Participant" WHERE "id" = ?), ?, 'open', ?, ?) RETURNING "id"`,
    [r.participantId, r.conversationId, r.participantId, r.source, r.now, r.requestedById],
  );
  return int(made!.id);
}

/** The participant's latest conversation (0 when they have none): where a request registered by staff belongs. */
export async function latestConversationId(tx: SqlExecutor, participantId: number): Promise<number> {
  const [c] = await tx.query(`SELECT MAX("id") AS "id" FROM "Conversation" WHERE "participantId" = ?`, [participantId]);
  return c?.id == null ? 0 : int(c.id);
}

/** Open requests, oldest first; in the given teams, or in every team (null). */
export async function listOpenErasureRequests(sql: SqlExecutor, teamIds: number[] | null): Promise<OpenErasureRequestRow[]> {
  const rows = await sql.query(
    `SELECT r."id", r."participantId", r."conversationId", r."source", r."requestedAt", r."teamId", p."preferredName", p."phone",
            (SELECT h."id" FROM "RetentionHold" h WHERE h."participantId" = r."participantId" AND h."releasedAt" IS NULL LIMIT 1) AS "holdId"
       FROM "ErasureRequest" r JOIN "Participant" p ON p."id" = r."participantId"
      WHERE r."status" = 'open' ${teamIds ? `AND r."teamId" IN (${teamIds.map(() => "?").join(", ")})` : ""}
      ORDER BY r."requestedAt", r."id"`,
    teamIds ?? [],
  );
  return rows.map((r) => ({
    id: int(r.id), participantId: int(r.participantId), conversationId: r.conversationId == null ? null : int(r.conversationId),
    name: strOrNull(r.preferredName), phone: strOrNull(r.phone), source: String(r.source), requestedAt: date(r.requestedAt), held: r.holdId != null,
  }));
}

export async function erasureRequestById(sql: SqlExecutor, requestId: number): Promise<{ id: number; participantId: number | null; status: string } | undefined> {
  const [r] = await sql.query(`SELECT "id", "participantId", "status" FROM "ErasureRequest" WHERE "id" = ?`, [requestId]);
  return r ? { id: int(r.id), participantId: r.participantId == null ? null : int(r.participantId), status: String(r.status) } : undefined;
}

/** Declines an open request; false when it is no longer open. */
export async function rejectOpenErasureRequest(sql: SqlExecutor, requestId: number, deps: { reason: string; now: Date; staffId: number }): Promise<boolean> {
  const changed = await sql.execute(
    `UPDATE "ErasureRequest" SET "status" = 'rejected', "rejectReason" = ?, "decidedAt" = ?, "decidedById" = ? WHERE "id" = ? AND "status" = 'open'`,
    [deps.reason, deps.now, deps.staffId, requestId],
  );
  return changed > 0;
}

/** The participant took their open request back before it was carried out; its id, or undefined when none was open. */
export async function withdrawOpenErasureRequest(tx: SqlExecutor, participantId: number, now: Date): Promise<number | undefined> {
  const open = await openErasureRequestId(tx, participantId);
  if (open === undefined) return undefined;
  const changed = await tx.execute(`UPDATE "ErasureRequest" SET "status" = 'withdrawn', "decidedAt" = ? WHERE "id" = ? AND "status" = 'open'`, [now, open]);
  return changed > 0 ? open : undefined;
}

/** At erasure: an open request is done, and every request loses its link to the person (kept as a count). */
export async function closeErasureRequestsOf(tx: SqlExecutor, participantId: number, by: { now: Date; staffId: number | null }): Promise<void> {
  await tx.execute(
    `UPDATE "ErasureRequest" SET "status" = CASE WHEN "status" = 'open' THEN 'done' ELSE "status" END, "decidedAt" = COALESCE("decidedAt", ?),
       "decidedById" = COALESCE("decidedById", ?), "participantId" = NULL, "conversationId" = NULL, "rejectReason" = NULL WHERE "participantId" = ?`,
    [by.now, by.staffId, participantId],
  );
}
